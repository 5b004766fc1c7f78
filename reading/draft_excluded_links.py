"""A link the offer's exclusions list names is none it makes, whatever another line says is possible: under "7.
Exclusions" or after "The following are not included in this offer:", the item "Integration with SAP S/4HANA (can be
offered separately)" takes the area out of the draft, though page 3 said "Integration with SAP S/4HANA is possible
through a standard connector" (walk 75). Which lines stand in the list is the one reader of what an offer leaves out
(draft_optional.left_out_at, drafting.yaml `excluded_sections`); a line there takes out the areas it names where it
names the link itself (`excluded_links.links`: "interface", "Anbindung"), not work on a system's records. Not in a
reply: its lines answer the round's questions."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .draft_optional import left_out_at
from .draft_rules import draft_data
from .draft_specs import INTEGRATION
from .word_regex import alternation

if TYPE_CHECKING:
    from .draft_evidence import Evidence
    from .draft_pass import Pass
    from .text import Reading


def _either(phrases: list[str]) -> re.Pattern:
    words = alternation(str(p).lower() for p in phrases)
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


def drop_excluded_links(drafter, reading: Reading, seen: Pass, found: dict[str, Evidence]) -> None:
    """Each area an exclusions list's line names, dropped from the links drafted or offered to check."""
    ev = found.get(INTEGRATION)
    if ev is None or not ev.options:
        return
    links = _either(draft_data().get("excluded_links", {}).get("links", []))
    texts = [s.text for s in reading.sentences]
    for i in (i for i in left_out_at(texts, seen.roles) if links.search(texts[i])):
        for _q, area, _at in drafter._hits(drafter.rules.scan, seen.words[i], None, frozenset({INTEGRATION})):
            if _q == INTEGRATION and area in ev.options:
                ev.drop(area)
    if not ev.options and not ev.rows:
        del found[INTEGRATION]
