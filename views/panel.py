"""Everyone who scored one proposal, as scoring.consensus wants them: (name, evaluation) pairs.

Shared by the Consensus page and Compare's "rank on consensus scores"; not a page itself.
"""
from __future__ import annotations

import streamlit as st

from scoring.compare_verdict import reviewed_only
from scoring.consensus import Consensus, consensus
from scoring.engine import engine_for
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
    group = common.store().group(eid)
    return _merged(_versions(group), group)


def checked_of(eid: str) -> tuple[Consensus, int]:
    """The consensus of the same evaluators' reviewed answers alone, and how many drafted answers nobody reviewed:
    whether a consensus ranking's lead rests on drafts."""
    group = common.store().group(eid)
    return _checked(_versions(group), group)


def _versions(group) -> tuple:
    """What a consensus is built from: each evaluation at its saved version under its evaluator's name, and the
    bank's rules. Compare reruns on every click; a consensus is built again only when one of these changed."""
    return engine_for(common.bank()).rules_id, tuple(zip((s.id for s in group), (s.version for s in group),
                                                         evaluator_names(group)))


# keyed on `versions` alone: Streamlit hashes no argument named with a leading underscore
@st.cache_data(max_entries=256, show_spinner=False)
def _merged(versions: tuple, _group) -> Consensus:
    return of_group(_group)


@st.cache_data(max_entries=256, show_spinner=False)
def _checked(versions: tuple, _group) -> tuple[Consensus, int]:
    reviewed = [reviewed_only(s.evaluation) for s in _group]
    waiting = sum(a.unreviewed for s in _group for a in s.evaluation.answers)
    return consensus(list(zip(evaluator_names(_group), reviewed)), common.bank()), waiting


def whose(saved) -> str:
    """Whose evaluation one is, as Compare names each column: its owner's account, as evaluator_names names it, else
    the Evaluator field (the local user's)."""
    return " ".join((evaluator_of(saved.owner, saved.evaluation.evaluator) or saved.owner or "").split())


def consensus_of(merged: Consensus) -> str:
    """A consensus named by whose it is: "consensus of Marta López and Javier Ruiz"."""
    names = merged.evaluators
    return f"consensus of {' and '.join(names)}" if len(names) > 1 else (names[0] if names else "")
