"""An answer that only points to the offer or an attachment ("Upkeep? / See offer.", "see attached", "zie offerte")
says where the answer is, not what it is: it puts the question off, so the question stays open, while the same
question answered with a team and an amount closes (issue 16, a kind tuning39 showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESS = ("PressWatch is predictive maintenance for mechanical stamping presses.\n"
         "IoT sensors and AI predict clutch and bearing failures before they stop the press.\n")
MAIL = Mail("Dear Ms Berg,", "Best regards,\nTomas Novak")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressWatch", "A. Berg")


ASKED = ('"Which data?"\nClutch slip and bearing temperature from the Siemens S7 press PLC, plus new vibration sensors '
         'on the flywheel bearings.\n\n"Network?"\nEdge PC in your OT network, outbound HTTPS 443 only.\n\n'
         '"Upkeep?"\n{upkeep}\n\n"Review?"\nThe press foreman accepts or rejects each warning on the line terminal; '
         'PressWatch never stops the press itself.')


@pytest.mark.parametrize("pointer", ["See offer.", "Please see attached.", "See our proposal.", "Zie bijlage.",
                                     "Siehe Anhang."])
def test_upkeep_answered_only_by_pointing_to_the_offer_stays_open(press, pointer):
    upkeep = MAIL.asked(press, ASKED.format(upkeep=pointer))["upkeep_owner"]
    assert upkeep.closed is False and upkeep.status == "not_answered"


def test_upkeep_with_its_team_and_yearly_cost_closes_where_the_offer_is_pointed_to_elsewhere(press):
    upkeep = MAIL.asked(press, ASKED.format(upkeep="Our service team in Ostrava maintains it, EUR 7,400 per year.")
                        + '\n\n"KPI?"\nSee offer.')["upkeep_owner"]
    assert upkeep.closed is True
