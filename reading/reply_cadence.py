"""How often a reply sentence tells something happens. A link between systems told with its way and its owner ("Module grade ... go to your MES (Siemens Opcenter) by REST
API in real time, one direction into MES, connection owned by us"): a word of speed there ("in real time") says how
the link sends, not how soon anyone is alerted, so it makes the sentence no vague claim of speed (rounds.yaml
`unmeasured`), and drafting reads the sentence without it, so it drafts no delay from it. A frequency said as a thing's
attribute after its article ("helps with the daily work orders", "your weekly report") is no rate at which anything
happens, so it gives a word of speed beside it ("Alarms arrive immediately") no figure."""
from __future__ import annotations

import re

from .reply_owners import owner_named

LINK_KINDS = frozenset({"protocol", "system"})  # the way and a system the data is exchanged with
FIGURES = frozenset({"number", "frequency"})  # how fast, said as it was asked
# a frequency word after an article or a possessive, a noun after it: the thing's name ("the daily work orders")
_ATTRIBUTE = re.compile(r"\b(?:the|a|an|your|our|its|their|his|her|each|every|this|these)\s+(?P<term>\w+)\s+[a-z]")
_BEFORE_STOP = re.compile(r"\s+(?=[,;.)]|$)")  # "by REST API , one direction": the space left before a comma
_RUN = re.compile(r"\s{2,}")


def link_told(sentence) -> bool:
    """Whether a sentence names a system, a protocol or interface and who owns the link."""
    kinds = {s.kind for s in sentence.substance}
    return LINK_KINDS <= kinds and bool(owner_named(sentence.text))


def unhurried(text: str, unmeasured) -> str:
    """A line without its words of speed (`unmeasured`: the reader's Phrases), as drafting reads a link told whole."""
    lower = text.lower()
    found = [m.span() for m in unmeasured.finditer(lower)] if unmeasured and len(lower) == len(text) else []
    for start, end in reversed(found):
        text = text[:start] + text[end:]
    return _RUN.sub(" ", _BEFORE_STOP.sub("", text)) if found else text


def attributes_only(sentence, lower: str) -> bool:
    """Whether every frequency a sentence names is a thing's attribute ("who gets a weekly report"): it tells how often
    that thing comes, no rate at which data is read, nor how soon anyone learns of something."""
    named = {m.group("term") for m in _ATTRIBUTE.finditer(lower)}
    return all(s.term.lower() in named for s in sentence.substance if s.kind == "frequency")


def timed(sentence, lower: str) -> bool:
    """Whether a sentence gives a figure of how fast or how often: a number, or a frequency that is no thing's
    attribute ("the daily work orders")."""
    if any(s.kind == "number" for s in sentence.substance):
        return True
    named = {m.group("term") for m in _ATTRIBUTE.finditer(lower)}
    return any(s.kind == "frequency" and s.term.lower() not in named for s in sentence.substance)


def told_whole(unmeasured, sentence, row: str) -> str:
    """A link told with its way and owner read without its word of speed ("by REST API in real time"): it says how
    the link sends, no delay to draft."""
    return unhurried(row, unmeasured) if link_told(sentence) else row
