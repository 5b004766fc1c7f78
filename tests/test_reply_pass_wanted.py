"""A reply's pass on one question's own sentences (reply_alone.py, reply_kpi.py) asks drafting for only the answers
it keeps (`Drafter.drafted_pass(..., wanted=...)`): each answer it gets is the one drafting the whole text makes, and
the KPI reader runs only where the measure's questions are wanted. Texts: the reply tuning sets' replies (no held-out
text)."""
import random

import pytest

import reading.draft as draft_module
from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for
from rounds_corpus import cases


@pytest.fixture(scope="module")
def drafter():
    return drafter_for(load_bank())


def _replies(limit: int = 24) -> list[str]:
    texts = [r["text"] for half in ("tuning", "tuning2") for _, case in cases(half) for r in case["replies"].values()]
    return texts[:limit]


def test_each_wanted_answer_is_the_one_drafting_the_whole_text_makes(drafter):
    chance = random.Random(18)
    questions, made = list(drafter.questions), 0
    for text in _replies():
        document = pasted(text, "reply", "Reply")
        whole = drafter.draft_documents([document], "P", "V")
        answered = [a.question for a in whole.answers]
        for _ in range(4):  # some questions it answers, some any
            some = chance.sample(answered, min(len(answered), chance.randint(0, 3)))
            wanted = frozenset([*some, *chance.sample(questions, chance.randint(1, 2))])
            only, _seen = drafter.drafted_pass([document], "P", "V", wanted=wanted)
            expected = [a for a in whole.answers if a.question in wanted]
            assert only.answers == expected, sorted(wanted)
            made += len(expected)
    assert made > 50  # the texts answer enough for the comparison to say something


def test_the_kpi_reader_runs_only_where_the_measure_is_wanted(drafter, monkeypatch):
    calls = []
    real = draft_module.find_measure
    monkeypatch.setattr(draft_module, "find_measure", lambda *a, **k: calls.append(1) or real(*a, **k))
    document = pasted(_replies()[0], "reply", "Reply")
    other = next(q for q in drafter.questions
                 if q not in (drafter.bank.key_questions.kpi, drafter.rules.measured_result[0]))
    drafter.drafted_pass([document], "P", "V", wanted=frozenset((other,)))
    assert calls == []
    drafter.drafted_pass([document], "P", "V", wanted=frozenset((drafter.bank.key_questions.kpi,)))
    assert calls == [1]
    drafter.drafted_pass([document], "P", "V")
    assert calls == [1, 1]
