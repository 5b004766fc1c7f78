"""Faults in reading replies that three new-buyer walks found (issue 16; walk 63: a stamping plant's three rounds, its
files in tests/data/walk63 read as the app reads them), each fixed as the kind it is."""
from datetime import date

import pytest

from questions.answer_edits import reject
from scoring import score
from scoring.rounds import freeze, read_reply
from tests.test_rounds63 import BANK, _file, first, second, sent  # noqa: F401 (the walk's rounds, as the app builds them)


def _quoting(evaluation, question: str, *words: str) -> list[str]:
    answer = evaluation.answer(question)
    return [q for q in (answer.quotes if answer else []) if any(w in q for w in words)]


_ELSEWHERE = {"workflow.before_after": ("export everything", "3-day on-site course"),
              "users.daily_use": ("Dr. Priya Raman",), "data.protocols": ("Dr. Priya Raman",)}


def test_a_reply_drafts_no_written_answer_of_an_unasked_topic_from_a_sentence_on_other_topics(first):
    wrong = {q: _quoting(first.evaluation, q, *words) for q, words in _ELSEWHERE.items()}
    assert not any(wrong.values()), wrong


_REJECTED = ["problem.plant_problems", "workflow.outputs", "reliability.offline"]


@pytest.fixture(scope="module")
def third(second):
    """Round 3 asking again what the walk's buyer did (the problem, the daily work orders, what happens offline: their
    drafts rejected), then its reply."""
    again = reject(second.evaluation, _REJECTED)
    asked = freeze(again, score(again), "D. Novak", date(2026, 12, 6), BANK)
    return read_reply(asked, _file("reply_r3.txt", "reply"), BANK)


def test_how_fast_an_earlier_reply_said_its_link_sends_stands_after_a_later_letter_asking_other_things(second, third):
    # round 2's "creates work orders through the Fiix REST API every hour" is read under the round it answered, not
    # under round 3's questions (the problem, what happens offline), which it does not answer
    assert third.round.questions and second.evaluation.answer("decision.latency").choices == ["hour"]
    latency = third.evaluation.answer("decision.latency")
    assert latency and latency.choices == ["hour"], latency
