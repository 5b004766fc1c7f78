"""What a relative change names (reading/kpi_change.py): the noun before its amount, up to the word that ends it, or
the one a noun of change names after its share."""
from __future__ import annotations

from functools import lru_cache

from .draft_rules import draft_data


def what(words: str, verbs) -> str:
    """The noun the change names, up to the first word that ends it ("changeover time on your
    presses" -> "changeover time"), or to a mark; "" for a pronoun or nothing."""
    kept = []
    for word in words.split():
        if word in ("down", "up"):
            continue
        if word in verbs.stops and not (word == "of" and _a_share_named(kept)):
            break  # "the share of cured blanks needing rework": the share names no measure, what it is of does
        kept.append(word.rstrip(",;:"))
        if word[-1] in ",;:":  # "halving green grinding scrap, measured over 8 weeks": a mark ends the name
            break
    while kept and (kept[0] in PRONOUNS or kept[0] in leading()):
        kept.pop(0)
    return " ".join(kept)


def _a_share_named(kept: list[str]) -> bool:
    """Only a share's word and its article so far ("the share", "the proportion"): drafting.yaml kpi.share_ends."""
    said = [w for w in kept if w not in PRONOUNS]
    return len(said) == 1 and said[0] in map(str, draft_data()["kpi"]["share_ends"]) and "of" not in kept


PRONOUNS = frozenset({"that", "this", "it", "them", "these", "those", "the", "your", "our", "its", "their"})


@lru_cache(maxsize=1)
def leading() -> frozenset[str]:
    """Other languages' pronouns and articles before what changes: "senken wir den Zinkverbrauch um 10 %"."""
    return frozenset(map(str, draft_data()["kpi"]["relative"]["leading"]))


def what_after(after: str, verbs) -> str:
    """What a noun of change told right before its share changes, named after it ("una riduzione del 40 % di tali ore
    di fermo": ore; "reduce that by 25 % in year one" names it before), or "" (drafting.yaml kpi.relative share_of)."""
    after = after.split()
    relative = draft_data()["kpi"]["relative"]
    opens = {*map(str, relative["share_of"]), *map(str, relative.get("object_articles", []))}
    return what(" ".join(after[1:7]), verbs) if after and after[0] in opens else ""
