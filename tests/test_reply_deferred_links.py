"""A link put off to later or to someone else ("QMS, ERP and MES - interfaces will be specified with your IT", "for the
MES and ERP links we need to talk to your IT first") names the systems but not how they connect or who owns the link:
the question stays open (issue 16, a kind tuning31 showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

OVENS = ("BakeLink uses sensors and AI to predict burnt batches in tunnel ovens.\n"
         "It sends its results to your ERP, MES and quality systems.\n")


@pytest.fixture(scope="module")
def ovens():
    return sent_out(OVENS, "BakeLink", "A. Novak")


MAIL = Mail("Dear Ms Novak,", "Kind regards,\nPieter Claes")


def test_the_letter_asks_which_systems_it_exchanges_data_with(ovens):
    assert "integrations" in {q.topic for q in ovens.rounds[-1].questions}


@pytest.mark.parametrize("sentence", [
    "Point 5) QMS, ERP and MES - the interfaces will be specified with your IT.",
    "For the MES and the ERP connections we need to talk to your IT first.",
    "The links to Navision and the MES are to be worked out in the project.",
])
def test_links_put_off_to_later_or_to_your_it_leave_the_question_open(ovens, sentence):
    links = MAIL.asked(ovens, sentence)["integrations"]
    assert not links.closed and links.status == "not_answered"


def test_links_said_with_their_method_and_owner_close_the_question(ovens):
    text = ("Baking losses per batch go to your ERP (Navision) as a CSV file every night, one way; owner your IT "
            "administrator. Oven stops go to your CMMS (Maximo) as work orders over REST, one way; owner your "
            "maintenance planner.")
    assert MAIL.asked(ovens, text)["integrations"].closed
