"""Drafting reads a line said again once (bench/bench_draft.py: a long proposal repeats its headers, table rows and
boilerplate): each step read once per distinct text gives what reading every sentence gave, on corpus texts and on
texts whose lines recur."""
from __future__ import annotations

import random

import pytest

from drafting_corpus import load
from questions import load_bank
from reading.draft import drafter_for
from reading.draft_pass import Pass
from reading.kpi_source import named_site
from reading.phrases import normalise, tokens
from reading.references import REFERENCE
from reading.story import names_in


def _texts() -> list[str]:
    """The tuning set's proposals, and each with its sentences said again in a shuffled order (a long proposal's
    repeats: the same customer named in many lines, a reference told twice)."""
    texts = [case.text for half in ("tuning", "tuning4", "real_tuning14", "real_tuning22") for case in load(half)]
    rng = random.Random(14)
    repeated = []
    for text in texts[::2] + [_OFFER]:
        lines = [line for line in text.split("\n") if line.strip()]
        repeated.append("\n".join(rng.choice(lines) for _ in range(3 * len(lines))))
    return texts + [_OFFER] + repeated


_OFFER = """Offer for Vogt Kuechenbau: press monitoring for your line 3.
At Mueller GmbH the stop data went to SAP PM.
There the planners created work orders from it.
We will connect your presses to SAP PM over OData.
In a similar project at Keller Foods we reduced scrap by 12 %.
Your maintenance planner receives the orders."""


@pytest.fixture(scope="module")
def drafter():
    return drafter_for(load_bank())


def _each_sentence(seen: Pass, references) -> tuple[list, set]:
    """mark_references as it read every sentence (before it read a line said again once)."""
    general, cases = list(seen.general), set()
    sentences = seen.reading.sentences
    found = [references.found(s.text) for s in sentences]
    own = references.own_names(found, seen.words)
    for i, (sentence, words) in enumerate(zip(sentences, seen.words)):
        if general[i] is not None:
            continue
        if not references.tells(sentence.text, words, named_site(sentence.text), own, found=found[i]):
            after = i > 0 and general[i - 1] == REFERENCE and references.goes_on(words)
            general[i] = REFERENCE if after else None
            continue
        cases.add(i)
        first = references.opening(sentence.text)
        if references.tells(first, tokens(normalise(first)), named_site(first), own, references.in_past(words)):
            general[i] = REFERENCE
    return general, cases


def test_references_read_once_a_text_mark_what_each_sentence_read_marked(drafter):
    marked = 0
    for text in _texts():
        seen = Pass(drafter, drafter.reader.read(text))
        expected = _each_sentence(seen, drafter.references)
        seen.mark_references(drafter.references)
        assert (seen.general, seen.cases) == expected
        marked += len(seen.cases)
    assert marked  # the texts tell other customers' cases: the check compared something


def test_names_read_once_a_text_are_the_names_of_every_line():
    rng = random.Random(3)
    words = ["Harpak", "Ulma", "said", "the", "Line", "SPC", "at", "Pung", "we", "Deployed", "mill", "Acme", "."]
    for _ in range(2000):
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 6))]
        said = texts + [rng.choice(texts) for _ in range(rng.randint(0, 6))]
        rng.shuffle(said)
        assert names_in(said) == names_in(sorted(set(said), key=said.index)) == names_in(texts)


def test_an_owning_verb_is_found_in_the_distinct_sentences_exactly_where_the_whole_text_holds_one(drafter):
    # owned_rows reads a proposal's links for owners only where an owning verb or an owner's line is: looked for in
    # each distinct sentence (and the whole text where a German verb's object may run over a line), the same answer
    # as the whole text searched, on random sentences of the rules' owning words, "your ", German and odd letters
    from reading.draft_owners import _owns_any, _reply_reader, owner_line
    from reading.reply_owners import before_owner
    reply = _reply_reader(drafter)
    words = ["owns", "own", "owned by", "your", "our", "the", "link", "verantwortlich für", "ist", "zuständig für",
             "sind", "Owner:", "owner is", "responsible", "contact person", "ſ", "\u212a", "-", "'s", ",", ".", "IT"]
    rng = random.Random(5)
    found = owners = 0
    for _ in range(3000):
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 4))]
        texts += [rng.choice(texts) for _ in range(rng.randint(0, 3))]
        whole = "\n".join(texts)
        expected = bool(reply.links.owns.search(whole.lower()))
        assert _owns_any(reply, [t.lower() for t in texts]) == expected, texts
        assert bool(owner_line(whole)) == (before_owner(whole) != whole), texts
        found, owners = found + expected, owners + (before_owner(whole) != whole)
    assert 0 < found < 3000 and 0 < owners < 3000  # both answers came up
