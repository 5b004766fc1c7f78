"""A sampling or sending interval ("every 60 seconds", "alle 5 Minuten", "toutes les 10 s", "ogni 30 secondi") in a
sentence that takes or sends a reading answers how often data is captured (data.protocols); an interval of the plant's
troubles ("stops every 20 minutes") does not. A model number is never a protocol: "S7-1200" is a PLC, no S7 protocol
(a protocol's name ending in a digit goes on into a model's number). Sentences written for these tests."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.quantities import quantities

OFFER = "Quotation for your plant\n\n"
HOW_OFTEN = "data.protocols"


def _answer(text: str, question: str):
    bank = load_bank()
    return draft(OFFER + text, bank).answer(question)


@pytest.mark.parametrize("sentence", [
    "The gateway on line 3 reads the spindle temperature every 60 seconds and sends it to our cloud.",
    "Die Spindeltemperatur an Linie 3 wird alle 5 Minuten erfasst und an Ihr MES gesendet.",
    "La température de la broche sur la ligne 3 est relevée toutes les 10 s et envoyée à votre MES.",
    "La temperatura del mandrino sulla linea 3 viene letta ogni 30 secondi e inviata al vostro MES.",
])
def test_a_sampling_interval_answers_how_often_data_is_captured(sentence):
    answer = _answer(sentence, HOW_OFTEN)
    assert answer is not None and sentence in answer.quotes


def test_an_interval_of_the_plants_trouble_is_no_sampling_rate():
    assert _answer("Press 4 on line 3 stops every 20 minutes for a jam.", HOW_OFTEN) is None


def test_a_plc_model_number_is_no_protocol():
    assert _answer("The gateway on line 3 reads the spindle temperature from your S7-1200 PLCs and sends it to our "
                   "cloud.", HOW_OFTEN) is None


def test_the_s7_protocol_named_alone_is_still_one():
    sentence = "The gateway on line 3 reads the spindle temperature from your PLCs over the S7 protocol."
    answer = _answer(sentence, HOW_OFTEN)
    assert answer is not None and sentence in answer.quotes


@pytest.mark.parametrize("text", ["Siemens S7-1200 controllers", "Schneider PM5560 meters", "to IEC 61131-3",
                                  "certified to ISO 9001"])
def test_a_model_number_or_standard_is_no_quantity(text):
    assert quantities(text) == []
