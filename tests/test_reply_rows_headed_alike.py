"""Reply kind on blind sets (tuning44's tile partial; the "Data: the mill owns all recordings ..." line placing.py
already reads): a table with two rows headed "Data", the second on whose the data is. The label's own word said
again in its row ("All data is yours ...") does not tie the row to the data question: the row answers data ownership,
as its other words say. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

OVENS = ("OvenMind is the AI-powered IIoT cloud platform for tunnel ovens in industrial bakeries.\n"
         "Sensors read the zone temperatures and the belt speed, and the AI predicts burnt and pale batches.\n"
         "All your data in the cloud.\n")

OWNERSHIP = "| Data | All data is yours, export as CSV from the portal at any time, no fee. |"


@pytest.fixture(scope="module")
def ovens():
    return sent_out(OVENS, "OvenMind", "L. Meyer")


def _table(first_data_row: str) -> str:
    return ("Dear Ms Meyer,\n\nhere the answers in short:\n\n| Topic | Answer |\n|---|---|\n"
            f"{first_data_row}\n{OWNERSHIP}\n\nBest regards,\nTom Berger\n")


def test_a_second_row_headed_data_answers_whose_the_data_is(ovens):
    read = asked(ovens, _table("| Data | Zone temperatures and belt speed from the S7-1500 every second. |"))
    assert read["data_ownership"].status == "answered" and read["data_ownership"].closed, read["data_ownership"].why
    assert any("All data is yours" in q for q in read["data_ownership"].quotes)
    assert not any("All data is yours" in q for q in read["data"].quotes), read["data"].quotes


def test_a_row_headed_data_on_the_data_still_answers_the_data(ovens):
    read = asked(ovens, _table("| Data | Zone temperatures and belt speed from the S7-1500 every second. |"))["data"]
    assert any("Zone temperatures" in q for q in read.quotes), read.why
