"""Replies that offer instead of answer, in kinds rounds15 found closing questions or making answers specific: a price
instead of an answer (a pilot's price, a price per unit of the product, a package at a fixed price), a standard feature
list, a choice put off to a workshop, speed said as "in real time". Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

MOULDS = ("FormSight is AI quality control for glass container forming.\n"
          "Thermal cameras at the IS machine detect defects the moment a bottle is formed.\n"
          "Machine learning predicts mould wear and swab timing.\n"
          "Seamless connection to your MES and ERP.\n")


@pytest.fixture(scope="module")
def moulds():
    return sent_out(MOULDS, "FormSight", "P. Laine")


MAIL = Mail("Dear Ms Laine,", "Kind regards,\nOskar Berg")


def test_the_letter_asks_for_the_data_the_links_and_who_keeps_it_running(moulds):
    assert {"data", "integrations", "upkeep_owner"} <= {q.topic for q in moulds.rounds[-1].questions}


PRICES = ("Camera kits are 4,200 EUR per IS section, one-off. A trial on one machine costs 9,500 EUR. "
          "For the link to your business systems we offer our connector bundle (MES and ERP) at a fixed price of "
          "7,800 EUR.")


def test_prices_instead_of_answers_make_no_answer_specific(moulds):
    assert MAIL.specific(moulds, PRICES) == []


@pytest.mark.parametrize("topic", ["data", "integrations"])
def test_prices_instead_of_answers_leave_the_question_open(moulds, topic):
    assert not MAIL.asked(moulds, PRICES)[topic].closed


def test_a_yearly_fee_after_who_keeps_it_running_still_closes_the_upkeep(moulds):
    text = ("After the pilot your hot-end supervisor Mika Salo checks the cameras each week and we retrain the model "
            "each quarter. This costs 11,400 EUR per year.")
    assert MAIL.asked(moulds, text)["upkeep_owner"].closed


@pytest.mark.parametrize("topic, sentence", [
    ("data", "Which cameras and signals we use is chosen in the workshop from our sensor range."),
    ("data", "Cameras and signal points are fixed at the kick-off with your process engineers."),
    ("integrations", "The links to your MES and ERP are set up as part of a discovery workshop after the order."),
])
def test_a_choice_put_off_to_a_workshop_or_the_kick_off_leaves_the_question_open(moulds, topic, sentence):
    assert not MAIL.asked(moulds, sentence)[topic].closed
    assert MAIL.specific(moulds, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Running FormSight after the pilot is covered by our Premium Care plan at 480 EUR per month.",
    "Upkeep after go-live: your IT department will be fully involved, and FormSight is ISO 27001 certified.",
])
def test_upkeep_covered_by_a_plan_or_a_team_promised_to_take_part_leaves_the_owner_open(moulds, sentence):
    assert not MAIL.asked(moulds, sentence)["upkeep_owner"].closed
    assert MAIL.specific(moulds, sentence) == []


def test_the_data_said_with_the_cameras_it_comes_from_closes_the_data_question(moulds):
    text = ("Data: gob temperature and the shape of each bottle from two new thermal cameras at the exit of sections "
            "1 to 10, and the section timing from the existing IS machine controller.")
    assert MAIL.asked(moulds, text)["data"].closed


ALARMS = ("FormSight is AI quality control for glass container forming.\n"
          "Real-time alarms reach the hot-end team the moment a defect appears.\n"
          "Machine learning predicts mould wear.\n")


@pytest.fixture(scope="module")
def alarms():
    return sent_out(ALARMS, "FormSight", "P. Laine")


@pytest.mark.parametrize("sentence", [
    "Alarms appear on the IS machine HMI and the shift leader's tablet in real time.",
    "The forming operator sees every section stop immediately on the IS machine screen.",
])
def test_how_fast_said_in_a_word_leaves_the_latency_open_whoever_sees_it(alarms, sentence):
    assert not MAIL.asked(alarms, sentence)["latency"].closed
    assert "decision.latency" not in MAIL.specific(alarms, sentence)


def test_how_fast_said_with_the_seconds_and_how_they_were_timed_closes_the_latency(alarms):
    text = ("A stopped section shows on the hot-end supervisor's handheld in real time, within 4 seconds: we timed 30 "
            "test stops from the controller's time stamp to the handheld at acceptance.")
    assert MAIL.asked(alarms, text)["latency"].closed


@pytest.mark.parametrize("sentence", [
    "Our white paper explains how the model learns from 18 months of camera images.",
    "Once we have seen the plant, you will get a technical concept covering data, links and service.",
    "FormSight is built with security by design and follows recognised guidance.",
    "FormSight runs on 450 IS machines worldwide and finds 99% of checks.",
])
def test_a_paper_a_promised_concept_a_slogan_or_the_markets_reach_answers_nothing(moulds, sentence):
    done = MAIL.read(moulds, sentence)
    assert all(q.status == "not_answered" for q in done.round.questions)
    assert MAIL.specific(moulds, sentence) == []


def test_a_service_subscription_with_its_price_in_a_sales_letter_names_no_one_who_keeps_it_running(moulds):
    text = ("FormSight is the leading inspection system for glass plants. Customers typically cut rejects by half. "
            "The FormSight service subscription is 620 EUR per machine per month and includes updates and support.")
    assert not MAIL.asked(moulds, text)["upkeep_owner"].closed
    assert MAIL.specific(moulds, text) == []


def test_upkeep_performed_by_the_vendors_service_named_by_whose_it_is_still_closes(moulds):
    text = ("After the pilot the cameras and the model are maintained by FormSight Service in Turku, who visit twice "
            "a year, for 7,200 EUR per year.")
    assert MAIL.asked(moulds, text)["upkeep_owner"].closed


NUMBERED = ("1. Broken finishes on line 4.\n2. Gob temperature from two new thermal cameras.\n3. Your camera archive.\n"
            "4. It detects broken finishes.\n5. We connect to your MES.\n6. Rejects at the cold end.\n"
            "7. The edge PC connects outbound only.\n8. {}\n9. Your QA decides.")


def test_a_package_that_covers_the_rest_names_no_one_who_keeps_it_running(moulds):
    text = NUMBERED.format("Installation and validation are done by us; after that, our FormSight Care package at "
                           "900 EUR per month covers the rest.")
    assert not MAIL.asked(moulds, text)["upkeep_owner"].closed


def test_a_link_offered_as_part_of_the_standard_package_leaves_the_systems_question_open(moulds):
    text = NUMBERED.format("After the pilot our service desk in Turku maintains it for 7,200 EUR per year.").replace(
        "5. We connect to your MES.", "5. FormSight connects to your MES and ERP as part of the standard package.")
    assert not MAIL.asked(moulds, text)["integrations"].closed


def test_a_review_of_each_prediction_says_who_reviews_not_what_it_predicts(moulds):
    text = ("Thank you for the questions. FormSight finds broken finishes early, with an accuracy our customers "
            "love. Your hot-end supervisor approves every mould-wear prediction before it becomes a work order, and "
            "can reject it.")
    asked = MAIL.asked(moulds, text)
    assert not asked["analytics"].closed and asked["analytics"].status == "not_answered"
    assert asked["human_review"].closed
