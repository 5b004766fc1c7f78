"""A duration told in two units or in words, read as one value (drafting.yaml kpi.durations_said): hours and minutes
("1 h 25 min", "1 godz. 25 min", "2 Std. 10 Min.", "1 uur en 20 minuten", the French "1 h 30") in minutes, as a buyer
compares them with a target in minutes (the hours alone read 60 for "1 h 25 min"); an hour and a half in words
("anderthalb Stunden", "una hora y media", "un'ora e mezza", "two and a half hours", "1½ h") as 1.5 of its hours, so
the pair is read in the unit its other end is said in; half an hour ("eine halbe Stunde", "une demi-heure") 30 minutes."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .word_regex import alternation


def durations_as_read(lower: str) -> str:
    """The sentence as read (lower case) with each duration told in two units or in words as one number and unit."""
    said = _said()
    if said.numbers.search(lower):  # "sex dygn", "drei stunden": the number as digits
        lower = said.numbers.sub(lambda m: f"{said.values[m.group(1)]} ", lower)
    if _FRACTION.search(lower):
        lower = _FRACTION.sub(_fraction, lower)  # "1½ h" is 1.5 h, "½ hour" 0.5 hour
    if said.halves.search(lower):  # before half an hour: "zwei und eine halbe Stunde" is 2.5 hours
        lower = said.halves.sub(_and_a_half, lower)
    if said.half_hour.search(lower):
        lower = said.half_hour.sub("30 minutes", lower)
    return said.hours_minutes.sub(_in_minutes, lower) if said.hours_minutes.search(lower) else lower


_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_FRACTION = re.compile(r"(\d*) ?([½¼¾])")


def _fraction(match: re.Match) -> str:
    value = int(match.group(1) or 0) + _FRACTIONS[match.group(2)]
    return f"{value:g}"


def _in_minutes(match: re.Match) -> str:
    hours, minutes = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return f"{int(hours) * 60 + int(minutes)} minutes"


def _and_a_half(match: re.Match) -> str:
    """ "2 and a half hours", "una hora y media", "anderthalb Stunden": the whole number and a half, in its hours."""
    said = _said()
    whole = match.group("whole") or match.group("after") or match.group("word")
    value = said.wholes[whole] if whole in said.wholes else 1 if whole in said.ones else int(whole)
    part = said.parts.get(match.group("part") or match.group("part2") or "", 0.5)  # "and a quarter": 0.25
    unit = match.group('hour') or match.group('hour2') or match.group('hour3')
    if part != 0.5 and unit in said.hours:  # "an hour and a quarter" is 75 minutes, as a buyer writes it
        return f"{(value + part) * 60:g} minutes"
    return f"{value + part:g} {unit}"


class _Said:
    """The patterns drafting.yaml kpi.durations_said makes, compiled once."""

    def __init__(self, spec: dict):
        hours, minutes, ands = alternation(spec["hours"]), alternation(spec["minutes"]), alternation(spec["ands"])
        spans = alternation(list(spec["hours"]) + list(spec["spans"]))  # a half of a day or a shift as of an hour
        self.values = {str(k): int(v) for k, v in spec["numbers"].items()}
        # ... in days only, or before a half: a count of shifts is how the plant works ("en deux postes") and a few
        # hours or minutes in words are mostly an interval or a task's length ("deux heures"), no measure's value
        halves = alternation(spec["halves"])
        self.numbers = re.compile(rf"(?<![\w.,])({alternation(self.values)}) (?=(?:(?:{ands}) (?:a )?(?:{halves}) (?:{spans})|"
                                  rf"(?:{alternation(spec['days'])}))(?![\w]))")
        self.ones, self.hours = frozenset(map(str, spec["ones"])), frozenset(map(str, spec["hours"]))
        self.wholes = {str(k): int(v) for k, v in spec["and_a_half"].items()}
        self.parts = {str(k): float(v) for k, v in spec["parts"].items()}  # a quarter, three quarters
        halves, ones, wholes = alternation(list(spec["halves"]) + list(self.parts)), alternation(spec["ones"]), alternation(self.wholes)
        # "1 h 25 min", "2 std. 10 min.", "1 godz. 25 min", "1 hour and 20 minutes"; "1 h 30", the French way: two
        # digits of minutes with no unit, no share nor other number right after them
        self.hours_minutes = re.compile(
            rf"(?<![\d.,])(\d+) ?(?:{hours})\.? ?(?:(?:{ands}) )?(\d{{1,2}}) ?(?:{minutes})(?![^\W\d_])\.?|"
            rf"(?<![\d.,])(\d+) ?h ?([0-5]\d)(?![\d.,]?\d)(?! ?%)")
        self.halves = re.compile(
            rf"(?<![\w.,])(?:(?P<whole>\d+|{ones}) ?(?P<hour>{spans}) (?:{ands}) (?P<part>{halves})|"
            rf"(?P<after>\d+) (?:{ands}) (?:a )?(?P<part2>{halves}) (?P<hour2>{spans})|"
            rf"(?P<word>{wholes}) (?P<hour3>{spans}))(?![\w])")
        self.half_hour = re.compile(rf"(?<![\w])(?:{alternation(spec['half_hour'])})(?![\w])")


def _said() -> _Said:
    return _compiled()


@lru_cache(maxsize=1)
def _compiled() -> _Said:
    return _Said(draft_data()["kpi"]["durations_said"])
