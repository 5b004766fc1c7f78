"""A sentence's role, read before its words: does it say what the vendor offers or delivered?

A proposal or case study also tells the plant's state before the project ("maintenance was
purely reactive"), what is possible or optional ("can be extended to quality data"), what is
excluded ("not part of this offer"), and asks questions. Only what is offered or delivered
drafts an answer; the before-state drafts only the problem questions. Headings carry a role to
the lines under them ("The challenge" ... "The solution"). The cues are data: drafting.yaml, roles.
"""
from __future__ import annotations

from dataclasses import dataclass

from proposals.tables import row_cells

from .draft_rules import PhraseSet, normalise, tokens

CLAIM, BEFORE, REFERENCE, QUESTION, FURNITURE = "claim", "before", "reference", "question", "furniture"
_CLAUSE_BREAKS = frozenset(";:()")
_MAX_HEADING_WORDS = 7
_MAX_FURNITURE_WORDS = 10
_START = 1  # "Before the project, ..." or "- Before the project, ...": a cue this near the start


@dataclass(slots=True)
class Role:
    """How one sentence may draft: its kind, the token spans that draft nothing (possible,
    optional, excluded), where the before-state ends (`turn`) and whether it names what the
    plant already has."""
    kind: str = CLAIM
    turn: int = 0  # tokens before this index tell the plant before the project
    unsure: tuple[tuple[int, int], ...] = ()
    existing: tuple[tuple[int, int], ...] = ()

    def drafts(self, position: int) -> bool:
        """Whether a phrase at this token position may draft (any answer)."""
        if self.kind in (QUESTION, FURNITURE, REFERENCE):
            return False
        return not any(start <= position < end for start, end in self.unsure)

    def before(self, position: int) -> bool:
        return self.kind == BEFORE or position < self.turn

    def has(self, position: int) -> bool:
        """Whether the phrase at this position speaks of what the plant already has."""
        return any(start <= position < end for start, end in self.existing)


def _set(words) -> PhraseSet:
    return PhraseSet({str(w): [("~role", "")] for w in words})


class RoleReader:
    """Compiled role cues; `roles(sentences)` gives one Role per sentence, headings carrying theirs."""

    def __init__(self, data: dict):
        self.before_may_draft = frozenset(data["before_may_draft"])
        self.unlisted_problem = tuple(data["unlisted_problem"].split(": "))  # "question: option"
        self.headings = {kind: _set(words) for kind, words in data["headings"].items()}
        self.before, self.after = _set(data["before"]), _set(data["after"])
        self.before_at_start = _set(data["before_at_start"])
        self.unsure, self.existing, self.furniture = _set(data["unsure"]), _set(data["existing"]), _set(data["furniture"])
        self.existing_drops = {(q, o) for q, options in data["existing_drops"].items() for o in options}

    def roles(self, texts: list[str]) -> list[Role]:
        section = CLAIM
        out = []
        for text in texts:
            words = tokens(normalise(text))
            heading = self._heading(text, words)
            if heading:
                section = heading
            out.append(self.role(text, words, section))
        return out

    def _heading(self, text: str, words: list[str]) -> str | None:
        """The role a heading line gives the lines under it, or None when the line is no heading."""
        stripped = text.strip()
        if not words or len(words) > _MAX_HEADING_WORDS or stripped[-1:] in ".!?;," or not stripped[:1].isalpha():
            return None
        if row_cells(stripped):  # a short table row ("Signal: Temp; Unit: °C") heads nothing
            return None
        key = [w for w in words if w not in ":"]
        for kind, cues in self.headings.items():
            if any(start == 0 and end >= len(key) - 1 for start, end, _ in cues.find(key)):
                return kind
        return CLAIM if stripped[:1].isupper() and stripped[-1:] != ":" and not any(c.isdigit() for c in stripped) else None

    def role(self, text: str, words: list[str], section: str = CLAIM) -> Role:
        if text.rstrip().endswith("?"):
            return Role(QUESTION)
        if len(words) <= _MAX_FURNITURE_WORDS and self.furniture.find(words):
            return Role(FURNITURE)
        unsure = tuple(self._clause(words, start) for start, _end, _p in self.unsure.find(words))
        existing = tuple(self._clause(words, start) for start, _end, _p in self.existing.find(words))
        before = [start for start, _e, _p in self.before.find(words)]
        before += [0 for start, _e, _p in self.before_at_start.find(words[:_START + 4]) if start <= _START]
        if not before:
            return Role(section if section in (BEFORE, REFERENCE) and not self.after.find(words) else CLAIM,
                        unsure=unsure, existing=existing)
        turns = [start for start, _e, _p in self.after.find(words) if start > before[0]]
        if turns:  # "previously X; now the terminal Y": the before-state ends where the turn begins
            return Role(CLAIM, turn=turns[0], unsure=unsure, existing=existing)
        return Role(BEFORE, unsure=unsure, existing=existing)

    @staticmethod
    def _clause(words: list[str], at: int) -> tuple[int, int]:
        """The clause around a cue (between ; : ( ) and the sentence's ends)."""
        start = max((i + 1 for i in range(at) if words[i] in _CLAUSE_BREAKS), default=0)
        end = next((i for i in range(at, len(words)) if words[i] in _CLAUSE_BREAKS), len(words))
        return start, end
