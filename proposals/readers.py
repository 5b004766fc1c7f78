"""Read a PDF with pypdf and a DOCX with python-docx. Runs only in the worker process."""
from __future__ import annotations

import io
import logging

from .layout import join_pages, tidy
from .limits import PAGE_IMAGE_PIXELS, THIN_PAGE_CHARS
from .messages import pages_named
from .result import Refused
from .tables import block, table_lines, with_tables
from .text_tables import with_bars

_ENCRYPTED = "the PDF is encrypted; save an unprotected copy and upload that"
_INCOMPLETE = ("the PDF is incomplete: it stops before its end-of-file marker, so it was probably cut off "
               "during download or copying; download or export it again")
_DAMAGED_PDF = ("the PDF is damaged and could not be read (it starts like a PDF, but its contents are not valid PDF); "
                "open it in a PDF viewer and export a fresh copy, or ask the vendor for another one")
_SCANNED = ("no text could be read from the PDF, not even by OCR of its pages; if it is a scan, scan it again "
            "more clearly, or ask the vendor for a PDF with selectable text or a DOCX")
_DAMAGED_DOCX = "the Word document is damaged and could not be read; open it in Word and save a fresh copy"


def read_pdf(data: bytes, progress=None) -> dict:
    """The PDF's pages; pages without a text layer are read by OCR, and `progress(done, total)` hears of each."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not the buyer's business
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        _unlock(reader)
        texts, failed = _page_texts(reader)
        texts = with_tables(data, reader, texts)  # only pages whose drawing may hold a table
    except (Refused, MemoryError):
        raise
    except Exception:  # pypdf raises many types on broken input; what the buyer needs is below
        raise Refused(_INCOMPLETE if b"%%EOF" not in data[-1024:] else _DAMAGED_PDF) from None
    thin = {n: texts[n - 1] for n in _pictured(reader, texts, failed)}
    for n in thin:  # read as a scan; its few words (a footer, a page number) come back in the OCR's text
        texts[n - 1] = ""
    ocr_pages, warnings = _scanned(data, texts, failed, progress)
    for n, text in thin.items():
        texts[n - 1] = texts[n - 1] or text
    if not any(texts):
        raise Refused(_SCANNED)
    return {"text": join_pages(texts), "pages": len(texts), "warnings": _page_warnings(failed) + warnings,
            "ocr_pages": ocr_pages}


def _scanned(data: bytes, texts: list[str], failed: list[int], progress) -> tuple[list[int], list[str]]:
    """Pages without text read by OCR, in place; OCR is imported only for a PDF that has such pages."""
    if all(text or n in failed for n, text in enumerate(texts, start=1)):
        return [], []
    from .ocr import read_scanned_pages

    return read_scanned_pages(data, texts, failed, progress)


def _pictured(reader, texts: list[str], failed: list[int]) -> list[int]:
    """Pages whose text layer holds a line or two (a printed footer, a page number) on a page-sized image: a scanned or
    pasted page (walk 66: a customer story pasted as a picture was dropped without a word, its footer all that was read)."""
    return [n for n, text in enumerate(texts, start=1)
            if text and len(text) < THIN_PAGE_CHARS and n not in failed and _largest_image(reader.pages[n - 1]) >= PAGE_IMAGE_PIXELS]


def _largest_image(page) -> int:
    """The pixels of the page's largest image, from its resources' declared sizes (nothing decoded); 0 on any doubt."""
    try:
        images = page["/Resources"]["/XObject"].get_object()
        sizes = [int(x.get("/Width", 0)) * int(x.get("/Height", 0)) for x in (v.get_object() for v in images.values())
                 if x.get("/Subtype") == "/Image"]
    except Exception:  # no resources, no XObjects, a broken dictionary: no picture to read
        return 0
    return max(sizes, default=0)


def _unlock(reader) -> None:
    """Open a PDF encrypted with an empty user password (it only limits editing); refuse any other."""
    if not reader.is_encrypted:
        return
    try:
        opened = bool(reader.decrypt(""))  # PasswordType.NOT_DECRYPTED is 0
    except Exception:  # unsupported algorithm or broken encryption dictionary
        opened = False
    if not opened:
        raise Refused(_ENCRYPTED)


def _page_texts(reader) -> tuple[list[str], list[int]]:
    """Each page's tidied text, and the numbers of pages pypdf failed on; one bad page spoils no other."""
    texts, failed = [], []
    for number, page in enumerate(reader.pages, start=1):
        try:
            texts.append(tidy(with_bars(page.extract_text() or ""), unwrap=True))  # a space-aligned table's rows apart
        except MemoryError:
            raise
        except Exception:
            texts.append("")
            failed.append(number)
    if not texts:
        raise Refused("the PDF has no pages")
    if len(failed) == len(texts):
        raise Refused(_DAMAGED_PDF)
    return texts, failed


def _page_warnings(failed: list[int]) -> list[str]:
    return [f"{pages_named(failed)} could not be read (damaged); the other pages were"] if failed else []


def read_docx(data: bytes) -> dict:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        text = tidy("\n".join(_lines(document)), unwrap=False)  # Word paragraphs are real, never wrapped
    except MemoryError:
        raise
    except Exception:  # python-docx, lxml and zipfile each raise their own types on broken input
        raise Refused(_DAMAGED_DOCX) from None
    if not text:
        raise Refused("the Word document contains no text")
    return {"text": text, "pages": None, "warnings": []}


def _lines(container):
    """Paragraphs and table rows in document order; tables inside cells are flattened into the row."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block)
        else:
            yield block.text


def _table_lines(table):
    """The table's rows, one line each under their column headers (proposals/tables.py)."""
    rows = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell repeats in every column it spans
                seen.add(id(cell._tc))
                cells.append(" ".join(_lines(cell)))
        rows.append(cells)
    yield ""  # a blank line keeps the table apart from the paragraphs around it
    yield block(table_lines(rows, _marked_header(table)))
    yield ""


def _marked_header(table) -> bool:
    """A first row Word repeats on every page, or set all in bold: the author's header row."""
    from docx.oxml.ns import qn

    if not table.rows:
        return False
    first = table.rows[0]
    if first._tr.trPr is not None and first._tr.trPr.find(qn("w:tblHeader")) is not None:
        return True
    runs = [r for cell in first.cells for p in cell.paragraphs for r in p.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)
