"""Walk 56: under "How will the users be trained?" the buyer accepted the suggested sentence "Training: two days for
6 maintenance technicians and 1 planner, in Polish, ..." and the answer stayed not answered, "the quoted sentences
back no option": accepting a suggestion ticks what the drafter reads from the sentence alone (reading/quote_options.py),
and the drafter read no training from training given a length for the plant's people. It now reads on-site training
there, so the accepted quote carries the option its words back. The sentences here are new."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

import kit
from kit import key
from paths import EXAMPLES_BANK_VERSION
from questions import Evaluation, load_bank
from reading import analyze
from reading.prefill import Prefiller
from reading.quote_options import options_in

pytestmark = pytest.mark.usefixtures("first_run")  # the examples saved, as by the app's first run

TRAINING = "Training: three days for 9 kiln operators and 2 shift leads, in Czech, given by our partner in Brno."
OFFER = f"""Offer KL-90 for your tunnel kilns

We fit vibration sensors on the 12 kiln car drives and read them every 10 seconds.
{TRAINING}
"""


@pytest.fixture
def eid(store) -> str:
    return store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="Kiln offer", vendor="KilnLog")).id


def _read(eid: str) -> AppTest:
    at = kit.open_app("evaluate", eid, timeout=60)
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(OFFER)
    at.button(key=f"proposal:{eid}:read").click().run()
    at.selectbox(key=f"section:{eid}").set_value("users").run()
    assert not at.exception, at.exception
    return at


def test_training_given_a_length_for_the_plants_people_reads_as_on_site_training():
    bank = load_bank()
    assert options_in(TRAINING, bank.questions()["users.training"], bank) == ["onsite"]


def test_accepting_the_suggested_training_sentence_ticks_on_site_training(store, eid):
    at = _read(eid)
    assert Prefiller(load_bank()).suggest(analyze(OFFER))["users.training"][0].choices == []  # no option's own words
    box = next(t.key for t in at.text_area if t.key.startswith(key(eid, "users.training", "suggest:"))
               and t.value == TRAINING)
    at.button(key=f"{box}:accept").click().run()
    assert not at.exception, at.exception
    answer = store.get(eid).evaluation.answer("users.training")
    assert answer.choices == ["onsite"] and answer.quotes == [TRAINING]
    assert at.selectbox(key=key(eid, "users.training", "choice")).value == "onsite"
