"""Compare ranked on consensus scores builds each proposal's consensus once per saved version of its evaluations:
a rerun with nothing saved (a weight moved, a click) builds none; a new version saved builds that proposal's again."""
from __future__ import annotations

import pytest
import streamlit as st

import views.panel as panel
from questions import load_evaluation
from test_consensus_page import ANN, EXAMPLES, open_page, store, team  # noqa: F401 - fixtures


@pytest.fixture
def built(monkeypatch) -> list[str]:
    """The proposals whose consensus was built, one entry per build."""
    st.cache_data.clear()
    made: list[str] = []
    real = panel.consensus

    def counting(panel_, bank=None):
        made.append(panel_[0][1].proposal)
        return real(panel_, bank)
    monkeypatch.setattr(panel, "consensus", counting)
    return made


def test_a_rerun_with_nothing_saved_builds_no_consensus_and_a_new_version_builds_it_again(team, store, built):
    other = store.create(load_evaluation(EXAMPLES[2]))
    at = open_page(ANN, team["first"], page="compare")
    at.multiselect(key="compare:ids").set_value([team["first"], other.id]).run()
    assert built == []  # off: no consensus at all
    at.toggle(key="compare:consensus").set_value(True).run()
    assert not at.exception, at.exception
    first = len(built)
    assert first == 4  # each proposal's consensus and its reviewed answers' alone
    at.run()
    at.run()
    assert len(built) == first
    raj = store.get(team["Raj"])
    store.save(raj.id, raj.evaluation.model_copy(update={"notes": "checked again"}), raj.version,
               actor="raj@plant.example")
    at.run()
    assert not at.exception, at.exception
    lineview = store.get(team["first"]).evaluation.proposal
    assert built[first:] == [lineview, lineview]  # only the proposal whose evaluation changed
