"""Walk78's screen faults under a question: every quote's remove button was called just "Remove" (a screen reader
could not tell one from another), and a new integration row showed the word "None" as its data flow."""
from __future__ import annotations

import json

import pytest

from kit import key, open_app
from paths import EXAMPLES_BANK_VERSION
from questions import Answer, Evaluation, Integration
from questions.models import Document

QUOTES = ["Die Stillstandsgründe werden am Terminal der Verpackung erfasst.",
          "Stoppages are logged at the packing line terminal every shift.",
          "Les arrêts sont saisis au terminal de la ligne d'emballage."]


@pytest.fixture
def eid(store) -> str:
    return store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="Linie 2", vendor="Vendor")).id


def test_each_quote_s_remove_button_is_named_for_its_quote_and_keyed_apart(store, eid):
    evaluation = store.get(eid).evaluation
    answer = Answer(question="problem.statement", evidence="specific", quotes=QUOTES)
    store.save(eid, evaluation.model_copy(update={"answers": [answer], "documents": [
        Document(name="Proposal text", text="\n".join(QUOTES))]}), 1)
    at = open_app("evaluate", eid, timeout=60)
    assert not at.exception, at.exception
    removes = [b for b in at.button if b.key.startswith(key(eid, "problem.statement", "unquote:"))]
    labels = [b.label for b in removes]
    assert len(labels) == 3 and len(set(labels)) == 3 and len({b.key for b in removes}) == 3
    assert labels[0].startswith("Remove quote 1") and "Die Stillstandsgründe werden" in labels[0]
    assert labels[2].startswith("Remove quote 3") and "Les arrêts sont" in labels[2]
    removes[1].click().run()  # the second one removes the second quote
    assert store.get(eid).evaluation.answer("problem.statement").quotes == [QUOTES[0], QUOTES[2]]


def test_a_data_flow_nobody_told_is_an_empty_cell_not_the_word_none(store, eid):
    evaluation = store.get(eid).evaluation
    rows = [Integration(system="erp", direction="none"), Integration(system="maintenance", direction="to_system")]
    answer = Answer(question="connect.integrations", evidence="specific", integrations=rows)
    store.save(eid, evaluation.model_copy(update={"answers": [answer]}), 1)
    at = open_app("evaluate", eid, timeout=60)
    at.selectbox(key=f"section:{eid}").set_value("connect").run()
    assert not at.exception, at.exception
    editor = next(el for el in at.dataframe if "direction" in el.proto.columns)
    flow = json.loads(editor.proto.columns)["direction"]
    said = json.dumps(flow)
    assert '"None"' not in said and '"none"' not in said, flow  # neither a choice nor a new row's default
    first, second = list(editor.value["direction"])
    assert first is None or first != first, first  # empty (None or NaN), not "none"
    assert second == "to_system"
    assert store.get(eid).evaluation.answer("connect.integrations").integrations == rows  # nothing saved anew
