"""drafting.yaml `users_tied`: a role a text names for more than using the system, as a user of its output.

A case study, a product page or an article names the plant's operators for the work they do ("operators load a welding
machine", "Operators blamed machine downtime", "operators frequently adjusted the feed rate"), and its managers as who
speaks or reads ("a working reference for plant managers"), as often as for what the system gives them. There, such a
role is drafted only where one of its sentences ties the role itself to the system or its output: a word of `tied` near
the role, in its clause ("the tablet asks the operator for a reason"), or an item of a list, whose heading tells it. An
offer written to one buyer names the buyer's roles for what they will get, so it is not read so (story.py letter)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import headed, label_reach
from .draft_evidence import Evidence, drop_unbacked
from .draft_rules import draft_data
from .phrases import CLAUSE_END, normalise

if TYPE_CHECKING:
    from .draft import Drafter
    from .draft_pass import Pass

ITEMS = ("-", "•", "*", "|", "·")  # what opens an item of a list or a table's row

_RULE: dict = draft_data().get("users_tied", {})
QUESTION: str = _RULE.get("question", "")
OPTIONS: tuple[str, ...] = tuple(_RULE.get("options", ()))
WINDOW: int = _RULE.get("window", 0)
TIED: frozenset[str] = frozenset(normalise(w) for w in _RULE.get("tied", []))
DENIED_BY: frozenset[str] = frozenset(_RULE.get("denied_by", []))
DENIAL: int = _RULE.get("denial", 0)
DENIAL_ENDS: frozenset[str] = frozenset(_RULE.get("denial_ends", []))


def drop_untied(found: dict[str, Evidence], drafter: Drafter, seen: Pass) -> None:
    """Drops each role of `options` whose every sentence names it apart from the system, as `drafter` read the
    sentences in its pass `seen`. Not in a letter to one buyer (story.py)."""
    if QUESTION not in found or drafter.story.letter(seen.long, seen.speaking, seen.recalled):
        return
    for option in OPTIONS:
        drop_unbacked(found, QUESTION, option, lambda s, option=option: not _ties(s, *_cued_at(drafter, seen, s, option)))


def _cued_at(drafter: Drafter, seen: Pass, sentence: str, option: str) -> tuple[list[str], list[int]]:
    """A sentence's words as drafting read them (a German one's glossed), and where the option's cues stand in them."""
    words, finds = seen.scanned.get(sentence) or (seen.said_words(sentence), None)
    return words, [at for q, o, at in drafter._hits(drafter.rules.scan, words, finds) if (q, o) == (QUESTION, option)]


def _ties(sentence: str, words: list[str], at: list[int]) -> bool:
    """Whether the sentence ties the role at one of `at` to the system: a word of `tied` near it in its clause, and
    not denied ("the bearings the operator did not have access to", "the units the operator never sees" tell what the
    plant's people lack, no use of the system). A sentence whose words name the role nowhere backs it otherwise
    (another answer implies it), and keeps it."""
    if not at or sentence.lstrip()[:1] in ITEMS:
        return True
    return any(not _denied(words, t) for i in at for t in _near(words, i))


def _denied(words: list[str], at: int) -> bool:
    """Whether a word of `denied_by` (or an "n't") stands at most DENIAL words before the tie, in its clause and
    with no word of `denial_ends` between ("not only sees", "never leaves the line until the tablet warns")."""
    before = words[max(0, at - DENIAL):at]
    before = before[max((i + 1 for i, w in enumerate(before) if w in CLAUSE_END or w in DENIAL_ENDS), default=0):]
    return not DENIED_BY.isdisjoint(before) or any(w.endswith("n't") for w in before)


def _near(words: list[str], at: int) -> list[int]:
    """Where each word of `tied` stands at most WINDOW words from the role, in its clause, with the short label opening
    the sentence that heads the clause or, the role in that label, the clause the label heads ("Plant manager: a weekly
    look at the alarms")."""
    start, end = headed(words, at)[0], label_reach(words, at)[1]  # a short opening label and what it heads are one
    return [i for i in range(max(start, at - WINDOW), min(end, at + WINDOW + 1)) if words[i] in TIED]
