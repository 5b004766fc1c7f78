"""A hedge ("typically", "usually") beside how far ahead the system warns or how close it comes is the system's own
figure for this plant; beside what customers, other plants or comparable lines see it stays the market's
(replywalk6, questions/rounds.yaml general `hedges`/`horizons`/`parties`). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

BELTS = ("BeltWise is predictive maintenance for conveyor belts in quarries.\n"
         "Smart sensors on idlers and pulleys detect failures weeks in advance.\n"
         "Data flows to your CMMS automatically.\n")


@pytest.fixture(scope="module")
def belts():
    return sent_out(BELTS, "BeltWise", "R. Moreau")


MAIL = Mail("Dear Mr. Moreau,", "Best regards,\nNina Roth")


@pytest.mark.parametrize("sentence", [
    "It typically warns of an idler bearing failure 6 to 9 days before the bearing seizes.",
    "It warns of an idler bearing starting to fail, typically about 8 days ahead.",
    "Usually the warning comes 5 to 7 days before the idler bearing fails.",
    "The acoustic model usually flags a pulley failure about ten days ahead.",
])
def test_a_hedged_warning_horizon_of_the_system_is_read_not_taken_as_a_market_claim(belts, sentence):
    analytics = MAIL.asked(belts, sentence)["analytics"]
    assert analytics.status != "not_answered" and "market" not in analytics.why


def test_a_hedged_tolerance_of_the_system_is_read(belts):
    assert MAIL.asked(belts, "Its prediction is typically accurate within 2 days.")["analytics"].status == "partly"


@pytest.mark.parametrize("sentence", [
    "Customers typically see 20% less belt downtime.",
    "Quarries using BeltWise typically get a warning 9 days before a failure.",
    "Typically, users get an alert a week ahead of a failure.",
    "We typically see warnings 2 weeks before failure.",
    "Yes, typically within 5% on comparable belts.",
])
def test_a_hedged_figure_of_the_market_stays_vague(belts, sentence):
    assert MAIL.asked(belts, sentence)["analytics"].status == "not_answered"
    assert not MAIL.specific(belts, sentence)
