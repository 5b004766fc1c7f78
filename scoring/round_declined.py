"""The changes a reply proposed that the buyer declined ("Keep my answer"): each is remembered in its round
(Round.declined) by its question, the answer it proposed and the reply's sentences behind it, and never proposed
again for those sentences, when the same reply is read again or a later reply repeats them. Another value, or a
sentence the buyer has not seen proposed yet, is proposed as any change is."""
from __future__ import annotations

from questions.models import Answer, Evaluation
from reading.reply_combine import Proposed


def value_of(answer: Answer) -> tuple:
    """What a proposal would make the answer say, its quotes and review marks aside."""
    measure = answer.measure.model_dump() if answer.measure else None
    rows = sorted((i.system, i.direction, i.method.strip(), i.owner.strip()) for i in answer.integrations)
    return answer.question, answer.evidence, sorted(answer.choices), answer.text.strip(), measure, rows


def plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _behind(proposal: Answer, yours: Answer | None) -> set[str]:
    """The sentences a proposal rests on that the buyer's own answer did not quote: the reply's."""
    own = {plain(q) for q in (yours.quotes if yours else [])}
    return {plain(q) for q in proposal.quotes} - own


def declined(evaluation: Evaluation) -> list[Answer]:
    return [a for r in evaluation.rounds for a in r.declined]


def not_declined(evaluation: Evaluation, proposals: list[Proposed]) -> list[Proposed]:
    """`proposals` without those the buyer declined already: the same value on the same sentences."""
    said = [(value_of(a), {plain(q) for q in a.quotes}) for a in declined(evaluation)]
    return [p for p in proposals if not any(v == value_of(p.proposed) and all(_seen(q, quotes) for q in
                                                                               _behind(p.proposed, p.current))
                                            for v, quotes in said)]


def _seen(sentence: str, quotes: set[str]) -> bool:
    """The sentence is one of `quotes`, or holds one with words around it ("as written before: ...")."""
    return any(q in sentence or sentence in q for q in quotes)
