"""A length of time a reply's sentence says, read for a question's answer (reply_answers.py): each "<number> <unit
of time>", a span of years, and a need of the vendor's read at most as its topic's `needed_most` says: what it needs
from the plant ("Wir benötigen mindestens 24 Monate Instandhaltungshistorie", "requires 2 years of data") is the
model's input, no years the system keeps and exports."""
from __future__ import annotations

import re

from questions.bank_models import TopicRead

from .phrases import normalise, tokens
from .quantities import convert


def read_lengths(read: TopicRead, text: str, spec) -> list[tuple[float, str]]:
    """(days, option) for each length the sentence says, as `read` reads it (`_lengths`); in a sentence that says what
    the vendor needs (`read.needed`), an option past `read.needed_most` is that one: how much the model needs tells no
    more than the months of history it learns from."""
    found = _lengths(text, spec, read.option, read.when)
    if not read.needed_most or spec is None or not found:
        return found
    words = set(tokens(normalise(text)))
    joined = " " + " ".join(tokens(normalise(text))) + " "
    if not any((f" {w} " in joined) if " " in w else w in words for w in read.needed):
        return found
    least = {option: days for days, option in spec.at_least}
    cap = least[read.needed_most]
    return [(days, read.needed_most if least.get(option, 0.0) > cap else option) for days, option in found]


def _lengths(text: str, spec, option: str = "", when: list[str] = ()) -> list[tuple[float, str]]:
    """(days, option) for each "<number> <unit of time>" the sentence says: `option`, or the one
    drafting's length rule gives that length ("300 ms" is minutes, "26 months" months); none after a
    word of `when`, that makes it a point in time ("the target we fix after three months")."""
    words = tokens(normalise(text))
    found = [(days, option or next(o for least, o in spec.at_least if days >= least))
             for days in _spans(text) if option or spec is not None]
    for at in range(len(words) - 1):
        days = _days(words[at], words[at + 1])
        if days > 0 and (option or spec is not None) and not (at and words[at - 1] in when):
            found.append((days, option or spec.option(words, at, 1) or next(o for least, o in spec.at_least if days >= least)))
    return found


def _spans(text: str) -> list[float]:
    """The days between two years said as a span ("36 cycles from 2024 to 2026", "records 2023-2025"): a history
    said by the years it covers."""
    years = [[int(y) for y in m.groups() if y] for m in _SPAN.finditer(text)]
    listed = [[int(y) for y in _YEAR.findall(m.group())] for m in _LISTED.finditer(text)]
    # whole years listed ("your 2024 and 2025 builds"): each one a year of history, when they follow one another
    return [365.0 * (last - first) for first, last in years if last > first] + \
           [365.0 * len(ys) for ys in listed if all(b == a + 1 for a, b in zip(ys, ys[1:]))]


_SPAN = re.compile(r"\b(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|and|until)\s+((?:19|20)\d\d)\b"
                   r"|(?<![\d.])((?:19|20)\d\d)\s*[-\u2013]\s*((?:19|20)\d\d)\b")


_YEAR = re.compile(r"(?:19|20)\d\d")
_LISTED = re.compile(r"(?<!from )(?<!between )(?<![\d.\w-])(?:19|20)\d\d(?:,\s*(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d\b")


def _days(number: str, unit: str) -> float:
    if number.isascii() and number.isalpha() and number.lower() not in _FLOAT_WORDS:
        return 0.0  # a word (most tokens): no number, told without trying it as one
    milli = unit.lower() in ("ms", "millisecond", "milliseconds")
    # a comma before one or two digits is a decimal comma ("1,5 Jahre"), before three a thousands one ("1,400 h")
    value = number.replace(",", ".") if _DECIMAL_COMMA.fullmatch(number) else number.replace(",", "")
    try:
        return (convert(float(value) / (1000 if milli else 1), "s" if milli else unit, "day") or 0.0)
    except ValueError:
        return 0.0


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_FLOAT_WORDS = frozenset({"inf", "infinity", "nan"})  # the only words of ASCII letters float() reads
