"""The letter bench/bench_reply.py reads its 10-page reply against: issue 16's aim reads a reply "against 20
questions"; a letter holds one question per topic, so the bench's asks every topic, and those ask 20 of the bank's."""
from __future__ import annotations

from questions import load_bank
from questions.loader import load_round_rules
from rounds_corpus import PAGES, bank_questions, speed_round
from scoring import score
from scoring.rounds import letter_problems


def test_the_bench_letter_asks_every_topic_once_and_nothing_settled():
    offer, sent, _ = speed_round()
    asked = sent.rounds[0].questions
    assert [q.topic for q in asked] == [t.id for t in load_round_rules().topics]
    assert letter_problems(offer, score(offer), asked) == []


def test_the_bench_letter_asks_twenty_of_the_banks_questions():
    _, sent, _ = speed_round()
    asked = bank_questions(sent.rounds[0].questions)
    assert len(asked) == 20
    assert asked <= set(load_bank().questions())


def test_the_bench_reply_has_ten_pages():
    _, _, reply = speed_round()
    assert reply.text.count("\f") + 1 == PAGES
