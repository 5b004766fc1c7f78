"""A list of what is read that names gases by their formula ("O2, NOx, CO2") is a list of values measured, not of
products offered as alternatives: the data it names answers the data question. Three product names listed still
offer alternatives. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

BOILER = ("FlameWise brings AI and IoT to your steam boilers.\n"
          "Machine learning predicts fouling and sets the air ratio for lower fuel use.\n")
MAIL = Mail("Dear Mr Kowalski,", "Best regards,\nAnna Berg")


@pytest.fixture(scope="module")
def boiler():
    return sent_out(BOILER, "FlameWise", "J. Kowalski")


@pytest.mark.parametrize("sentence", [
    "data: we take the furnace pyrometer, O2, NOx, CO, burner current, gas and air flow from your Siemens PCS 7.",
    "We read stack temperature, CO2, SO2 and steam flow from the boiler PLC.",
])
def test_a_list_of_gases_by_formula_names_the_data_and_is_no_list_of_products(boiler, sentence):
    question = MAIL.asked(boiler, sentence)["data"]
    assert question.status != "not_answered" and "alternatives" not in question.why, question.why


def test_three_product_names_listed_are_still_alternatives(boiler):
    question = MAIL.asked(boiler, "We read every controller: Siemens, Rockwell and Beckhoff.")["data"]
    assert question.status == "not_answered"
