"""Whether a sentence tells the story of one site: a customer, plant or team as the subject of a
verb in the past ("Plant A faced repeated fan failures", "the company chose a wireless system",
"they installed 40 sensors"). A case study tells such a story; a product page speaks in the general
present ("the system correlates events") and so never does. The words are data (drafting.yaml
product_page.story); this module only reads them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .draft_rules import CLAUSE_END


@dataclass(frozen=True)
class StoryReader:
    subjects: frozenset[str]  # who a story is about: the site, its people, the vendor's team
    past: frozenset[str]  # verbs in the past that tell what happened there
    window: int  # at most this many words from the subject to its verb

    @classmethod
    def from_data(cls, spec: dict) -> StoryReader:
        return cls(frozenset(spec.get("subjects", [])), frozenset(spec.get("past", [])), int(spec.get("window", 3)))

    def tells(self, words: list[str]) -> bool:
        """A past verb a few words after a subject, in one clause ("the plant, in 2021, chose"
        does not count; "Plant A faced" does). Most sentences hold no past verb: one set test."""
        if self.past.isdisjoint(words):
            return False
        for at, word in enumerate(words):
            if word in self.past:
                before = words[max(0, at - self.window):at]
                cut = max((i for i, w in enumerate(before) if w in CLAUSE_END), default=-1)
                if not self.subjects.isdisjoint(before[cut + 1:]):
                    return True
        return False
