"""Reply kind that recurs in the blind sets' partial replies (tuning50's quartz "PS: Protocols, alarm times, network and
who approves the changes, we can discuss in the online meeting.", tuning40's "KPI we can discuss after the pilot.",
tuning46's "History requirements and the data check we will discuss later."): "we (can, will) discuss" puts the answer
off as "to be discussed" does, and a topic a deferring sentence names is answered only in its own place or by a sentence
placed nowhere that is most on it, so the KPI's "second choice rate ... measured monthly" answers no protocol. A reply
that answers the protocols itself still closes them. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

SLABS = ("SlabSense is the AI and IoT platform for engineered stone plants.\n"
         "IoT sensors and machine learning predict cracks and shade deviation in real time, and alarms go to the "
         "operators at once.\n")
MAIL = Mail("Dear Mr Castellanos,", "Kind regards,\nElif")
DATA = "For the data, we read resin dosing from the mixer PLC and vacuum level and vibration from the press PLC."
KPI = ("The KPI is the second choice rate: from 7.9 % in Jan-Oct 2026 to below 3 % by 2027-04-30, measured monthly from "
       "the final sorting records in your MES.")


@pytest.fixture(scope="module")
def slabs():
    return sent_out(SLABS, "SlabSense", "J. Castellanos")


@pytest.mark.parametrize("put_off", [
    "PS: Protocols, alarm times and who approves the changes, we can discuss in the online meeting.",
    "Protocols and alarm times we will discuss after the site visit."])
def test_protocols_put_off_are_not_answered_by_the_kpi(slabs, put_off):
    read = MAIL.asked(slabs, f"{DATA}\n{KPI}\n{put_off}")
    assert not read["protocols"].closed, read["protocols"].why
    assert read["kpi"].closed and read["data"].closed


def test_protocols_answered_beside_a_deferral_of_others_close(slabs):
    body = f"{DATA}\nProtocols: OPC UA from both PLCs every second.\n{KPI}\nPS: Alarm times we can discuss in the meeting."
    assert MAIL.asked(slabs, body)["protocols"].closed
