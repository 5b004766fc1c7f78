"""A link a reply takes out of what is offered: "SAP S/4HANA is not part of phase 1", "Die Anbindung an SAP ist nicht
Teil dieses Angebots", "l'interface avec le MES n'est pas incluse dans cette phase" (rounds.yaml links `scoped_out`).
The link the offer drafted to that system is none: its row goes from the drafted answer, and from an answer the buyer
typed or reviewed as a change proposed (reply_drafting.py), so the question on links no longer counts it open; the
reply has answered which systems. A row goes where the clause before those words names its area, or where every
sentence of the answer naming its area names the system taken out ("reads the production orders from your SAP S/4HANA":
the orders' planning row is SAP's too). Only where that clause holds nothing but the system's name and `scope_words`
("MES licences are not included" takes the licences out, no link)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.models import Answer, Document, Evaluation, QuestionBank

from .draft import drafter_for
from .phrases import normalise, tokens
from .reply_combine import Proposed
from .reply_named import system_names
from .reply_phrases import phrases

_CLAUSE = re.compile(r"[;:.,!?]\s|\s[-\u2013\u2014]\s")  # the clause the words close: "Yes; SAP S/4HANA is not part of"
_ELIDED = re.compile(r"^(?:l|d|dell|all|nell|dall|sull)['\u2019]")  # "l'interface", "dell'interfaccia": the noun


@dataclass(frozen=True)
class Scoped:
    """What a reply takes out: the areas its clauses name, and the names of the systems they name."""
    areas: frozenset[str] = frozenset()
    systems: frozenset[str] = frozenset()
    quotes: tuple[str, ...] = ()  # the sentences that say so

    def dropped(self, answer: Answer | None, names) -> frozenset[str]:
        """The areas of `answer`'s rows that go: those named, and those every quote naming them names a system taken
        out in ("... the production orders from your SAP S/4HANA ...": planning, with SAP)."""
        if answer is None or not self.quotes:
            return frozenset()
        areas = {row.system for row in answer.integrations}
        said = [names(q) for q in answer.quotes]
        only = {a for a in areas if self.systems and any(a in n for n in said)
                and all(set().union(*n.values()) & self.systems for n in said if a in n)}
        return frozenset(areas & (self.areas | only))


class ScopeReader:
    """rounds.yaml links `scoped_out` and `scope_words`, compiled."""

    def __init__(self, says: list[str], words: list[str]):
        self.says = phrases(says) if says else None
        self.words = frozenset(w.lower() for w in words)

    def read(self, sentences: list[str], drafter, names) -> Scoped:
        """What `sentences` take out of the offer, the drafter's area words naming each system."""
        areas, systems, quotes = set(), set(), []
        for text in sentences if self.says else ():
            found = self.says.search(text.lower())
            before = _CLAUSE.split(text[:found.start()])[-1] if found else ""
            named = names(before) if before.strip() and self._only_named(before, drafter) else {}
            if named:
                areas |= set(named)
                systems |= set().union(*named.values())
                quotes.append(text)
        return Scoped(frozenset(areas), frozenset(systems), tuple(quotes))

    def _only_named(self, clause: str, drafter) -> bool:
        """Whether the clause holds a system's name and otherwise only `scope_words`."""
        words = [_ELIDED.sub("", w) for w in tokens(normalise(clause))]
        found = drafter.rules.areas.find(words)
        covered = {i for start, end, _ in found for i in range(start, end)}
        return bool(found) and all(i in covered or w in self.words or not w[:1].isalnum() for i, w in enumerate(words))


def without_scoped(evaluation: Evaluation, question: str, scoped: Scoped, names) -> Evaluation:
    """`evaluation` without the rows of its answer to `question` the reply takes out (no answer left where no row
    is and it says nothing else)."""
    answer = evaluation.answer(question)
    gone = scoped.dropped(answer, names)
    if not gone:
        return evaluation
    return evaluation.model_copy(update={"answers": [a for a in (
        _without(one, gone) if one is answer else one for one in evaluation.answers) if a is not None]})


def _without(answer: Answer, gone: frozenset[str]) -> Answer | None:
    rows = [row for row in answer.integrations if row.system not in gone]
    return answer.model_copy(update={"integrations": rows}) if rows or answer.choices or answer.text.strip() else None


def scoped_change(merged: Evaluation, changes: list[Proposed], question: str, scoped: Scoped, names) -> list[Proposed]:
    """`changes` with the buyer's own answer to `question` (typed or reviewed) proposed without the rows the reply takes
    out, its sentences quoted: the buyer accepts it, as any change a reply proposes."""
    yours = merged.answer(question)
    if yours is None or yours.unreviewed:
        return changes  # a drafted answer lost those rows when drafted again
    have = next((c for c in changes if c.question == question), None)
    laid = have.proposed if have is not None else yours
    gone = scoped.dropped(laid, names) or scoped.dropped(yours, names)
    if not gone:
        return changes
    rows = [row for row in laid.integrations if row.system not in gone]
    change = Proposed(question, yours, laid.model_copy(update={
        "integrations": rows, "quotes": list(dict.fromkeys([*laid.quotes, *scoped.quotes]))}))
    return [change if c is have else c for c in changes] + ([] if have is not None else [change])


def scoped_in(documents: list[Document], reader, drafter) -> Scoped:
    """What the replies among `documents` take out of the offer, each sentence as the reply reader parts it."""
    texts = [s.text for d in documents if d.kind == "reply" for s, *_ in reader.sentences(d.text)]
    return _scope_reader(reader).read(texts, drafter, system_names(drafter)) if texts else Scoped()


def scoped_out(reply: Document, reader, bank: QuestionBank) -> Scoped:
    """What one reply takes out of the offer: its answer to which systems (scoring/round_links.py marks it)."""
    return scoped_in([reply.model_copy(update={"kind": "reply"})], reader, drafter_for(bank))


@lru_cache(maxsize=4)
def _scope_reader(reader) -> ScopeReader:
    return ScopeReader(reader.rules.links.scoped_out, reader.rules.links.scope_words)
