"""The letter that marks a line as an answer ("A: ...", after a "Q: ..." line) or as an item of a lettered list
("a) ...") says where the answer starts, not what it says: the drafter reads the line without it, so "A: Wire breaks
from ..." is no "a wire breaks" (a wire that breaks) but the measure that moves (tuning41's kind). The reply's quote
keeps the letter as written. Every sentence here is new."""
import pytest

from reading.reply_words import unlettered
from rounds_corpus import Mail, sent_out

KILN = ("KilnIQ is Industry 4.0 for your tunnel kiln: AI and IoT sensors cut gas use and cracked bricks.\n"
        "It connects to your systems and shows everything on one dashboard.\n")
MAIL = Mail("Dear Mr Dvorak,", "Best regards,\nSara Holm")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnIQ", "P. Dvorak")


@pytest.mark.parametrize("mark", ["A: ", "a) ", "(a) "])
def test_a_kpi_of_counts_after_an_answer_letter_closes(kiln, mark):
    body = f"Q: KPI?\n{mark}Car breaks from 41 per month (average 2026) to less than 12 per month by 30/09/2027."
    question = MAIL.asked(kiln, body)["kpi"]
    assert question.closed, question.why
    assert question.quotes[0].startswith(mark.strip())


def test_the_same_kpi_without_its_target_stays_open_after_the_letter(kiln):
    question = MAIL.asked(kiln, "Q: KPI?\nA: Car breaks are 41 per month (average 2026).")["kpi"]
    assert not question.closed, question.why


@pytest.mark.parametrize("line, read", [
    ("A: Wire breaks from 52 per month", "Wire breaks from 52 per month"),
    ("  b) Pressing results go to", "Pressing results go to"),
    ("Q: KPI?", "Q: KPI?"),  # the question's mark: read as the question quoted back, not here
    ("A 3-shift plant", "A 3-shift plant"),  # the article itself
    ("a) 52 breaks", "a) 52 breaks"),  # a letter before a figure: left as it is
])
def test_only_a_line_heading_answer_or_item_letter_is_left_off(line, read):
    assert unlettered(line) == read
