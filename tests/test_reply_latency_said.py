"""How fast a stop is seen, as a reply says it or only seems to: an upper bound before the seconds ("in max. 20 sec",
"at most 45 s later") reads as "within"; a bare status of the alarms ("Ad 7) Alarms are online.") or who sees a
warning, with no time, answers nothing of how fast (issue 16, kinds tuning31 showed). Every sentence here is new."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

PRESSES = ("PressPulse is a real-time monitoring system for hydraulic presses.\n"
           "Real-time alarms tell the press crew the moment a press stops.\n"
           "Machine learning predicts seal wear on every cylinder.\n")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressPulse", "J. Moreau")


MAIL = Mail("Dear Mr Moreau,", "Best regards,\nTomasz Wrona")


def test_the_letter_asks_how_fast_a_stop_is_seen(presses):
    assert "latency" in {q.topic for q in presses.rounds[-1].questions}


@pytest.mark.parametrize("sentence", [
    "Ad 7) Alarms are online.",
    "7) The press alarms are active.",
    "The foreman sees each warning on the press HMI and decides whether to stop the press.",
])
def test_an_alarm_said_to_exist_with_no_time_leaves_the_latency_open(presses, sentence):
    assert not MAIL.asked(presses, sentence)["latency"].closed
    assert "decision.latency" not in MAIL.specific(presses, sentence)


@pytest.mark.parametrize("sentence", [
    "When a press stops, the foreman sees it on his phone in max. 20 sec; we test it monthly with a test stop.",
    "When a press stops, the foreman sees it on his phone at most 20 s later; we test it monthly with a test stop.",
])
def test_an_upper_bound_before_the_seconds_closes_the_latency(presses, sentence):
    assert MAIL.asked(presses, sentence)["latency"].closed


@pytest.mark.parametrize("said, read", [
    ("the foreman has it in max. 20 sec", "the foreman has it within 20 sec"),
    ("at most 45 s later", "within 45 s later"),
    ("target at most 2 stops in 2027", "target at most 2 stops in 2027"),
    ("the maximum pressure is 250 bar", "the maximum pressure is 250 bar"),
])
def test_a_bound_reads_as_within_only_before_a_length_of_time(said, read):
    assert reply_reader(load_bank()).as_drafted(said) == read
