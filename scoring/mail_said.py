"""What only the vendor's sales e-mail says (reading/sales_mail.py): a rep's word binds nothing the offer does not say.

Each drafted answer that rests only on a sales e-mail's sentences is a gap the scorecard says in plain words (a reason
beside the answer and one flag naming them all) and the follow-up letter asks the vendor to put in the offer."""
from __future__ import annotations

from questions.models import Evaluation
from reading.sales_mail import mail_only

from .scorecard import RiskFlag, ScoredAnswer

REASON = "Said in the sales e-mail, not in the offer: please confirm it in the offer."
FLAG_ID = "said_in_sales_email"
SAID = "Said in the sales e-mail, not in the offer: {prompt}"  # as a round question's comes_from says it
ASK = "Your sales e-mail says \u201c{quote}\u201d: please confirm it in the offer."


def marked(evaluation: Evaluation, scored: list[ScoredAnswer]) -> list[ScoredAnswer]:
    """The scored answers, each resting only on the e-mail with the reason why its word is not yet the offer's."""
    only = set(mail_only(evaluation))
    return [s.model_copy(update={"reasons": [*s.reasons, REASON]}) if s.question in only else s for s in scored]


def mail_flags(evaluation: Evaluation, prompts: dict) -> list[RiskFlag]:
    """One flag naming every answer that rests only on the e-mail; none where there is none."""
    only = mail_only(evaluation)
    if not only:
        return []
    named = "; ".join(prompts[q].prompt for q in only if q in prompts)
    return [RiskFlag(id=FLAG_ID, severity="medium", title="Said only in the sales e-mail, not in the offer",
                     reason=f"{len(only)} drafted answer{'s rest' if len(only) != 1 else ' rests'} only on the vendor's "
                            f"sales e-mail, which binds nothing the offer does not say: {named}.",
                     follow_up="Please confirm in the offer what your sales e-mail says.")]


def mail_sources(evaluation: Evaluation, topic_of: dict[str, str], prompts: dict) -> list[tuple]:
    """Each answer resting only on the e-mail as a round's source (rounds.Source's fields): asked to be confirmed in
    the offer, quoting the e-mail's sentence."""
    out = []
    for qid in mail_only(evaluation):
        answer, prompt = evaluation.answer(qid), prompts.get(qid)
        ask = ASK.format(quote=answer.quotes[0])
        out.append((f"mail:{qid}", topic_of.get(qid, ""), SAID.format(prompt=prompt.prompt if prompt else qid), 0,
                    ask, (qid,), ask))
    return out
