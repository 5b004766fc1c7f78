"""How fast a stop is seen, as the reply's own answer to that question says it: a time said there ("in max. 30 sec")
replaces the cadence of a report another answer names ("a weekly report of rejects" for the quality manager), but a
longer time said there of something else ("buffers 30 days of readings") does not replace a stop seen "within 5
seconds" elsewhere (issue 16, a kind tuning27 and tuning28 showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("PressPulse is a real-time monitoring system for hydraulic presses.\n"
           "Real-time alarms tell the press crew the moment a press stops.\n"
           "Machine learning predicts seal wear on every cylinder.\n")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressPulse", "J. Moreau")


MAIL = Mail("Dear Mr Moreau,", "Best regards,\nTomasz Wrona")


def test_the_alarm_time_answered_under_its_question_beats_a_weekly_report_named_under_the_users(presses):
    text = ("Users:\nQuality manager: weekly report of rejects per press.\n\n"
            "Alarm time:\nWhen a press stops, the foreman has it on his phone in max. 30 sec; we test it monthly with "
            "a planned stop.")
    assert MAIL.asked(presses, text)["latency"].closed



def test_a_longer_time_said_under_the_alarm_time_leaves_a_stop_seen_within_seconds_elsewhere(presses):
    text = ("Users: an overfill of the oil tank reaches the foreman's handheld and the horn within 5 seconds of the "
            "level crossing the limit.\n\n"
            "Alarm time: the server buffers 30 days of readings locally and the horn still sounds; only the mobile "
            "notifications stop until the link is back.")
    assert MAIL.asked(presses, text)["latency"].closed
