"""Tying a reply's sentences to the asked questions takes what the quotes already read each sentence answers of every
topic (Quoting.answered), where the topics it is on that are asked are all it is on: the same sentences, sections and
kinds as reading each again, on the speed aim's reply (tuning/ to tuning3/ only) asked every topic or a few."""
import random

import pytest

from questions import load_bank
from reading.reply_drafting import known_names
from rounds_corpus import speed_round
from scoring.rounds import reply_reader

READER = reply_reader(load_bank())
OFFER, SENT, REPLY = speed_round()
QUESTIONS = SENT.rounds[0].questions


def _tied(questions, shared: bool) -> dict:
    sentences, placed = READER.placed(REPLY.text, questions)
    headed = READER.headed(REPLY.text, questions)
    answered = READER.quoted(REPLY.text, questions).answered if shared else None
    tied = READER.tied(sentences, {q.topic for q in questions}, known_names([d.text for d in OFFER.documents]), placed,
                       headed, answered)
    return {topic: [(s.text, s.section, sorted(s.kinds), s.signals) for s in said] for topic, said in tied.items()}


@pytest.mark.parametrize("kept", [None, 3, 7, 12])
def test_the_sentences_tied_to_the_asked_topics_are_those_read_again(kept):
    questions = QUESTIONS if kept is None else random.Random(kept).sample(QUESTIONS, kept)
    READER.forget()
    again = _tied(questions, shared=False)
    READER.forget()
    assert _tied(questions, shared=True) == again
    assert sum(map(len, again.values())) > 20


def test_a_sentence_on_a_topic_not_asked_is_read_again():
    questions = random.Random(3).sample(QUESTIONS, 3)
    asked = {q.topic for q in questions}
    sentences, _ = READER.placed(REPLY.text, questions)
    every = {t.id for t in READER.rules.topics}
    assert any(on & asked and (on & every) - asked for _, _, vague, on in sentences if not vague)
