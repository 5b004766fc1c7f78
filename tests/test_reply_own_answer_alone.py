"""An asked question whose drafted answer rested only on another question's sentence (drafting the whole reply took
"Today about 2.1 % of your trays are rejected at the checkweigher and the vision camera ..." for how the data is sent)
is read by drafting on the reply's own sentences on it alone ("The PLC is read via OPC UA every 2 sec, ..." in a
paragraph the reply labels as what it reads): the question closes. A reply that says nothing of how the data is sent
leaves it open. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

OVEN = ("BakeSense brings real-time AI to your tray oven: live data from every zone and instant alerts.\n"
        "Machine learning predicts under-baked trays before they leave the oven.\n")
MAIL = Mail("Dear Mr. Evans,", "Kind regards,\nPieter Smit")
PROBLEM = ("We start with the trays that come out under-baked. Today about 2.1 % of your trays are rejected at the "
           "checkweigher and the vision camera or sent back by customers; you will see it solved when that stays "
           "under 0.8 % for three months on your daily waste sheet. In money the KPI is waste from 2.1 % (average of "
           "your 2026 waste sheets Jan-Oct) to 0.8 % by 31 Dec 2027, plus gas per tonne from 420 kWh to 390 kWh, both "
           "measured monthly from the waste sheet and the gas meter.\n\n")
READ = ("What we read: from the existing Siemens oven PLC the burner outputs and air temperatures of the 5 zones and "
        "the belt speed; new is a humidity probe in zone 3. ")


@pytest.fixture(scope="module")
def oven():
    return sent_out(OVEN, "BakeSense", "R. Evans")


def test_the_rates_said_in_the_data_paragraph_answer_how_the_data_is_sent(oven):
    body = PROBLEM + READ + ("The PLC is read via OPC UA every 2 sec, the humidity probe via Modbus TCP every 5 sec, "
                             "the camera sends one image per tray over GigE to our edge box.")
    question = MAIL.asked(oven, body)["protocols"]
    assert question.closed, question.why


def test_a_data_paragraph_that_names_no_way_or_rate_leaves_how_the_data_is_sent_open(oven):
    question = MAIL.asked(oven, PROBLEM + READ)["protocols"]
    assert not question.closed, question.why
