"""An offer's terms and its item rows answer what they are about, not the plant's problem nor how fast it decides.

"Installation: Within 3 weeks of material receipt at site, subject to machine availability during shutdown" is a
condition of the vendor's work, no downtime the plant cannot explain and no availability the vendor commits to;
"Software subscription is billed annually in advance", under "Terms and conditions", warns of nothing; a row of the
scope of supply ("| 6 | Web dashboard, mobile app & WhatsApp alerts | 1 Lot | Unlimited users |") sells a licence to
as many users as the plant likes, no one who sees a stop within minutes (walk70, walk71). A line is a term where it
opens on one of drafting.yaml `offer_terms.labels` and its colon ("5. Installation: ...", "Zahlung: ..."), or lies
under a heading naming the terms (`headings`, up to the next heading); such a line drafts no answer of `questions`. An
item row (a table's row naming a quantity, `quantity`) drafts no answer of `row_questions`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .draft_evidence import drop_unbacked
from .draft_rules import draft_data
from .word_regex import alternation

if TYPE_CHECKING:
    from .draft_evidence import Evidence
    from .draft_pass import Pass
    from .text import Reading

_NUMBERED = r"^[\s\-•*|]*(?:\d+(?:\.\d+)*[.)]?\s*|[a-z][.)]\s+)?"  # "5. ", "12.3 ", "b) "


def _words(phrases: list[str]) -> str:
    return alternation(str(p).lower() for p in phrases)


def terms(reading: Reading, seen: Pass) -> tuple[frozenset[str], frozenset[str]]:
    """The texts of the offer's term lines, and of its item rows."""
    rule = draft_data().get("offer_terms", {})
    label = re.compile(_NUMBERED + r"(?:" + _words(rule.get("labels", [])) + r")\s*:", re.IGNORECASE)
    heading = re.compile(r"(?<!\w)(?:" + _words(rule.get("headings", [])) + r")(?!\w)", re.IGNORECASE)
    quantity = re.compile(r"(?<!\w)(?:" + _words(rule.get("quantity", [])) + r")(?!\w)", re.IGNORECASE)
    lines, rows, under = set(), set(), False
    for sentence, role in zip(reading.sentences, seen.roles):
        text = sentence.text
        if role.heading:
            under = bool(heading.search(text))
            continue
        if under or label.match(text):
            lines.add(text)
        if (text.lstrip().startswith("|") or text.count(";") >= 2) and quantity.search(text):
            rows.add(text)
    return frozenset(lines), frozenset(rows)


def drop_terms(reading: Reading, seen: Pass, found: dict[str, Evidence], weighed: bool) -> None:
    """What a term line or an item row drafted for the questions it cannot answer, dropped (an option said
    elsewhere too keeps those sentences); the term lines kept on `seen.terms` for the text answers (draft_text.py).
    Not in a reply: its lines answer the round's questions."""
    seen.terms = frozenset()
    if not weighed:
        return
    rule = draft_data().get("offer_terms", {})
    lines, rows = terms(reading, seen)
    seen.terms = lines
    for questions, said in ((rule.get("questions", []), lines), (rule.get("row_questions", []), rows)):
        for qid in questions:
            ev = found.get(qid)
            for option in list(ev.options) if ev and said else []:
                ev.keep(option, lambda s: s not in said)
                drop_unbacked(found, qid, option, said.__contains__)
                ev.implied.discard(option) if option not in ev.options else None
