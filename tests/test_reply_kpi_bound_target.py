"""A KPI's target told as a bound before the word "target", which then gives only the date ("You will see it solved
when cracked bricks fall below 1,5 % ...; the target is by 30.06.2027"), after a sentence that gives today's figure
(tuning57's insulating glass): the bounded figure is the target, never read as today's, so today's figure told before
it stays the baseline and the KPI question closes. A figure with no bound before the target word is still today's
("2.9 % of bricks ..., target below 1 %"). Every sentence here is new."""
from rounds_corpus import Mail, sent_out
import pytest

KILN = ("KilnIQ is Industry 4.0 for your tunnel kiln: AI and IoT sensors cut gas use and cracked bricks.\n"
        "It connects to your systems and shows everything on one dashboard.\n")
MAIL = Mail("Dear Mr Dvorak,", "Best regards,\nSara Holm")
TODAY = "Your kiln log for Jan.-Oct. 2026 shows 4.2 % of fired bricks cracked, ca. 900 bricks a month."


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnIQ", "P. Dvorak")


@pytest.mark.parametrize("bound", ["fall below", "drop under", "are at most"])
def test_a_bounded_figure_before_a_target_word_with_only_a_date_is_the_target(kiln, bound):
    said = (f"{TODAY} You will see it solved when cracked bricks {bound} 1,5 % of fired bricks, counted from your kiln "
            "log as today; the target is by 30.06.2027, measured monthly and reported to you each quarter.")
    question = MAIL.asked(kiln, said)["kpi"]
    assert question.closed, question.why


def test_a_figure_with_no_bound_before_the_target_word_is_still_todays(kiln):
    said = "Cracked bricks: 2.9 % of fired bricks in your kiln log for 2025, target below 1 % by 30.06.2027, counted monthly."
    question = MAIL.asked(kiln, said)["kpi"]
    assert question.closed, question.why
