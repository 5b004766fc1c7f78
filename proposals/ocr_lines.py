"""A page's text as tesseract reads it, made like a PDF's text layer before tidying (layout.py).

Tesseract sets a blank line wherever it sees a paragraph's end, and it sees one inside a wrapped
sentence too ("Our system captures cycle data from" / "" / "every press and flags drift"): a blank
line that no sentence ends before and that a line in lower case follows is dropped, so tidying
unwraps the sentence as it does a PDF's. So is one after a line that leaves a parenthesis open ("22 presses (14
eccentric presses and" / "" / "8 hydraulic presses) with edge units."), or a wrapped line that ends on a comma ("When the
trend crosses its limit," / "" / "PressGuard creates a work request"), whatever the next line opens with: a figure or a
name goes on the clause (a short line ending on a comma, "Best regards,", ends a letter's part). Tesseract also reads a table's row as words with single
spaces, and tidying would join a wide row to the next; read with preserve_interword_spaces, a wide
gap stays a run of spaces, and a line with one is a row of cells ("Press connectors (OPC UA)   14
1 200   16 800"), written between bars so it stays a line of its own with its cells apart; but for a
justified line, whose every gap is stretched alike. Tesseract reads the capital I of "IoT" as a small l ("loT",
"lloT"): read back as the label it is (a "lot" of parts is lower case); so are a figure's digits read as letters and an
ordinal's ending (ocr_figures.py).
"""
from __future__ import annotations

import re

from .layout import ends_sentence, usual_width, wide
from .ocr_figures import figures_righted
from .ocr_rows import labels_continued

_CELL_GAP = re.compile(r" {3,}")  # a column's gap
_WORD_GAP = re.compile(r"\S \S")  # one space: two words of one cell
_IOT_MISREAD = re.compile(r"(?<![\w-])([lI]{1,2})oT(?!\w)")  # "loT", "lloT": misreads of IoT, IIoT
_FIGURE = re.compile(r"[-+]?[\d.,' ]*\d[\d.,' ]*%?")  # "14", "1 200", "3.2%"


def as_text_layer(text: str) -> str:
    """The page's lines with its rows of cells between bars and the blank lines inside sentences dropped."""
    text = _IOT_MISREAD.sub(lambda m: m.group(1).replace("l", "I") + "oT", text) if "oT" in text else text
    text = labels_continued(figures_righted(text))  # "ler mars" the 1er; a label of two lines beside its amount as one
    lines = [_row(line) for line in text.split("\n")]
    width = usual_width([line.strip() for line in lines])
    return "\n".join(line for at, line in enumerate(lines) if line.strip() or not _inside_sentence(lines, at, width))


def _row(line: str) -> str:
    cells = _CELL_GAP.split(line.strip())
    return "| " + " | ".join(cells) + " |" if len(cells) > 1 and "|" not in line and _parted(line, cells) else line


def _parted(line: str, cells: list[str]) -> bool:
    """Wide gaps that part cells, not a justified line's: justifying widens every gap of a line alike, so a
    row's wide gaps stand beside one-space gaps inside its cells, or part cells most of which are figures."""
    return bool(_WORD_GAP.search(line.strip())) or 2 * sum(bool(_FIGURE.fullmatch(c)) for c in cells) >= len(cells)


def _inside_sentence(lines: list[str], at: int, width: int) -> bool:
    """A blank line between a line that ends no sentence and one that goes on: in lower case, or whatever it opens
    with where the line before leaves a parenthesis open or is a wrapped clause ending on a comma."""
    before = next((line.strip() for line in reversed(lines[:at]) if line.strip()), "")
    after = next((line.strip() for line in lines[at + 1:] if line.strip()), "")
    if not (before and after) or before.startswith("|") or after.startswith("|") or ends_sentence(before):
        return False
    return after[0].islower() or before.count("(") > before.count(")") or (before[-1] == "," and wide(before, width))
