"""A vendor's reply that names a temperature answers the buyer's question on the data captured with no word of reading
beside it: the question tells the sense (drafting.yaml said_with_listed), where an offer's sentence needs one ("the
ovens run above 250 °C" is no data read; tests/test_draft_process_values_read.py). Every sentence here is new."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for

BANK = load_bank()
LINE = "Belt speed comes from the drive, oven temperature from the existing PT100 in each zone, both through the oven PLC."


def captured(document) -> list[str]:
    answer = drafter_for(BANK).draft_documents([document]).answer("data.captured")
    return answer.choices + answer.suggested if answer else []


def test_a_temperature_named_in_a_reply_is_data_captured():
    assert "temperature" in captured(pasted(LINE, "reply", "Reply 1"))


def test_the_same_line_in_an_offer_is_no_temperature_read():
    assert "temperature" not in captured(pasted(LINE))
