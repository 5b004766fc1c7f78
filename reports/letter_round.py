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
from datetime import date
from typing import Callable

from plaintext.chars import sentence
from questions.models import DOCUMENT_KINDS, Evaluation, Round
from reading.documents import OCR_SAID, PASTED, Citations
from scoring.round_quotes import quotes_settle
from scoring.rounds import GAP_SAID

from . import common as c
from .letter_words import ENGLISH, letter_language, letter_words

WIDTH = 78
MAX_REPLY_QUOTES = 2
UNSIGNED = "[your name]"


@dataclass(frozen=True)
class Asked:
    number: int
    text: str
    why: list[str]  # "Your proposal speaks of AI, but as we read it: no ...": the label gaps it comes from
    quotes: list[tuple[str, str, str]]  # (lead, quote, where): "Your proposal says:", or the reply's when asked again


@dataclass(frozen=True)
class Letter:
    subject: str
    greeting: str
    intro: str
    questions: list[Asked]
    closing: list[str]
    language: str = ENGLISH  # questions/letter_languages.yaml's code
    in_english: tuple[int, ...] = ()  # the questions whose wording has no translation into it yet, sent in English

    def say(self, key: str) -> str:
        """One of the letter's fixed words in its language ("Subject", "Why we ask")."""
        return letter_words().say(key, self.language)

    def lead(self, key: str) -> str:
        """A lead with its colon as the language sets it ("Why we ask:", "Pourquoi nous le demandons :")."""
        return self.say(key) + self.say("colon")


def letter(evaluation: Evaluation, round_: Round, language: str | None = None) -> Letter:
    """What every format of the round's letter says, in the same order, in `language` (by default the language of
    the offer's documents): its wording and each question's text where questions/letter_languages.yaml has them."""
    words, language = letter_words(), language or letter_language(evaluation)
    say = lambda key, **fields: words.say(key, language, **fields)  # noqa: E731
    vendor, proposal = c.name(evaluation.vendor), c.name(evaluation.proposal)
    cite = Citations(evaluation.documents).cite
    earlier = next((r for r in evaluation.rounds if r.number == round_.number - 1 and r.replied), None)
    replied = {q.topic: q.quotes[:MAX_REPLY_QUOTES] for q in earlier.questions} if earlier else {}

    def said(lead: str, quotes: list[str]) -> list[tuple[str, str, str]]:
        cited = [cite(quote) for quote in quotes]
        where = [words.source(_for_vendor(c.one_line(at)), language) for at in cited]
        return [(say(_lead(lead, at)) + say("colon"), _as_said(c.one_line(quote)), place)
                for quote, at, place in zip(quotes, cited, where)]
    asked = [Asked(n, *_worded(q, language),
                   # a question asked again says what the reply gave on it, so the vendor sees the letter read it
                   said("reply_said", replied.get(q.topic, [])) + said("proposal_says", q.proposal_quotes))
             for n, q in enumerate(round_.questions, 1)]
    # the day the reply states; of a round answered in several messages, the last one's (the KPI figures sent later)
    dated = earlier and max([r.replied_on for r in earlier.replies if r.replied_on] or [earlier.replied_on],
                            key=lambda day: day or date.min)
    thanks = (say("thanks_reply_dated", replied=dated.isoformat(), date=earlier.sent_at.isoformat(),
                  proposal=proposal) if dated else
              say("thanks_reply", date=earlier.sent_at.isoformat(), proposal=proposal) if earlier
              else say("thanks_proposal", proposal=proposal))
    later = say("later", number=str(round_.number)) if round_.number > 1 else ""
    intro = say("intro", thanks=thanks, later=later) if asked else say("intro_none", thanks=thanks)
    return Letter(subject=say("subject", proposal=proposal, number=str(round_.number)),
                  greeting=say("greeting", vendor=vendor) if vendor else say("greeting_unnamed"), intro=intro,
                  questions=asked, closing=[*([say("specific"), ""] if asked else []), say("regards"),
                                            c.name(round_.sent_by or evaluation.evaluator) or UNSIGNED],
                  language=language, in_english=tuple(sent_in_english(round_, language)))


def _worded(question, language: str) -> tuple[str, list[str]]:
    """A question's text and why it is asked in the language; both as it was sent, in English, where a part of
    either has no wording in it yet."""
    text, why = letter_words().question(c.one_line(question.text), language), _why(question, language)
    if text is None or None in why:
        text, why = c.one_line(question.text), _why(question)
    return text, [c.one_line(s) for s in why]


def sent_in_english(round_: Round, language: str) -> list[int]:
    """The numbers of the round's questions a letter in the language says in English: no wording for them yet."""
    words = letter_words()
    return [n for n, q in enumerate(round_.questions, 1)
            if words.question(c.one_line(q.text), language) is None or None in _why(q, language)]


def _why(question, language: str = ENGLISH) -> list[str | None]:
    """Why the question is asked, unless the offer's sentences quoted under it state what a gap says is missing."""
    settled = quotes_settle(question.topic, question.proposal_quotes, question.given)
    return [] if settled else why_asked(question.comes_from, language)


_GAP = re.compile(re.escape(GAP_SAID).replace(r"\{label\}", "(?P<label>.+?)").replace(r"\{missing\}", "(?P<missing>.+)"))


def why_asked(comes_from: list[str], language: str = ENGLISH) -> list[str | None]:
    """What the vendor is told of why a question is asked: each label gap as 'Your proposal speaks of AI /
    machine learning, but as we read it: no clear use case tied to a plant problem.' (None where what it misses has
    no wording in the language). A risk flag or an unanswered question is the buyer's own reading (the question
    itself asks it), so the vendor is not told it."""
    found = [m for m in map(_GAP.fullmatch, comes_from) if m]
    said = [letter_words().why(m["label"], m["missing"], language) for m in found]
    return [sentence(s) if s is not None else None for s in said]


def _lead(lead: str, cited: str) -> str:
    """How a quote is led in: the offer's ("Your proposal says"), or the vendor's answers to our questionnaire's."""
    answers = DOCUMENT_KINDS["questionnaire"]
    return "answers_say" if lead == "proposal_says" and cited.startswith(answers) else lead


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


def as_text(evaluation: Evaluation, round_: Round, language: str | None = None) -> bytes:
    """The letter as plain text to paste into an e-mail."""
    found = letter(evaluation, round_, language)
    lines = [f"{found.lead('subject_line')} {found.subject}", "", found.greeting, "", *_wrap(found.intro), ""]
    for q in found.questions:
        pad = " " * (len(str(q.number)) + 2)
        lines += _wrap(q.text, f"{q.number}. ", pad)
        for lead, quote, source in q.quotes:
            lines += _wrap(f"{lead} {c.quoted(quote, source)}", pad, pad)
        lines += [line for why in q.why for line in _wrap(f"{found.lead('why_we_ask')} {why}", pad, pad)]
        lines.append("")
    lines += [line for part in found.closing for line in _wrap(part)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def as_markdown(evaluation: Evaluation, round_: Round, language: str | None = None) -> bytes:
    from .md import esc
    found = letter(evaluation, round_, language)
    lines = [f"# {esc(found.subject)}", "", esc(found.greeting), "", esc(found.intro), ""]
    for q in found.questions:
        lines.append(f"{q.number}. {esc(q.text)}")
        lines += [f"    - {esc(lead)} {esc(c.quoted(quote, source))}" for lead, quote, source in q.quotes]
        lines += [f"    - *{esc(found.lead('why_we_ask'))}* {esc(why)}" for why in q.why]
    lines += ["", *[esc(part) + "  " for part in found.closing], ""]
    return "\n".join(lines).encode("utf-8")


def as_json(evaluation: Evaluation, round_: Round, language: str | None = None) -> bytes:
    """The round itself, as the evaluation file holds it (its questions as sent, in English), with the letter's
    subject and language."""
    found = letter(evaluation, round_, language)
    data = {"subject": found.subject, "language": found.language, **round_.model_dump(mode="json")}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def as_docx(evaluation: Evaluation, round_: Round, language: str | None = None) -> bytes:
    """A Word letter the buyer can edit before sending."""
    from docx import Document as Docx
    from docx.shared import Pt
    found = letter(evaluation, round_, language)
    doc = Docx()
    doc.core_properties.title = found.subject
    doc.core_properties.language = found.language
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
            doc.add_paragraph(f"{lead} {c.quoted(quote, source)}").paragraph_format.left_indent = Pt(18)
        for why in q.why:
            note = doc.add_paragraph().add_run(f"{found.lead('why_we_ask')} {why}")
            note.italic = True
            note.font.size = Pt(9)
            note._parent.paragraph_format.left_indent = Pt(18)
    for part in found.closing:
        doc.add_paragraph(part)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def as_pdf(evaluation: Evaluation, round_: Round, language: str | None = None) -> bytes:
    from .pdf import GREY, INK, ReportPDF
    found = letter(evaluation, round_, language)
    words = letter_words()
    pdf = ReportPDF(found.subject[:70], found.say("pdf_footer"),
                    lambda n, total: words.say("page_of", found.language, number=str(n), total=str(total)))
    pdf.set_title(found.subject)
    pdf.set_creator("Winnow")
    pdf.set_lang(found.language)
    pdf.add_page()
    pdf.para(found.subject, 14, "B")
    pdf.ln(3)
    for text in (found.greeting, found.intro):
        pdf.para(text)
        pdf.ln(2)
    for q in found.questions:
        pdf.para(f"{q.number}. {q.text}", 10, "B", INK)
        for lead, quote, source in q.quotes:
            pdf.para(f"{lead} {c.quoted(quote, source)}", 9, "I", GREY, indent=6)
        for why in q.why:
            pdf.para(f"{found.lead('why_we_ask')} {why}", 8.5, colour=GREY, indent=6)
        pdf.ln(2)
    for part in found.closing:
        pdf.para(part)
        pdf.ln(1)
    pdf.number_pages()
    return bytes(pdf.output())


ROUND_LETTERS: dict[str, tuple[Callable[..., bytes], str, str]] = {  # (evaluation, round, language=None) -> bytes
    "text": (as_text, "text/plain", "txt"),
    "md": (as_markdown, "text/markdown", "md"),
    "docx": (as_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "pdf": (as_pdf, "application/pdf", "pdf"),
    "json": (as_json, "application/json", "json"),
}
