"""The vendor's documents as the reader takes them in, and where in them a quote comes from.

Every way in (a file, a pasted text, a version 1 file's one proposal text) ends as a Document
whose text is tidied once, the same way, so the same words read as the same sentences. A quote
is a sentence's text, a slice of one document's text: its citation ("Datasheet p. 4", "Proposal,
section 'Integration'") is found by looking the quote up, so it always follows the documents
the evaluation holds now; a pasted table's row, quoted as its cells read (text_tables.as_cells), is found by its row.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from proposals.layout import tidy
from proposals.text_tables import with_bars
from questions.loader import load_drafting
from questions.models import DOCUMENT_KINDS, PAGE_BREAK, Document, DocumentKind, Evaluation

from .system_names import names_of
from .text_tables import quoted_rows

if TYPE_CHECKING:  # annotations only: a document is made without loading the reader
    from .text import Reader

PASTED = "Pasted text"
CASE_STUDY = "case_study"  # another customer's case study, handed in as proof (case_studies.py)
_HEADING = re.compile(r"#{1,6} +(.+)|(\d+(?:\.\d+)*\.? +)?([A-Z][^.!?:;,|]{1,70})")  # '# Scope', '2.1 Integration', 'Scope'
# a numbered heading may list its topics with commas ("6. Security, Support and Training"); an unnumbered line
# with a comma is more often a salutation or a sentence cut short ("Dear Ms Carter,")
_NUMBERED_HEADING = re.compile(r"\d+(?:\.\d+)*\.? +([A-Z][^.!?:;|]{1,70}[^.!?:;,|])")
_MAX_HEADING_WORDS = 9


def digest(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8", "replace") if isinstance(data, str) else data).hexdigest()


def pasted(text: str, kind: DocumentKind = "proposal", name: str = PASTED) -> Document:
    """A pasted text read as the same text uploaded as a .txt file would be (line endings, wrapping)."""
    # columns kept apart; a reply's line breaks typed by its writer (a chat's short lines, each its own answer)
    text = tidy(with_bars(text.replace("\r\n", "\n").replace("\r", "\n")), unwrap=True, typed=kind == "reply")
    return Document(name=name, kind=kind, format="pasted", text=text, sha256=digest(text), system_names=names_of(text))


def from_file(name: str, kind: DocumentKind, extracted, data: bytes) -> Document:
    """An uploaded file's document, from proposals.extract_text's result."""
    return Document(name=name, kind=kind, format=extracted.kind, pages=extracted.pages,
                    ocr_pages=list(getattr(extracted, "ocr_pages", []) or []), text=extracted.text,
                    sha256=digest(data), system_names=names_of(extracted.text))


def with_document(evaluation: Evaluation, document: Document, reader: Reader) -> Evaluation:
    """`evaluation` with `document` added and the labels it brings added to the buyer's: those the documents'
    text uses with it and did not use before it. A label the earlier documents used was the buyer's to keep or
    remove, so a later document never adds back one they removed; every way in (a paste, each file) adds alike."""
    after = evaluation.model_copy(update={"documents": [*evaluation.documents, document]})
    before = set(reader.read(evaluation.proposal_text).labels)
    brought = [label for label in reader.read(after.proposal_text).labels if label not in before]
    return after.model_copy(update={"labels": list(dict.fromkeys([*evaluation.labels, *brought]))})


_NUMBERED = re.compile(r"(?<=[^\W\d_])(?=\d)")


def _hinted(name: str) -> DocumentKind | None:
    """The kind words in a file's name say (drafting.yaml document_names), the first listed that one names."""
    words = name.lower().replace("_", " ").replace("-", " ").replace(".", " ")
    words = _NUMBERED.sub(" ", words)  # "Zalacznik1", "Anlage2": a kind's word with its number glued on
    return next((kind for kind, hints in load_drafting()["document_names"].items() for hint in hints
                 if hint in words.split() or " " in hint and hint in words), None)


def kind_from_name(name: str, first: bool) -> DocumentKind:
    """The kind a file's name suggests; else the first document is the proposal, the others 'other'."""
    return _hinted(name) or ("proposal" if first else "other")


def kind_read(kind: DocumentKind, name: str, text: str, offer: list[Document] = ()) -> DocumentKind:
    """A guessed kind (`kind`, from the name) once the file is read, the first file added too, where its name names
    no kind: one that opens as another customer's case study and goes on to a price table a price sheet, its case study
    drafted as one (case_studies.parts, draft_documents.py); one whose title names it a case study of a customer the
    `offer`'s documents do not name as the buyer another customer's case study (case_studies.py); one whose lines with
    figures are mostly priced rows a price sheet (fees.py), unless its prose speaks as an offer to the buyer
    (offer_prose.py: a short quote with a price table); one that reads as an e-mail or letter beside an offer a sales
    e-mail (sales_mail.py: its word binds less than the offer's); one whose rows answer a list of questions the vendor's
    answers to the buyer's questionnaire (questionnaire.py). A kind its name names stays."""
    from .case_studies import case_studies  # the reader's rules, loaded only once a file is read
    from .fees import fees
    from .offer_prose import offer_prose
    from .questionnaire import QUESTIONNAIRE, reads_as_questionnaire
    from .sales_mail import SALES_EMAIL, reads_as_email

    if _hinted(name) is not None:
        return kind
    if any(d.kind != SALES_EMAIL for d in offer) and reads_as_email(text):
        return SALES_EMAIL
    if reads_as_questionnaire(text):
        return QUESTIONNAIRE
    if case_studies().parts(text, offer)[0]:
        return "price_sheet"
    if case_studies().is_case_study(text, offer):
        return CASE_STUDY
    return "price_sheet" if fees().price_sheet(text) and not offer_prose().offered(text) else kind


def offer_missing(documents: list[Document]) -> bool:
    """Whether every document with text is another customer's case study: the vendor's offer itself is still missing."""
    said = [d for d in documents if d.text.strip()]
    return bool(said) and all(d.kind == CASE_STUDY for d in said)


def kinds_from_names(names: list[str], first: bool) -> list[DocumentKind]:
    """The kinds of files added together: each its name's (kind_from_name), the first of them the proposal only
    when no other names itself one ("cover_letter_scan.pdf" beside "technical_proposal.docx" is not a second
    proposal, however it was ordered)."""
    hinted = [kind_from_name(name, False) for name in names]
    if first and names and hinted[0] == "other" and "proposal" not in hinted:
        hinted[0] = "proposal"
    return hinted


def titles(documents: list[Document]) -> list[str]:
    """How each document is named in a citation: its kind ('Datasheet') when it is the only one of
    its kind, else its kind and file name ('Datasheet pump.pdf'); an other document always by its
    file name too, as "Other document" alone tells the buyer nothing of which file to open."""
    kinds = [d.kind for d in documents]
    return [DOCUMENT_KINDS[d.kind] if kinds.count(d.kind) == 1 and d.kind != "other"
            else _kind_and_name(DOCUMENT_KINDS[d.kind], d.name) for d in documents]


def _kind_and_name(kind: str, name: str) -> str:
    """'Datasheet pump.pdf'; a name that already says its kind alone ('Reply to round 1', not 'Reply Reply to ...')."""
    return name if name.casefold().startswith(kind.casefold()) else f"{kind} {name}"


OCR_SAID = ", read by OCR"  # after a page read by OCR: the buyer's cue to check names and figures


class Citations:
    """Where each quote of an evaluation comes from, in its documents as they are now."""

    def __init__(self, documents: list[Document]):
        self.documents = documents
        self.titles = titles(documents)
        self._breaks = [None] * len(documents)  # each document's page-break offsets, found when first asked
        self._headings = [None] * len(documents)
        self._starts, at = [], 0  # where each document starts in Evaluation.proposal_text (-1: blank, not in it)
        for document in documents:
            blank = not document.text.strip()
            self._starts.append(-1 if blank else at)
            at += 0 if blank else len(document.text) + 2

    def at(self, offset: int) -> str:
        """Where the sentence at `offset` of Evaluation.proposal_text (all documents' text) comes from."""
        for i in range(len(self.documents) - 1, -1, -1):
            if 0 <= self._starts[i] <= offset:
                return self._where(i, offset - self._starts[i])
        return ""

    def cite(self, quote: str) -> str:
        """'Datasheet p. 4', 'Datasheet p. 4, read by OCR', 'Proposal, section "Integration"', or ''
        when no document holds the quote (typed by the buyer, or its document was removed)."""
        for i, document in enumerate(self.documents):
            at = document.text.find(quote) if quote else -1
            at = _rows(document.text).get(quote, -1) if at < 0 and quote else at
            if at >= 0:
                return self._where(i, at)
        return ""

    def _where(self, i: int, at: int) -> str:
        document, title = self.documents[i], self.titles[i]
        if document.pages:
            page = self._page(i, at)
            return f"{title} p. {page}" + (OCR_SAID if page in document.ocr_pages else "")
        heading = self._heading(i, at)
        return f"{title}, section \u201c{heading}\u201d" if heading else title

    def _page(self, i: int, at: int) -> int:
        if self._breaks[i] is None:
            text = self.documents[i].text
            self._breaks[i] = [m.start() for m in re.finditer(PAGE_BREAK, text)]
        return bisect_right(self._breaks[i], at) + 1

    def _heading(self, i: int, at: int) -> str:
        if self._headings[i] is None:
            self._headings[i] = _headings(self.documents[i].text)
        starts, names = self._headings[i]
        found = bisect_right(starts, at) - 1
        return names[found] if found >= 0 else ""


@lru_cache(maxsize=64)
def _rows(text: str) -> dict[str, int]:
    """Each pasted table row's cells as a quote reads them (text_tables.quoted_rows) -> where the row starts in the text."""
    if "|" not in text:
        return {}
    lines, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((line.strip(), at + len(line) - len(line.lstrip())))
        at += len(line) + 1
    reads, found = quoted_rows([line for line, _at in lines]), {}
    for line, start in lines:
        if line in reads:
            found.setdefault(reads[line], start)
    return found


def section_starts(text: str) -> list[int]:
    """Where each of the text's sections starts: its heading lines' offsets."""
    return list(_headings(text)[0])


@lru_cache(maxsize=64)
def _headings(text: str) -> tuple[list[int], list[str]]:
    """Each heading line's offset and words: a Markdown heading, or a short capitalised line with no
    closing stop that a longer line follows (Word headings come out of python-docx as such lines). The
    line that follows is the next one with words: a table under its heading, a Word table's rows or a sheet's
    under the sheet's name, stands a blank line apart from it."""
    starts, names, at = [], [], 0
    lines = text.split("\n")
    nexts = _next_with_words(lines)
    for line, following, after in zip(lines, nexts, _next_with_words(nexts)):
        name = _heading_name(line, following, after)
        if name:
            starts.append(at)
            names.append(name)
        at += len(line) + 1
    return starts, names


def _next_with_words(lines: list[str]) -> list[str]:
    """For each line, the first line after it that is not blank ('' for none), in one pass from the end."""
    out, after = [], ""
    for line in reversed(lines):
        out.append(after)
        after = line if line.strip() else after
    return out[::-1]


def _heading_name(line: str, following: str, after: str = "") -> str:
    """The line as a section's name, or "". A numbered heading ("3. Servizi di assistenza e manutenzione") names its
    section over a shorter first line too, and a line right above one is no heading of its own (walk82: the quote under
    "3. ..." was cited under the offer's title line before it)."""
    found = _HEADING.fullmatch(line)
    if found and found.group(1):
        return found.group(1).strip()
    named = found.group(3) if found else _numbered_name(line)
    numbered = bool(_numbered_name(line)) and not _numbered_name(following)  # not one item of a numbered list
    heads = _numbered_name(following) and not _numbered_name(after)  # the next line a numbered heading of its own
    if not named or len(named.split()) > _MAX_HEADING_WORDS or _signed(line, following) \
            or (len(following) <= len(line) and not numbered) or heads:
        return ""
    return line.strip()


def _signed(line: str, following: str) -> bool:
    """A sign-off's name over the signature that opens with it and goes on with a capitalised word ("Graham" over
    "Graham Whitlock | Senior Solutions Architect"): no section name."""
    name = line.strip()
    return following.startswith(name + " ") and following[len(name) + 1:][:1].isupper()


def _numbered_name(line: str) -> str:
    found = _NUMBERED_HEADING.fullmatch(line)
    return found.group(1) if found else ""
