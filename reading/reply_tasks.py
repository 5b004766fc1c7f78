"""Roles named each with what it does: "Kettle operator doses, Schichtleiter confirms holds, lab head releases batches"
or "the machine operator, who adjusts the cooling time, the shift leader, who confirms holds". Two roles or more, each
followed by a verb of its own (in a relative clause or as its subject), say what each one does with the system, as
the question on daily use asks; the kind is "task" where a topic's needs hold it (questions/rounds.yaml)."""
from __future__ import annotations

import re

# after a role: ", who" or nothing, then a verb in the third person ("adjusts", "doses", "releases"); not one of being
# or having ("the shift leader is ...", "the operator has always the final decision"): no act
_ACT = re.compile(r"(?:,?\s+who)?\s+(?!(?:is|has|was|does|goes|always|also|as|plus|thus|this|its|us|yes)\b)[a-z]{2,}s\b")
KIND = "task"


def tasked(lower: str, roles: list[str]) -> bool:
    """Whether a lower-case sentence names two of `roles` (its roles, in order) or more, each followed by its own act."""
    acting, at = 0, 0
    for term in roles:
        start = lower.find(term.lower(), at)
        if start < 0:
            continue
        at = start + len(term)
        if at < len(lower) and lower[at].isalpha():  # part of a longer word ("operators"): read from its end
            continue
        acting += _ACT.match(lower, at) is not None
    return acting >= 2
