"""Helpers shared by the AppTest and browser tests: widget keys, what a page shows, test PDFs."""
from __future__ import annotations

import io
import re

from fpdf import FPDF
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
from streamlit.testing.v1 import AppTest

from paths import ROOT

TEXT = ("markdown", "caption", "title", "header", "subheader", "error", "warning", "info", "success", "toast")


def key(eid: str, qid: str, part: str) -> str:
    """The Evaluate form's widget key for one part of one question's answer."""
    return f"ev:{eid}:{qid}:{part}"


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def raw_text(at) -> list[str]:
    """Every text element's source in an AppTest, as sent to the browser (Markdown escapes included)."""
    return [el.value for kind in TEXT for el in at.get(kind)]


def shown(at) -> str:
    """Roughly what the buyer reads: the sources with Markdown escapes removed."""
    return "\n".join(unescape(t) for t in raw_text(at))


def pdf_of(paragraphs: list[str]) -> bytes:
    """A real one-page PDF with these paragraphs, made with fpdf2."""
    return pdf_pages([paragraphs])


def pdf_pages(pages: list[list[str]], font_file: str | None = None, size: int = 11, leading: int = 6,
              gap: int = 2) -> bytes:
    """A real PDF with a text layer, a page per list of paragraphs, made with fpdf2: Helvetica, or the
    TrueType `font_file` for text beyond Latin-1; `leading` and `gap` in millimetres."""
    pdf = FPDF()
    if font_file:
        pdf.add_font("Body", fname=font_file)
    pdf.set_font("Body" if font_file else "Helvetica", size=size)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, leading, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)
    return bytes(pdf.output())


def pdf_with_content(content: bytes) -> bytes:
    """A one-page PDF whose page content is exactly `content` (compressed), with Helvetica as /F1."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def slow_pdf() -> bytes:
    """A small PDF that takes pypdf about 10 s to read: 100,000 text operators on one page."""
    return pdf_with_content(b"BT /F1 12 Tf 72 700 Td " + b"(slow) Tj 0 -1 Td " * 100_000 + b"ET")


def open_app(page: str | None = None, eid: str | None = None, timeout: int = 30) -> AppTest:
    """The app under AppTest, on a page (views/<page>.py), with ?id=eid; fails on any exception."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    if eid:
        at.query_params["id"] = eid
    at.run()
    if page:
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


NEW, IMPORT, SORTING = "library:new", "library:import", "library:sorting"  # the library's folds


def opened(at: AppTest, fold: str) -> AppTest:
    """The page after a click that opens this fold (its key): what it holds is drawn only while it is
    open (views/library.py)."""
    at.session_state[fold] = True
    at.run()
    assert not at.exception, at.exception
    return at
