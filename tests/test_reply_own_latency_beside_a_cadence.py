"""How fast a stop is seen, as the reply's own answer says it, where that answer also says how often the time is
checked ("it takes under 10 s; we check it every week") and another answer names a weekly cadence too: the own
answer's shorter time replaces the week drafting read from both, and the question closes. A reply whose own answer
gives no time shorter than the week still leaves the question open. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("PressPulse is a real-time monitoring system for hydraulic presses.\n"
           "Real-time alarms tell the press crew the moment a press stops.\n"
           "Machine learning predicts seal wear on every cylinder.\n")
MAIL = Mail("Dear Mr Moreau,", "Best regards,\nTomasz Wrona")
USERS = "Users:\nThe quality manager reviews all rejected parts every week.\n\n"


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressPulse", "J. Moreau")


def test_a_time_said_under_the_alarm_time_beside_a_weekly_check_closes(presses):
    text = USERS + ("Alarm time:\nFrom a press stop to the foreman's handheld it takes under 8 s; we check it every "
                    "week with a planned stop and log the time.")
    question = MAIL.asked(presses, text)["latency"]
    assert question.closed, question.why


def test_an_alarm_time_answer_with_only_a_weekly_check_leaves_the_question_open(presses):
    text = USERS + "Alarm time:\nThe foreman gets the stops in a report; we check it every week with a planned stop."
    assert not MAIL.asked(presses, text)["latency"].closed
