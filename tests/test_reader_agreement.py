"""How far two careful buyers agree on the same real texts: the ceiling any drafter is measured under.

tests/data/second_reader/ holds a second buyer's answers to the texts of real_tuning6/ and real_tuning7/
(every text) and to the case studies of real_tuning4/, real_tuning5/ and real_tuning8/ (a third buyer, who
answered them under numbers, in shuffled order, with no title or address), each given without seeing the
first buyer's. A fourth buyer answered the case studies of the held-out sets real_heldout3/ to 5/ the same
way; those are printed together only. A fifth buyer answered the case studies of real_tuning9/ (a tuning set), a sixth those of the held-out
real_heldout6/ (printed as one line), a seventh those of real_tuning10/ (a tuning set), an eighth those of the held-out
real_heldout7/ (printed as one line), a ninth those of the held-out real_heldout8/ (printed as one line), a tenth those of real_tuning11/ and real_tuning12/, an eleventh those of real_tuning13/ and real_tuning14/ (tuning sets). The figures are printed: the second buyer's ticks scored as if they were a draft against
the first buyer's, and the drafts against each buyer, for each pair of readers and together."""
from pathlib import Path

import pytest
import yaml

from drafting_corpus import CORPUS, _items, drafted_items, load
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
SECOND = CORPUS.parent / "second_reader"
PAIRS = {"real_tuning6": "B", "real_tuning7": "B", "real_tuning4": "C", "real_tuning5": "C", "real_tuning8": "C", "real_tuning9": "E", "real_tuning10": "G",
         "real_tuning11": "J", "real_tuning12": "J", "real_tuning13": "K", "real_tuning14": "K",
         "real_heldout3": "D", "real_heldout4": "D", "real_heldout5": "D",
         "real_heldout6": "F", "real_heldout7": "H", "real_heldout8": "I"}
SETS = list(PAIRS)
HELD_OUT = ("real_heldout3", "real_heldout4", "real_heldout5", "real_heldout6", "real_heldout7", "real_heldout8")  # printed together only, never per text


def second_reader(split: str, name: str) -> set[tuple[str, str]]:
    data = yaml.safe_load((SECOND / split / f"{name}.yaml").read_text(encoding="utf-8")) or {}
    return _items(data.get("answers"), data.get("integrations"))


def score(pairs) -> str:
    right = sum(len(got & want) for got, want in pairs)
    ticked, wanted = sum(len(g) for g, _ in pairs), sum(len(w) for _, w in pairs)
    return f"recall {right / wanted:.3f}, precision {right / ticked:.3f} ({right} agreed, {ticked} ticked, {wanted} expected)"


@pytest.mark.parametrize("split", SETS)
def test_the_second_buyer_answered_every_text_with_options_of_the_bank(split):
    questions = BANK.questions()
    names = {p.stem for p in (SECOND / split).glob("*.yaml")}
    cases = load(split)
    assert {c.name for c in cases if c.kind == "substance"} <= names <= {c.name for c in cases}
    for name in names:
        for qid, option in second_reader(split, name):
            assert option in questions[qid].choice_ids(), (name, qid, option)


def test_agreement_of_two_buyers_and_of_the_drafts(capsys):
    cases = [(s, c) for s in SETS for c in load(s) if c.kind == "substance"]
    second = {c.name: second_reader(s, c.name) for s, c in cases}
    drafted = {c.name: drafted_items(draft(c.text, BANK), BANK) for _, c in cases}
    first = {c.name: c.expected for _, c in cases}
    groups = [(f"reader {reader}: {', '.join(s for s in SETS if PAIRS[s] == reader)}",
               [c.name for s, c in cases if PAIRS[s] == reader]) for reader in sorted(set(PAIRS.values()))]
    tuning = [c.name for s, c in cases if s not in HELD_OUT]
    with capsys.disabled():
        for title, names in groups + [("the tuning sets together", tuning)]:
            print(f"\nfirst buyer and second ({title}), {len(names)} real texts:"
                  f"\n  second buyer against the first: {score([(second[n], first[n]) for n in names])}"
                  f"\n  drafts against the first buyer:  {score([(drafted[n], first[n]) for n in names])}"
                  f"\n  drafts against the second buyer: {score([(drafted[n], second[n]) for n in names])}"
                  f"\n  drafts against either buyer:     {score([(drafted[n], first[n] | second[n]) for n in names])}"
                  f"\n  (either: a tick one of the two careful buyers made)")
    assert any(second.values()) and any(first.values())
