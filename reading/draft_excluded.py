"""An option the offer puts out of its scope ("Predictive maintenance models are not included in this proposal",
"Hors périmètre : analyse prédictive") is none it delivers, wherever else the drafter read it: another customer's case
in a deck beside the offer, a brochure's line, a term that happens to hold one of its words. The sentence that
excludes it names it under one of drafting.yaml `excluded_options.says`, negated (Drafter._hits drops it there): that
option of `questions` is dropped from the whole draft, or only offered to check (confidence `possible`) where a
sentence that drafted it sells it as an option (`optional`: "Item: SmartPress Analytics; Included: Option"). Work on
a thing left out is not the thing (`work`: "Changes to PLC programs are excluded" still reads the PLC). Links stay
draft_offered_links.py's."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import clause, label_reach
from .draft_rules import draft_data
from .roles import BEFORE
from .phrases import normalise, tokens
from .word_runs import Runs, runs, starts

_ITEMS = frozenset({",", ";", "and"})  # what parts a label's list into items

if TYPE_CHECKING:
    from .draft_evidence import Evidence
    from .draft_pass import Pass
    from .text import Reading


def _phrases(words: list[str]) -> Runs:
    return runs(tuple(tokens(normalise(str(w).lower()))) for w in words)


_at = starts  # where each phrase found in a sentence's words starts


def _rule() -> dict:
    return draft_data().get("excluded_options", {})


def excluded(drafter, reading: Reading, seen: Pass) -> dict[tuple[str, str], str]:
    """(question, option) -> the sentence that puts it out of scope: named negated in the cue's clause ("Predictive
    models are not included"), or named after a short label the cue opens ("Out of scope: predictive models")."""
    rule = _rule()
    says, work = _phrases(rule.get("says", [])), frozenset(rule.get("work", []))
    questions = frozenset(rule.get("questions", []))
    out: dict[tuple[str, str], str] = {}
    read: dict[tuple[str, ...], list[tuple[str, str]]] = {}  # words -> what they leave out: a line said again, once
    for i, (sentence, role, words) in enumerate(zip(reading.sentences, seen.roles, seen.words)):
        if role.kind == BEFORE or seen.general[i]:
            continue
        said = tuple(words)
        if said not in read:
            read[said] = _left_out_options(drafter, words, says, questions, work)
        for pair in read[said]:
            out.setdefault(pair, sentence.text)
    return out


def _left_out_options(drafter, words: list[str], says: Runs, questions: frozenset[str],
                      work: frozenset[str]) -> list[tuple[str, str]]:
    """The (question, option) pairs of `questions` the words put out of scope: their words' alone."""
    cues = _at(words, says)
    if not cues:
        return []
    plain = {(q, o) for q, o, _ in drafter._hits(drafter.rules.scan, words)}
    return [(qid, option) for qid, option, at in drafter._hits(drafter.rules.scan, words, None, questions)
            if qid in questions and any(_left_out(words, cue, at, (qid, option) not in plain, work) for cue in cues)]


def _left_out(words: list[str], cue: int, at: int, denied: bool, work: frozenset[str]) -> bool:
    """Whether the cue at `cue` leaves out the option named at `at`: its label heads the item that names it, or its
    clause negates it; in neither case an item or clause of work on the thing."""
    start, end = label_reach(words, cue)
    if end > clause(words, cue)[1]:  # "Out of scope: interface with the ERP, predictive models"
        head = clause(words, cue)[1] + 1
        if not head <= at < end:
            return False
        start = max((j + 1 for j in range(head, at) if words[j] in _ITEMS), default=head)
        end = next((j for j in range(at, end) if words[j] in _ITEMS), end)
    elif not (denied and start <= at < end):
        return False
    return work.isdisjoint(words[start:end])


def drop_excluded(drafter, reading: Reading, seen: Pass, found: dict[str, Evidence], weighed: bool) -> None:
    """Each excluded option dropped from `found`, or offered to check where a sentence behind it sells it as an
    option. Not in a reply (not `weighed`): a reply's "not included" answers the round's question as it stands."""
    if not weighed:
        return
    left_out = excluded(drafter, reading, seen)
    if not left_out:
        return
    optional = _phrases(_rule().get("optional", []))
    sure = drafter.rules.confidence["possible"]
    for qid, option in left_out:
        ev = found.get(qid)
        if ev is None or option not in ev.options:
            continue
        if any(_at(tokens(normalise(s.lower())), optional) for s in ev.said[option]):
            ev.confidence[option] = min(ev.confidence[option], sure)
            continue
        ev.drop(option)
        if not ev.options and not ev.rows:
            del found[qid]
