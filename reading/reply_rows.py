"""A reply's table of links or signals read as a proposal's: each row given to the drafter as one row line, each cell
under its column's header ("System: SAP S/4HANA PP; Interface: OData, every 15 min; Direction: from MES into SAP;
Owner: Nordheide SAP team (M. Brandt)"), so drafting's table reader (draft_tables.py) reads each cell whole: the owner
cell is the link's owner, the direction cell alone its direction, and the row drafts its link, not the answers its
cells' words would draft in prose. Which tables: those whose header drafting.yaml's `tables` reads as one, pasted
with bars, tabs or aligned columns (proposals/text_tables.py writes them with bars) or as row lines already."""
from __future__ import annotations

from functools import lru_cache

from .text_tables import row_lines


@lru_cache(maxsize=8)  # read for the drafter's lines and again for the sentences its rows hold
def header_rows(read: str, received: str, tables) -> dict[int, str]:
    """Each line of `read` (the reply as its sentences were read, the same length as `received`) that is a row of a
    table `tables` (drafting's TableRules) reads, by its start -> its row line, each cell as the reply wrote it (a
    title's full stop the reading spaced out put back: "M. Brandt"); a header line of such a table -> "" (a header
    drafts nothing)."""
    if tables is None or "|" not in read:
        return {}
    starts, at = [], 0
    written = read if read == received else "".join(c if c != " " or r != "." else r for c, r in zip(read, received))
    lines = written.split("\n")
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    out: dict[int, str] = {}
    found = row_lines(lines)
    for i, line in sorted(found.items()):
        if tables.row(line) is not None:
            out[starts[i]] = line
            if i - 1 not in found:  # a table's first row: the header above it
                out.setdefault(starts[_header_at(lines, i)], "")
    return out


def _header_at(lines: list[str], first: int) -> int:
    """The header line above a table's first row: the line before it, or before its rule line."""
    above = first - 1
    return above - 1 if above > 0 and set(lines[above].replace(" ", "")) <= set("|-:=+") else above


def row_of(rows: dict[int, str], read: str, start: int) -> tuple[int, str] | None:
    """(its line's start, its row line) of a sentence starting at `start` in a table row or header; None elsewhere."""
    line = read.rfind("\n", 0, start) + 1
    return (line, rows[line]) if line in rows else None


def row_line(tables, sentence) -> tuple[int, str] | None:
    """A sentence that is a table's row line as written ("System: SAP PM; Interface: BAPI; Owner: ..."), as `row_of`."""
    return (sentence.start, sentence.text) if tables is not None and tables.row(sentence.text) else None


def in_rows(texts: list[tuple[str, str]], tables, said: list[tuple]) -> frozenset[str]:
    """The texts of the sentences of `said` (sentence, ...) that are a row line themselves, or stand in a row or header
    of a table `tables` reads in a reply of `texts` (each as read and as received): with several replies a sentence is
    looked for at its offsets in each, as the sentences of all the replies are read together (reply_drafting.py)."""
    rows = [(header_rows(read, received, tables), read) for read, received in texts]
    return frozenset(s.text for s, *_ in said if row_line(tables, s) or any(
        row_of(found, read, s.start) and s.start < len(read) for found, read in rows))
