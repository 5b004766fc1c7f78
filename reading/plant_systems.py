"""drafting.yaml integrations `named_systems`: a plant's system named by its product name and called the plant's system
of a kind the sentence leaves unsaid ("your TrackWise system", "your Corvus platform"). No list knows the name, so, as
beside a suite whose area is only a guess ("the ERP"), what moves names its area: "Quality deviations open a record in
your TrackWise system through its REST API" is a quality link (a buyer's walk read none). One of `owners`, at most one
word, a name of one to three words each written with a capital, then one of `nouns`; not a kind of system written in
capitals ("your ERP system": product_page quiet system_kinds, whose own area the lists read), nor one of `not_names`
(a platform the system runs on, "your Azure platform", is no plant system data is exchanged with)."""
from __future__ import annotations

import re

from .draft_rules import draft_data
from .draft_specs import SUITE
from .phrases import normalise, tokens
from .word_regex import alternation

NAMED = "named by its product"  # a SUITE hit's option: a system of no known area, named by its product's name
_RULE = draft_data()["integrations"].get("named_systems", {})
_KINDS = frozenset(draft_data()["product_page"].get("quiet", {}).get("system_kinds", []))
_NOT = frozenset(normalise(w) for w in _RULE.get("not_names", []))
_NAMED = re.compile(rf"(?<![\w'])(?i:{alternation(_RULE.get('owners', []))})(?: [a-z]+)? "
                    rf"(?P<name>[A-Z][\w/.&-]*(?: [A-Z][\w/.&-]*){{0,2}}) (?i:{alternation(_RULE.get('nouns', []))})\b") \
    if _RULE.get("owners") and _RULE.get("nouns") else None


def named_systems(text: str, words: list[str], areas) -> list[tuple[str, str, int]]:
    """A SUITE hit (option NAMED) at the first word of each plant system the text names only by its product's name:
    most sentences name none. `areas`: the area phrases (a name they read names its own area: "your SAP system")."""
    if _NAMED is None or "your" not in words and "'s" not in text:
        return []
    found = []
    for match in _NAMED.finditer(text):
        name = tokens(normalise(match.group("name")))
        if not name or _KINDS.intersection(name) or " ".join(name) in _NOT or areas.find(name):
            continue
        at = len(tokens(normalise(text[:match.start("name")])))
        if words[at:at + len(name)] == name:  # where the words are the text's, read alike
            found.append((SUITE, NAMED, at))
    return found
