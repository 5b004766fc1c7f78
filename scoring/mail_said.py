"""What the vendor's sales e-mail says apart from the offer (reading/sales_mail.py): a rep's word binds nothing the offer
does not say, and where it says the contrary of the offer (reading/mail_contradicts.py) the buyer must know which binds.

Each drafted answer that rests only on a sales e-mail's sentences is a gap the scorecard says in plain words (a reason
beside the answer and one flag naming them all) and the follow-up letter asks the vendor to put in the offer; each
e-mail sentence that contradicts an offer's sentence is a flag of its own, and the letter quotes both and asks which
binds. The words are rounds.yaml `sales_email` (the letter's, in its language: letter_languages.yaml)."""
from __future__ import annotations

import hashlib

from questions.loader import load_round_rules
from questions.models import Evaluation
from questions.wording import many
from reading.mail_contradicts import Contradiction, contradicted
from reading.sales_mail import mail_only

from .scorecard import RiskFlag, ScoredAnswer

FLAG_ID = "said_in_sales_email"
CONTRADICTS_ID = "sales_email_contradicts"  # and the two sentences' digest: one flag a contradiction, the same each time


def words() -> dict[str, str]:
    return load_round_rules().sales_email


def marked(evaluation: Evaluation, scored: list[ScoredAnswer]) -> list[ScoredAnswer]:
    """The scored answers, each resting only on the e-mail with the reason why its word is not yet the offer's."""
    only, reason = set(mail_only(evaluation)), words()["reason"]
    return [s.model_copy(update={"reasons": [*s.reasons, reason]}) if s.question in only else s for s in scored]


def mail_flags(evaluation: Evaluation, prompts: dict) -> list[RiskFlag]:
    """One flag naming every answer that rests only on the e-mail (none where there is none), and one for each of the
    e-mail's sentences that says the contrary of the offer's."""
    w, only = words(), mail_only(evaluation)
    flags = [RiskFlag(id=_id(c), severity="medium", title=w["contradicts_title"],
                      reason=w["contradicts_reason"].format(mail=c.mail, offer=c.offer),
                      follow_up=w["contradicts_ask"].format(mail=c.mail, offer=c.offer))
             for c in contradicted(evaluation)]
    if not only:
        return flags
    named = "; ".join(prompts[q].prompt for q in only if q in prompts)
    count = many(len(only), w["flag_one"], w["flag_more"])
    return [RiskFlag(id=FLAG_ID, severity="medium", title=w["flag_title"],
                     reason=w["flag_reason"].format(count=count, named=named), follow_up=w["flag_follow_up"]), *flags]


def mail_sources(evaluation: Evaluation, topic_of: dict[str, str], prompts: dict) -> list[tuple]:
    """Each answer resting only on the e-mail as a round's source (rounds.Source's fields): asked to be confirmed in
    the offer, quoting the e-mail's sentence; and each contradiction, asked which of the two sentences binds."""
    out, w = [], words()
    for qid in mail_only(evaluation):
        answer, prompt = evaluation.answer(qid), prompts.get(qid)
        ask = w["ask"].format(quote=answer.quotes[0])
        out.append((f"mail:{qid}", topic_of.get(qid, ""), w["said"].format(prompt=prompt.prompt if prompt else qid), 0,
                    ask, (qid,), ask))
    for c in contradicted(evaluation):
        qid = _quoting(evaluation, c)
        ask = w["contradicts_ask"].format(mail=c.mail, offer=c.offer)
        out.append((f"mail:{_id(c)}", topic_of.get(qid, w["topic"]),
                    w["contradicts_said"].format(mail=c.mail), 0, ask, (qid,) if qid else (), ask))
    return out


def _id(contradiction: Contradiction) -> str:
    """The flag's id: its sentences' digest, so a round's source names the same contradiction however many there are."""
    digest = hashlib.sha256(f"{contradiction.mail}\n{contradiction.offer}".encode()).hexdigest()[:10]
    return f"{CONTRADICTS_ID}_{digest}"


def _quoting(evaluation: Evaluation, contradiction: Contradiction) -> str:
    """The question whose drafted answer quotes the offer's sentence (else the e-mail's): the topic it is asked under."""
    for said in (contradiction.offer, contradiction.mail):
        for answer in evaluation.answers:
            if any(q in said or said in q for q in answer.quotes):
                return answer.question
    return ""
