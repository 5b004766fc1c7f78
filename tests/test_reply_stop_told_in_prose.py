"""A kind that recurred across the blind reply sets tuning51 and tuning52 and was read wrong: a machine stop told in
prose as what starts the clock, with a time and the person who gets it ("When a braider stops, the Schichtführer has
it on his smartwatch in max. 20 seconds"), read as the plant's problem (by its word "stops") and not, or not only, as
how fast a stop is seen. Every sentence here is new (issue 16)."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("PressPulse brings real-time monitoring and AI to the hydraulic presses of a brake pad plant.\n"
           "Real-time alarms tell the press crew the moment a press stops.\n"
           "Machine learning predicts seal wear on every cylinder.\n")
MAIL = Mail("Dear Ms Laine,", "Best regards,\nOskar")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressPulse", "E. Laine")


@pytest.mark.parametrize("said", [
    "When a press stops, the shift leader has it on his phone in max. 25 seconds, and we log both times.",
    "As soon as a curing press stops for more than 2 min., the press operator's tablet shows it within 10 sec.",
])
def test_a_stop_told_with_a_time_and_who_gets_it_is_how_fast_it_is_seen_not_the_problem(presses, said):
    body = f"Thank you for the questions.\n\n{said}\n\nThe rest we answer after the visit."
    asked = MAIL.asked(presses, body)
    assert asked["latency"].status != "not_answered"
    assert asked["problem"].status == "not_answered"


def test_a_stop_with_a_time_but_nobody_who_gets_it_stays_the_problem(presses):
    body = "Thank you for the questions.\n\nWhen press 4 stops, we lose about 40 min. of production, 9 times a month."
    assert MAIL.asked(presses, body)["problem"].status != "not_answered"
