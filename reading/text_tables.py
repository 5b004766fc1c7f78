"""A pasted table's rows read as a PDF's are: each cell under the header of its column.

A PDF or DOCX table reaches the drafter as row lines "System: SAP ERP; Connector: OPC-UA"
(proposals/tables.py), which reading/draft_tables.py reads by their headers. A pasted text keeps its
Markdown rows as the vendor wrote them ("| SAP ERP | OPC-UA |", and tab- or space-aligned columns
written so by proposals/text_tables.py), so quotes, KPI tables and a reply's question-and-answer
table read the text itself; only the drafter's table reading gets each row in the header form.

A table, by layout alone: a line of two or more cells between bars, then (optionally) its rule line
"|---|---|", then one or more lines of as many cells (a grid table's "+-----+-----+" rules between them too).
Without a rule line the first line must look like a header (short labels, no figures:
proposals/tables.table_lines decides, as for a PDF's).
"""
from __future__ import annotations

import re

from proposals.tables import row_cells, table_lines

_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*|\+(?:[-=]{3,}\+)+")  # "|---|:---:|", "---|---"
_GRID = "+"  # a grid table's rule ("+------+------+") opens with it: one rules off each row, so the table goes on past it


def row_lines(texts: list[str]) -> dict[int, str]:
    """Each table row's index among the sentences `texts` -> its row line in the header form."""
    out: dict[int, str] = {}
    at, n = 0, len(texts)
    while at < n:
        header = _cells(texts[at])
        if len(header) < 2 or _RULE.fullmatch(texts[at]):
            at += 1
            continue
        marked = at + 1 < n and bool(_RULE.fullmatch(texts[at + 1]))
        end = start = at + 1 + marked
        while end < n and (_ruled_on(texts, end, len(header)) or (
                not _RULE.fullmatch(texts[end]) and len(_cells(texts[end])) == len(header))):
            end += 1
        for i in range(start, end):
            if _RULE.fullmatch(texts[i]):
                continue
            lines = table_lines([header, _cells(texts[i])], marked)
            if len(lines) == 1 and row_cells(lines[0]):  # a row under headers, not two lines of pairs
                out[i] = lines[0]
        at = max(end, at + 1)
    return out


def as_cells(line: str) -> str | None:
    """A pasted table's row as its cells read, the first naming the row and the others what it says of it ("| After the
    pilot | Vendor | Keeps the platform running |" -> "After the pilot: Vendor; Keeps the platform running"), as a quote
    shows it: the bars are the table's layout, no words of the vendor. None for a line that is no row between bars."""
    line = line.strip()
    if len(line) < 3 or line[0] != "|" or line[-1] != "|" or _RULE.fullmatch(line):
        return None
    found = [c for c in _cells(line) if c]
    if len(found) < 2:
        return None
    return f"{found[0].rstrip(':')}: " + "; ".join(found[1:])


def quoted_rows(texts: list[str]) -> dict[str, str]:
    """Each pasted table row among `texts` -> the row as a quote reads it: its cells (`as_cells`), a cell with no word
    after its header ("| Edge server patching | I | R |" under "| Activity | Supplier | Customer IT |": "Edge server
    patching: Supplier: I; Customer IT: R"), as a mark or a bare figure says nothing without the column it stands in."""
    headed = row_lines(texts)
    out = {}
    for at, text in enumerate(texts):
        pairs = row_cells(headed[at]) if at in headed else None
        read = (f"{pairs[0][1]}: " + "; ".join(c if _WORD.search(c) else f"{h}: {c}" for h, c in pairs[1:])
                if pairs and len(pairs) > 1 else as_cells(text) if "|" in text else None)
        if read:
            out.setdefault(text, read)
    return out


_WORD = re.compile(r"[^\W\d_]{3}")  # a run of letters a cell says something in ("Vendor"), not a mark ("R", "x")


def _ruled_on(texts: list[str], at: int, width: int) -> bool:
    """A grid table's rule between two of its rows: a row as wide as the header follows it."""
    return texts[at].startswith(_GRID) and bool(_RULE.fullmatch(texts[at])) and at + 1 < len(texts) \
        and len(_cells(texts[at + 1])) == width


def _cells(text: str) -> list[str]:
    """A line's cells between bars ("| OEE | 54 % |" or "OEE | 54 %"), or [] for a line with no bar."""
    if "|" not in text:
        return []
    found = [c.strip() for c in text.strip().split("|")]
    return found[1 if found and not found[0] else 0:-1 if len(found) > 1 and not found[-1] else None]
