"""Everyone who scored one proposal, as scoring.consensus wants them: (name, evaluation) pairs.

Shared by the Consensus page and Compare's "rank on consensus scores"; not a page itself.
"""
from __future__ import annotations

from scoring.compare_verdict import reviewed_only
from scoring.consensus import Consensus, consensus
from store.team import evaluator_of
from views import common


def evaluator_names(group) -> list[str]:
    """A distinct, readable name per evaluation: a signed-in owner's account ("Name (address)", or the
    address), never the free-text Evaluator field, so nobody appears as a colleague or twice under two
    names; the local user's and the examples' Evaluator field; else a number."""
    names: list[str] = []
    for i, saved in enumerate(group, 1):
        base = " ".join((evaluator_of(saved.owner, saved.evaluation.evaluator) or saved.owner
                         or f"Evaluator {i}").split())
        name, n = base, 2
        while name in names:
            name, n = f"{base} ({n})", n + 1
        names.append(name)
    return names


def of_group(group) -> Consensus:
    return consensus(list(zip(evaluator_names(group), (s.evaluation for s in group))), common.bank())


def of(eid: str) -> Consensus:
    """The consensus of every evaluator of the proposal that evaluation `eid` belongs to."""
    return of_group(common.store().group(eid))


def checked_of(eid: str) -> tuple[Consensus, int]:
    """The consensus of the same evaluators' reviewed answers alone, and how many drafted answers nobody reviewed:
    whether a consensus ranking's lead rests on drafts."""
    group = common.store().group(eid)
    reviewed = [reviewed_only(s.evaluation) for s in group]
    waiting = sum(a.unreviewed for s in group for a in s.evaluation.answers)
    return consensus(list(zip(evaluator_names(group), reviewed)), common.bank()), waiting


def whose(saved) -> str:
    """Whose evaluation one is, as Compare names each column: its owner's account, as evaluator_names names it, else
    the Evaluator field (the local user's)."""
    return " ".join((evaluator_of(saved.owner, saved.evaluation.evaluator) or saved.owner or "").split())


def consensus_of(merged: Consensus) -> str:
    """A consensus named by whose it is: "consensus of Marta López and Javier Ruiz"."""
    names = merged.evaluators
    return f"consensus of {' and '.join(names)}" if len(names) > 1 else (names[0] if names else "")
