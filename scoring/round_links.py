"""The links an answer on connections leaves incomplete: each connected system it gives no method or no owner, as the
scorecard counts a complete connection. The round's why names them, and a letter asking the topic again after a reply
that answered it in part asks only what each still lacks, by its system
(rounds.yaml integrations `open_links`: "For the connection to Production / MES (OPC UA), who owns it, on your side and
on ours?"), not the whole question again, as a gap's own question is asked of the other topics."""
from __future__ import annotations

from plaintext.chars import sentence
from questions.models import Evaluation, Integration, QuestionBank, RoundQuestion
from questions.round_models import OpenLinks


def lacking(evaluation: Evaluation | None, question: str) -> list[tuple[Integration, list[str]]]:
    """Each connected system the answer to `question` gives no method or no owner, once, with what it lacks ("method",
    "owner"): a system another row links completely lacks nothing."""
    answer = evaluation.answer(question) if evaluation is not None and question else None
    if answer is None:
        return []
    done = {row.system for row in answer.integrations if row.method.strip() and row.owner.strip()}
    out = []
    for row in answer.integrations:
        if row.direction == "none" or row.system in done:
            continue
        out.append((row, [word for word, value in (("method", row.method), ("owner", row.owner)) if not value.strip()]))
        done.add(row.system)
    return out


def incomplete_connections(evaluation: Evaluation | None, question: str) -> list[str]:
    """'The connection to inventory (SAP, S/4HANA, IDoc) names no owner': each link `lacking` something, said."""
    out = [f"the connection to {row.system}" + (f" ({row.method.strip()})" if row.method.strip() else "")
           + f" names no {' and no '.join(lacks)}" for row, lacks in lacking(evaluation, question)]
    return [out[0][0].upper() + out[0][1:], *out[1:]] if out else []


def open_links_ask(evaluation: Evaluation | None, question: str, asks: OpenLinks | None, bank: QuestionBank) -> str:
    """The letter's question on each incomplete link, for what it lacks alone: its way (which way and by what method),
    its owner, or both; '' where the topic words none, no link lacks anything or no reply has come yet."""
    if asks is None or evaluation is None or not any(r.replied for r in evaluation.rounds):
        return ""  # a first letter asks the topic's question (or who owns the links the offer states)
    names = bank.questions()[question].choice_names() if question in bank.questions() else {}
    open_now = lacking(evaluation, question)
    told = _told_in_reply(evaluation, question)  # the buyer has yet to take the reply's answer that completes them
    said = []
    for row, lacks in [one for one in open_now if one[0].system not in told]:  # none: the whole question, as before
        system = names.get(row.system, row.system) + (f" ({row.method.strip()})" if row.method.strip() else "")
        ask = asks.both if len(lacks) > 1 else asks.owner if lacks == ["owner"] else asks.way
        said.append(ask.format(system=system))
    return " ".join(dict.fromkeys(said))


def _told_in_reply(evaluation: Evaluation | None, question: str) -> set[str]:
    """The systems the last reply's proposed answer to `question`, not yet taken or kept, links completely or takes out:
    asked of again, the vendor would say what it said (the buyer's own answer holds them open until the buyer takes it)."""
    last = evaluation.rounds[-1] if evaluation is not None and evaluation.rounds else None
    proposed = [a for a in (last.proposed if last is not None and last.replied else []) if a.question == question]
    yours = evaluation.answer(question)
    gone = {row.system for row in yours.integrations} - {row.system for a in proposed for row in a.integrations} \
        if proposed and yours is not None else set()  # a link the reply took out of the offer ("not part of phase 1")
    return gone | {row.system for a in proposed for row in a.integrations if row.method.strip() and row.owner.strip()}


def scoped_mark(question: RoundQuestion, scoped, question_id: str, topic: str, evaluation: Evaluation,
                bank: QuestionBank) -> RoundQuestion:
    """The question on links as a reply that takes a link out of the offer answers it ("SAP S/4HANA is not part of
    phase 1": reading/reply_scoped.py): which systems, said; answered where nothing it came from stays open, else
    partly, saying which links still lack what, where the reply's other sentences answered it not at all."""
    if question.topic != topic or not scoped.quotes or question.status != "not_answered":
        return question
    names = bank.questions()[question_id].choice_names() if question_id in bank.questions() else {}
    systems = " and ".join(names.get(area, area) for area in sorted(scoped.areas))
    why = f"The reply takes the connection to {systems} out of the offer (\u201c{scoped.quotes[0]}\u201d), which says which systems"
    done = question.closed or question.waits
    open_links = "" if done else " " + sentence("; ".join(incomplete_connections(evaluation, question_id)))
    return question.model_copy(update={"status": "answered" if done else "partly", "why": why + "." + open_links.rstrip(),
                                       "quotes": list(dict.fromkeys([*question.quotes, *scoped.quotes]))})
