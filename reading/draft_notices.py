"""A notice the vendor owes once a security incident or a breach has happened ("You are notified within 72 hours of a
breach", "Meldung innerhalb von 24 Stunden nach einem Sicherheitsvorfall", "en cas d'incident de sécurité, vous êtes
notifié dans les 72 heures") is its duty under the contract, told with the hours it may take: no alert the system puts
out on the plant's work, and no decision seen within minutes. Each option of drafting.yaml `incident_notices` loses
the sentences that name such an incident (`incidents`, read in the drafting's words: a German, Romance or Polish one
as glossed), and is not drafted where none is left; an alert to the line within seconds names no incident and stays."""
from __future__ import annotations

from collections.abc import Callable

from .draft_evidence import Evidence, drop_unbacked
from .draft_rules import draft_data
from .phrases import PhraseSet

_RULE = draft_data().get("incident_notices", {})
_INCIDENTS = PhraseSet.of(_RULE.get("incidents", []), "incident")
_DROPS = [(qid, option) for qid, options in _RULE.get("drops", {}).items() for option in options]


def drop_notices(found: dict[str, Evidence], read: Callable[[str], list[str]]) -> None:
    """Each option of `drops` without its sentences that name a security incident or a breach (`read`: a sentence's
    words as drafting read them); dropped where it has no other."""
    told: dict[str, bool] = {}  # a sentence said again is read once

    def notice(sentence: str) -> bool:
        if sentence not in told:
            told[sentence] = bool(_INCIDENTS.find(read(sentence)))
        return told[sentence]

    for qid, option in _DROPS:
        ev = found.get(qid)
        if ev is not None and option in ev.options:
            ev.keep(option, lambda s: not notice(s))  # another sentence backs it: the notice is no quote of it
            drop_unbacked(found, qid, option, notice)
