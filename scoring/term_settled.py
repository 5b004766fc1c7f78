"""Whether the vendor's reply settles a contract term's flag the letter asked (questions/terms.yaml `settles`): a
sentence of the flag's kind that no longer works against the buyer and says how it now stands ("Acceptance will
require your signed acceptance report", "Die Haftung erhöhen wir auf den vollen Auftragswert", "liability raised to
EUR 250,000" on a EUR 180,000 offer), and does not keep the term ("we cannot change our standard terms"). Two documents
that differed are settled by a sentence naming one of their lengths ("the warranty is 24 months; the annex is
corrected"). A reply that only restates the term, or says nothing of it, leaves the flag open."""
from __future__ import annotations

from functools import lru_cache

from questions.loader import load_terms
from reading.contract_terms import FULL_SHARE, Term, said_of, words_of


def settled_by(replies: list[str], kind: str, days: tuple[float, ...], order: dict[str, float]) -> str:
    """The first reply sentence that settles a flag of this kind ("" for none); `days`: the two documents' lengths of
    a term they state differently, () for a term that works against the buyer."""
    refused, words = _words()
    for text in replies:
        for term in said_of(text, kind):
            if refused.search(term.quote) or term.against:
                continue
            if days and term.days() in days or not days and _settles(term, words.get(kind), order):
                return term.quote
    return ""


def _settles(term: Term, words, order: dict[str, float]) -> bool:
    """A term no longer against the buyer: a liability cap of at least the whole order value, in share or in money,
    or a sentence saying how it now stands in its kind's words."""
    if term.share is not None:
        return term.kind == "liability" and term.share >= FULL_SHARE
    if term.amount:
        return term.amount[1] >= order.get(term.amount[0], float("inf"))
    return bool(words and words.search(term.quote))


@lru_cache(maxsize=1)
def _words():
    spec = load_terms()
    settles = spec["settles"]
    return words_of(settles["refused"]), {k["id"]: words_of(settles[k["id"]]) for k in spec["kinds"] if k["id"] in settles}
