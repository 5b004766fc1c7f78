"""A link the offer leaves optional or to a later phase ("Optional: interface to SAP PM in phase 2", "as an option, the
stops can be sent to your MES"): no link this offer makes, yet one the buyer should see. Where a sentence names the
plant's system and that data moves, in a part it says is optional or later (its role's unsure part, or a part holding
one of drafting.yaml integrations `optional`), the area is offered to check (confidence `possible`), never drafted,
unless another sentence drafts it. A link excluded outright (`offered_links.not_with`: "not part of this offer") is
none to check."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .draft_excluded_links import drop_excluded_links
from .draft_filters import in_parts, optional_parts, planned_at
from .draft_specs import EXCHANGE, INTEGRATION, OPTIONAL_LINK
from .roles import CLAIM
from .word_runs import Runs, runs, starts

if TYPE_CHECKING:
    from .draft_evidence import Evidence
    from .draft_pass import Pass
    from .text import Reading

_LINKS = frozenset({INTEGRATION})  # negated link words kept: "optional" is a negation drafting reads


def _phrases(words: list[str]) -> Runs:
    return runs(tuple(w.split()) for w in words)


def _holds(words: list[str], phrases: Runs) -> bool:
    return bool(starts(words, phrases))


def offer_links(drafter, reading: Reading, seen: Pass, found: dict[str, Evidence], weighed: bool) -> None:
    """Each optional or later link's area, below the bar in found[INTEGRATION] (draft_integrations suggests it). Not in
    a reply (not `weighed`): a link it leaves for later answers nothing the round asked."""
    if not weighed:
        return
    _offer(drafter, reading, seen, found)
    drop_excluded_links(drafter, reading, seen, found)  # "Exclusions: • Integration with SAP S/4HANA": no link at all


def _offer(drafter, reading: Reading, seen: Pass, found: dict[str, Evidence]) -> None:
    from .draft_rules import draft_data
    not_with = _phrases(draft_data()["integrations"].get("offered_links", {}).get("not_with", []))
    sure = drafter.rules.confidence["possible"]
    drafted = set(found[INTEGRATION].options) if INTEGRATION in found else set()  # drafted plainly: no offer
    read: dict[tuple[str, ...], list] = {}  # words -> their links: a line said again (an offer's footer) is read once
    for i, (sentence, role, words) in enumerate(zip(reading.sentences, seen.roles, seen.words)):
        if role.kind != CLAIM or seen.selling.get(sentence.start) or seen.general[i]:
            continue
        said = tuple(words)
        if said not in read:
            read[said] = [] if _holds(words, not_with) else _links(drafter, words, drafted)
        for area, at, later in read[said]:
            unsure = any(start <= at < end for start, end in role.unsure)
            if (unsure or later) and not role.before(at):
                found[INTEGRATION].add(area, sentence.text, "vendor_claim", sure)


def _links(drafter, words: list[str], drafted: set[str]) -> list[tuple[str, int, bool]]:
    """(area, word position, whether in a part an optional or later cue speaks of) of each link the words name that is
    not `drafted` plainly, where data moves: its words' alone, however its role reads."""
    hits = drafter._hits(drafter.rules.scan, words, None, _LINKS)
    if not any(q == EXCHANGE for q, _o, _a in hits):
        return []
    cues = [at for q, _o, at in hits if q == OPTIONAL_LINK] + planned_at(words, drafter.rules.planned)
    later = optional_parts(words, cues, [at for q, _o, at in hits if q[0] != "~"]) if cues else set()
    return [(area, at, in_parts(words, at, later)) for q, area, at in hits if q == INTEGRATION and area not in drafted]
