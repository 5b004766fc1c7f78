"""A value a commitment wraps: "we'd be willing to write 92 % availability of the boiler into the contract" commits to
92 %, told between the verb and the words that commit it, with the name of its measure right after it (kpi_sentence.py
_aimed_at reads it when no value follows the commitment and none ends right before it)."""
from __future__ import annotations

import re

from .draft_rules import DraftRules, draft_data
from .kpi_kinds import is_kind
from .kpi_numbers import NUMBER, YEAR, unit_of
from .phrases import normalise, tokens

_CLAUSE = re.compile(r"[,;:()]|\.(?!\d)")  # a clause ends at a mark (a decimal point is none)


def wrapped_value(lower: str, cue: int, names, rules: DraftRules) -> re.Match | None:
    """The nearest value before the commitment's first word `cue` (a word index), in the same clause, at most
    kpi.pointed_gap words before it, whose unit is followed at once by a word naming a kind of measure ("92 %
    availability ..."): a value so named is the measure's, whatever else the clause says of it."""
    gap = draft_data()["kpi"]["pointed_gap"]
    for match in reversed(list(NUMBER.finditer(lower))):
        unit = unit_of(match.group(2))
        if not unit or YEAR.fullmatch(match.group(1)) or any(a <= match.start() < b for a, b in names):
            continue
        said = len(tokens(normalise(lower[:match.end(1)])))
        if said > cue:
            continue  # after the commitment's first word: not wrapped by it
        if cue - said > gap:
            return None
        clause = _CLAUSE.split(lower[match.end(1):], maxsplit=1)[0]
        if said + len(tokens(normalise(clause))) <= cue:
            return None  # a mark between the value and the commitment: another clause's value
        named = clause.split()[len(unit.split()):][:1]
        if named and is_kind(named[0], rules):
            return match
    return None
