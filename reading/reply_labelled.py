"""A plant system a reply's list of links heads by its product's name with what it is for in brackets ("Cityworks
(maintenance): work orders created through its API, owned by us", "Tally Prime (stores and accounts): ... XML import
every night"): no list knows the product, so the bracket names its area, as a systems column's label does."""
from __future__ import annotations

import re

# a line's or a clause's head: one to three words each written with a capital, the bracket, then its colon
_HEAD = re.compile(r"(?:^|[\n;])\s*(?:[-*\u2022]\s*)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*"
                   r"\((?P<what>[^()]{2,40})\)\s*:")


def labelled(text: str, area_of, described, areas) -> list[tuple[str, str]]:
    """(name, area) of each system `text` heads so: the first words in the bracket `described` (the reply's own words of
    what a system is for), drafting's `area_of`, or an area's own name (`areas`) reads. Not a kind of system in
    capitals ("MES (Proxia)": the kind's own area reads that), nor a name `area_of` reads itself."""
    out = []
    for m in _HEAD.finditer(text) if "(" in text else ():
        name = m.group("name").strip()
        if name.isupper() or area_of(name):
            continue
        area = _area(m.group("what"), area_of, described, areas)
        if area:
            out.append((name, area))
    return out


def _area(what: str, area_of, described, areas) -> str | None:
    for part in re.split(r"\s*(?:,|/|\band\b|&|\+)\s*", what.lower()):
        said = [area for word, area in described if f" {word} " in f" {part} "]
        found = said[0] if said else area_of(part) or (part if part in areas else None)
        if found:
            return found
    return None
