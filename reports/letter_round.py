"""A clarification round's letter to the vendor: plain e-mail text, Markdown, DOCX (for the buyer to
edit), PDF and JSON. Each question once, numbered, with why it is asked where a label the proposal uses
lacks its substance (said to the vendor, not the buyer's own flags and counts) and, where it asks about
the proposal's own words, the sentences quoted with their document and page."""
from __future__ import annotations

import io
import json
import re
import textwrap
from dataclasses import dataclass
from typing import Callable

from plaintext.chars import sentence
from questions.models import DOCUMENT_KINDS, Evaluation, Round
from reading.documents import OCR_SAID, PASTED, Citations
from scoring.rounds import GAP_SAID

from . import common as c

WIDTH = 78
PROPOSAL_SAYS, REPLY_SAID = "Your proposal says", "We asked this before; your reply said"
MAX_REPLY_QUOTES = 2
UNSIGNED = "[your name]"


@dataclass(frozen=True)
class Asked:
    number: int
    text: str
    why: list[str]  # "Your proposal speaks of AI, but as we read it: no ...": the label gaps it comes from
    quotes: list[tuple[str, str, str]]  # (lead, quote, where): "Your proposal says", or "Your reply said" when asked again


@dataclass(frozen=True)
class Letter:
    subject: str
    greeting: str
    intro: str
    questions: list[Asked]
    closing: list[str]


def letter(evaluation: Evaluation, round_: Round) -> Letter:
    """What every format of the round's letter says, in the same order."""
    vendor, proposal = c.name(evaluation.vendor), c.name(evaluation.proposal)
    cite = Citations(evaluation.documents).cite
    earlier = next((r for r in evaluation.rounds if r.number == round_.number - 1 and r.replied), None)
    replied = {q.topic: q.quotes[:MAX_REPLY_QUOTES] for q in earlier.questions} if earlier else {}

    def said(lead: str, quotes: list[str]) -> list[tuple[str, str, str]]:
        return [(lead, _as_said(c.one_line(quote)), _for_vendor(c.one_line(cite(quote)))) for quote in quotes]
    # a question asked again says what the reply gave on it, so the vendor sees the letter read it
    asked = [Asked(n, c.one_line(q.text), [c.one_line(s) for s in why_asked(q.comes_from)],
                   said(REPLY_SAID, replied.get(q.topic, [])) + said(PROPOSAL_SAYS, q.proposal_quotes))
             for n, q in enumerate(round_.questions, 1)]
    of = f" of {earlier.replied_on.isoformat()}" if earlier and earlier.replied_on else ""  # the day the reply states
    thanks = (f"Thank you for your reply{of} to our questions of {earlier.sent_at.isoformat()} on \u201c{proposal}\u201d."
              if earlier else f"Thank you for your proposal \u201c{proposal}\u201d.")
    later = f" (round {round_.number})" if round_.number > 1 else ""
    intro = (f"{thanks} Before we can decide on a first phase, we would like written answers to the questions "
             f"below{later}." if asked else f"{thanks} We have no open questions on it at this point.")
    return Letter(subject=f"{proposal}: questions, round {round_.number}",
                  greeting=f"Dear {vendor} team," if vendor else "Dear Sir or Madam,", intro=intro, questions=asked,
                  closing=[*(["Specific names, numbers, systems and owners will help us most; a general assurance "
                              "cannot close a question.", ""] if asked else []), "Kind regards,",
                           c.name(round_.sent_by or evaluation.evaluator) or UNSIGNED])


_GAP = re.compile(re.escape(GAP_SAID).replace(r"\{label\}", "(?P<label>.+?)").replace(r"\{missing\}", "(?P<missing>.+)"))


def why_asked(comes_from: list[str]) -> list[str]:
    """What the vendor is told of why a question is asked: each label gap as 'Your proposal speaks of AI /
    machine learning, but as we read it: no clear use case tied to a plant problem.' A risk flag or an
    unanswered question is the buyer's own reading (the question itself asks it), so the vendor is not told it."""
    found = [m for m in map(_GAP.fullmatch, comes_from) if m]
    return [sentence(f"Your proposal speaks of {m['label']}, but as we read it: {m['missing']}") for m in found]


def _for_vendor(source: str) -> str:
    """A citation as the vendor knows its documents: 'Proposal', not the buyer's 'Proposal Pasted text'; its own
    file by its name ('Preisblatt.pdf p. 1', not 'Other document Preisblatt.pdf p. 1, read by OCR': how the buyer
    read it is the buyer's concern)."""
    source = source.replace(f" {PASTED}", "", 1).replace(OCR_SAID, "")
    other = f"{DOCUMENT_KINDS['other']} "
    return source[len(other):] if source.startswith(other) else source


def _as_said(quote: str) -> str:
    """A table's row quoted as its cells, a semicolon apart ("Support, yearly; 12.960,00 EUR"), not with the pipes
    of the text it was read from."""
    row = quote.strip()
    if not (row.startswith("|") and row.endswith("|")):
        return quote
    return "; ".join(cell.strip() for cell in row.strip("|").split("|") if cell.strip())


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def as_text(evaluation: Evaluation, round_: Round) -> bytes:
    """The letter as plain text to paste into an e-mail."""
    found = letter(evaluation, round_)
    lines = [f"Subject: {found.subject}", "", found.greeting, "", *_wrap(found.intro), ""]
    for q in found.questions:
        pad = " " * (len(str(q.number)) + 2)
        lines += _wrap(q.text, f"{q.number}. ", pad)
        for lead, quote, source in q.quotes:
            lines += _wrap(f"{lead}: {c.quoted(quote, source)}", pad, pad)
        lines += [line for why in q.why for line in _wrap(f"Why we ask: {why}", pad, pad)]
        lines.append("")
    lines += [line for part in found.closing for line in _wrap(part)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def as_markdown(evaluation: Evaluation, round_: Round) -> bytes:
    from .md import esc
    found = letter(evaluation, round_)
    lines = [f"# {esc(found.subject)}", "", esc(found.greeting), "", esc(found.intro), ""]
    for q in found.questions:
        lines.append(f"{q.number}. {esc(q.text)}")
        lines += [f"    - {lead}: {esc(c.quoted(quote, source))}" for lead, quote, source in q.quotes]
        lines += [f"    - *Why we ask:* {esc(why)}" for why in q.why]
    lines += ["", *[esc(part) + "  " for part in found.closing], ""]
    return "\n".join(lines).encode("utf-8")


def as_json(evaluation: Evaluation, round_: Round) -> bytes:
    """The round itself, as the evaluation file holds it, with the letter's subject."""
    data = {"subject": letter(evaluation, round_).subject, **round_.model_dump(mode="json")}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def as_docx(evaluation: Evaluation, round_: Round) -> bytes:
    """A Word letter the buyer can edit before sending."""
    from docx import Document as Docx
    from docx.shared import Pt
    found = letter(evaluation, round_)
    doc = Docx()
    doc.core_properties.title = found.subject
    # the buyer's name, not python-docx's defaults ("python-docx", "generated by python-docx"): the vendor reads it
    signed = found.closing[-1] if found.closing[-1] != UNSIGNED else ""
    doc.core_properties.author = doc.core_properties.last_modified_by = signed
    doc.core_properties.comments = ""
    doc.add_heading(found.subject, level=1)
    for text in (found.greeting, found.intro):
        doc.add_paragraph(text)
    for q in found.questions:
        doc.add_paragraph(q.text, style="List Number")
        for lead, quote, source in q.quotes:
            doc.add_paragraph(f"{lead}: {c.quoted(quote, source)}").paragraph_format.left_indent = Pt(18)
        for why in q.why:
            note = doc.add_paragraph().add_run(f"Why we ask: {why}")
            note.italic = True
            note.font.size = Pt(9)
            note._parent.paragraph_format.left_indent = Pt(18)
    for part in found.closing:
        doc.add_paragraph(part)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def as_pdf(evaluation: Evaluation, round_: Round) -> bytes:
    from .pdf import GREY, INK, ReportPDF
    found = letter(evaluation, round_)
    pdf = ReportPDF(found.subject[:70])
    pdf.set_title(found.subject)
    pdf.set_creator("Winnow")
    pdf.add_page()
    pdf.para(found.subject, 14, "B")
    pdf.ln(3)
    for text in (found.greeting, found.intro):
        pdf.para(text)
        pdf.ln(2)
    for q in found.questions:
        pdf.para(f"{q.number}. {q.text}", 10, "B", INK)
        for lead, quote, source in q.quotes:
            pdf.para(f"{lead}: {c.quoted(quote, source)}", 9, "I", GREY, indent=6)
        for why in q.why:
            pdf.para(f"Why we ask: {why}", 8.5, colour=GREY, indent=6)
        pdf.ln(2)
    for part in found.closing:
        pdf.para(part)
        pdf.ln(1)
    pdf.number_pages()
    return bytes(pdf.output())


ROUND_LETTERS: dict[str, tuple[Callable[[Evaluation, Round], bytes], str, str]] = {
    "text": (as_text, "text/plain", "txt"),
    "md": (as_markdown, "text/markdown", "md"),
    "docx": (as_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "pdf": (as_pdf, "application/pdf", "pdf"),
    "json": (as_json, "application/json", "json"),
}
