"""A plain text's tables laid out by tabs or by aligned spaces, written with bars before tidying.

Tidying (layout.py) reads every run of spaces and tabs as one space, so a table pasted from a
spreadsheet ("System<TAB>Protocol<TAB>Direction") or typed with aligned columns

    System      Protocol    Direction
    SAP ERP     RFC         into SAP
    QMS         REST        both ways

would become lines of words whose columns nobody can tell apart. Written as Markdown rows
("| System | Protocol | Direction |") it reads as a pasted Markdown table does: one row a line,
its cells apart (reading/text_tables.py gives each cell its header). Found by layout alone:
at least three lines in a row that split into the same number of cells (two or more), by tabs,
or by runs of two or more spaces that start each column at the same place on every line.
"""
from __future__ import annotations

import re

_MIN_LINES = 3
_GAP = re.compile(r" {2,}|\t")  # a column break in an aligned line
_SPACES = re.compile(r"\S(?: {2,})\S")  # a text with no such run and no tab holds no aligned table
_SLACK = 1  # a column may start one place off (a hand-typed table)


def with_bars(text: str) -> str:
    """`text` with each tab- or space-aligned table's lines written as "| cell | cell |" rows."""
    if "\t" not in text and not _SPACES.search(text):  # most texts: one scan in C, nothing to do
        return text
    lines = text.split("\n")
    out, at = [], 0
    while at < len(lines):
        rows = _table_at(lines, at)
        if rows:
            out += ["| " + " | ".join(cells) + " |" for cells in rows]
            at += len(rows)
        else:
            out.append(lines[at])
            at += 1
    return "\n".join(out)


def _table_at(lines: list[str], at: int) -> list[list[str]]:
    """The cells of each line of the table that starts at line `at`, or [] when none does."""
    first = _columns(lines[at])
    if first is None:
        return []
    tabbed = "\t" in lines[at].strip()
    rows = [first]
    for line in lines[at + 1:]:
        found = _columns(line)
        if found is None or len(found) != len(first) or ("\t" in line.strip()) != tabbed \
                or not (tabbed or _aligned(first, found)):
            break
        rows.append(found)
    return [[cell for _start, cell in row] for row in rows] if len(rows) >= _MIN_LINES else []


def _columns(line: str) -> list[tuple[int, str]] | None:
    """(where each cell starts, its text) of a line of two or more cells, or None. A line that already
    holds a bar is some other table's, or prose: left as it is."""
    if "|" in line or not line.strip():
        return None
    cells, start = [], 0
    for gap in _GAP.finditer(line):
        if line[start:gap.start()].strip():
            cells.append((start, line[start:gap.start()].strip()))
        start = gap.end()
    if line[start:].strip():
        cells.append((start, line[start:].strip()))
    return cells if len(cells) >= 2 else None


def _aligned(first: list[tuple[int, str]], row: list[tuple[int, str]]) -> bool:
    """Every column after the first starts where the first line's does."""
    return all(abs(a - b) <= _SLACK for (a, _), (b, _) in zip(first[1:], row[1:]))
