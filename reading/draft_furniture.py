"""A page's furniture quoted as evidence: a table's header row ("KPI; Today; Target after 12 months") or a title or
heading ("PulseGuard Predictive Maintenance - Technical Proposal for ..."), which labels what comes under it and says
nothing itself. Left out of an answer's quotes wherever a sentence of the body backs the answer too."""
from __future__ import annotations

from collections.abc import Iterable
import re
from pathlib import Path

import yaml

from questions.loader import load_round_rules
from questions.models import Answer

from .draft_evidence import Evidence
from .draft_rules import draft_data
from .draft_specified import claims_but_specs
from .kpi_table import is_header
from .other_note import noted
from .sentence import Sentence
from .text_tables import quoted_rows

_ENDS = frozenset(".!?")  # a sentence ends on one; a title on none, but the stop of a company's form ("Weld Co.")
_SENTENCES = Path(__file__).resolve().parent.parent / "questions" / "sentences.yaml"  # where a sentence ends
_FORMS = frozenset(str(w) for w in yaml.safe_load(_SENTENCES.read_text(encoding="utf-8"))["may_end"][0])  # Inc, Co


def _mail_fields() -> re.Pattern:
    """A mail client's header line ("Subject: ...", "Asunto: ...", "Von: ..."), in the languages the reply reader knows:
    a proposal pasted from an e-mail names its topic there, which labels the message and says nothing itself. Not "A:"
    (an answer's mark in a questions-and-answers layout)."""
    rules = load_round_rules().paragraphs
    words = sorted({w for w in [*rules.headers, *rules.senders, *rules.recipients] if len(w) > 1}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})\s*:", re.IGNORECASE)


_MAIL = _mail_fields()
# a letter's courtesy opener, which presents the offer by its name as a title does (drafting.yaml courtesy)
_COURTESY = re.compile(r"(?:%s)\b" % "|".join(re.escape(str(p)).replace(r"\ ", r"\s+") for p in draft_data()["courtesy"]),
                       re.IGNORECASE)
# ... and the offer's title line wherever it stands, named by its kind ("Angebot: KI-gestützte Inline-Prüfung - Ihr
# Schritt zur Smart Factory", "Proposal: ..."; drafting.yaml document_names proposal) and ending on no stop
_OFFER_TITLE = re.compile(r"(?:%s)\s*:" % "|".join(map(re.escape, draft_data()["document_names"]["proposal"])), re.IGNORECASE)


def _header_block(sentences: list[Sentence]) -> list[Sentence]:
    """The mail header lines the text opens with (a title may stand above them): only there is "Subject: ..." the
    mail client's; further down a reply's "Subject: Data history" names the question the lines under it answer."""
    start = 1 if sentences and not _MAIL.match(sentences[0].text) else 0
    block = []
    for sentence in sentences[start:]:
        if not _MAIL.match(sentence.text):
            break
        block.append(sentence)
    return block


def mail_header(lines: list[Sentence]) -> set[str]:
    return {s.text for s in lines if _MAIL.match(s.text)}


def _title(line: str) -> bool:
    """The text's first line is its title where it ends on no stop, or on a company's form ("... for Weld Co.")."""
    line = line.rstrip()
    return bool(line) and (line[-1] not in _ENDS or line[:-1].rsplit(" ", 1)[-1] in _FORMS)


def without_furniture(answers: list[Answer], headings: Iterable[str], first: list[Sentence]) -> list[Answer]:
    """Each answer with its header rows, `headings` (the titles and headings read) and the text's `first` line where it
    ends on no stop (its title, however long; `first` holds it or nothing) left out of its quotes, where a quote of another kind
    remains; an answer resting on a heading alone keeps it ("06 Service level" over its terms)."""
    furniture = set(headings) | {s.text for s in first if _title(s.text)} | mail_header(first)
    out = []
    for answer in answers:
        kept = [q for q in answer.quotes if q not in furniture and not is_header(q)]
        if not kept or len(kept) == len(answer.quotes):
            out.append(answer)
            continue
        # a text answer made of its quotes says no more than the quotes it keeps
        said = {"text": " ".join(kept)} if answer.text and answer.text == " ".join(answer.quotes) else {}
        out.append(answer.model_copy(update={"quotes": kept, **said}))
    return out


def finished(drafted: list[Answer], sentences: list[Sentence], headed: Iterable[Evidence], claims: bool,
             datasheets: Iterable[str] = ()) -> list[Answer]:
    """The drafted answers as the buyer gets them: in a text that gives only the vendor's claim (`claims`), that, but
    for its specification lines and its `datasheets`' (draft_specified.py); and without the page's furniture among
    their quotes (`headed`: what its titles and headings named); an "Other" ticked with what it is as its note."""
    drafted = claims_but_specs(noted(drafted), sentences, datasheets) if claims else noted(drafted)
    headings = [q for ev in headed for q in ev.quotes] + [s.text for s in sentences if _COURTESY.match(s.text.lstrip())
                                                         or (_OFFER_TITLE.match(s.text.lstrip()) and _title(s.text))]
    drafted = without_furniture(drafted, headings, sentences[:1] + _header_block(sentences))
    rows = quoted_rows([s.text for s in sentences]) if any("|" in a.text or any("|" in q for q in a.quotes)
                                                            for a in drafted) else {}
    return [rows_read(a, rows) for a in drafted] if rows else drafted


def rows_read(answer: Answer, rows: dict[str, str]) -> Answer:
    """The answer with each pasted table row it quotes read as its cells (`rows`: text_tables.quoted_rows), in its
    quotes and in a text made of them: the buyer reads "After the pilot: Vendor; Keeps the platform running", not the
    table's bars."""
    read = {q: rows[q] for q in answer.quotes if q in rows}
    if not read:
        return answer
    text = answer.text
    for quote, cells in read.items():
        text = text.replace(quote, cells) if text else text
    return answer.model_copy(update={"quotes": [read.get(q, q) for q in answer.quotes], "text": text})
