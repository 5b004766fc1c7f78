"""A reply's table of measures, read as its answer on the KPI: each row a metric, perhaps its unit in a cell of its own,
today's value and the target ("| Batches written off | batches/month | 7 | 3 | HACCP deviation log |"). Under a header
that labels a today and a target column, a row is read as drafting reads a proposal's KPI table (reading/kpi_table.py);
with no header, or one that labels neither, in the order the question asked them ("from what baseline to what target").
A reply's rows are sentences of their own, each placed on its questions, so each row is told to the drafter as the
sentence it reads a KPI in ("batches written off: baseline 7 batches/month, target 3 batches/month"), and the reader
counts it as naming the measure and its figures."""
from __future__ import annotations

from .kpi_block import Row, role
from .kpi_table import bare_row, cells, headed_lines, labels_values
from .phrases import normalise, tokens


def measure_rows(texts: list[str], kind=lambda name: False) -> dict[str, Row]:
    """Each row of the tables of measures among a reply's sentences (`texts`, in order) -> the measure it states;
    `kind(name)`: the name is a kind of measure (kpi_table.table_rows)."""
    out: dict[str, Row] = {}
    for block in _blocks(texts):
        headed = headed_lines(block, kind)
        if headed:
            out.update({block[at]: found for at, found in headed.items()})
        elif not _labels_others(cells(block[0])):
            out.update({line: found for line in block for found in [row_of(line)] if found})
    return out


def row_of(line: str) -> Row | None:
    """The measure one row with no header states, in the order the question asks (kpi_table.bare_row)."""
    return bare_row(cells(line)) if "|" in line else None


def measure_line(text: str, line_start: int, end: int) -> bool:
    """Whether the table row on the line at `line_start` states a measure: in the question's order (`row_of`), or
    under a header that labels a today and a target column, whatever its cells hold ("| Alert acknowledgement | n/a |
    95 % < 10 min | tablet log |"): its first cell names the measure, no question of the letter."""
    if row_of(text[line_start:end]):
        return True
    header = line_start
    while header > 0 and "|" in text[text.rfind("\n", 0, header - 1) + 1:header]:
        header = text.rfind("\n", 0, header - 1) + 1  # up the table's lines to its first, the header
    return header < line_start and labels_values(cells(text[header:text.find("\n", header) % (len(text) + 1)]))


def stated(found: Row, baseline: str, target: str) -> str:
    """A row's measure as a sentence drafting reads a KPI in, with the words for its two values (questions/rounds.yaml
    `measure`)."""
    unit = f" {found.unit}" if found.unit else ""
    return f"{found.metric}: {baseline} {found.baseline:g}{unit}, {target} {found.target:g}{unit}."


def _blocks(texts: list[str]) -> list[list[str]]:
    """The runs of sentences that are rows of one table: each holds a bar, one after the other."""
    out: list[list[str]] = []
    for before, text in zip([""] + texts, texts):
        if "|" not in text:
            continue
        if "|" in before and out:
            out[-1].append(text)
        else:
            out.append([text])
    return out


def _labels_others(header: list[str]) -> bool:
    """A header row (no measure of its own) whose columns it labels otherwise than today's and the target's ("Reference
    plant", "After 1 year"): its rows' values are not read in the question's order."""
    return row_of("|".join(header) + "|") is None and any(role(tokens(normalise(c))) for c in header[1:])
