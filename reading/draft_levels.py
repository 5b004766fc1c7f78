"""drafting.yaml `told_as_level`: a process value told only as the plant's level or a change to it (issue 14).

"Pots operating at high temperatures exceeding 950 °C", "injected under very high pressure", "recommended solutions to
reduce the plant's energy consumption" describe the equipment, a setting or a saving; with no sensor, measuring verb
or data in the sentence nothing says the project reads the value. A list of what a system reads ("- Temperature",
"links production parameters (temperature, pressure, cycle time)") names no level, or names the reading, and stays."""
from __future__ import annotations

from typing import Callable

from .draft_evidence import Evidence, drop_unbacked
from .draft_rules import draft_data
from .phrases import normalise, tokens


def rule_words(section: dict, key: str) -> frozenset[str]:
    """A rule's words under `key`, each as drafting reads words."""
    return frozenset(t for w in section.get(key, []) for t in tokens(normalise(str(w))))


_RULE = draft_data().get("told_as_level", {})
OPTIONS: dict[str, frozenset[str]] = {q: frozenset(o) for q, o in _RULE.get("options", {}).items()}
READING, LEVEL = rule_words(_RULE, "reading"), rule_words(_RULE, "level")
CHANGE = rule_words(_RULE, "change") | rule_words(_RULE, "setpoint")  # both tell it in an item too
ITEMS = ("-", "•", "*", "|", "·")  # what opens an item of a list or a table's row (as draft_answers.ITEMS)


def as_level(words: list[str], item: bool = False) -> bool:
    """A sentence that tells a level or a change (a unit, "high", "reduce") and no reading of it; in an item of a list
    or a table's row a unit or a level is that of what is read, and only a change counts."""
    said = set(words)
    told = not said.isdisjoint(CHANGE) or (not item and not said.isdisjoint(LEVEL))
    return told and said.isdisjoint(READING)


def drop_levels(found: dict[str, Evidence], read: Callable[[str], list[str]]) -> None:
    """Drops each option of `options` all of whose sentences tell the value only as a level or a change."""
    for qid, options in OPTIONS.items():
        for option in options:
            drop_unbacked(found, qid, option, lambda s: as_level(read(s), s.lstrip()[:1] in ITEMS))
