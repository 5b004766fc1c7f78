"""A sentence that tells two measures, each with its value, parted at the word that joins them ("unplanned stops at
about 35 hours a month and a scrap rate of 3.2 %", "..., et un taux de rebut à 3,2 %", "...; Ausschuss 3,2 %"): a
measure's value comes from its own clause, never from the other measure's (drafting.yaml kpi.grammar joins)."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import DraftRules
from .kpi_kinds import is_kind, kind_phrase
from .kpi_naming import stems
from .kpi_numbers import NUMBER, YEAR, grammar
from .phrases import normalise, tokens


def measure_clauses(lower: str, rules: DraftRules) -> list[tuple[int, int]]:
    """The sentence's clauses as (start, end): parted at a semicolon or a joining word only where both sides hold a
    value and the side after names a kind of measure of its own ("and a scrap rate of 3.2 %"); "35 hours in May and
    30 hours today" is one measure's history, one clause."""
    cuts = [m for m in _joins().finditer(lower)]
    spans, begin = [], 0
    for i, cut in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(lower)
        after = _told(lower[cut.end():end])
        if _valued(lower[begin:cut.start()]) and _valued(after) and kind_phrase(after, rules):
            spans.append((begin, cut.start()))
            begin = cut.end()
    return spans + [(begin, len(lower))]


def own_clause(lower: str, said: list, metric: str, rules: DraftRules) -> list:
    """Of the values `said` (kpi_said.said_in_unit's, each starting at its [5]), those in the clauses that name the
    metric, where the sentence names it in some of its measures' clauses but not all; else all of them."""
    clauses = measure_clauses(lower, rules) if len(said) and metric else []
    if len(clauses) < 2:
        return said
    named = stems(w for w in metric.split() if len(w) > 3 or is_kind(w, rules))
    mine = [(a, b) for a, b in clauses if named & stems(tokens(normalise(lower[a:b])))]
    if not mine or len(mine) == len(clauses):
        return said
    return [s for s in said if any(a <= s[5] < b for a, b in mine)]


def next_to_metric(lower: str, found: list, metric: str) -> list:
    """Of the values `found` ((start, end, ...) each), those the metric names as their own: set right before it ("61 %
    OEE", "4 % of scrap") or right after it ("OEE 61 %", "OEE of 61 %"), no value or mark between; where a sentence
    tells two measures in one unit ("runs at 61% OEE with 4% scrap; we will take OEE to 72%"), today's value of the
    target's measure, never the other's (walk78). Empty where none is."""
    words = [w for w in metric.lower().split() if len(w) > 2]
    for said in (words, words[-1:]) if words else ():  # the whole name, else its head ("take oee": oee)
        name = r"\b" + r"\s+".join(map(re.escape, said)) + r"\b"
        named = [f for f in found if re.match(rf"[^\s,;]*\s*(?:of\s+|de\s+|van\s+)?{name}", lower[f[1]:])
                 or re.search(rf"{name}(?:\s+{_COPULA}){{0,2}}\s*:?\s*$", lower[:f[0]])]
        if named:
            return named
    return []


def _told(part: str) -> str:
    """The part up to the mark after its first value: what names that value ("and 88 % in 2025, the rows needing rework"
    tells a year's yield; the rework is named after it, a clause of its own)."""
    value = next((m for m in NUMBER.finditer(part) if not YEAR.fullmatch(m.group(1))), None)
    mark = _MARK.search(part, value.end()) if value else None
    return part[:mark.start()] if mark else part


_MARK = re.compile(r"[,:(]")
# the words between a measure's name and its value ("OEE is 61 %", "die OEE liegt bei 61 %", "OEE van 61%"), no
# other measure's ("OEE with 4% scrap")
_COPULA = r"(?:is|was|are|were|of|at|around|about|ist|liegt|lag|bei|von|van|op|is|de|du|del|di|est|es|è|era|wynosi)"


def _valued(part: str) -> bool:
    """The part holds a value: a number, not a year."""
    return any(not YEAR.fullmatch(m.group(1)) for m in NUMBER.finditer(part))


@lru_cache(maxsize=1)
def _joins() -> re.Pattern:
    # ", and" / "and" / "et" / "und" / "y" between words; a semicolon
    return re.compile(rf";\s*|,?\s+(?:{grammar('joins')})\s+")


# a value and its unit's first word, and the name of its own measure up to a join ("61 % OEE with 4.9 % of ...")
AFTER_VALUE = re.compile(r"\d[\d.,]*\s?\S*(?:(?:\s[^\s\d]+){1,3}?\s(?:with|and|mit|und|avec|et|con|y|e|met|en|i|och)\b)?")


def clause_at(lower: str, at: int) -> str:
    """The part of a sentence between semicolons around `at`: "91.2 % passed ...; many failures were ..." tells of
    failures in a clause of its own, no measure of the value's; and from a join after another value and its measure's
    name on ("the line ran at 61 % OEE with 4.9 % of printed metres scrapped": the scrap's own, no OEE's)."""
    joined = [m.end() for m in AFTER_VALUE.finditer(lower, 0, at) if len(m.group(0).split()) > 2]
    return lower[max([lower.rfind(";", 0, at) + 1] + joined):(lower.find(";", at) + 1 or len(lower) + 1) - 1]
