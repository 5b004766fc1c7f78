"""Times of day ("de 6:00 a 18:00 h", "bis 22.00 Uhr", "à 18h00", "L-V 8-18 h"): a time, never a length of time nor a
quantity with the unit "h" (words.yaml `clock`). The sentence reader masks them before it scans a text for numbers with
units (text.py: walk77's "18:00 h" named "00 h" a specific thing), and the quantity reader takes them for names
(quantities.name_spans), so no KPI, reply or price reads a support window's hours as a duration."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.word_models import Clock

from .word_regex import alternation

_HOUR = r"(?:[01]?\d|2[0-4])"
MASK = "\x1f"  # neither a word's character nor a space: no signal starts in, nor runs into, a masked time


def clock_pattern(clock: Clock) -> re.Pattern:
    """One regex of every time of day `clock` tells, case-insensitive."""
    word, dot, days = alternation(clock.words), alternation(clock.dot_words), alternation(clock.days)
    colon = rf"{_HOUR}:[0-5]\d(?::[0-5]\d)?(?![\d:]|[.,]\d)(?:\s?(?:{word})(?!\w))?"
    glued = rf"{_HOUR}h[0-5]\d(?!\w)"
    stop = rf"{_HOUR}\.(?:00\s?(?:{word})|[0-5]\d\s?(?:{dot}))(?!\w)"
    first = rf"{_HOUR}\.[0-5]\d(?=\s?(?:{alternation(clock.links)})\s?{stop})"  # "7.00" of "7.00 tot 17.00 uur"
    hours = rf"(?<!\w)(?:{days})\.?\s{_HOUR}\s?[-–]\s?{_HOUR}(?:\s?(?:{word}))?(?!\w)"
    return re.compile(rf"(?<![\w.,:/])(?:{colon}|{glued}|{stop}|{first})|{hours}|{_whole_hours(clock)}", re.I)


def _whole_hours(clock: Clock) -> str:
    """A range of whole hours from a word of "from" to an hour past noon, each hour with a short word ("de 6h à 22h",
    "dalle 8 h alle 17 h"), or the range closed by "Uhr" ("von 6 bis 22 Uhr"): a window of the day, where a range of
    lengths ("de 8 a 16 horas de capacitación", "from 6 to 8 h") ends before noon or in a long word."""
    short, links, froms = alternation(clock.whole_words), alternation(clock.links), alternation(clock.froms)
    uhr = alternation([w for w in clock.whole_words if w in clock.dot_words])
    noon = r"(?:1[3-9]|2[0-4])"
    return (rf"(?<!\w)(?:{froms})\s(?:{_HOUR}\s?(?:{short})\s?(?:{links})\s?{noon}\s?(?:{short})"
            rf"|{_HOUR}\s?(?:{links})\s?{_HOUR}\s?(?:{uhr}))(?!\w)")


@lru_cache(maxsize=1)
def _bank_pattern() -> re.Pattern:
    from questions.loader import load_bank  # the bank's word lists, loaded once
    return clock_pattern(load_bank().words.clock)


def clock_spans(text: str, pattern: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Where the text tells a time of day."""
    return [m.span() for m in (pattern or _bank_pattern()).finditer(text)]


def masked(text: str, pattern: re.Pattern) -> str:
    """The text, each time of day in it masked, its length kept (positions in it are the text's)."""
    return pattern.sub(lambda m: MASK * len(m.group()), text)
