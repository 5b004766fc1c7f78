"""Tables read row by row: each row one line, its cells under their column headers.

    Area: Maintenance; System: SAP PM; Direction: into SAP; Method: BAPI

A row is one unit of meaning, so the sentence reader (which ends a sentence at a line break)
reads it as one sentence, and the drafter can tell its columns apart (reading/draft_tables.py
parses the same form back with `row_cells`). Rows are apart by a blank line: no line
unwrapping can join two rows, nor a row to the prose around the table.
PDF tables come from pdfplumber, opened only for pages whose drawing holds ruling lines.
"""
from __future__ import annotations

import io
import re
import time

from .layout import tidy

PAIR, SEPARATOR = ": ", "; "
_MAX_HEADER_WORDS, _MAX_HEADER_CHARS = 5, 40
_RULINGS = re.compile(rb"\s(?:re|l)\s")  # rectangles and line segments in a page's drawing
_MIN_RULINGS = 6  # a table has at least a few; a coloured bar or one underline is no table
_TABLE_SECONDS = 8.0  # pdfplumber takes ~0.2 s a page: past this, pages keep their tables as words,
# so a long PDF that rules every page still reads within the worker's time limit (limits.py)


def cell_text(text: str | None) -> str:
    """One line; ';' would read as a column break and a closing '.' as a sentence's end."""
    text = " ".join((text or "").split()).replace(";", ",")
    return text.rstrip(".").strip()


def table_lines(rows: list[list[str | None]], marked_header: bool = False) -> list[str]:
    """The rows of a table as lines: 'Header: cell; ...' under a header row, 'Key: value' for a
    two-column table without one, else cells joined by '; '. Empty cells and rows are skipped."""
    rows = [[cell_text(c) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    if len(rows) > 1 and header_like(rows[0], width) and (width > 2 or marked_header):
        headers = [h.rstrip(":") for h in rows[0]]
        return [SEPARATOR.join(f"{h}{PAIR}{c}" if h else c for h, c in zip(headers, row) if c) for row in rows[1:]]
    if width == 2:
        return [PAIR.join(c for c in row if c) for row in rows]
    return [SEPARATOR.join(c for c in row if c) for row in rows]


def header_like(row: list[str], width: int) -> bool:
    """Short labels in every column, no figures, no sentences: 'Area', 'Sample interval'."""
    return len(row) == width and len(set(row)) == len(row) and all(
        c and len(c) <= _MAX_HEADER_CHARS and len(c.split()) <= _MAX_HEADER_WORDS
        and not any(ch.isdigit() for ch in c) and c[-1] not in "!?" for c in row)


def _header(head: str) -> bool:
    """A column header as a row line writes it: a short label, as headers are read (`_MAX_HEADER_*`)."""
    return bool(head) and len(head) <= _MAX_HEADER_CHARS and len(head.split()) <= _MAX_HEADER_WORDS


def row_cells(line: str) -> list[tuple[str, str]] | None:
    """('Area', 'Maintenance'), ... of a row line with headers, or None for any other line."""
    parts = line.split(SEPARATOR)
    if len(parts) < 2:
        return None
    pairs = [part.partition(PAIR) for part in parts]
    if any(not sep or not cell or not _header(head) for head, sep, cell in pairs):
        return None  # "LIMS (REST API, from LIMS, owner: QA lab manager)" in prose: no header before its colon
    return [(head, cell) for head, _, cell in pairs]


def block(lines: list[str]) -> str:
    """A table's lines as a block of the page's text: a blank line before, between and after."""
    return "\n\n".join(lines)


# --- PDF ---------------------------------------------------------------------------------

def may_hold_table(page) -> bool:
    """A cheap look at a pypdf page's drawing: enough rectangles or line segments for a ruled table.
    A page of prose draws none, so pdfplumber (twenty times slower than pypdf) never opens it."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:  # a broken stream: its text was read or not, but it is no table we can find
        return False
    return len(_RULINGS.findall(data, 0)) >= _MIN_RULINGS


def with_tables(data: bytes, reader, texts: list[str]) -> list[str]:
    """Each page's text, with the rows of its tables in place of the table's words on pages that
    hold tables; other pages as they are."""
    candidates = [i for i, (page, text) in enumerate(zip(reader.pages, texts)) if text and may_hold_table(page)]
    if not candidates:
        return texts
    import pdfplumber

    texts, until = list(texts), time.monotonic() + _TABLE_SECONDS
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i in candidates:
                if time.monotonic() > until:
                    break
                page_text = _page_with_tables(pdf.pages[i])
                if page_text is not None:
                    texts[i] = page_text
    except MemoryError:
        raise
    except Exception:  # pdfplumber failing on a page pypdf read: keep pypdf's text, tables as words
        pass
    return texts


def _page_with_tables(page) -> str | None:
    """The page's text top to bottom: prose bands read by pdfplumber, each table as its rows."""
    tables = sorted((t for t in page.find_tables() if len(t.rows) > 1), key=lambda t: t.bbox[1])
    if not tables:
        return None
    parts, top = [], page.bbox[1]
    for table in tables:
        x0, t_top, x1, t_bottom = table.bbox
        if t_top < top:  # overlapping tables: the first one read keeps the words
            continue
        parts.append(_text(page, top, t_top))
        parts.append(_text(page, t_top, t_bottom, table.bbox))  # words beside the table
        parts.append(block(table_lines(table.extract(), _bold(page, table))))
        top = t_bottom
    parts.append(_text(page, top, page.bbox[3]))
    return "\n\n".join(p for p in parts if p)


def _text(page, top: float, bottom: float, table_bbox=None) -> str:
    """Prose between two heights, less the table's own words when a table is given."""
    if bottom - top < 1:
        return ""
    band = page.crop((page.bbox[0], top, page.bbox[2], bottom), strict=False)
    if table_bbox is not None:
        band = band.outside_bbox(table_bbox, strict=False)
    return tidy(band.extract_text() or "", unwrap=True)


def _bold(page, table) -> bool:
    """Whether the table's first row is set in a bold face, as a header row usually is."""
    chars = page.crop(table.rows[0].bbox, strict=False).chars
    return bool(chars) and all("bold" in (c.get("fontname") or "").lower() for c in chars)
