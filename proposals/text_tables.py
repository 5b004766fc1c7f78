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
or by runs of two or more spaces that start each column at the same place on every line; or into
the same number of three or more by semicolons, as a spreadsheet saves its rows as text
("System;Direction;Interface"), which unwrapping would otherwise join into one line.
"""
from __future__ import annotations

import re

from .tables import header_like, row_cells
from .text_cells import rows_joined

_MIN_LINES = 3
_GAP = re.compile(r" {2,}|\t")  # a column break in an aligned line
_NAMED = re.compile(r"\w")  # a first cell names something: a letter or a figure
_RULE = re.compile(r"[-=]{3,}")
_RULE_LINE = re.compile(r"[-=]{3,}(?:[ \t]+[-=]{3,})+")  # "--------   -------"
_MARKER = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4})[.)]|\d{1,3}(?:\.\d{1,3})+")
_SLACK = 1  # a column may start one place off (a hand-typed table)
_BAND_CELLS = 3  # lines of this many cells alike at least are a table's rows, each cell within its column's band
_RULE_ROW = re.compile(r"(?<=\| )[-=]{3,}(?= \|)")  # "------  -----" under a header: a Markdown rule "| --- | --- |"
_CUT = ";"  # a spreadsheet's column break when its rows are saved as text
_CUT_CELLS = 3  # two cells apart by a semicolon are as often two clauses of a sentence


# a table drawn in box characters ("│ 10 │ Security │ ... │", "├────┼────┤", as some mail and terminal tools draw
# one) is read as the same table drawn in ASCII, one character for one: tidying then keeps its rows and cells apart
_BOX = str.maketrans({**dict.fromkeys("\u2502\u2503\u2551", "|"), **dict.fromkeys("\u2500\u2501\u2550", "-"),
                      **dict.fromkeys("\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u250f\u2513"
                                      "\u2517\u251b\u2523\u252b\u2533\u253b\u254b\u2554\u2557\u255a\u255d"
                                      "\u2560\u2563\u2566\u2569\u256c", "+")})
_BOXED = re.compile("[\u2500-\u256c]")


def with_bars(text: str) -> str:
    """`text` with each tab- or space-aligned table's lines written as "| cell | cell |" rows, a table drawn in box
    characters in ASCII, and a row whose cells wrap over lines of their own as one line (text_cells.py)."""
    text = rows_joined(_in_ascii(text) if _BOXED.search(text) else text)  # a wrapped row as one line
    if "\t" not in text and "  " not in text and _CUT not in text:  # most texts: a scan in C, nothing to do
        return text
    lines = text.split("\n")
    out, at = [], 0
    while at < len(lines):
        rows, spans = _table_at(lines, at) if "\t" in lines[at] or "  " in lines[at] else ([], 0)
        rows, spans = (rows, spans) if rows else _cut_at(lines, at)
        if rows:
            out += [_RULE_ROW.sub("---", "| " + " | ".join(cells) + " |") for cells in rows]
            at += spans
        else:
            out.append(lines[at])
            at += 1
    return "\n".join(out)


def _in_ascii(text: str) -> str:
    """A table drawn in box characters in ASCII: only lines with two or more of them (a row between its bars, a rule),
    not a name that holds one ("Monitizer│PRESCRIBE")."""
    return "\n".join(line.translate(_BOX) if len(_BOXED.findall(line)) >= 2 else line for line in text.split("\n"))


def _table_at(lines: list[str], at: int) -> tuple[list[list[str]], int]:
    """The cells of each row of the table that starts at line `at` and the lines it spans, or ([], 0)."""
    first = _columns(lines[at])
    if first is None:
        return [], 0
    tabbed = "\t" in lines[at].strip()
    rows, end = [[cell for _start, cell in first]], at + 1
    ways = None  # how each column after the first lines up in every row so far: by its start, its end or inside
    for line in lines[at + 1:]:
        found = _columns(line)
        if found is None and not tabbed and _goes_on(line, first, rows[-1]):
            end += 1  # a cell wrapped onto a line of its own, under its column
            continue
        if found is None or len(found) != len(first) or ("\t" in line.strip()) != tabbed:
            break
        if not tabbed:
            lined = _aligned(first, found)
            if lined is None:
                break
            ways = lined if ways is None else [a & b for a, b in zip(ways, lined)]
            if not all(ways):  # one row's column starts under its header, another's ends there: no column
                break
        rows.append([cell for _start, cell in found])
        end += 1
    return (rows, end - at) if len(rows) >= _MIN_LINES else ([], 0)


def _cut_at(lines: list[str], at: int) -> tuple[list[list[str]], int]:
    """The cells of each row of a table whose cells are apart by semicolons that starts at line `at`, and the lines it
    spans, or ([], 0): at least three lines cut into as many cells, the first a header (short labels, no figures, as
    proposals/tables.py knows one): clauses of sentences cut alike ("we fit the sensors; we train your team; ...") head
    none."""
    first = _cut(lines[at])
    if not first or not header_like(first, len(first)) or first[-1].endswith("."):  # a sentence ends in its last cell
        return [], 0
    rows = [first]
    for line in lines[at + 1:]:
        found = _cut(line)
        if len(found) != len(first):
            break
        rows.append(found)
    return (rows, len(rows)) if len(rows) >= _MIN_LINES else ([], 0)


def _cut(line: str) -> list[str]:
    """A line's cells apart by semicolons (a last one closing the row), [] for a line of fewer than three, with a bar,
    a first cell that names nothing, or a row already under its headers ("System: SAP PM; Interface: BAPI")."""
    if line.count(_CUT) < _CUT_CELLS - 1 or "|" in line or row_cells(line.strip()):
        return []
    cells = [c.strip() for c in line.strip().split(_CUT)]
    cells = cells[:-1] if not cells[-1] else cells
    return cells if len(cells) >= _CUT_CELLS and _NAMED.search(cells[0]) else []


def _goes_on(line: str, first: list[tuple[int, str]], row: list[str]) -> bool:
    """A line of one cell, indented to a column after the first: the wrapped end of the row above's cell there."""
    text = line.strip()
    if not text or "|" in line or _GAP.search(text) or _RULE.fullmatch(text):
        return False  # a rule under a column ("-----------" above a total) is no cell's wrapped words
    start = len(line) - len(line.lstrip())
    column = next((i for i, (at, _) in enumerate(first) if i and abs(at - start) <= _SLACK), None)
    if column is None:
        return False
    row[column] = f"{row[column]} {text}"
    return True


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
    first = cells[0][1] if cells else ""
    if len(cells) < 2 or not (_NAMED.search(first) or _RULE_LINE.fullmatch(line.strip())) \
            or (_MARKER.fullmatch(first) and len(cells) == 2):
        return None  # a quote mark, a bullet or a list's number before indented text ("> ", "-  ", "2.  "): no column;
    return cells  # an item number before cells of their own ("1.6   Integration   1   lot   6,200") is a row's first cell


_BAND = frozenset({"band"})


def _aligned(first: list[tuple[int, str]], row: list[tuple[int, str]]) -> list[frozenset[str]] | None:
    """How every column after the first lines up with the first line's: it starts where that one does, ends where it
    does or sits inside it (None when a column does none); a table's rows must line a column up the same way
    (_table_at). In a table of three or more columns, a column starts anywhere between its column's start and the
    next one's: a PDF's text sets a figure right under "Price (EUR)" a place or two off (walk 75: a PDF offer's scope
    table)."""
    if len(first) >= _BAND_CELLS:
        starts = [a for a, _ in first[1:]] + [10 ** 6]
        inside = all(a - _SLACK <= b < after - _SLACK for a, after, (b, _) in zip(starts, starts[1:], row[1:]))
        return [_BAND] * (len(first) - 1) if inside else None
    ways = [frozenset(way for way, holds in (("start", abs(a - b) <= _SLACK),
                                             ("end", abs(a + len(x) - b - len(y)) <= _SLACK),
                                             ("inside", a <= b <= b + len(y) <= a + len(x))) if holds)
            for (a, x), (b, y) in zip(first[1:], row[1:])]
    return ways if all(ways) else None
