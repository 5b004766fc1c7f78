"""A reply that labels its answers as a form does, two fields joined by a slash ("Problem / Goal: ...", "Problem/Ziel:
..."): the label heads its own line only, not every line under it as a page's heading would ("The Scenario Before:
..."), so the data named on the next line is the data captured, not the plant's state before (issue 16, a kind
tuning29 showed). Every sentence here is new."""
import pytest

from questions import load_bank
from reading.draft import draft
from rounds_corpus import Mail, sent_out

DATA = "Data: from the kiln PLC (Siemens S7-1500) over OPC UA: burner pressure, zone temperatures and belt speed."


@pytest.mark.parametrize("label", ["Problem / Goal", "Problem/Ziel", "Problem / Target"])
def test_the_line_under_a_slash_joined_label_drafts_the_data_captured(label):
    text = f"{label}: we start with the cracked tiles of kiln 2.\n{DATA}\n"
    captured = draft(text, load_bank()).answer("data.captured")
    assert captured is not None and {"pressure", "temperature"} <= set(captured.choices)


def test_a_page_heading_pasted_onto_its_line_still_heads_the_plant_before():
    text = ("The Scenario Before: When the Kiln Crew Checked Tiles by Eye the crew wrote zone temperatures on paper.\n"
            "Data: from the kiln PLC (Siemens S7-1500) over OPC UA: burner pressure, zone temperatures and belt speed.\n")
    captured = draft(text, load_bank()).answer("data.captured")
    assert captured is None or not captured.choices


KILN = ("KilnGuard is predictive maintenance for roller kilns.\n"
        "IoT sensors and AI predict burner and roller failures before they stop the kiln.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnGuard", "P. Rossi")


def test_condition_data_under_a_slash_labelled_problem_closes_the_data_question(kiln):
    text = ("Problem / Goal: we start with the cracked tiles of kiln 2.\n\n"
            "Data: from the kiln PLC (Siemens S7-1500) over OPC UA: burner pressure, zone temperatures and roller "
            "drive vibration from three new sensors.")
    assert Mail("Dear Mr Rossi,", "Kind regards,\nEva Lund").asked(kiln, text)["data"].closed
