"""Roles named each with what it does: "Kettle operator doses, Schichtleiter confirms holds, lab head releases batches"
or "the machine operator, who adjusts the cooling time, the shift leader, who confirms holds", or "machine operator
(tool alarms on the panel), setter (tool change orders)". Two roles or more, each followed by a verb of its own (in a
relative clause or as its subject) or its duty in brackets or after a dash, say what each one does with the system, as
the question on daily use asks; the kind is "task" where a topic's needs hold it (questions/rounds.yaml)."""
from __future__ import annotations

import re

# after a role: ", who" or nothing, then a verb in the third person ("adjusts", "doses", "releases"); not one of being
# or having ("the shift leader is ...", "the operator has always the final decision"): no act
_ACT = re.compile(r"(?:,?\s+who)?\s+(?!(?:is|has|was|does|goes|always|also|as|plus|thus|this|its|us|yes)\b)[a-z]{2,}s\b")
# or its duty right after it, in brackets or after a dash: "setter (tool change orders)", "mixer operator - confirms the
# binder set point"; two words or more with no figure, so a role's other name ("(Schichtleiter)") or a head count
# ("(3 shifts)") is no duty; up to three words, in any alphabet, may end the role or say where it works before the
# brackets ("QC officer (releases holds)", "Schichtführer Qualität (...)", "Prüfer an der Röntgenkabine (...)")
_DUTY = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s*\(\s*[^()\d]*?[^\W\d_]{2,}\s+[^()\d]*?[^\W\d_]{2,}[^()\d]*\)"
                   r"|\s*[-\u2013]\s+[a-z]{2,}s\b")
KIND = "task"


def tasked(lower: str, roles: list[str]) -> bool:
    """Whether a lower-case sentence names two of `roles` (its roles, in order) or more, each followed by its own act;
    a role named twice is read each time ("mixer operator (...), press operator (...)")."""
    ends = {m.end() for term in {r.lower() for r in roles} for m in re.finditer(re.escape(term), lower)}
    # part of a longer word ("operators") is no role's end: it is read from the longer word's own end
    acting = sum(1 for at in ends if not (at < len(lower) and lower[at].isalpha())
                 and (_ACT.match(lower, at) is not None or _DUTY.match(lower, at) is not None))
    return acting >= 2
