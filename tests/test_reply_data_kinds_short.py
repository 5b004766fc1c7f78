"""Data named for the plant but short of what a sold label needs (issue 16): the question stays open, and its why says
which kinds the answers name and which the label lacks. A force or a torque read from a machine's controller is data
of its own kind, as a speed is, so three live quantities keep a twin in step. Every proposal and reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESS = ("FormTwin brings Industry 4.0 to your hydroforming presses with a digital twin of each forming cycle.\n"
         "The twin simulates the forming of each tube with a finite element model, validated on 400 parts.\n"
         "IoT sensors read the presses, and AI predicts splits and wrinkles for every part.\n")

MAIL = Mail("Dear Mr Varga,", "Kind regards,\nLena Brandt\nFormTwin GmbH")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "FormTwin", "P. Varga")


@pytest.mark.parametrize("read", ["axial punch force", "feed torque"])
def test_a_twin_fed_by_a_force_or_a_torque_a_pressure_and_a_temperature_is_kept_in_step(press, read):
    body = (f"Data: {read} and internal fluid pressure from the existing Siemens S7-1500 of each press, and the tube "
            "temperature from a new pyrometer at the die entry, over OPC UA every 10 ms.")
    question = MAIL.asked(press, body)["data"]
    assert question.closed, question.why


def test_one_kind_of_live_data_leaves_the_twin_open_and_the_why_names_it(press):
    body = "Data: the tube temperature from a new pyrometer at the die entry, over OPC UA every 10 ms."
    question = MAIL.asked(press, body)["data"]
    assert not question.closed
    assert "Drafted from the answers: 1 kind (temperature)" in question.why
    assert "needs 3" in question.why


BENDER = ("BendGuard brings Industry 4.0 and predictive maintenance of the mandrels to your CNC tube benders.\n"
          "IoT sensors read the benders, and AI predicts wrinkles and cracks for every tube.\n")


@pytest.fixture(scope="module")
def bender():
    return sent_out(BENDER, "BendGuard", "R. Iyer")


def test_a_torque_a_machine_reports_is_condition_data_for_predictive_maintenance(bender):
    body = ("Data: the bending torque and the bend angle from the existing Siemens 840D of each bender, over OPC UA "
            "every 20 ms.")
    question = MAIL.asked(bender, body)["data"]
    assert question.closed, question.why


def test_process_data_without_condition_data_leaves_predictive_maintenance_open_and_says_so(bender):
    body = "Data: the bend angle and the tube count from the existing Siemens 840D of each bender, over OPC UA every 20 ms."
    question = MAIL.asked(bender, body)["data"]
    assert not question.closed
    assert "none of them is vibration, temperature, pressure or device health, which Predictive maintenance needs" \
        in question.why
