"""A heading names a topic; the lines under it say what is agreed. An option of drafting.yaml `said_with` that only a
heading holds a word of its sense for ("9. Support, service levels and upkeep" over "The cloud service has a target
availability of 99.5% per calendar month"), the lines themselves naming no penalty, credit or level, is no such
option: a target with no remedy is no service-level agreement with penalties (walk70). The options held so are
drafting.yaml `heading_not_alone`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .draft_evidence import drop_unbacked
from .draft_rules import draft_data

if TYPE_CHECKING:
    from collections.abc import Callable

    from .draft_evidence import Evidence
    from .draft_pass import Pass


def drop_headed_alone(rules, found: dict[str, Evidence], seen: Pass, read: Callable[[str], list[str]]) -> None:
    """Each `heading_not_alone` option whose sense (`said_with`) only a heading's words give, dropped."""
    held = draft_data().get("heading_not_alone", {})
    headings = {s for ev in seen.headed.values() for s in ev.quotes}
    if not held or not headings:
        return
    for qid, option, words, _replies in rules.said_with:
        if option in held.get(qid, ()) and qid in found and option in found[qid].options:
            drop_unbacked(found, qid, option, lambda s, words=words: s in headings or words.isdisjoint(read(s)))
