"""Reply kind that recurs on blind sets (tuning47's "For data, protocols and history we need to visit the plant first.",
tuning48's "PS: network security, service after the pilot and who approves the predicted tool changes, we discuss in the
meeting in January.", tuning42's "we can discuss it in the next meeting"): a sentence that puts its topics off to a
meeting or to a visit the answer waits for answers none of them, though it names a role ("who approves"); one that
tells of a past meeting ("Your QA manager asked us in the meeting who approves ...: the line leader accepts each one")
still answers. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

KETTLES = ("ShadeAI is the AI and real-time platform for lipstick moulding.\n"
           "Machine learning predicts breakage and shade deviation and the AI adjusts the kettles automatically.\n")


@pytest.fixture(scope="module")
def kettles():
    return sent_out(KETTLES, "ShadeAI", "M. Kowalczyk")


def _reply(last: str) -> str:
    return ("Dear Ms Kowalczyk,\n\nThe moulding operator sees a breakage risk per batch 30 minutes before moulding on the "
            "HMI, read from the kettle PLC over OPC UA every second.\nThe edge server only connects outbound (HTTPS 443) "
            f"to our cloud, nothing inbound.\n{last}\n\nBest regards,\nClaire\n")


@pytest.mark.parametrize("put_off", [
    "PS: network security and who approves the predicted kettle changes, we discuss in the meeting in January.",
    "Who approves the predicted kettle changes we can discuss in the next meeting."])
def test_a_review_put_off_to_a_meeting_is_not_answered(kettles, put_off):
    read = asked(kettles, _reply(put_off))["human_review"]
    assert not read.closed and read.status == "not_answered" and "vague" in read.why, read.why


def test_history_put_off_to_a_plant_visit_is_vague(kettles):
    read = asked(kettles, _reply("For data, protocols and history we need to visit the plant first."))["history"]
    assert not read.closed and "visit the plant first" in read.why, read.why


def test_a_meeting_told_of_the_past_still_answers(kettles):
    read = asked(kettles, _reply("Your QA manager asked us in the meeting who approves the kettle changes: the line "
                                 "leader accepts each one on the HMI."))["human_review"]
    assert read.closed and read.status == "answered", read.why
