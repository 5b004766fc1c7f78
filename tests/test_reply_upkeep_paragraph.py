"""A paragraph on running the system told in its own words, with none of the question's ("Our engineers from Lyon
install it in 3 weeks ..., then remote monitoring and sensor recalibration every 4 months. Cost EUR 18.900 per year."):
installing it, monitoring it remotely and recalibrating it are what the upkeep question asks who does, so the
paragraph answers it, team and yearly cost closing it (issue 16, a kind tuning39 showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESS = ("PressWatch is predictive maintenance for mechanical stamping presses.\n"
         "IoT sensors and AI predict clutch and bearing failures before they stop the press.\n")
MAIL = Mail("Dear Ms Berg,", "Best regards,\nTomas Novak")
PROSE = ("We read clutch slip and bearing temperature from your Siemens S7 press PLC and add vibration sensors on the "
         "flywheel bearings.\n\n{upkeep}\n\nThe press foreman accepts or rejects each warning on the line terminal.")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressWatch", "A. Berg")


@pytest.mark.parametrize("upkeep", [
    "Our engineers from Lyon install it in 3 weeks during your summer stop, then remote monitoring and sensor "
    "recalibration every 4 months. Cost EUR 18.900 per year.",
    "Our field engineers from Graz installed it at two presses last spring; for you the same team installs it in "
    "10 days and does the remote monitoring afterwards. Cost EUR 12.400 per year."])
def test_a_paragraph_on_installing_and_remotely_monitoring_it_with_its_yearly_cost_closes_upkeep(press, upkeep):
    assert MAIL.asked(press, PROSE.format(upkeep=upkeep))["upkeep_owner"].closed is True



def test_the_paragraph_read_as_answering_upkeep_names_its_team_and_cost(press):
    upkeep = MAIL.asked(press, PROSE.format(upkeep="Our engineers from Lyon install it in 3 weeks, then remote "
                                                   "monitoring every day. Cost EUR 18.900 per year."))["upkeep_owner"]
    assert upkeep.status == "answered" and any("Lyon" in quote for quote in upkeep.quotes)
