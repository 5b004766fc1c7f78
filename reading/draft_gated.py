"""drafting.yaml `gated`: an option told only as a way the plant itself opens or keeps shut.

"Remote support only through your jump host with MFA; no inbound internet connection" names remote support, yet the
way in is the plant's own gate: its jump host, its VPN, a session it opens. That is the plant-controlled way, no
vendor's access into the network, so the option is not drafted where every sentence behind it names such a gate
(a sentence that only says "our engineers connect through your VPN" names none and keeps it)."""
from __future__ import annotations

from typing import Callable

from .draft_evidence import Evidence, drop_unbacked
from .draft_rules import draft_data
from .phrases import PhraseSet

_RULE: dict = draft_data().get("gated", {})
GATES: dict[tuple[str, str], PhraseSet] = {(qid, option): PhraseSet.of(gates, "gate")
                                           for qid, options in _RULE.items() for option, gates in options.items()}


def drop_gated(found: dict[str, Evidence], read: Callable[[str], list[str]]) -> None:
    """Drops each `gated` option all of whose sentences name one of its gates (as `read` gives their words)."""
    for (qid, option), gates in GATES.items():
        drop_unbacked(found, qid, option, lambda s, gates=gates: bool(gates.find(read(s))))
