"""A reply sentence's words made ready for the topic rules: each verb of a list with its subject, currency signs as
codes, the letter's question number left off, the text as the reply wrote it (reply.py reads them)."""
from __future__ import annotations

import re

from .quantities import DURATIONS, MONEY, SIGN
from .reply_phrases import phrases, runs
from .text import Sentence
from .word_regex import alternation


def each_verb(lower: str) -> str:
    """Each verb of a list the vendor is the subject of, with its subject ("we install, commission and maintain" ->
    "we install. we commission. we maintain"), so a phrase of the rules ("we maintain") is found in the list; '' for none."""
    if " and " not in lower or "we" not in runs(lower):  # what _WE_LIST needs ("we" a word, not in "between")
        return ""
    return ". ".join(f"{m.group(1)} {verb}" for m in _WE_LIST.finditer(lower) for verb in _VERBS.split(m.group(2)))


def unnamed(text: str, lower: str) -> str:
    """`lower` without the numbers that end a name ("Cold Chain 360 addresses ...", "on Press 4 the ..."): a number
    written right after a capitalised word inside the sentence is part of the product's or the unit's name and
    counts nothing; a number that starts the sentence or a clause ("About 40 sensors") still counts."""
    if len(text) != len(lower) or not _DIGIT.search(text):
        return lower  # most sentences: no digit
    out = lower
    for found in _NAME_NUMBER.finditer(text):
        if text[:found.start()].strip() and not _CLAUSE_END.search(text, 0, found.start()):
            out = out[:found.start(1)] + "#" * len(found.group(1)) + out[found.end(1):]
    return out


def with_codes(lower: str) -> str:
    """A currency's sign read as its code ("£450" as " gbp 450"), and a short form that is money only before a figure
    ("rs. 4,80,000" as " inr 4,80,000": words.yaml `money` `before_figures`)."""
    lower = _CURRENCY.sub(lambda m: f" {_CURRENCIES[m.group()]} ", lower) if _CURRENCY.search(lower) else lower
    return _BEFORE.sub(lambda m: f"{MONEY.before_figures[m.group(1) or m.group(2)]} ", lower) if _BEFORE and _BEFORE.search(lower) else lower


def unnumbered(lower: str, units) -> str:
    """A sentence without the number that heads its line as the letter's question number ("1.13 our
    service team in gdynia"): no figure with what it counts, unless a unit follows it ("1.5 kg per coil")."""
    found = _NUMBERED.match(lower)
    return lower[found.end():] if found and found.group(1) not in units else lower


def unmarked(text: str) -> str:
    """A sentence without the mark that heads it as the answer to the letter's question ("1.3) PressSense writes ...",
    "Q1.5 The gateways ...", "Re 3.1: As written ..."): the mark says where an answer stands, no word of the answer, so
    an answer's text leaves it off. A bare number before a word is kept ("12 Presses ..."): it may count them."""
    found = _MARK.match(text)
    if not found or not (found.group(1) or "." in found.group(2) or found.group(3)):
        return text
    return text[found.end():]


def unlettered(line: str) -> str:
    """A line without the one letter that marks it as an answer or an item of a list ("A: Wire breaks from 52 ...",
    "a) Pressing results ..."): the mark says where the answer starts (the reply's structure reads it), and read as
    a word it is the article ("a wire breaks" tells that a wire breaks, no measure moving)."""
    found = _LETTERED.match(line)
    return line[found.end():] if found else line


def bound(within: list[str], before_figure: list[str]) -> re.Pattern | None:
    """What the drafter reads as "within": a bound's words (rounds.yaml `within`), or those said only right before a
    figure (`within_figure`: "max. 15 sec", not "the maximum temperature")."""
    parts = [phrases(within).pattern] if within else []
    units = "|".join(sorted(DURATIONS, key=len, reverse=True))  # "at most 2 stops" is a target's bound, no time
    parts += [phrases(before_figure).pattern + rf"(?=[ \t]*[<\u2264]?[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:{units})\b)"] \
        if before_figure else []
    return re.compile("|".join(parts), re.I) if parts else None


def as_received(sentence: Sentence, received: str) -> Sentence:
    """The sentence with its text as the reply wrote it (a wrapped table row's line breaks and bars kept), so
    a quote of it is found in the reply; what it names is read from the row as one line."""
    text = received[sentence.start:sentence.end]
    if text == sentence.text or len(text) != len(sentence.text):  # an answering part keeps its own text
        return sentence
    return Sentence(text, sentence.start, sentence.end, sentence.kind, sentence.reason, sentence.labels,
                    sentence.substance, sentence.buzzwords)


def by_word(topics: list, words_of) -> dict[str, set[str]]:
    """Word (lower-case) -> the topics it is one of `words_of` (a topic's cues, its labels)."""
    out: dict[str, set[str]] = {}
    for topic in topics:
        for word in words_of(topic):
            out.setdefault(word.lower(), set()).add(topic.id)
    return out


_WE_LIST = re.compile(r"\b(we(?: will| shall|'ll)?) ((?:[a-z]+, )*[a-z]+,? and [a-z]+)\b")
_VERBS = re.compile(r",? and |, ")
# a capitalised word ("Chain", not a code: "EUR"), then the number (not a year, a decimal, a share or a part of
# a code: "TLS 1.3", "S7-1200")
_NAME_NUMBER = re.compile(r"\b[A-Z][a-z][A-Za-z]*[ \t]+(\d+)\b(?![.,]\d|\s?%|[-/])(?<!\b(?:19|20)\d\d)")
_CLAUSE_END = re.compile(r"[.:;!?(\u2013\u2014>*\u2022-]\s*\Z")  # a capitalised word after it starts a clause
_DIGIT = re.compile(r"\d")
_CURRENCIES = MONEY.signs  # each sign -> its code (words.yaml `money`)
_CURRENCY = re.compile(SIGN)


def _before_figures() -> re.Pattern | None:
    """A short form of money right before a figure; one with no stop or sign ("Rs") only before a grouped figure
    ("Rs 2,40,000"): "RS 485" is a serial link."""
    forms = sorted(MONEY.before_figures, key=len, reverse=True)
    marked = "|".join(re.escape(f) for f in forms if not f.isalpha()) or "(?!)"
    bare = "|".join(re.escape(f) for f in forms if f.isalpha()) or "(?!)"
    return re.compile(rf"(?<![\w$])({marked})[ \t]*(?=\d)|(?<![\w$])({bare})[ \t]*(?=\d{{1,3}}(?:[,.]\d{{2,3}})+)")


_BEFORE = _before_figures() if MONEY.before_figures else None

# "A: the" (the answer's mark: "Q:" is the question's, read as such), "a) pressing", "(b) your" (a lettered item)
_LETTERED = re.compile(r"[ \t>*-]*(?:a:|\(?[a-z]\))[ \t]+(?=[^\W\d_])", re.I)
# a question's mark: a word for it or none, its number, a stop, bracket, colon or dash, then the answer's first capital
_MARK = re.compile(r"[ \t]*((?i:re|q|question|frage)[ \t]*:?[ \t]*)?(\d{1,2}(?:\.\d{1,2})?)[ \t]*([.):]|-(?=[ \t]))?[ \t]+(?=[A-Z])")
_NUMBERED = re.compile(r"[ \t>*|(#-]*\d{1,2}(?:\.\d{1,2})?[.):]?\s+([^\W\d_]+)")  # "1.13 our", "3) the", "#5 the"


# Patterns the reply reader tries on a sentence's words (reply.py)
EACH_ACT = re.compile(r"\b(?:each|every)\b")  # a recurring act: "each adjustment", not "all interfaces"
BY_SOMEONE = re.compile(r"\s+by\s+(?:the|your|our|a|an|him|her|them|each|every)\s")  # "... confirmed by the setter"
# a clause told in the past: "had named", "we selected", or a past verb with whom it was said to ("your IT asked us")
TOLD = re.compile(r"\b(?:had|did)\s+\w+|\b(?:we|you|they)\s+(?!(?:n|f|sp|proc|exc|succ)eed\b)\w+ed\b"
                  r"|\b(?!(?:n|f|sp|proc|exc|succ)eed\b)\w+ed\s+(?:us|you|me|them)\b")
AHEAD = re.compile(r"\b(?:will|shall|would|be|going to)\b|'ll\b")  # ... or of what is still to come


def told_done(lower: str, found: re.Match, put_off: frozenset[str]) -> bool:
    """Whether a deferral (`found`, one of `put_off`) is told of the past, in its clause's own verb ("the problem your shift
    leaders had named in the kick-off", "the sensors we selected in the workshop"): what was settled then, no answer put off."""
    if found.group() not in put_off:
        return False
    clause = lower[max(lower.rfind(c, 0, found.start()) for c in ",;:") + 1:found.start()]
    return bool(TOLD.search(clause)) and not AHEAD.search(clause)
ASKS_BACK = re.compile(r"\?[\s\"'\u201d)]*$")  # the vendor's own question ("Could we find a date?") answers none of ours
DATE_AFTER = (r"(?=\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d|q[1-4]\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
              r"|spring|summer|autumn|fall|winter))")  # "until 30.06.2027", "until end of Q2", "until June"
ARROWS = "->|-->|=>|\u2192|\u27f6"
ARROW = re.compile(rf"\s*(?:{ARROWS})\s*")
ARROW_IN = re.compile(ARROWS)  # most sentences have none: found without trying each space as the arrow's start


def lead_ins(concessions: dict[str, list[str]]):
    """A clause opening a sentence that answers nothing and leaves nothing open (rounds.yaml `concessions`): a
    concession up to the comma before the main clause's opener ("While it would be unwise ..., the problem we address
    ..."), or a courtesy up to its comma ("As agreed on the phone, ..."); None where neither is listed."""
    words, opens, courtesies = (concessions.get(k, []) for k in ("words", "opens", "courtesies"))
    parts = [*([rf"(?:{alternation(words)})\s.*?,\s+(?=(?:{alternation(opens)})\b)"] if words and opens else []),
             *([rf"(?:{alternation(courtesies)})\b[^,.;:]*,\s+"] if courtesies else [])]
    return re.compile("|".join(parts)) if parts else None
