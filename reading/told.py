"""What each sentence tells, in a buyer's words, as drafting reads it: what the vendor offers or
delivered, the plant before the project, a truth about plants in general or other sites, selling,
something only possible or excluded, or a heading and other page text.

Only an offer drafts answers; the before-state and a general truth state at most the problem; the
rest drafts nothing (reading.draft). Shown beside each sentence so the buyer sees why a sentence
drafted what it did, and measured against buyers' own reading of real texts
(tests/test_sentence_roles.py). The names shown are data: drafting.yaml, roles: told.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from .draft_rules import draft_data
from .roles import BEFORE, FURNITURE, QUESTION, REFERENCE, Role
from .sentence import Sentence
from .text import Reading

OFFER, GENERAL, SELLING, POSSIBLE = "offer", "general", "selling", "possible"
TOLD = (OFFER, BEFORE, GENERAL, SELLING, POSSIBLE, FURNITURE)  # every role a sentence can tell
_SHORT = 12  # characters: a neutral line this short drafts nothing (reading.draft.Drafter.read)


@dataclass(frozen=True, slots=True)
class Told:
    role: str  # one of TOLD
    existing: bool  # names kit the plant already has ("the probes already installed")


class Seen(Protocol):
    """What the told reading and the role model (role_model.py) read of one draft's Pass (draft_pass.py), and what the
    role model changes of it: the Pass reads them (role_model.reread), so they name what they need, not the Pass."""

    drafter: Any  # reading.draft.Drafter: its story and product_page
    roles: list[Role]  # each sentence's role
    general: list[str | None]  # why each sentence is a general truth, or None
    words: list[list[str]]  # each sentence's words
    long: int  # sentences of five words or more, and of those, which speak to the reader or say anything in the past
    speaking: int
    past: int

    def marketing(self, sentence: Sentence) -> bool: ...


def names() -> dict[str, str]:
    """Role -> the name the buyer sees (drafting.yaml, roles: told)."""
    return dict(draft_data()["roles"]["told"])


def rule_told(seen: Seen, reading: Reading) -> list[Told]:
    """The rules' own reading of each sentence, from one draft's Pass."""
    out = []
    for i, (sentence, role) in enumerate(zip(reading.sentences, seen.roles)):
        if sentence.kind == "neutral" and len(sentence.text) < _SHORT:
            kind = FURNITURE
        else:
            kind = FURNITURE if role.heading else _kind(role, seen.marketing(sentence), bool(seen.general[i]),
                                                   len(seen.words[i]))
        out.append(Told(kind, bool(role.existing)))
    return out


def _kind(role: Role, selling: bool, general: bool, words: int) -> str:
    """The first that holds: page text, another site or a general truth, selling, the before-state (a
    sentence that turns to what was done is an offer), mostly possible or excluded, else an offer."""
    if role.kind in (FURNITURE, QUESTION):
        return FURNITURE
    if role.kind == REFERENCE or general:
        return GENERAL
    if selling:
        return SELLING
    if role.kind == BEFORE:
        return BEFORE
    unsure = {at for start, end in role.unsure for at in range(start, end)}
    return POSSIBLE if words and 2 * len(unsure) >= words else OFFER
