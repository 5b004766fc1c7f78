"""Who keeps the system running, with its price put off to when the buyer asks ("our service team maintains it, price
on request"): no price is said, so the question on who maintains it and what that costs stays open, as a reply with
the yearly fee closes it (issue 16, a kind tuning27 showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("KilnGuard is predictive maintenance for roller kilns.\n"
        "IoT sensors and AI predict burner and roller failures before they stop the kiln.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnGuard", "P. Rossi")


MAIL = Mail("Dear Mr Rossi,", "Kind regards,\nEva Lund")


@pytest.mark.parametrize("sentence", [
    "Upkeep: our service team in Verona maintains the system, price on request.",
    "Our service engineers look after the sensors and the model; pricing upon request.",
])
def test_upkeep_with_its_price_on_request_leaves_the_question_open(kiln, sentence):
    upkeep = MAIL.asked(kiln, sentence)["upkeep_owner"]
    assert not upkeep.closed and upkeep.status == "not_answered"


def test_upkeep_with_its_yearly_fee_closes_the_question(kiln):
    assert MAIL.asked(kiln, "Upkeep: our service team in Verona maintains the system, EUR 4,800 per year.")[
        "upkeep_owner"].closed


@pytest.mark.parametrize("sentence", [
    "Upkeep: our service team in Verona, the yearly fee comes in the final offer.",
    "Support after the pilot by our team in Verona; the price is in the offer after the kick-off.",
    "Our service team maintains the system, the cost depends on the scope.",
    "Our support desk in Verona looks after it; the fee is in the commercial offer.",
])
def test_upkeep_with_its_price_put_off_to_an_offer_to_come_or_the_scope_leaves_the_question_open(kiln, sentence):
    upkeep = MAIL.asked(kiln, sentence)["upkeep_owner"]
    assert not upkeep.closed and upkeep.status == "not_answered", upkeep.why
