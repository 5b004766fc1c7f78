"""The headline (overall, scopes, gap and flag counts) agrees exactly with the full scorecard."""
import random

import pytest
from hypothesis import given

from paths import EXAMPLES
from questions import load_bank, load_evaluation
from scoring import Headline, headline, headlines, score
from scoring.rules import EVIDENCE_ORDER
from test_properties import SETTINGS, evaluations

BANK = load_bank()


def _from_card(card) -> Headline:
    return Headline(card.overall, card.claimed_scope, card.delivered_scope, len(card.gaps), len(card.flags),
                    card.bank_version)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_headline_agrees_with_the_scorecard_on_every_example(name):
    evaluation = load_evaluation(EXAMPLES[name])
    assert headline(evaluation, BANK) == _from_card(score(evaluation, BANK))


@SETTINGS
@given(evaluations())
def test_headline_agrees_with_the_scorecard_on_random_evaluations(evaluation):
    assert headline(evaluation, BANK) == _from_card(score(evaluation, BANK))


def test_headlines_of_a_batch_equal_one_headline_each():
    rng = random.Random(3)
    batch = []
    for i in range(40):
        ev = load_evaluation(list(EXAMPLES.values())[i % len(EXAMPLES)])
        answers = [a.model_copy(update={"evidence": rng.choice(EVIDENCE_ORDER)}) for a in ev.answers if rng.random() < 0.8]
        batch.append(ev.model_copy(update={"answers": answers}))
    assert headlines(batch, BANK) == [_from_card(score(ev, BANK)) for ev in batch]


def test_a_headline_is_frozen_and_names_the_bank_version():
    h = headline(load_evaluation(next(iter(EXAMPLES.values()))), BANK)
    assert h.bank_version == BANK.version
    with pytest.raises(AttributeError):
        h.overall = 0.0


def test_after_a_bank_change_the_headline_follows_the_new_bank():
    evaluation = load_evaluation(next(p for n, p in EXAMPLES.items() if n.startswith("a_")))
    sections = [s.model_copy(update={"weight": 0.0 if i else 1.0}) for i, s in enumerate(BANK.sections)]
    changed = BANK.model_copy(update={"version": "2099.1", "sections": sections})
    before, after = headline(evaluation, BANK), headline(evaluation, changed)
    assert after.bank_version == "2099.1" and after.overall != before.overall
    assert after == _from_card(score(evaluation, changed))
