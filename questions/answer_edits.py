"""The rules for changing answers: pure functions from an Evaluation to the next one.

The app's buttons and inputs, the clarification rounds and the command line all change answers
through these, so a draft kept, rejected or merged, a quote accepted or removed and a value typed
follow one set of rules wherever they happen.

An answer is the buyer's own once they typed it (drafted=False) or reviewed a draft (reviewed=True).
Re-drafting replaces only answers that are still unreviewed drafts, so nothing the buyer did is ever
overwritten; a rejected or emptied draft stays as an empty reviewed answer, so drafting again must
not bring it back. Here in questions/, beside the models: reading (drafting, replies) and the later
rooms all call it, and it calls nothing of theirs.
"""
from __future__ import annotations

from typing import Callable, get_args

from .bank_models import EvidenceId
from .models import Answer, Evaluation, Integration, Measure, Question, QuestionBank

# whether a quoted sentence still supports the text an answer now reads (reading/quote_support.py gives one)
Supports = Callable[[str, str], bool]


def _rejected(question: str) -> Answer:
    """An emptied draft: reviewed, so a re-draft leaves it empty."""
    return Answer(question=question, evidence="not_answered", drafted=True, reviewed=True)


def _buyers(answer: Answer) -> bool:
    """Typed by the buyer (an untouched empty answer does not count), or a reviewed draft."""
    if answer.accepted:  # options the buyer accepted: a re-draft never takes them back
        return True
    return answer.reviewed if answer.drafted else not answer.is_empty or answer.evidence != "not_answered"


def _replace(evaluation: Evaluation, changed: dict[str, Answer | None]) -> Evaluation:
    """These answers changed in place (None: removed); the others as they are."""
    answers = [changed.get(a.question, a) for a in evaluation.answers]
    return evaluation.model_copy(update={"answers": [a for a in answers if a is not None]})


def with_answer(evaluation: Evaluation, qid: str, answer: Answer | None, bank: QuestionBank) -> Evaluation:
    """One answer replaced (None: removed), the answers in the bank's order (unknown questions last)."""
    order = list(bank.questions())
    answers = [a for a in evaluation.answers if a.question != qid] + ([answer] if answer else [])
    answers.sort(key=lambda a: order.index(a.question) if a.question in order else len(order))
    return evaluation.model_copy(update={"answers": answers})


def agree(evaluation: Evaluation, qid: str, agreed: Answer | None, bank: QuestionBank) -> Evaluation:
    """The evaluator takes a colleague's answer as their own, the team's agreed answer (the Consensus page): a
    colleague's draft they had not reviewed is reviewed by agreeing to it, and a colleague's rejection or a question
    they left empty is agreed as a rejection, which earns nothing."""
    answer = _rejected(qid) if agreed is None or agreed.is_empty else agreed
    return with_answer(evaluation, qid, answer.model_copy(update={"reviewed": True} if answer.drafted else {}), bank)


# --- drafts ----------------------------------------------------------------------------------

def merge_draft(current: Evaluation, drafted: Evaluation, bank: QuestionBank) -> Evaluation:
    """`current` with the drafted answers added where the buyer has not answered or reviewed.

    Unreviewed drafts from an older reading are replaced (or dropped when the new text no longer
    supports them); labels found are added to the buyer's; the documents drafted from are kept."""
    mine = {a.question: a for a in current.answers if _buyers(a)}
    new = {a.question: a for a in drafted.answers if a.question not in mine}
    merged = {**mine, **new}
    order = list(bank.questions())
    answers = [merged[q] for q in order if q in merged]
    answers += [a for q, a in mine.items() if q not in order]  # answers to removed questions are kept
    labels = list(dict.fromkeys([*current.labels, *drafted.labels]))
    return current.model_copy(update={"answers": answers, "labels": labels,
                                      "documents": drafted.documents or current.documents})


def keep(evaluation: Evaluation, questions: list[str]) -> Evaluation:
    """Mark these drafted answers as reviewed, unchanged."""
    return _replace(evaluation, {a.question: a.model_copy(update={"reviewed": True})
                                 for a in evaluation.answers if a.question in questions and a.drafted})


def reject(evaluation: Evaluation, questions: list[str]) -> Evaluation:
    """Empty what these answers hold as drafted and mark them reviewed, so a re-draft leaves them empty. Only what
    was drafted and not yet reviewed goes: options the buyer accepted from "check this" stay (walk 61 accepted
    "Alerts", rejected the drafted "Live machine-status dashboard", and lost both)."""
    return _replace(evaluation, {a.question: _buyers_part(a) for a in evaluation.answers
                                 if a.question in questions and a.drafted})


def drop_option(evaluation: Evaluation, qid: str, option: str) -> Evaluation:
    """The buyer removes one option of a drafted answer and keeps the rest, in one step: an edit, so the answer is
    reviewed with what is left (walk 63 rejected a whole draft to lose a wrong "Inventory" and lost the right
    "Downtime is unclear" with it). The offers to check stay; an answer left with nothing is rejected."""
    answer = evaluation.answer(qid)
    if answer is None or option not in answer.choices:
        return evaluation
    left = [c for c in answer.choices if c != option]
    edited = answer.model_copy(update={"choices": left, "accepted": [c for c in answer.accepted if c != option],
                                       "reviewed": answer.drafted})
    return _replace(evaluation, {qid: edited if edited.has_content else _rejected(qid)})


def clear_unreviewed(evaluation: Evaluation) -> Evaluation:
    """Remove every drafted answer the buyer has not reviewed yet, and every one holding only options to check;
    options the buyer accepted in one stay, as their own answer."""
    return _replace(evaluation, {a.question: _buyers_part(a) if a.accepted else None for a in evaluation.answers
                                 if a.drafted and not a.reviewed})


def _buyers_part(answer: Answer) -> Answer:
    """A draft rejected: emptied and reviewed, but for the options the buyer accepted, with the sentences they rest on."""
    kept = [c for c in answer.choices if c in answer.accepted]
    rows = [r for r in answer.integrations if r.system in answer.accepted]  # a link accepted from "check this"
    if not kept and not rows:
        return _rejected(answer.question)
    return answer.model_copy(update={"choices": kept, "text": "", "measure": None, "integrations": rows,
                                     "accepted": kept + [r.system for r in rows], "reviewed": True})


def accept_suggestion(evaluation: Evaluation, question: Question, option: str,
                      evidence: str = "vendor_claim") -> Evaluation:
    """The buyer accepts an option drafting only suggested ("check this"): it is chosen and counts
    from now on (for a one-answer question it replaces the choice); the other suggestions stay. An answer
    that held nothing else is the buyer's own now (reviewed, at `evidence`: what its quoted sentences warrant)."""
    answer = evaluation.answer(question.id) or Answer(question=question.id, evidence="not_answered")
    choices = [option] if question.kind == "choice" else [*answer.choices, option]
    rows = answer.integrations
    if question.kind == "integrations":  # a link offered to check: a row of its area, its way left to the buyer
        choices = answer.choices
        rows = rows if option in {r.system for r in rows} else [*rows, Integration(system=option)]
    alone = not answer.choices and not answer.integrations  # nothing drafted beside it: the click decides the answer
    accepted = answer.model_copy(update={"choices": list(dict.fromkeys(choices)), "integrations": rows,
                                         "evidence": evidence if answer.evidence == "not_answered" else answer.evidence,
                                         "suggested": [o for o in answer.suggested if o != option],
                                         "accepted": list(dict.fromkeys([*answer.accepted, option])),
                                         "reviewed": answer.reviewed or alone})
    return _replace(evaluation, {question.id: accepted})


def take_proposed(evaluation: Evaluation, proposed: Answer) -> Evaluation:
    """The reply's answer taken in place of the buyer's own, as reviewed: the buyer chose it. Its evidence is never
    below the buyer's answer's: what the buyer kept stays as judged, whatever the reply's sentences show."""
    yours = evaluation.answer(proposed.question)
    levels = get_args(EvidenceId)
    evidence = max(proposed.evidence, yours.evidence, key=levels.index) if yours is not None else proposed.evidence
    return _replace(evaluation, {proposed.question: proposed.model_copy(update={"reviewed": True, "evidence": evidence})})


# --- quotes ----------------------------------------------------------------------------------

def same_quote(a: str, b: str) -> bool:
    """The same sentence, whatever its spacing and case."""
    return _plain(a) == _plain(b)


def accept_quote(evaluation: Evaluation, question: Question, quote: str, evidence: str, offered: list[str],
                 bank: QuestionBank, measure: Measure | None = None) -> Evaluation:
    """Quote the sentence (once), raise the evidence to the quote's, add the options it names (one
    for a one-answer question that has none yet), the measure it states to an answer that has none, or, on a text
    question, the sentence to its text. Accepting more of a draft is reviewing it."""
    before = evaluation.answer(question.id) or Answer(question=question.id, evidence="not_answered")
    quotes = list(before.quotes) + ([] if any(same_quote(quote, have) for have in before.quotes) else [quote])
    levels = [lvl.id for lvl in bank.evidence_levels]
    choices = list(before.choices)
    offered = [c for c in offered if c in question.choice_ids()]
    if question.kind == "choices":
        choices += [c for c in offered if c not in choices]
    elif question.kind == "choice" and not choices and offered:
        choices = offered[:1]
    text = before.text  # a text question's answer is the vendor's sentence itself, as a draft's is (walk 71)
    if question.kind == "text" and _plain(quote) not in _plain(text):
        text = f"{text.rstrip()} {quote}".strip()
    answer = before.model_copy(update={"quotes": quotes, "evidence": max(before.evidence, evidence, key=levels.index),
                                       "choices": choices, "reviewed": before.drafted, "text": text,
                                       "measure": before.measure or measure})
    return with_answer(evaluation, question.id, answer, bank)


def remove_quote(evaluation: Evaluation, qid: str, quote: str, bank: QuestionBank) -> Evaluation:
    """Drop one quote, and the sentence from the text that took it on accepting; an answer left empty goes back to
    not answered (a draft stays, rejected). A draft that still holds something stays as reviewed as it was: the removal
    is an edit the trail records, but reviewing is the buyer's own act (walk80 removed a quote and the answer was
    counted reviewed)."""
    before = evaluation.answer(qid)
    if before is None:
        return evaluation
    text = " ".join(before.text.replace(quote, " ").split()) if quote and quote in before.text else before.text
    answer = before.model_copy(update={"quotes": [q for q in before.quotes if q != quote], "text": text})
    if answer.is_empty:
        answer = answer.model_copy(update={"evidence": "not_answered", "reviewed": True}) if before.drafted else None
    return with_answer(evaluation, qid, answer, bank)


# --- values typed ----------------------------------------------------------------------------

def typed(qid: str, content: dict, evidence: str, previous: Answer | None,
          supports: Supports | None = None) -> Answer | None:
    """The answer as typed (`content`: choices, text, measure, integrations) on top of `previous`,
    whose quotes stay but those the buyer cut out of the text that no longer `supports` it. A drafted answer the buyer changes is reviewed; one
    emptied stays, rejected, so none returns; any other answer emptied is removed (None)."""
    quotes = quoted_after(previous, content.get("text", ""), supports)
    drafted = bool(previous and previous.drafted)
    chosen = content.get("choices", [])
    # an offer to check the buyer now picks is accepted; one left unpicked stays offered (an edit of the other
    # options had dropped every "check this" offer under the answer)
    offered = [c for c in previous.suggested if c not in chosen] if previous else []
    accepted = [c for c in [*previous.accepted, *previous.suggested] if c in chosen] if previous else []
    answer = Answer(question=qid, evidence=evidence, quotes=quotes, drafted=drafted, reviewed=drafted,
                    accepted=list(dict.fromkeys(accepted)), suggested=offered, **content)
    if answer.is_empty and evidence == "not_answered":
        return _rejected(qid) if drafted else None
    return answer


def _still_quoted(previous: Answer, text: str, supports: Supports | None = None) -> list[str]:
    """The previous answer's quotes, but a sentence its text held and the buyer's text no longer holds: the buyer cut
    it (walk 54 rewrote a drafted protocols answer; the sentences it replaced still counted as what it names), unless
    it still `supports` what the buyer typed: a draft corrected in the buyer's words keeps the evidence it rests on
    (walk 80's corrected decision lost its quotes and scored below the wrong draft)."""
    was, now = _plain(previous.text), _plain(text)
    return [q for q in previous.quotes
            if not (_plain(q) in was and _plain(q) not in now) or (supports is not None and supports(q, text))]


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def evidence_for(content: dict, evidence: str | None, quoted: bool = False) -> str:
    """The evidence level an edit leaves: the one chosen, which is the level the quotes gave a draft (they still stand
    while its options change: walk 71 emptied a wrong problem, ticked the right ones and fell to the vendor's claim).
    None chosen stays none, for the buyer to choose, never the lowest in silence (walk 67 typed "Modbus / OPC UA /
    MQTT" and the gap stayed open at the vendor's claim). Everything cleared and nothing `quoted`: not answered."""
    if not quoted and not Answer(question="-", **content).has_content:
        return "not_answered"
    return evidence or "not_answered"


def quoted_after(previous: Answer | None, text: str, supports: Supports | None = None) -> list[str]:
    """The quotes an answer keeps once its text reads `text`: all but those the buyer cut out of it and that no
    longer `support` it."""
    return _still_quoted(previous, text, supports) if previous else []
