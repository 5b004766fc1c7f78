"""Who keeps the system running, with its price spoken of but no amount given, in whatever words put it off ("cost
after a workshop with your management", "the price comes with the quotation"): the cost asked is put off, so the
question stays open though a team is named; an amount closes it (issue 16, a kind tuning35 to tuning38 showed).
Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("KilnGuard is predictive maintenance for roller kilns.\n"
        "IoT sensors and AI predict burner and roller failures before they stop the kiln.\n")
MAIL = Mail("Dear Mr Rossi,", "Kind regards,\nEva Lund")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnGuard", "P. Rossi")


@pytest.mark.parametrize("sentence", [
    "11) Upkeep: our team from Graz, cost after a half-day workshop with your plant manager.",
    "A: Our partner in Slovenia maintains it, the fee comes together with the quotation.",
    "Service: our service team in Brno, charges once the pilot scope is fixed."])
def test_upkeep_whose_price_is_spoken_of_without_an_amount_stays_open(kiln, sentence):
    upkeep = MAIL.asked(kiln, sentence)["upkeep_owner"]
    assert upkeep.closed is False and "what it costs" in upkeep.why


def test_upkeep_with_a_team_and_its_yearly_amount_closes(kiln):
    upkeep = MAIL.asked(kiln, "11) Upkeep: our team from Graz maintains it, cost 6,200 EUR per year.")["upkeep_owner"]
    assert upkeep.closed is True
