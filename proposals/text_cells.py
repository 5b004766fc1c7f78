"""A plain-text table's cells, and the lines a wrapped row spans.

    +----+----------+--------------------------------------------+
    | 10 | Security | One edge box behind the OT firewall.       |
    |    |          | Outbound only, HTTPS 443; no inbound ports. |
    +----+----------+--------------------------------------------+

A line of a table whose rows open with a bar goes on the row above where its first cell is blank and its text
ends in the column the line above ends in (a cell wrapped in its column). In a table ruled between its rows
("+----+----+" above each of three rows at least) a line between two rules goes on the row with its first cell
written too. A word of an earlier column on such a line must be in lower case (a label wrapped in its narrow
column: "After the / pilot"); one opening in capitals or a figure is a row of its own ("|    | Maximo | Ms Novak |"),
but in a grid table, whose every ruled-off part has one line with its first cell written, where a label wraps in
capitals too ("Human / Review").
`rows_joined` writes each wrapped row as one line, each cell's lines joined (a pasted or uploaded text, before
tidying); reading/reply_cells.py reads the same rows in a text it must keep at its length.
"""
from __future__ import annotations

import re

RULE = re.compile(r"[ \t]*[+|]?[ \t]*:?[-=]{3,}[-=+|: \t]*")  # "+-----+----+", "|---|:---|", "-----+-----"
RULED_ROWS = 3  # rules above this many rows at least: every row is ruled off


def cells(line: str, at: int = 0) -> list[tuple[int, int]]:
    """A table line's cells as (start, end) offsets of their text, `at` where the line starts (start == end: a blank
    cell); [] for a line with no bar. A line opening with a bar has its first cell after that bar."""
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    if not bars:
        return []
    opened = not line[:bars[0]].strip()
    edges = ([] if opened else [-1]) + bars + ([len(line)] if line[bars[-1] + 1:].strip() else [])
    out = []
    for left, right in zip(edges, edges[1:]):
        cell = line[left + 1:right]
        lead = len(cell) - len(cell.lstrip())  # a blank cell: its start and end at its end
        out.append((at + left + 1 + lead, at + left + 1 + max(lead, len(cell.rstrip()))))
    return out


def blocks(text: str) -> list[list[tuple[int, str, list]]]:
    """The text's tables: runs of lines holding a bar or ruling one, each (line start, line, its cells: [] for a
    rule)."""
    out, block, at = [], [], 0
    for line in text.split("\n"):
        if RULE.fullmatch(line) and line.strip():
            block.append((at, line, []))
        elif "|" in line:
            block.append((at, line, cells(line, at)))
        elif block:
            out.append(block)
            block = []
        at += len(line) + 1
    return out + ([block] if block else [])


def last(found: list[tuple[int, int]]) -> int:
    """The index of a line's last cell with text (-1: none)."""
    return max((i for i, (s, e) in enumerate(found) if e > s), default=-1)


def wrapped(text: str, block: list[tuple[int, str, list]]) -> list[tuple[int, int]]:
    """(row line, line going on it) index pairs in `block`, of a table whose rows open with a bar."""
    if sum(1 for _at, line, found in block if found and line.lstrip().startswith("|")) < 2:
        return []
    ruled = sum(1 for a, b in zip(block, block[1:]) if not a[2] and b[2]) >= RULED_ROWS
    strict = ruled and _one_head_each(block)
    out, row, above = [], None, None
    for i, (_at, _line, found) in enumerate(block):
        if not found:  # a rule: the row ends
            row = above = None
            continue
        k = last(found)
        if k < 0:
            continue  # a spacer line inside a row
        goes_on = (above is not None and len(found) == len(above) and k == last(above)
                   and (ruled or found[0][0] == found[0][1])
                   and (strict or all(s == e or text[s].islower() for s, e in found[:k])))
        if goes_on:
            out.append((row, i))
        else:
            row = i
        above = found
    return out


def _one_head_each(block: list[tuple[int, str, list]]) -> bool:
    """Whether each ruled-off part of a table opens one row only: no two of its lines have a first cell written (a grid
    table, whose every line between two rules is one row, its labels wrapped in capitals too: "Human / Review")."""
    heads = 0
    for _at, _line, found in block:
        if not found:
            heads = 0
        elif found[0][1] > found[0][0]:
            heads += 1
            if heads > 1:
                return False
    return True


def rows_joined(text: str) -> str:
    """`text` with each wrapped table row written as one line, each cell's lines joined by a space."""
    if "|\n" not in text and "| \n" not in text:  # a wrapped cell's line ends with its bar (most texts: no table)
        return text
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    at_line = {start: n for n, start in enumerate(starts)}
    merged: dict[int, list[list[str]]] = {}  # row line number -> its cells' texts, line by line
    gone: set[int] = set()
    for block in blocks(text):
        for row, more in wrapped(text, block):
            first = at_line[block[row][0]]
            merged.setdefault(first, [[text[s:e] for s, e in block[row][2]]])
            merged[first].append([text[s:e] for s, e in block[more][2]])
            gone.add(at_line[block[more][0]])
    if not merged:
        return text
    out = []
    for n, line in enumerate(lines):
        if n in merged:
            columns = zip(*merged[n])
            indent = line[:len(line) - len(line.lstrip())]
            out.append(indent + "| " + " | ".join(" ".join(p for p in parts if p) for parts in columns) + " |")
        elif n not in gone:
            out.append(line)
    return "\n".join(out)
