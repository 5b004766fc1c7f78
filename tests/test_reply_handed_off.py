"""Replies that hand a question to someone else or put it off to a pilot, in kinds rounds17 found making answers
specific: the buyer's IT or an integrator said to know better, a choice left to whatever they prefer, a pilot or the
buyer's details asked first instead of the answer; and a link's owner named with its holder in brackets. Every
sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

FREEZERS = ("FreezeIQ brings AI and Industry 4.0 to continuous ice-cream freezers.\n"
            "Machine learning predicts overrun and draw temperature and warns before a barrel freezes up.\n"
            "Seamless integration with your ERP and quality systems.\n"
            "Less rework, less waste and a smart, connected freezing room.\n")


@pytest.fixture(scope="module")
def freezers():
    return sent_out(FREEZERS, "FreezeIQ", "M. Lund")


MAIL = Mail("Dear Ms Lund,", "Kind regards,\nPer Aalto")


@pytest.mark.parametrize("topic, sentence", [
    ("security", "How the freezing room network is kept apart from the office is best clarified with your IT "
                 "department, who know your firewall rules far better than we do."),
    ("integrations", "The interface from the freezers to your SAP QM is set up by your ERP partner, who knows the "
                     "system best."),
    ("security", "Your IT team can best decide which ports the edge PC uses; we adapt to whatever they prefer."),
    ("data", "Rather than answering in writing, we suggest a two-week pilot on freezer 3 with our sensors."),
    ("analytics", "We propose a pilot on freezer 3 in which we answer your questions on accuracy with your own data."),
    ("kpi", "Without knowing your recipes and batch sizes it is difficult to go into details on overrun savings."),
    ("security", "Remote access for the edge PC should be aligned between your IT department and our operations team."),
])
def test_a_question_handed_to_someone_else_or_to_a_pilot_stays_open(freezers, topic, sentence):
    assert not MAIL.asked(freezers, sentence)[topic].closed
    assert MAIL.specific(freezers, sentence) == []


def test_the_segmentation_left_to_the_buyers_it_answers_nothing(freezers):
    text = "How the freezing room is segmented from the office network is up to your IT."
    assert MAIL.asked(freezers, text)["security"].status == "not_answered"


def test_a_service_partner_in_the_buyers_country_names_no_one(freezers):
    text = "Support and maintenance after the pilot are handled by our service partner in your country."
    assert MAIL.asked(freezers, text)["upkeep_owner"].status == "not_answered"
    assert MAIL.specific(freezers, text) == []


def test_one_owner_named_with_its_holder_in_brackets_owns_both_links(freezers):
    text = ("Both links, to SAP QM and to your Maximo, are REST calls from FreezeIQ, one way, owned by your IT "
            "integration team (Karin Moser): the batch overrun goes to SAP QM with each batch number, and freeze-up "
            "warnings open a work order in Maximo.")
    question = MAIL.asked(freezers, text)["integrations"]
    assert question.closed and question.status == "answered", question.why
