"""Whose an older message under a reply is, by its header and the lines around it: the writer's own forwarded with
the reply (its sender signs the lines above it), a colleague's (sent within one organisation, or handed on by the
writer and opening with the writer's first name), or the buyer's letter quoted under it, which is not the reply
(reply_paragraphs.py asks)."""
from __future__ import annotations

import re
from typing import Callable

from questions.reply_rule_models import ParagraphRules

from .word_regex import alternation


def own(lines: list[str], start: int, sender: re.Pattern, addressed: re.Pattern | None,
        hands_on: Callable[[str], bool] | None = None) -> bool:
    """Whether the older message from line `start` is the writer's own, forwarded with the reply ("forwarding
    below what I sent to Dr Rinaldi" over "From: Davide Conti"): a name its sender line gives (on the line
    before when the separator and "From:" were pasted as one) signs the short lines above it. The buyer's
    letter quoted under the reply ("From: Dave Price", "On 20 Nov, Mikko Laine wrote:") is not. A colleague's
    message is the reply too where its header's addresses say so (one organisation), or, where they do not, it
    calls the writer by first name (`_to_writer`) and the last line of the writer's own words above it hands it on
    (`hands_on`: "Below the answer of our IT colleague on the network.")."""
    window = range(max(0, start - 1), min(len(lines), start + 5))
    within = _internal((lines[k] for k in window), addressed) if addressed is not None else None
    if within:
        return True
    at = next((k for k in window if sender.search(lines[k])), None)
    if at is None:
        return False
    found = sender.search(lines[at])
    names = _names(found.group("sender") or found.group("writer") or found.group("after") or "")
    above = [line.strip() for line in lines[max(0, min(at, start) - 4):min(at, start)]]
    signed = [line for line in [*above, *_signature(lines, min(at, start))] if line and _signing(line)]
    # a header sending it from another organisation to the writer's is the buyer's, however it opens
    return bool(names & _names(" ".join(signed))) or within is None and hands_on is not None \
        and _to_writer(lines, start, sender, names, signed) and hands_on(_last_said(lines[:start]))


def _to_writer(lines: list[str], start: int, sender: re.Pattern, names: set[str], signed: list[str]) -> bool:
    """Whether the older message opens by calling the reply's writer by first name alone ("João, for the customer:
    ...", "Stefan," over "for Schweinfurt: ..."), the writer who signs the lines above it or the reply's end, and
    comes from someone the reply does not greet: a colleague writes so to the writer, and the writer hands it on
    ("Below the answer of our IT colleague", "Sending on what our product guy wrote, plus ..." over news of its own,
    longer than a cover note); the buyer's letter greets the vendor ("Dear MixMind team,") and comes from the one the
    reply greets."""
    first = _first_line(lines, start, sender)
    called = _CALLED.match(first)
    if not called:
        return False
    greeting = next((line for line in lines[:start] if line.strip()), "")
    ends = [line for line in _signature(lines, len(lines)) if _signing(line)]
    return called.group(1) in _names(" ".join([*signed, *ends])) and not names & _names(greeting)


_CALLED = re.compile(r"\s*([^\W\d_][^\W\d_]{2,})\s*,")  # a first name alone before a comma, opening the line


def _last_said(lines: list[str]) -> str:
    """The last line of the writer's own words (no greeting, closing, name or mail client's line), lower case."""
    return next((line.strip().lower() for line in reversed(lines) if line.strip() and not _signing(line.strip())), "")


def _first_line(lines: list[str], start: int, sender: re.Pattern) -> str:
    """The first line an older message says under its separator and header block (blank lines end a block; a
    header block of its own after the separator's is skipped too)."""
    at, blocks = start, 0
    while at < len(lines) and blocks < 3:
        while at < len(lines) and lines[at].strip():
            at += 1
        while at < len(lines) and not lines[at].strip():
            at += 1
        blocks += 1
        if at < len(lines) and not sender.search(lines[at]):
            return lines[at]
    return ""


def said(note: str) -> str:
    """A note's own words: its lines but the short ones with no stop at their end, a greeting, a closing and the name
    under it ("Sehr geehrter Herr Wagner,", "Mit freundlichen Grüßen", "Stefan Hoffmann"), as a signature's lines are
    told below. A cover note is short by what it says, not by how its writer greets and signs."""
    return "\n".join(line for line in map(str.strip, note.splitlines()) if not _signing(line))


def _signing(line: str) -> bool:
    return len(line) <= SIGNING and not line.endswith((".", "?", "!"))


SIGNING = 60  # characters of a line that signs or greets, at most


def _signature(lines: list[str], start: int, most: int = 8) -> list[str]:
    """The block of lines right above line `start` (blank lines skipped): a signature signed by two people ("Thabo
    Nkosi / Principal Reliability Engineer / Lindiwe Dube / Data Engineer") puts the sender's name further up than the
    four lines above; a greeting ("Dear Dave,") is no signature's line."""
    at = start
    while at > 0 and not lines[at - 1].strip():
        at -= 1
    block = []
    while at > 0 and lines[at - 1].strip() and len(block) < most:
        at -= 1
        block.append(lines[at].strip())
    return [line for line in block if not line.endswith(",")]


def _internal(header: object, addressed: re.Pattern) -> bool | None:
    """Whether a message's header sends it within one organisation ("From: Thomas <t.girard@pasteuriq.fr>" over
    "To: Sophie <s.marchand@pasteuriq.fr>", "Von: Karl <k.brenner@mixmind.at>" over "An: Ines <i.vogt@mixmind.de>"):
    a colleague's message forwarded with the reply is the vendor's side, the buyer's letter comes from another.
    None where the header does not give both addresses."""
    found = {"sender" if m.group("sender") else "recipient": _organisation(m.group("domain"))
             for line in header for m in addressed.finditer(line)}
    return found["sender"] == found["recipient"] if {"sender", "recipient"} <= found.keys() else None


def _organisation(domain: str) -> str:
    """The name an e-mail domain gives its organisation, whatever its country: "mixmind" of "mixmind.de",
    "mixmind.co.uk" and "at.mixmind.com"."""
    labels = domain.lower().split(".")[:-1]  # the country or top-level domain says nothing of whose it is
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else domain.lower()


_SECOND_LEVEL = frozenset({"co", "com", "or", "org", "ne", "net", "ac", "gv", "gov"})  # "co.uk", "or.at", "com.es"


def addressed(senders: list[str], recipients: list[str]) -> re.Pattern | None:
    """A header line's sender or recipient with the domain of its address ("Von: Karl <k@mixmind.de>", "À : Sophie
    <s@pasteuriq.fr>")."""
    if not senders or not recipients:
        return None
    labels = rf"(?<!\w)(?i:(?P<sender>{alternation(senders)})|(?P<recipient>{alternation(recipients)}))"
    return re.compile(rf"{labels}\s*:[^:@\n]*@(?P<domain>[\w.-]+\.[a-z]{{2,}})")


def sender(rules: ParagraphRules) -> re.Pattern:
    """The header line naming who sent an older message (up to the next header's label, on a block tidied onto one
    line), or the line that opens it quoted, with the writer's name before the verb ("On 2 Nov, Anna wrote:") or after
    it ("Am 2.11.2026 schrieb Anna Berg:")."""
    after = rf"(?=\s(?i:{alternation(rules.headers)})\s*:|$)" if rules.headers else "$"
    ways = [rf"(?<!\w)(?i:{alternation(rules.senders or ['from'])})\s*:\s*(?P<sender>.*?){after}"]
    ways += [rf"(?P<writer>.{{0,200}})\b(?i:{alternation(rules.wrote)})\s*:\s*$"] if rules.wrote else []
    ways += [rf"\b(?i:{alternation(rules.wrote_then_writer)})\b(?P<after>.{{0,200}}):\s*$"] if rules.wrote_then_writer else []
    return re.compile("|".join(ways))


def _names(text: str) -> set[str]:
    """The first and last names a line gives ("Davide", "Conti", "Jürgen", "Łukasz"), not "Re" or "CC"."""
    return {w for w in _WORD.findall(text) if w[0].isupper() and w[1:].islower()}


_WORD = re.compile(r"\b[^\W\d_]{3,}\b")
