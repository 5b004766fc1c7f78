"""Replies that hold the answer back or hand it to someone unnamed, in kinds rounds16 found closing questions or making
answers specific: an NDA asked first, a model kept secret, the next release's roadmap, a partner integrator named by
its kind and region, the product's awards and customer surveys. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILNS = ("KilnSense brings AI and Industry 4.0 to lime kilns.\n"
         "Smart sensors and machine learning predict ring formation weeks before it stops the kiln.\n"
         "Seamless integration with your ERP and maintenance systems.\n"
         "Fewer ring stops, less fuel and a smart, connected kiln.\n")


@pytest.fixture(scope="module")
def kilns():
    return sent_out(KILNS, "KilnSense", "R. Dahl")


MAIL = Mail("Dear Mr Dahl,", "Best regards,\nLena Holt")


@pytest.mark.parametrize("topic, sentence", [
    ("data", "Which thermocouples, scanners and drive signals we read we can share once a non-disclosure agreement "
             "is signed."),
    ("data", "Before we can go into the sensors and the kiln signals, our lawyers need an NDA from both sides."),
    ("analytics", "How the ring model is trained and how accurate it is we cannot disclose, as it is our core IP."),
    ("integrations", "Links to SAP PM and your historian are on our roadmap and come with the next release."),
])
def test_an_answer_held_back_for_a_paper_a_secret_or_a_later_release_leaves_the_question_open(kilns, topic, sentence):
    assert not MAIL.asked(kilns, sentence)[topic].closed
    assert MAIL.specific(kilns, sentence) == []


def test_a_link_handed_to_a_partner_integrator_in_the_region_names_no_one(kilns):
    text = ("Connecting the kiln PLC, SAP and the historian is done by a certified partner integrator in your region "
            "who knows these systems well.")
    assert not MAIL.asked(kilns, text)["integrations"].closed
    assert MAIL.specific(kilns, text) == []


@pytest.mark.parametrize("text", [
    "In our latest customer survey 95% of kiln managers said they would recommend us.",
    "KilnSense received the Process Industry Award 2024 for its ring model.",
])
def test_an_award_or_a_customer_survey_is_no_reference(kilns, text):
    assert MAIL.specific(kilns, text) == []


def test_a_partner_firm_named_with_what_it_does_and_who_owns_the_link_still_answers(kilns):
    text = ("The kiln data goes to SAP PM as a notification over its OData interface every 15 minutes, one way; "
            "your maintenance planner Ola Berg owns that link, and our partner Nordautomasjon AS in Bergen wires it.")
    assert MAIL.asked(kilns, text)["integrations"].status == "partly"  # a second system is still to be named
    assert "connect.integrations" in MAIL.specific(kilns, text)
