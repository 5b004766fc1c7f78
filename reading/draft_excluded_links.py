"""A link the offer's exclusions list names is none it makes, whatever another line says is possible: under "7.
Exclusions" or after "The following are not included in this offer:", the item "Integration with SAP S/4HANA (can be
offered separately)" takes the area out of the draft, though page 3 said "Integration with SAP S/4HANA is possible
through a standard connector" (walk 75). The list runs from a heading holding one of drafting.yaml
`excluded_links.headings` to the next heading, or from a line that ends on a colon and holds one of
`excluded_options.says` over the bullets under it; a line there takes out the areas it names where it names the link
itself (`links`: "interface", "Anbindung"), not work on a system's records. Not in a reply: its lines answer the round's questions."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .draft_rules import draft_data
from .draft_specs import INTEGRATION

if TYPE_CHECKING:
    from .draft_evidence import Evidence
    from .draft_pass import Pass
    from .text import Reading

_ITEM = re.compile(r"\s*(?:[-–*+•◦▪‣●○■□]|\(?(?:\d{1,2}|[a-z])[.)])\s")  # "• Network cabling", "- ", "a) "


def _either(phrases: list[str]) -> re.Pattern:
    words = "|".join(map(re.escape, sorted((str(p).lower() for p in phrases), key=len, reverse=True)))
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


def excluded_lines(reading: Reading, seen: Pass) -> list[int]:
    """The indices of the sentences an exclusions list holds: under its heading, or in the items after its lead-in."""
    data = draft_data()
    heading = _either(data.get("excluded_links", {}).get("headings", []))
    says = _either(data.get("excluded_options", {}).get("says", []))
    out, under, listed = [], False, False
    for i, (sentence, role) in enumerate(zip(reading.sentences, seen.roles)):
        text = sentence.text.strip()
        if role.heading:
            under, listed = bool(heading.search(text)), False
            continue
        if text.endswith(":") and says.search(text):
            listed = True
            continue
        listed = listed and bool(_ITEM.match(text))
        if under or listed:
            out.append(i)
    return out


def drop_excluded_links(drafter, reading: Reading, seen: Pass, found: dict[str, Evidence]) -> None:
    """Each area an exclusions list's line names, dropped from the links drafted or offered to check."""
    ev = found.get(INTEGRATION)
    if ev is None or not ev.options:
        return
    links = _either(draft_data().get("excluded_links", {}).get("links", []))
    for i in (i for i in excluded_lines(reading, seen) if links.search(reading.sentences[i].text)):
        for _q, area, _at in drafter._hits(drafter.rules.scan, seen.words[i], None, frozenset({INTEGRATION})):
            if _q == INTEGRATION and area in ev.options:
                ev.drop(area)
    if not ev.options and not ev.rows:
        del found[INTEGRATION]
