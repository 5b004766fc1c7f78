"""A vendor's sales e-mail or letter (kind sales_email): what it says binds nothing the offer does not say.

A pasted text is suggested as one when it reads as an e-mail (drafting.yaml `sales_mail`): two header lines at its top
("Da: ...", "Oggetto: ..."), or a short text that opens with a greeting and closes with a sign-off. Drafted beside the
offer (draft_documents.py), its sentences answer only what the offer leaves unanswered, and only as the vendor's claim;
`mail_only` names those answers, which the follow-up letter asks the vendor to confirm in the offer."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.loader import load_drafting
from questions.models import Document, Evaluation

from .word_regex import alternation

SALES_EMAIL = "sales_email"
CLAIM = "vendor_claim"  # the most a sales e-mail's sentence drafts (draft_evidence.RANK)
_TOP_LINES = 12  # where an e-mail's headers stand
_ENDING_LINES = 8  # where its sign-off stands


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    spec = load_drafting()["sales_mail"]
    words = lambda key: alternation(spec[key])  # noqa: E731
    header = re.compile(rf"(?:{words('headers')})\s*:\s*\S", re.IGNORECASE)
    greeting = re.compile(rf"(?:{words('greetings')})\b", re.IGNORECASE)
    sign_off = re.compile(rf"(?:{words('sign_offs')})\b", re.IGNORECASE)
    return header, greeting, sign_off, int(spec["max_words"])


def reads_as_email(text: str) -> bool:
    """Whether a text reads as an e-mail or letter: two header lines at its top, or a short text that opens with a
    greeting and has a sign-off in its last lines."""
    header, greeting, sign_off, most = _rules()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if sum(bool(header.match(line)) for line in lines[:_TOP_LINES]) >= 2:
        return True
    if len(text.split()) > most:
        return False
    body = [line for line in lines if not header.match(line)]
    return bool(body) and bool(greeting.match(body[0])) and any(sign_off.search(line) for line in body[-_ENDING_LINES:])


def header_line(line: str) -> bool:
    """Whether a line is an e-mail's header ("Oggetto: R: Offerta"): no sentence the vendor says."""
    return bool(_rules()[0].match(line.strip()))


def mail_only(evaluation: Evaluation) -> list[str]:
    """The drafted answers whose every quote is a sales e-mail's sentence and none the offer's: the vendor's word, to be
    confirmed in the offer."""
    mails = [d.text for d in evaluation.documents if d.kind == SALES_EMAIL]
    offer = [d.text for d in evaluation.documents if d.kind not in (SALES_EMAIL, "reply")]
    if not mails:
        return []
    return [a.question for a in evaluation.answers if a.drafted and a.quotes
            and all(any(q in m for m in mails) and not any(q in o for o in offer) for q in a.quotes)]


def mails(documents: list[Document]) -> list[Document]:
    return [d for d in documents if d.kind == SALES_EMAIL]
