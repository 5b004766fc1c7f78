"""Reply kind on blind sets (tuning41's rope partial "line speed and brake currents from the Siemens PLC", tuning42's
winding replies "spindle speed, turn counter, brake torque from the S7-1500"): a drive's or a brake's torque, and a
brake's current, read from a named controller, are the device health the Predictive maintenance label counts, as a
motor's current is. Speed and counts alone are not (the label's rule: a failure is not predicted from status or counts
alone). Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

WINDERS = ("WindCare is predictive maintenance for the winding machines of your cable plant.\n"
           "IoT sensors and AI predict brake and spindle failures before they stop the line.\n")
MAIL = Mail("Dear Ms Jansen,", "Kind regards,\nLuca Bianchi")


@pytest.fixture(scope="module")
def winders():
    return sent_out(WINDERS, "WindCare", "E. Jansen")


@pytest.mark.parametrize("sentence", [
    "From the S7-1500 of every winder we read spindle speed, the turn counter and the brake torque over OPC UA.",
    "We read line speed and the brake currents from the Siemens PLC of each winder over Profinet.",
])
def test_a_drive_or_brake_torque_from_a_named_controller_is_condition_data(winders, sentence):
    question = MAIL.asked(winders, sentence)["data"]
    assert question.closed and question.status == "answered", question.why


def test_speed_and_counts_alone_are_no_condition_data(winders):
    question = MAIL.asked(winders, "From the S7-1500 of every winder we read spindle speed and the turn counter over "
                                   "OPC UA.")["data"]
    assert not question.closed, question.why
