"""A KPI stated as a table: "Metric | Today | Target" over "Unplanned downtime | 46 h/month |
30 h/month". The header's cells say which column is today's value and which the target (the
words of drafting.yaml kpi.table); a row with one quantity in each, in one
unit, is a measure. A row with one of them missing ("not measured", "-") is none, nor is a year.

A pasted table's lines arrive joined ("... | 6 months Unplanned downtime | 46 h/month | ..."): a
row's last cell and the next row's first share one piece between two bars. Every row has as many
cells as the header, so the rows are found again by counting bars.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .draft_rules import draft_data
from .phrases import PhraseSet, normalise, tokens
from .quantities import Quantity, quantities

_MOST_COLUMNS = 8


@dataclass(frozen=True)
class Row:
    metric: str
    unit: str
    baseline: float
    target: float


@lru_cache(maxsize=1)
def header_words() -> tuple[PhraseSet, PhraseSet]:
    """The words of a KPI table's today column and of its target column (drafting.yaml kpi.table)."""
    words = draft_data()["kpi"]["table"]
    return tuple(PhraseSet({str(w): [(tag, "")] for w in words[tag]}) for tag in ("today", "target"))


def table_rows(text: str) -> list[Row]:
    """The rows of a table (its lines joined) under a header naming a today and a target column."""
    today, aims = header_words()
    pieces = [p.strip() for p in text.split("|")]
    for columns in range(3, min(_MOST_COLUMNS, len(pieces)) + 1):
        header = _columns(pieces[:columns], today, aims)
        rows = header and [row for start in range(columns - 1, len(pieces) - columns + 1, columns - 1)
                           for row in [_row(pieces[start:start + columns], header, start == columns - 1)] if row]
        if rows:
            return rows
    return []


def labelled_rows(lines: list[str]) -> list[Row]:
    """Rows whose cells name themselves, with no header above them: "KPI: thermal energy | Ist: 28
    kWh/hl | Ziel (vertraglich): 22 kWh/hl" (the last cell may run on into the next line)."""
    today, aims = header_words()
    rows = []
    for line in lines:
        cells = [c.strip() for c in line.split("|")]
        said = [_labelled(c, i == len(cells) - 1) for i, c in enumerate(cells)]
        now = next((q for i, (label, q) in enumerate(said) if i and q and today.find(label)), None)
        aim = next((q for i, (label, q) in enumerate(said) if i and q and q is not now and aims.find(label)), None)
        metric = cells[0].rsplit(":", 1)[-1].strip().lower()
        if now and aim and now.unit == aim.unit and now.value != aim.value and metric and not quantities(metric):
            rows.append(Row(metric, now.unit, now.value, aim.value))
    return rows


def _labelled(cell: str, last: bool) -> tuple[list[str], Quantity | None]:
    """(the words before its value, the value) of a cell that holds one (the first, in the last cell)."""
    found = [q for q in quantities(cell) if q.kind != "year"]
    if not found or (len(found) > 1 and not last) or found[0].is_range:
        return [], None
    return tokens(normalise(cell[:found[0].start])), found[0]


def _columns(cells: list[str], today: PhraseSet, aims: PhraseSet) -> tuple[int, int] | None:
    """(today's column, the target's) when the header's cells name both, else None."""
    said = [tokens(normalise(c)) for c in cells]
    now = next((i for i, words in enumerate(said) if i and today.find(words)), None)
    aim = next((i for i, words in enumerate(said) if i and i != now and aims.find(words)), None)
    return (now, aim) if now is not None and aim is not None else None


def _row(cells: list[str], columns: tuple[int, int], first: bool) -> Row | None:
    """One row: its first cell (the end of a shared piece) names the metric; the last cell is the
    start of the piece it shares with the next row (or, for the first row, with the header)."""
    last = len(cells) - 1
    values = [_value(cells[c], c == last) for c in columns]
    before, after = values
    if not before or not after or before.unit != after.unit or before.value == after.value:
        return None
    metric = (_after_header(cells[0]) if first else _after_value(cells[0])).split(",")[0].strip().lower()
    return Row(metric, before.unit, before.value, after.value) if metric else None


def _value(cell: str, shared: bool) -> Quantity | None:
    """The one quantity a cell holds (a year or a range is none); in a shared piece, the one it starts with."""
    found = [q for q in quantities(cell) if q.kind != "year"]
    if shared:
        return found[0] if found and not found[0].start and not found[0].is_range else None
    return found[0] if len(found) == 1 and not found[0].is_range else None


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
