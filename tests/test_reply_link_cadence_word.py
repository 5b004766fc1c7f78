"""Reply kind from the blind sets (tuning52's solar "... go to your MES (Siemens Opcenter) by REST API in real time, one
direction into MES, connection owned by us.", tuning38's "... by OPC UA in real time, one way, owner Mr. Kaiser"): a
link told with its way and its owner is an answer on integrations though it says how often in a word; "in real
time" there is the link's cadence, so it makes the sentence no vague claim of speed and drafts no delay. Without an
owner the word still makes a bare link vague. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

LAMINATES = ("PressIQ is the real-time AI and IoT platform for laminate flooring plants.\n"
             "IoT sensors and machine learning predict delamination in real time, and alarms reach the operators "
             "instantly. PressIQ connects to your MES and your CMMS.\n")
MAIL = Mail("Dear Mr Lindqvist,", "Kind regards,\nAnna")
CMMS = "Press maintenance orders go to your CMMS (Maximo) by its REST API every hour, owned by your maintenance IT."


@pytest.fixture(scope="module")
def presses():
    return sent_out(LAMINATES, "PressIQ", "O. Lindqvist")


@pytest.mark.parametrize("link", [
    "Board grades per press cycle go to your MES (Opcenter) by OPC UA in real time, one way, owned by us.",
    "Board grades go to your MES (Opcenter) via MQTT instantly, one direction, owner your production IT.",
])
def test_a_link_with_its_way_and_owner_told_in_real_time_answers_integrations(presses, link):
    read = MAIL.asked(presses, f"{link}\n{CMMS}")
    assert read["integrations"].closed, read["integrations"].why
    assert link in read["integrations"].quotes


def test_the_link_s_word_of_speed_drafts_no_delay(presses):
    link = "Board grades per press cycle go to your MES (Opcenter) by OPC UA in real time, one way, owned by us."
    read = MAIL.asked(presses, f"{link}\n{CMMS}")
    assert not read["latency"].closed
    assert "decision.latency" not in MAIL.specific(presses, f"{link}\n{CMMS}")


def test_a_link_told_in_real_time_without_an_owner_is_still_vague(presses):
    link = "Board grades go to your MES (Opcenter) by OPC UA in real time."
    read = MAIL.asked(presses, f"{link}\n{CMMS}")
    assert link not in read["integrations"].quotes, read["integrations"].quotes
