"""A part the question asks spoken of with none of it given. Who keeps the system running, with its price spoken of but no amount given, in whatever words put it off ("cost
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


PROBLEM = ("Our first target is the roller breaks, today 2.4 % of your tiles are scrapped at the kiln exit, and we see "
           "it solved when it stays below 0.9 % for three months in your quality report.")


@pytest.mark.parametrize("later", ["For the KPI we take a baseline in the first months.",
                                   "The KPI target we agree with your plant manager after the first quarter."])
def test_a_kpi_whose_baseline_or_target_the_reply_puts_off_stays_open_though_another_answer_settles_it(kiln, later):
    kpi = MAIL.asked(kiln, f"{PROBLEM}\n\n{later}")["kpi"]
    assert kpi.closed is False and "puts off" in kpi.why


def test_a_kpi_with_its_baseline_and_target_numbers_is_not_put_off(kiln):
    kpi = MAIL.asked(kiln, "KPI: kiln stops per month, baseline 6.2 in 2025, target below 2 by June 2027, "
                           "measured in your maintenance log.")["kpi"]
    assert "puts off" not in kpi.why
