"""drafting.yaml `pending_status`: a status the vendor would hold (a certification, an assessment passed) told as
still to come.

"Our gateway will be certified to IEC 62443-4-2 in 2027", "Das Gateway wird nach IEC 62443 zertifiziert", "la
passerelle sera certifiée", "zostanie certyfikowana": the status's word with a future auxiliary, or one of becoming,
before it, or the process told under way ("certification ... expected"), is a plan, no status held today. Where every
sentence behind such an option tells it so, it is offered to check (confidence `possible`), not drafted. Read on the
sentence as written: a German gloss reads "wird" as "is", and the tense is the whole point."""
from __future__ import annotations

from .draft_evidence import Evidence
from .draft_rules import draft_data
from .phrases import CLAUSE_END, PhraseSet, normalise, tokens

_RULE: dict = draft_data().get("pending_status", {})
OPTIONS: dict[str, frozenset[str]] = {qid: frozenset(options) for qid, options in _RULE.get("options", {}).items()}
CUES = PhraseSet.of(_RULE.get("cues", []), "pending")
_FINAL = _RULE.get("clause_final", {})
AUXILIARIES, PARTICIPLES = frozenset(_FINAL.get("auxiliaries", [])), frozenset(_FINAL.get("participles", []))


def pending(sentence: str) -> bool:
    """Whether the sentence tells a status still to come, as written."""
    words = tokens(normalise(sentence))
    return bool(CUES.find(words)) or _clause_final(words)


def _clause_final(words: list[str]) -> bool:
    """An auxiliary of becoming, then the status's participle in the same clause ("wird ... zertifiziert")."""
    open_ = False
    for word in words:
        if word in CLAUSE_END:
            open_ = False
        elif word in AUXILIARIES:
            open_ = True
        elif open_ and word in PARTICIPLES:
            return True
    return False


def offer_pending(found: dict[str, Evidence], possible: float) -> None:
    """Caps at `possible` each status option all of whose sentences tell it still to come."""
    for qid, options in OPTIONS.items():
        ev = found.get(qid)
        for option in options & set(ev.options) if ev else ():
            if all(pending(s) for s in ev.said[option]):
                ev.confidence[option] = min(ev.confidence[option], possible)
