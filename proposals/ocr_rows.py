"""A scanned price row that tesseract read as two lines, read back as one row.

Where a row's amount sits a little lower or higher than its label (a label of two lines and the amount centred on them, a
row printed unevenly), tesseract writes the label and the amount on lines of their own ("Abonnement annuel" /
"12 900,00 € HT"), and the fee is read without the label that says it is yearly. An amount-only line is joined to the
label on its row: the label line to its left whose middle is nearest its own, within LINE_REACH lines' height and
clearly nearer than any other (`rows_joined`, on the words' positions tesseract reports). Where no positions are had, only
a label line and the amount-only line right under it that tesseract set apart as a paragraph of their own are joined.
A label of two lines whose second line tesseract read beside the amount ("Annual subscription" / "(software, updates)
USD 14,800") is one label: a short line of words is joined to the row under it where the row's label goes on from it,
in lower case or in brackets, on the line right under it (`labels_continued`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .ocr_figures import CODES, SIGNS

LINE_REACH = 2.0  # a label's and an amount's middles this many lines' heights apart at most
BELOW = 1.25  # a label below its amount counts this much farther (`_apart`)
_CLEARLY = 1.3  # the next nearest label at least this much farther, else the amount's row is unclear
_CELL_GAP = re.compile(r" {3,}")
_FIGURE = re.compile(rf"[{SIGNS}]?[-+]?\d[\d.,'’]*(?:,-)?[{SIGNS}]?")  # "12.900,00", "€12,900", "1.200,-"
_CURRENCY = re.compile(rf"[{SIGNS}]|(?<![^\W\d_])(?:{CODES}|zł|Kč|kr|Ft|R\$|Rs\.?)(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]{3,}")
_LONG_WORD = re.compile(r"[^\W\d_]{7,}")
_AMOUNT_CHARS = 40  # an amount-only line is as long as this at most ("12 900,00 € HT / an")
_LABEL_WORDS = 10
_SPECK = re.compile(rf"[^\w{SIGNS}]+")
_GOES_ON = re.compile(r"[a-zà-ÿ(\[+&]")  # a label's second line opens so ("(software, ...)", "and maintenance staff")


def amount_only(line: str) -> bool:
    """The line is an amount and nothing more: figures, a currency, a tax's or a period's short marks ("12 900,00 € HT",
    "EUR 14.800,00 p.a.")."""
    line = _amount(line)
    if not line or len(line) > _AMOUNT_CHARS or not _CURRENCY.search(line) or _LONG_WORD.search(line):
        return False
    rest = [token for token in line.split() if not _FIGURE.fullmatch(token)]
    return len(rest) < len(line.split()) and len(rest) <= 4 and all(len(token) <= 6 for token in rest)


def _amount(line: str) -> str:
    """The line without the specks tesseract reads in a row's empty stretch before an amount ("|  |  ;  38 500,00 €"):
    marks with no letter, digit or currency in them."""
    return " ".join(token for token in line.split() if not _SPECK.fullmatch(token))


def label(line: str) -> bool:
    """The line is a row's label alone: a few words, no sentence's end, no amount, no cells."""
    line = line.strip()
    return (bool(_WORD.search(line)) and len(line.split()) <= _LABEL_WORDS and not line.endswith((".", "!", "?"))
            and not _priced(line) and not _CELL_GAP.search(line) and not line.startswith("|"))


def _priced(line: str) -> bool:
    return bool(_CURRENCY.search(line)) and any(c.isdigit() for c in line)


def split_rows_seen(text: str) -> bool:
    """The page may hold a row read as two lines: an amount-only line beside a label line (the next line with words
    before or after it). Only then are the words' positions asked for."""
    lines = [line for line in text.split("\n") if line.strip()]
    return any(amount_only(line) and any(label(lines[near]) for near in (at - 1, at + 1) if 0 <= near < len(lines))
               for at, line in enumerate(lines))


@dataclass(frozen=True)
class _Box:
    left: int
    top: int
    right: int
    bottom: int

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> int:
        return self.bottom - self.top


def rows_joined(text: str, tsv: str | None) -> str:
    """The page's text with each amount-only line joined to its row's label line, by the positions in tesseract's TSV
    of the same reading; without them (or where they do not match the text), by paragraphs."""
    lines = text.split("\n")
    boxes = _boxes(lines, tsv) if tsv else None
    joins = _by_position(lines, boxes) if boxes else _by_paragraph(lines)
    if not joins:
        return text
    joined = {amount for amounts in joins.values() for amount in amounts}
    return "\n".join(line + "".join("   " + _amount(lines[amount]) for amount in joins.get(at, []))
                     for at, line in enumerate(lines) if at not in joined)


def _by_position(lines: list[str], boxes: dict[int, _Box]) -> dict[int, list[int]]:
    labels = [at for at in boxes if label(lines[at])]
    joins: dict[int, list[int]] = {}
    for at, box in boxes.items():
        if not amount_only(lines[at]):
            continue
        near = sorted((_apart(boxes[other], box), other) for other in labels if boxes[other].right < box.left)
        reach = LINE_REACH * max(box.height, 1)
        if near and near[0][0] <= reach and (len(near) == 1 or near[1][0] >= _CLEARLY * max(near[0][0], 1)):
            joins.setdefault(near[0][1], []).append(at)
    for amounts in joins.values():
        amounts.sort(key=lambda at: boxes[at].left)
    return joins


def _apart(label_box: _Box, amount: _Box) -> float:
    """How far a label is from an amount, a label below the amount counted BELOW times farther: an amount is set level
    with its label's first line or lower (centred on a label of two lines), seldom higher."""
    distance = abs(label_box.middle - amount.middle)
    return distance * BELOW if label_box.middle > amount.middle else distance


def _by_paragraph(lines: list[str]) -> dict[int, list[int]]:
    """A paragraph of two lines, a label and the amount-only line under it."""
    joins = {}
    for at in range(len(lines) - 1):
        before = at == 0 or not lines[at - 1].strip()
        after = at + 2 >= len(lines) or not lines[at + 2].strip()
        if before and after and label(lines[at]) and amount_only(lines[at + 1]):
            joins[at] = [at + 1]
    return joins


def _boxes(lines: list[str], tsv: str) -> dict[int, _Box] | None:
    """{line's index: its box} from tesseract's TSV (level 5, a word a row), where its lines are the text's lines with
    words, in order; None where they are not (another reading)."""
    words: dict[tuple[str, str, str], list[tuple[str, _Box]]] = {}
    for row in tsv.split("\n")[1:]:
        cells = row.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            left, top, width, height = (int(cell) for cell in cells[6:10])
            words.setdefault((cells[2], cells[3], cells[4]), []).append(
                (cells[11].strip(), _Box(left, top, left + width, top + height)))
    read = [at for at, line in enumerate(lines) if line.strip()]
    if len(read) != len(words):
        return None
    boxes = {}
    for at, found in zip(read, words.values()):
        if " ".join(lines[at].split()) != " ".join(word for word, _ in found):
            return None
        found = [(word, box) for word, box in found if not _SPECK.fullmatch(word)] or found  # a speck is no cell
        boxes[at] = _Box(min(b.left for _, b in found), min(b.top for _, b in found),
                         max(b.right for _, b in found), max(b.bottom for _, b in found))
    return boxes


def labels_continued(text: str) -> str:
    """The text with a label's first line joined to the row right under it where the row's label goes on from it:
    "Annual subscription" / "(software, updates)   USD 14,800.00" is one row, "Annual subscription (software,
    updates)   USD 14,800.00". Not across a blank line: tesseract parts a heading from the table under it so."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and _goes_on(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _goes_on(first: str, row: str) -> bool:
    """`row` is a priced row of cells whose first cell goes on from `first`, a label line without any figure."""
    cells = _CELL_GAP.split(row.strip())
    return (len(cells) > 1 and _priced(cells[-1]) and bool(_GOES_ON.match(cells[0])) and label(first)
            and not any(c.isdigit() for c in first) and not first.rstrip().endswith(":"))
