"""A link to a place whose name says its area ("exported as a PDF into your quality folder, owner Lars Berg"), as
rounds17 found it: the area is read from where the data lands when the system's name says none. Every sentence
here is new."""
import pytest

from rounds_corpus import Mail, sent_out

BOILERS = ("SteamIQ brings Industry 4.0 to the boiler house.\n"
           "Sensors on every boiler read steam flow, pressure and flue gas oxygen.\n"
           "Reports for your management at the push of a button.\n")


@pytest.fixture(scope="module")
def boilers():
    return sent_out(BOILERS, "SteamIQ", "H. Berg")


MAIL = Mail("Dear Ms Berg,", "Kind regards,\nOle Lund")


def test_a_report_put_into_a_quality_folder_with_its_owner_is_a_link_to_quality(boilers):
    body = "Each month the emissions report goes as a PDF file into your quality folder, owner Anna Holm."
    rows = {row.system: row for row in MAIL.read(boilers, body).evaluation.answer("connect.integrations").integrations}
    assert "quality" in rows and rows["quality"].owner


def test_a_place_named_without_an_owner_links_nothing_new(boilers):
    body = "Each month the emissions report goes as a PDF file into your quality folder."
    answer = MAIL.read(boilers, body).evaluation.answer("connect.integrations")
    assert answer is None or all(row.system != "quality" or not row.owner for row in answer.integrations)
