"""People trained, told apart from a model trained by how the sentence ties its word of training: to a role it trains,
in its clause and a few words away ("two days of on-site training for your maintenance technicians", "we train your
operators", "each coating operator gets a half-day training"), or as an event held or given a length ("training
sessions", "on-site training"). Such a sentence is on the topic of who uses the system (its question asks how they are
trained), not on the model's history, whose cue and heading "training" also is: the history's "training" is a model's,
said with the model or what it learns from in its clause ("trained on 6,000 labelled images", "our data scientists
train the model"). reading/reply_looks.py asks it of a sentence, reading/reply_placing.py of a label; the words are
questions/rounds.yaml's (a topic's `trained_told`)."""
from __future__ import annotations

import re

from .reply_phrases import key_runs
from .word_regex import alternation

# where a clause ends: a role past it is trained by no word here (not at a label's colon: "Training: 2 days for ...")
_CLAUSE = re.compile(r"[,;!?()]|\.(?:\s|$)")
_WORDS = re.compile(r"[\w'-]+")


class PeopleTrained:
    """`said(lower, roles)`: whether a sentence trains people; `on(topics, found, cue_topics)`: its topics with the
    users' instead of each other topic every cue of which here is a word of training; `heading(topics, label, rest)`:
    a label of training's topics, the users' where the line under it trains people."""

    def __init__(self, topics):
        told = next((t for t in topics if t.trained_told), None)
        self.topic = told.id if told else None
        rules = told.trained_told if told else None
        self.words = frozenset(w.lower() for w in rules.words) if rules else frozenset()
        self.near = rules.near if rules else 0
        self.word = re.compile(rf"\b(?:{alternation(rules.words)})\b") if rules else None
        self.events = re.compile(rf"\b(?:{alternation(rules.events)})\b") if rules and rules.events else None
        self.model = re.compile(rf"\b(?:{alternation(rules.model)})\b") if rules and rules.model else None
        self.keyed = key_runs(list(self.words)) if rules else None

    def said(self, lower: str, roles: list[str]) -> bool:
        """Whether a word of training in a sentence (lower-case) trains people: a role of `roles` (its terms, lower-case)
        in the word's clause at most `near` words away, or an event of training there; and no model in that clause."""
        if self.word is None:
            return False
        for found in self.word.finditer(lower):
            start, end = _clause(lower, found.start())
            clause = lower[start:end]
            if self.model and self.model.search(clause):
                continue  # "the model is trained on ...", "the training data": a model's
            if self.events and self.events.search(clause):
                return True
            if any(self._near(lower, found, role, start, end) for role in roles):
                return True
        return False

    def _near(self, lower: str, found: re.Match, role: str, start: int, end: int) -> bool:
        """Whether `role` stands in the clause [start, end) at most `near` words from the word of training `found`."""
        for at in (m.start() for m in re.finditer(rf"\b{re.escape(role)}\b", lower[start:end])):
            at += start
            between = lower[found.end():at] if at >= found.end() else lower[at + len(role):found.start()]
            if len(_WORDS.findall(between)) <= self.near:
                return True
        return False

    def on(self, topics: set[str], found: list[str], cue_topics: dict[str, set[str]]) -> set[str]:
        """`topics` with the users' instead of each other topic every cue of which here is a word of training."""
        only = {t for t in topics if t != self.topic and any(t in cue_topics[c] for c in found)
                and all(c.lower() in self.words for c in found if t in cue_topics[c])}
        return (topics - only) | {self.topic} if only else topics

    def heading(self, topics: set[str], label: str, rest: str, roles) -> set[str]:
        """A label's topics (`topics`), the users' alone where the label is of training and, read with the line after
        it, trains people ("Regarding training: we include two days ... for your maintenance technicians",
        "Training: two days for 6 maintenance technicians"); `roles(lower)`: the roles a text names."""
        lower = label.lower()
        if not topics or self.word is None or not self.word.search(lower) or (self.model and self.model.search(lower)):
            return topics  # most labels: no word of training
        said = f"{lower} {rest.lower()}"
        return {self.topic} if self.said(said, roles(said)) else topics


def _clause(lower: str, at: int) -> tuple[int, int]:
    """The clause around `at`: from the mark before it to the mark after it."""
    before = [m.end() for m in _CLAUSE.finditer(lower, 0, at)]
    after = _CLAUSE.search(lower, at)
    return (before[-1] if before else 0), (after.start() if after else len(lower))
