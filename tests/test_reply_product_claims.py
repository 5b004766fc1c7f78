"""Replies that speak of the product, not of this plant, in kinds rounds14 found closing questions: how far ahead it
warns said as a brochure says it ("weeks in advance"), upkeep left to the plant's maintenance software, a service
contract offered but not said who does what for how much, a link through the product's standard interface, an answer
pointed to in an attachment with a summary. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

BELTS = ("BeltWise is predictive maintenance for conveyor belts in quarries.\n"
         "Smart sensors on idlers and pulleys detect failures weeks in advance.\n"
         "Data flows to your CMMS automatically.\n")


@pytest.fixture(scope="module")
def belts():
    return sent_out(BELTS, "BeltWise", "R. Moreau")


MAIL = Mail("Dear Mr. Moreau,", "Best regards,\nNina Roth")


def test_the_letter_asks_what_it_predicts_and_who_keeps_it_running(belts):
    assert {"analytics", "upkeep_owner"} <= {q.topic for q in belts.rounds[-1].questions}


BOAST = "BeltWise detects idler bearing failures up to eight weeks in advance, and its acoustic model is 98.5% accurate."


def test_a_warning_time_said_in_advance_with_a_bare_accuracy_figure_leaves_the_prediction_open(belts):
    assert not MAIL.asked(belts, BOAST)["analytics"].closed


def test_a_warning_time_said_in_advance_makes_no_answer_specific(belts):
    assert not MAIL.specific(belts, BOAST)


def test_a_warning_time_on_this_plants_belts_with_how_it_was_counted_closes_the_prediction(belts):
    text = ("It predicts an idler bearing failure on your crusher feed belt CV-3 about 9 days ahead; on the 21 "
            "idler failures of CV-3 and CV-4 in 2025 it warned for 18, counted against your work orders.")
    assert MAIL.asked(belts, text)["analytics"].closed


@pytest.mark.parametrize("sentence", [
    "Upkeep of BeltWise runs through your maintenance system.",
    "Upkeep fits smoothly into your maintenance system, like every other conveyor.",
    "After the pilot we offer a support contract.",
])
def test_upkeep_left_to_the_maintenance_software_or_a_contract_offered_leaves_the_owner_open(belts, sentence):
    assert not MAIL.asked(belts, sentence)["upkeep_owner"].closed


def test_a_named_owner_of_the_upkeep_with_its_yearly_fee_closes_the_question(belts):
    text = ("We install the sensors; after the pilot your maintenance planner Luc Perrin changes their batteries and "
            "we update the model twice a year, for 5,200 EUR per year.")
    assert MAIL.asked(belts, text)["upkeep_owner"].closed


def test_a_link_through_the_products_standard_interface_leaves_the_systems_question_open(belts):
    text = "BeltWise can exchange data with your SAP PM and your quality database through our standard REST API."
    assert not MAIL.asked(belts, text)["integrations"].closed


def test_this_plants_link_with_its_method_and_owner_closes_the_systems_question(belts):
    text = ("BeltWise sends each bearing warning to your SAP PM as a notification through its REST API, one way; the "
            "link is owned by your maintenance planner Luc Perrin.")
    assert MAIL.asked(belts, text)["integrations"].closed


@pytest.mark.parametrize("topic, sentence", [
    ("data", "Data and interfaces: see tab 3; in short, acoustic and temperature readings come from 40 new wireless "
             "sensors on the idlers over LoRaWAN."),
    ("integrations", "Data and interfaces: see tab 3; in short, the idler sensors send over LoRaWAN and SAP PM is "
                     "linked by REST."),
])
def test_an_answer_pointed_to_in_an_attachment_with_a_summary_leaves_the_question_open(belts, topic, sentence):
    assert not MAIL.asked(belts, sentence)[topic].closed


def test_the_data_said_here_with_where_it_comes_from_closes_the_data_question(belts):
    text = ("Data: acoustic and temperature readings from 40 new wireless sensors on the idlers of CV-3, sent over "
            "LoRaWAN to a gateway in the crusher house.")
    assert MAIL.asked(belts, text)["data"].closed
