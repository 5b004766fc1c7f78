"""Which of a reply's sentences on a question's topic are quoted beside it: those that answer THAT question (issue 16).

A sentence on several topics ("The model learns from 24 months of history exported from Maximo" holds "model", a cue of
what the system predicts, and "history") is quoted beside the question its place in the reply answers, a heading above
it names, or its own words are most on (reply_placing.py `answering`), not beside each question it touches. A question
no sentence of its own speaks to quotes the sentences its mark came from where it is marked answered or partly (the
buyer sees what the mark came from), and none where it is not answered: a sentence on another question dodges nothing
here (questions/rounds.yaml `quotes`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from questions.models import QuoteRules

from .reply_structure import ITEM
from .text import Sentence


@dataclass(frozen=True)
class Quoting:
    """A reply's sentences by their text -> the topics each answers itself, and the rules that choose the quotes."""
    own: dict[str, frozenset[str]] = field(default_factory=dict)
    rules: QuoteRules = field(default_factory=QuoteRules)
    # sentence start -> the topics that sentence answers of all (Placing.answering): tying it to the asked ones reads
    # the same where all it is on is asked (Placing.tied)
    answered: dict[int, frozenset[str]] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)  # a sentence -> the quote the buyer reads, its number left off
    # topic -> the words its answer refuses its figure in and their sentence ("we cannot guarantee a value")
    refused: dict[str, tuple[str, str]] = field(default_factory=dict)

    def chosen(self, quotes: list[str], topic: str, status: str) -> list[str]:
        """Of the sentences a question on `topic` was marked `status` from, those quoted beside it: the ones that answer
        it itself, in the reply's order; where none does, all of them for a status in `marked_from`, else none."""
        own = [q for q in quotes if topic in self.own.get(q, (topic,))]
        kept = (own or (quotes if status in self.rules.marked_from else []))[:self.rules.most]
        return [self.shown.get(q, q) for q in kept]

    def full(self, quotes: list[str], topic: str) -> bool:
        """Whether `quotes` already hold as many sentences answering `topic` itself as are quoted: no later one is."""
        return sum(topic in self.own.get(q, (topic,)) for q in quotes) >= self.rules.most


def quoting(placing, sentences: list[tuple[Sentence, str, str, set[str]]], placed: dict[int, str],
            headed: dict[int, frozenset[str]]) -> Quoting:
    """What each sentence answers itself (a vague sentence too: it dodges one question, not each it touches), and each
    quoted as the buyer reads it (`shown`)."""
    every = {t.id for t in placing.rules.topics}
    own: dict[str, frozenset[str]] = {}
    answered: dict[int, frozenset[str]] = {}
    for sentence, lower, _vague, on in sentences:
        mine = answered[sentence.start] = frozenset(placing.answering(
            sentence, lower, on, every, placed.get(sentence.start), headed.get(sentence.start, frozenset())))
        own[sentence.text] = own.get(sentence.text, frozenset()) | mine
    shown = {s.text: past for s, *_ in sentences if (past := unnumbered_quote(s.text, placing.numbered.as_q(s.text),
                                                                              placing.spelled.units)) != s.text}
    return Quoting(own, placing.rules.quotes, answered, shown, refusals(placing.rules.topics, sentences, answered))


def refusals(topics, sentences: list[tuple[Sentence, str, str, set[str]]], answered: dict[int, frozenset[str]]
             ) -> dict[str, tuple[str, str]]:
    """Topic -> the words an answer to it refuses to commit its figure in (a topic's `refused`: "we cannot guarantee a
    value") and their sentence, one that answers it itself, vague or not."""
    words = {t.id: t.refused for t in topics if t.refused}
    out: dict[str, tuple[str, str]] = {}
    for sentence, lower, *_ in sentences if words else ():
        for topic in answered.get(sentence.start, frozenset()) & words.keys():
            found = next((w for w in words[topic] if w in lower), None)
            if found:
                out.setdefault(topic, (found, sentence.text))
    return out


def unnumbered_quote(text: str, numbered: str, units) -> str:
    """A quote without the number that marks which question it answers ("1.1 The first problem ...", "Q2: vibration
    ...", "Ad 1.3 ...", "Re 4 - ...", "Frage 3: ..." as `numbered` reads it "Q     3"): the buyer reads it beside that
    question already, as a run-in heading is left off (reply_run_in.py). Not a figure with its unit ("1.5 kg per coil"),
    nor an item's letter ("a) ...": the reply's own list, quoted as written)."""
    marker = ITEM.match(numbered)
    words = marker and _DIGIT.search(marker.group()) and _PAST.match(text, marker.end())  # a number; a letter, "a)", stays
    if not words or words.group(1).lower() in units:
        return text
    return text[words.start(1):]


_DIGIT = re.compile(r"\d")
_PAST = re.compile(r"[ \t]*[:.)\u2013\u2014-]?[ \t]+([^\W\d_]+)")  # the separator after a number, then the first word

