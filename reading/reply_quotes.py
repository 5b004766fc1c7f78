"""Which of a reply's sentences on a question's topic are quoted beside it: those that answer THAT question (issue 16).

A sentence on several topics ("The model learns from 24 months of history exported from Maximo" holds "model", a cue of
what the system predicts, and "history") is quoted beside the question its place in the reply answers, a heading above
it names, or its own words are most on (reply_placing.py `answering`), not beside each question it touches. A question
no sentence of its own speaks to quotes the sentences its mark came from where it is marked answered or partly (the
buyer sees what the mark came from), and none where it is not answered: a sentence on another question dodges nothing
here (questions/rounds.yaml `quotes`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from questions.models import QuoteRules

from .text import Sentence


@dataclass(frozen=True)
class Quoting:
    """A reply's sentences by their text -> the topics each answers itself, and the rules that choose the quotes."""
    own: dict[str, frozenset[str]] = field(default_factory=dict)
    rules: QuoteRules = field(default_factory=QuoteRules)
    # sentence start -> the topics that sentence answers of all (Placing.answering): tying it to the asked ones reads
    # the same where all it is on is asked (Placing.tied)
    answered: dict[int, frozenset[str]] = field(default_factory=dict)

    def chosen(self, quotes: list[str], topic: str, status: str) -> list[str]:
        """Of the sentences a question on `topic` was marked `status` from, those quoted beside it: the ones that answer
        it itself, in the reply's order; where none does, all of them for a status in `marked_from`, else none."""
        own = [q for q in quotes if topic in self.own.get(q, (topic,))]
        return (own or (quotes if status in self.rules.marked_from else []))[:self.rules.most]

    def full(self, quotes: list[str], topic: str) -> bool:
        """Whether `quotes` already hold as many sentences answering `topic` itself as are quoted: no later one is."""
        return sum(topic in self.own.get(q, (topic,)) for q in quotes) >= self.rules.most


def quoting(placing, sentences: list[tuple[Sentence, str, str, set[str]]], placed: dict[int, str],
            headed: dict[int, frozenset[str]]) -> Quoting:
    """What each sentence answers itself (a vague sentence too: it dodges one question, not each it touches)."""
    every = {t.id for t in placing.rules.topics}
    own: dict[str, frozenset[str]] = {}
    answered: dict[int, frozenset[str]] = {}
    for sentence, lower, _vague, on in sentences:
        mine = answered[sentence.start] = frozenset(placing.answering(
            sentence, lower, on, every, placed.get(sentence.start), headed.get(sentence.start, frozenset())))
        own[sentence.text] = own.get(sentence.text, frozenset()) | mine
    return Quoting(own, placing.rules.quotes, answered)
