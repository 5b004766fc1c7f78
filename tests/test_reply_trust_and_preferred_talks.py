"""Reply kinds from the newest blind sets (issue 16): others said to trust or rely on the product, with a frequency
in the sentence ("Leading can makers ... trust our platform every day"), is a reference claim that answers nothing
and makes no answer specific (a frequency is substance only as the rate of something the system does); a deferral
said with "would" or a wish ("The remaining points (...) we would rather discuss in person."), or one whose subject
is the questions left over ("the remaining points (...) we will explain in our meeting"), puts off every question it
lists, as "we can discuss" does. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

BAKERY = ("CrumbSense is the AI and IoT platform for industrial bakeries.\n"
          "IoT sensors and machine learning predict under-baked loaves in real time and alarms go to the operators.\n")
MAIL = Mail("Dear Ms Okafor,", "Best regards,\nTom")
DATA = "We read oven zone temperatures and belt speed from the Siemens S7-1500 of each oven line."
PROTOCOLS = "OPC UA from the S7-1500 every second."


@pytest.fixture(scope="module")
def ovens():
    return sent_out(BAKERY, "CrumbSense", "A. Okafor")


@pytest.mark.parametrize("claim", [
    "Leading bakeries across Europe trust our platform every day.",
    "Over 40 plant bakeries rely on our sensors every shift.",
    "Bakers in twelve countries count on our sensors every hour of the day.",
])
def test_others_trusting_the_product_with_a_frequency_answer_nothing(ovens, claim):
    done = MAIL.read(ovens, claim)
    assert all(q.status == "not_answered" for q in done.round.questions), [(q.topic, q.status) for q in done.round.questions]
    assert MAIL.specific(ovens, claim) == []


def test_a_rate_the_system_reads_at_beside_a_trust_claim_still_answers_protocols(ovens):
    body = f"Leading bakeries trust our platform every day.\n{DATA}\n{PROTOCOLS}"
    read = MAIL.asked(ovens, body)
    assert read["protocols"].closed and read["data"].closed


@pytest.mark.parametrize("put_off", [
    "The remaining points (who approves the changes, alarm times, protocols) we would rather discuss in person.",
    "Alarm times, protocols and the approval of changes we would prefer to discuss in the workshop.",
    "The remaining points (approval of changes, alarm times, protocols) we will explain in our meeting next week.",
    "The remaining questions on who approves changes, alarm times and protocols will follow after the pilot.",
    "Who approves the changes, the alarm times and the protocols follow later.",
])
def test_a_preferred_talk_listing_questions_closes_none_of_them(ovens, put_off):
    read = MAIL.asked(ovens, f"{DATA}\n{put_off}")
    assert not read["human_review"].closed, read["human_review"].why
    assert not read["protocols"].closed and not read["latency"].closed
    assert read["data"].closed


@pytest.mark.parametrize("left_to_you", [
    "Which holds or work orders it makes and who uses it daily depends on your organisation.",
    "The work orders it opens every shift depend on your maintenance organisation.",
])
def test_an_answer_made_to_depend_on_the_buyer_drafts_no_workflow(lines, left_to_you):
    body = f"{DATA}\n{left_to_you}"
    assert "workflow.outputs" not in MAIL.specific(lines, body)
    assert not MAIL.asked(lines, body)["workflow"].closed


@pytest.fixture(scope="module")
def lines():
    return sent_out("CrumbFlow is the smart factory platform for industrial bakeries: IoT sensors and machine learning "
                    "connect ovens, people and systems.\n", "CrumbFlow", "A. Okafor")


@pytest.mark.parametrize("pointer", [
    "j) Support - Kindly refer to the commercial offer.",
    "j) Support - Please refer to our service brochure attached.",
])
def test_a_reader_asked_to_look_elsewhere_is_no_answer_on_upkeep(ovens, pointer):
    read = MAIL.asked(ovens, f"a) Data - {DATA}\n{pointer}")
    assert not read["upkeep_owner"].closed, read["upkeep_owner"].why
    assert "is vague" in read["upkeep_owner"].why
