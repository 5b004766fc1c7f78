"""A KPI stated as a table: "Metric | Today | Target" over "Unplanned downtime | 46 h/month |
30 h/month". The header's cells label each column's values (reading/kpi_block.py role: today's, the
target, or another site's); a row with one value under today's column and one under the target's,
in one unit, is a measure (reading/kpi_block.py row). A row with one of them missing ("not measured",
"-", "not committed") is none, nor is a year. A row the table marks as committed ("Contractual: yes")
comes before the others, one it marks as not ("no (depends on your crew)") after them.

An extracted table arrives line by line; a pasted one may arrive joined ("... | 6 months Unplanned
downtime | 46 h/month | ..."): a row's last cell and the next row's first share one piece between two
bars. Every row has as many cells as the header, so the rows are found again by counting bars.
"""
from __future__ import annotations

import re
from dataclasses import replace

from proposals.tables import row_cells

from .kpi_block import Row, block_rows, bracket_unit, comma_unit, firm, role, row, value
from .kpi_numbers import DIGIT
from .phrases import normalise, tokens
from .quantities import Quantity, quantities

_MOST_COLUMNS = 8


def table_rows(lines: list[str], kind=lambda name: False) -> list[Row]:
    """The rows of a table under a header that labels a today and a target column. `kind(name)`: the
    name is a kind of measure (a header's first cell may name the measure of rows that name things)."""
    return _by_line(lines, kind) or _joined(" ".join(lines))


def labelled_rows(lines: list[str], kind=lambda name: False) -> list[Row]:
    """Rows whose cells name themselves, with no header above them: "KPI: thermal energy | Ist: 28
    kWh/hl | Ziel (vertraglich): 22 kWh/hl"; a record line is read whole (`record`). Each line is the only one that
    states its measures (their `lines`: its index), for their names are its own, not words of the rows beside it, and
    another table's rows state none of them."""
    return [found for at, line in enumerate(lines)
            for found in ([replace(r, lines=(at,)) for r in record(line, kind)]
                          or [replace(r, lines=(at,)) for r in block_rows(cells(line))])]


def record(line: str, kind=lambda name: False) -> list[Row]:
    """The one measure of a table's row written as a record, each cell after its column's header ("Measure: Time to
    retrieve a lot's history; Today: 40 min; Target: under 1 min", as proposals/tables.py writes a PDF's rows): the
    first cell names it, whatever its length, and the values under today's and the target's headers are its own, never
    another row's. [] for a line that is no such record."""
    pairs = _record(line)
    if not pairs:
        return []
    headers = [head for head, _cell in pairs]
    return [found for _key, found in _under([cell for _head, cell in pairs], _roles(headers), headers, kind)]


def cells(line: str) -> list[str]:
    """A line's cells, without the empty ones its outer bars make ("| OEE | 54 % |"); a line with no bar is cut at its
    tabs or semicolons, as a Word table's row or a spreadsheet's comes ("KPI; Unit; Baseline; Target")."""
    mark = "|" if "|" in line else "\t" if "\t" in line else ";"
    found = [c.strip() for c in line.split(mark)]
    return found[1 if found and not found[0] else 0:-1 if len(found) > 1 and not found[-1] else None]


def table_lines(lines: list[str]) -> list[int]:
    """The indices of the lines a table may hold: every line with a bar, a record whose headers label a today and a
    target (`record`), and a line cut at tabs or semicolons only under such a line that is a labelled header, as wide as
    it (prose with semicolons, "hardware EUR 238,000; ...", is none)."""
    found, width, counted = [], 0, {}
    for at, line in enumerate(lines):
        if line not in counted:  # a line said again: its cells and whether it heads a table are its text's alone
            count = len(cells(line))
            counted[line] = count, count >= 3 and is_header(line), count >= 3 and bool(_record(line))
        count, header, record = counted[line]
        width = count if header else width if count == width else 0
        if "|" in line or width or record:
            found.append(at)
    return found


def _record(line: str) -> list[tuple[str, str]] | None:
    """(header, cell) of a record line whose headers label a today and a target value ("Measure: ...; Today: 14
    t/year; Target: below 3 t/year"), else None."""
    pairs = "; " in line and row_cells(line)
    return pairs if pairs and len(pairs) >= 3 and _roles([head for head, _cell in pairs]) else None


def is_header(line: str) -> bool:
    """A table's header that labels a today and a target column ("KPI; Unit; Baseline (line 3); Target after 6
    months"): a qualifier in its cells names the column ("line 3", "after 6 months"), its numbers are no values."""
    found = cells(line)
    if len(found) < 3:  # most lines: one cell, no header (tested first, before each cell is measured)
        return False
    if _record(line):
        return False  # "Measure: ...; Today: 14 t/year; Target: ...": a row whose cells carry their headers, no header
    # a header's cells are short labels: prose cut at its semicolons ("KPI: builds failing CT ... down to fewer than 8;
    # second, CT scans ...") is none
    return all(len(c.split()) <= _HEADER_WORDS for c in found) and bool(_roles(found))


_HEADER_WORDS = 6  # "Target after 6 months", "Baseline (line 3, 2025)"


def _roles(header: list[str]) -> list[str] | None:
    """Each column's role when the header labels a today and a target column, else None."""
    said = [""] + [role(tokens(normalise(c))) for c in header[1:]]
    return said if "today" in said and "target" in said else None


def labels_values(header: list[str]) -> bool:
    """Whether a header row labels a today and a target column ("| Measure | Today | Target month 9 | How measured |")."""
    return len(header) >= 3 and _roles(header) is not None


def _by_line(lines: list[str], kind) -> list[Row]:
    found = _headed(lines, kind)
    return [r for _key, r in sorted(found.values(), key=lambda f: f[0])]


def headed_lines(lines: list[str], kind=lambda name: False) -> dict[int, Row]:
    """Line index -> the measure its row states, of the rows under the first header that labels a today and a target
    column (`table_rows`, by line): where a reply's rows are its own sentences, each row is read where it stands."""
    return {at: r for at, (_key, r) in _headed(lines, kind).items()}


def _headed(lines: list[str], kind) -> dict[int, tuple[int, Row]]:
    rows = [cells(line) for line in lines]
    for at, header in enumerate(rows):
        roles = len(header) >= 3 and not _record(lines[at]) and _roles(header)
        if not roles:
            continue
        found, end = {}, at + 1
        for end, cells_ in enumerate(rows[at + 1:], at + 1):
            if len(cells_) != len(header):
                break
            found.update({end: read for read in _under(cells_, roles, header, kind)})
        else:
            end = len(rows)
        # each measure stated by its own table, the header and the rows as wide as it: another table's rows further on
        # (a price sheet's "| Software licence | 86,400 EUR |") state none of it
        own = tuple(range(at, end))
        return {below: (key, replace(r, lines=own)) for below, (key, r) in found.items()}
    return {}


def bare_row(cells_: list[str]) -> Row | None:
    """A row of measures with no header to say which value is which, in the order a question on the KPI asks them
    ("from what baseline to what target"): the metric in words, perhaps a cell of its unit alone, today's value, the
    target ("| Batches written off | batches/month | 7 | 3 | HACCP deviation log |"); what follows is not read."""
    if len(cells_) < 3 or _NUMBERED.match(cells_[0]) or not re.search(r"[^\W\d_]", cells_[0]):
        return None
    label, after_comma = comma_unit(cells_[0])
    rest, unit = cells_[1:], bracket_unit(label) or after_comma
    if is_unit(rest[0]):
        rest, unit = rest[1:], unit or rest[0].lower()
    today, target = (value(c) for c in (rest + ["", ""])[:2])
    return row(_BRACKET.sub("", label).strip().lower(), today, target, unit) if today and target else None


def is_unit(cell: str) -> bool:
    """Whether a cell holds a unit and nothing else ("batches/month", "EUR/month", "%", "h", "stops per quarter",
    "kg"): a figure of it would be one quantity over all its words, of a kind other than a count of things unless per
    something or a symbol, short and without a vowel ("kWh", "pcs"; not a system's acronym, "SAP", nor a word, "yes")."""
    cell = cell.strip()
    if not cell or DIGIT.search(cell) or len(cell.split()) > _UNIT_WORDS:
        return False
    found = quantities(f"1 {cell}")
    per = "/" in cell or " per " in f" {cell.lower()} "
    symbol = len(cell) <= _SYMBOL and cell.isalpha() and not cell.isupper() and not _VOWEL.search(cell)
    share = found and found[0].kind == "percent" and _SHARE_OF.fullmatch(cell[found[0].end - 2:].strip())
    return len(found) == 1 and (found[0].end == len(cell) + 2 or per or bool(share)) \
        and (found[0].kind != "count" or per or symbol)


_NUMBERED = re.compile(r"\W*\d")  # a first cell that starts with a figure numbers its row ("| 3 | Security |")
_SHARE_OF = re.compile(r"of [^\W\d_]+(?: [^\W\d_]+)?")  # "% of cartons": a share of the things it counts
_UNIT_WORDS = 4  # "stops per quarter", "kWh per tonne of rod"
_SYMBOL = 3  # "kg", "kWh", "pcs": a unit's symbol is this short
_VOWEL = re.compile(r"[aeiou]", re.I)


def _under(cells_: list[str], roles: list[str], header: list[str], kind) -> list[tuple[int, Row]]:
    """(how firmly committed, the row's measure) of one row under a labelled header; a header whose first
    cell names a kind of measure ("First-pass yield (%)") names the measure of a row that names a thing
    ("Freeform lenses") and gives its unit."""
    said = {kind: next((q for c, r in zip(cells_, roles) if r == kind for q in [value(c)] if q), None)
            for kind in ("today", "target")}
    if not said["today"] or not said["target"]:
        return []
    label, after_comma = comma_unit(cells_[0])
    unit = bracket_unit(label) or after_comma or _unit_cell(cells_, roles) \
        or next((bracket_unit(h) for h, r in zip(header, roles) if r == "target"), "") or bracket_unit(header[0])
    name, measured = (_BRACKET.sub("", c).strip().lower() for c in (label, header[0]))
    name = f"{measured} of {name}" if kind(measured) and not kind(name) else name
    found = row(name, said["today"], said["target"], unit)
    aim = next(h for h, c, r in zip(header, cells_, roles) if r == "target" and value(c))
    return [(_commitment(cells_, roles), replace(found, firm=firm(tokens(normalise(aim)))))] if found else []


def _unit_cell(cells_: list[str], roles: list[str]) -> str:
    """The unit a row writes in a column of its own ("| Batches written off | batches/month | 7 | 3 |"), for its bare
    values; '' where it writes none."""
    return next((c.strip().lower() for c, r in zip(cells_[1:], roles[1:]) if not r and is_unit(c)), "")


def _commitment(cells_: list[str], roles: list[str]) -> int:
    """0 when a target column without a value says yes ("Contractual: yes"), 2 when it says no, else 1."""
    said = [tokens(normalise(c))[:1] for c, r in zip(cells_, roles) if r == "target" and not value(c)]
    return 0 if ["yes"] in said else 2 if ["no"] in said or ["not"] in said else 1


_BRACKET = re.compile(r"\([^)]*\)")


def _joined(text: str) -> list[Row]:
    """The rows of a table pasted as one piece (its lines joined)."""
    pieces = [p.strip() for p in text.split("|")]
    for columns in range(3, min(_MOST_COLUMNS, len(pieces)) + 1):
        roles = _roles(pieces[:columns])
        rows = roles and [found for start in range(columns - 1, len(pieces) - columns + 1, columns - 1)
                          for found in [_row(pieces[start:start + columns], roles, start == columns - 1)] if found]
        if rows:
            return rows
    return []


def _row(cells_: list[str], roles: list[str], first: bool) -> Row | None:
    """One row: its first cell (the end of a shared piece) names the metric; the last cell is the
    start of the piece it shares with the next row (or, for the first row, with the header)."""
    last = len(cells_) - 1
    at = [roles.index(kind) for kind in ("today", "target")]
    before, after = (_value(cells_[c], c == last) for c in at)
    if not before or not after:
        return None
    if after.unit and not before.unit and at[1] == last and _next_row(cells_[last]):
        after = replace(after, unit="")  # "3.8 | 2.1 First article inspection": a bare number, then a row
    named = (_after_header(cells_[0]) if first else _after_value(cells_[0])).split(",")[0]
    found = row(_BRACKET.sub("", named).strip().lower(), before, after, bracket_unit(named))
    return found and replace(found, firm=firm(tokens(normalise(cells_[at[1]]))))


def _next_row(piece: str) -> bool:
    """The piece's number is followed by a capitalised word and more: the next row's first cell."""
    said = piece.split()
    return len(said) > 2 and said[1][:1].isupper() and said[1].isalpha()


def _value(cell: str, shared: bool) -> Quantity | None:
    """The one quantity a cell holds (a year or a range is none); in a shared piece, the one it starts with."""
    if not shared:
        return value(cell)
    found = [q for q in quantities(cell) if q.kind != "year"]
    return found[0] if found and not found[0].start and not found[0].is_range else None


def _after_header(piece: str) -> str:
    """The first row's first cell out of the piece it shares with the header's last: from the first
    capital after the header's first word past any quantity the header cell ends in ("Goal after
    go-live Line stops" -> "Line stops", "Target after 6 months Unplanned downtime" -> "Unplanned
    downtime", "Target OEE line 2" -> "OEE line 2"), else what follows that quantity."""
    found = quantities(piece)
    words = piece.split()
    past = len(piece[:found[-1].end].split()) if found else 1
    at = next((i for i, w in enumerate(words) if i >= past and w[:1].isupper()), None)
    at = at if at is not None else next((i for i, w in enumerate(words) if i and w[:1].isupper()), None)
    if at is not None:
        return " ".join(words[at:])
    return _after_value(piece) if found else piece


def _after_value(piece: str) -> str:
    """A row's first cell out of the piece it shares with the row above: what follows that row's
    last value ("30 h/month Spare part stock-outs" -> "Spare part stock-outs")."""
    found = quantities(piece)
    return piece[found[0].end:].strip() if found else piece
