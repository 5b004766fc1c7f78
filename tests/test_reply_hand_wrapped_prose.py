"""A reply written in a second language, its paragraphs wrapped by hand: a sentence broken at a line's end and going on
in lower case is read as one sentence, and "after pilot" (no article) says when the upkeep starts as "after the pilot"
does. A short line (a list's item, a heading) keeps its break. Every reply here is new."""
import pytest

from reading.documents import pasted
from rounds_corpus import placed, sent_out
from scoring.rounds import read_reply

KILNS = ("KilnMind is the AI platform for tunnel kilns of brick plants, with cloud dashboards and predictive "
         "maintenance.\nIt learns from your firing data and cuts energy and cracked bricks.\n")


@pytest.fixture(scope="module")
def kilns():
    return sent_out(KILNS, "KilnMind", "J. Novak")


def test_a_sentence_wrapped_by_hand_mid_way_is_read_as_one(kilns):
    text = ("Dear Mr Novak,\n\nWhat we fix first is the share of cracked bricks at kiln 2, today 3.1 % in your QA log, "
            "and it is solved when\nit stays under 2 % for 8 weeks in the same log.\n\nBest regards,\nPetr\n")
    sentences = list(placed(kilns, text))
    assert any(s.startswith("What we fix first") and s.endswith("in the same log.") for s in sentences), sentences


def test_a_short_line_keeps_its_break(kilns):
    text = ("Dear Mr Novak,\n\nData we read\nbath temperature, fan speed and the kiln car position.\n\n"
            "Best regards,\nPetr\n")
    assert not any(s.startswith("Data we read bath") for s in placed(kilns, text))


def test_upkeep_said_to_start_after_pilot_without_its_article_is_who_keeps_it_running(kilns):
    text = ("Dear Mr Novak,\n\nAfter pilot our service team in Gdansk is monitoring the kilns remote and is calibrating "
            "the thermocouples on site every 4 months. Price is 84 000 PLN per year for kiln 2.\n\nBest regards,\nPetr\n")
    done = read_reply(kilns, pasted(text, "reply", "Reply"))
    upkeep = {q.topic: q for q in done.round.questions}["upkeep_owner"]
    assert upkeep.closed and upkeep.status == "answered", upkeep.why


def test_a_long_line_wrapped_after_a_colon_goes_on_in_the_same_sentence(kilns):
    text = ("Dear Mr Novak,\n\nYour kiln master Mr. Dvorak has the last word on every firing curve KilnMind proposes:\n"
            "when it suggests a change, he checks the cars first and only he applies it on the kiln panel.\n\n"
            "Best regards,\nPetr\n")
    sentences = list(placed(kilns, text))
    assert any(s.startswith("Your kiln master") and s.endswith("on the kiln panel.") for s in sentences), sentences


def test_a_short_label_line_ending_in_a_colon_keeps_its_break(kilns):
    text = "Dear Mr Novak,\n\nOur data:\nbath temperature, fan speed and the kiln car position.\n\nBest regards,\nPetr\n"
    assert not any(s.startswith("Our data: bath") for s in placed(kilns, text))
