"""A draft rejected after a reply answered its question: the wrong draft goes, not the vendor's answer. What the
offer's documents drafted into the answer (their options, sentences and suggestions) is removed, and the answer the
replies themselves give stands in its place, as reviewed, so drafting again brings the rejected part back no more;
the gap the reply closed stays closed, and the round keeps saying which reply settled it. An answer that holds only
the reply's own answer is the reply's answer rejected: emptied, and the round says its question is open again.
Pure functions over an Evaluation; the Evaluate page saves what they return."""
from __future__ import annotations

from questions.answer_edits import reject
from questions.loader import load_bank
from questions.models import Answer, Evaluation, QuestionBank
from reading.documents import Citations
from reading.reply_drafting import replies_answers
from reading.reply_readers import reply_reader_for

from .round_declined import plain, value_of


def drafted_from_replies(evaluation: Evaluation) -> list[tuple[Answer, list[str]]]:
    """The drafted answers nobody has reviewed that quote a reply, each with the reply's quotes: what the vendor's
    replies added, for the buyer to keep or reject where the reply was read (walk82 found them only among the
    proposal's drafts on Evaluate)."""
    replies = [d for d in evaluation.documents if d.kind == "reply"]
    if not replies:
        return []
    cite = Citations(replies).cite
    said = [(a, [q for q in a.quotes if cite(q)]) for a in evaluation.answers if a.unreviewed]
    return [(a, quotes) for a, quotes in said if quotes]


def reject_drafts(evaluation: Evaluation, questions: list[str], bank: QuestionBank | None = None) -> Evaluation:
    """`questions`' drafts rejected (questions.answer_edits.reject), but where a reply's answer is among them."""
    rejected = reject(evaluation, questions)
    replies = [d for d in evaluation.documents if d.kind == "reply"]
    cite = Citations(replies).cite if replies else None
    held = [a for q in questions if (a := evaluation.answer(q)) is not None and a.unreviewed and cite
            and any(cite(quote) for quote in a.quotes)]
    if not held:
        return rejected
    bank = bank or load_bank()
    theirs = replies_answers(evaluation, bank, reply_reader_for(bank))
    stands = {a.question: own.model_copy(update={"drafted": True, "reviewed": True, "suggested": [], "accepted": []})
              for a in held if (own := theirs.get(a.question)) is not None and own.has_content and _said(own) != _said(a)}
    answers = [stands.get(a.question, a) for a in rejected.answers]
    return rejected.model_copy(update={"answers": answers})


def _said(answer: Answer) -> tuple:
    return value_of(answer), frozenset(plain(q) for q in answer.quotes)
