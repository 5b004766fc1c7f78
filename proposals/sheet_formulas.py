"""A workbook's formulas that hold no saved value, computed from the sheet's own cells where they are simple.

Excel saves each formula's value beside it, and sheets.py reads those values. A workbook written by a script and never
opened in Excel (openpyxl, a vendor's export tool) saves none, so its totals read empty ("Summe" and nothing). Such a
formula is computed here when it is arithmetic (+ - * /, brackets, a percent) on numbers, on the sheet's own cells and on
SUM of its cells and ranges ("=SUM(C4:C9)", "=C4*D4", "=C10*19%"); any other (another sheet's cell, a function but
SUM, a whole column) is written in its cell as a formula not computed, and the reading's warnings name both kinds.
"""
from __future__ import annotations

import io
import re
import zipfile

# a formula cell with no value after it (but a text's: Excel saves an empty text as <v></v> too)
_NO_VALUE = re.compile(rb'<(?:\w+:)?c\b(?![^>]*\bt="(?:str|e)")[^>]*>\s*<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)'
                       rb"\s*(?!<(?:\w+:)?v>[^<])")
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_RECOMPUTE = re.compile(rb'<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad="(?:1|true)"')  # its values are placeholders (0)
_WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
_CHUNK = 1 << 20
_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<ref>\$?[A-Z]{1,3}\$?[1-9]\d{0,6})(?![\w(!])"
                    r"|(?P<sum>SUM)\s*\(|(?P<op>[-+*/%(),;:]))", re.IGNORECASE)
_SHOWN = 60  # a formula not computed is shown this long at most


def unsaved(data: bytes) -> str | None:
    """Whether the workbook's formulas lack their values: "empty" where one has none saved, "stale" where the workbook
    asks to be computed when opened (a program wrote it: XlsxWriter saves 0 for every formula), None where Excel saved
    them (or the workbook has no formula)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            sheets = [name for name in book.namelist() if _WORKSHEET.fullmatch(name)]
            if "xl/workbook.xml" in book.namelist() and _RECOMPUTE.search(book.read("xl/workbook.xml")):
                if any(_found(book, name, _FORMULA) for name in sheets):
                    return "stale"
            return "empty" if any(_found(book, name, _NO_VALUE) for name in sheets) else None
    except (zipfile.BadZipFile, OSError, RuntimeError, KeyError):
        return None


def _found(book: zipfile.ZipFile, name: str, pattern: re.Pattern) -> bool:
    """A sheet's XML, read a piece at a time, holds the pattern."""
    tail = b""
    with book.open(name) as file:
        while piece := file.read(_CHUNK):
            if pattern.search(tail + piece):
                return True
            tail = piece[-400:]
    return False


def filled(values: list[list], formulas: list[list], stale: bool = False) -> tuple[list[list], list[str], list[str]]:
    """The sheet's values with each formula cell that saved no value (or every one, where they are `stale`)
    computed, or marked as not computed (a line saying so) where it saved none; and the cells computed and those left
    not computed, by their names ("C6")."""
    saved = values
    if stale:  # every formula computed from the cells alone: a saved placeholder is no cell's value
        values = [[None if _formula(_value(formulas, r, c)) else v for c, v in enumerate(row)]
                  for r, row in enumerate(values)]
    sheet = _Sheet(values, formulas)
    done, left = [], []
    out = [list(row) for row in values]
    for r, row in enumerate(formulas):
        for c, formula in enumerate(row):
            if _formula(formula) and _value(values, r, c) is None:
                value = sheet.value(r, c)
                if value is None and _value(saved, r, c) not in (None, 0, ""):
                    value = _value(saved, r, c)  # not computable here: the value saved, whatever saved it
                else:
                    (done if value is not None else left).append(_name(r, c))
                while len(out[r]) <= c:
                    out[r].append(None)
                out[r][c] = value if value is not None else _not_computed(formula)
    return out, done, left


def _not_computed(formula: str) -> str:
    shown = formula if len(formula) <= _SHOWN else formula[:_SHOWN - 3] + "..."
    return f"not computed (formula {shown}, no value saved in the file)"


def _formula(cell) -> bool:
    return isinstance(cell, str) and cell.startswith("=") and len(cell) > 1


def _value(rows: list[list], r: int, c: int):
    return rows[r][c] if r < len(rows) and c < len(rows[r]) else None


def _name(r: int, c: int) -> str:
    letters, c = "", c + 1
    while c:
        c, rest = divmod(c - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{r + 1}"


def _place(ref: str) -> tuple[int, int]:
    """(row, column) from 0 of a cell's name ("$C$6")."""
    ref = ref.replace("$", "").upper()
    letters = ref.rstrip("0123456789")
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(ref[len(letters):]) - 1, column - 1


class _Unsupported(Exception):
    """A formula that is not simple arithmetic on the sheet's own cells."""


class _Sheet:
    """The sheet's cells, each formula computed once (a formula that refers back to itself is not computed)."""

    def __init__(self, values: list[list], formulas: list[list]) -> None:
        self.values, self.formulas = values, formulas
        self.known: dict[tuple[int, int], float | None] = {}

    def value(self, r: int, c: int) -> float | None:
        if (r, c) not in self.known:
            self.known[(r, c)] = None  # while it is computed: a loop back to it is not computable
            try:
                self.known[(r, c)] = _Formula(_value(self.formulas, r, c)[1:], self).result()
            except (_Unsupported, ZeroDivisionError, OverflowError):
                pass
        return self.known[(r, c)]

    def cell(self, r: int, c: int, in_sum: bool):
        """A cell's number; None for a blank or (in a SUM) a text, which SUM skips."""
        value = _value(self.values, r, c)
        if value is None and _formula(_value(self.formulas, r, c)):
            value = self.value(r, c)
            if value is None:
                raise _Unsupported
        if isinstance(value, bool) or value is None or value == "":
            return None
        if isinstance(value, (int, float)):
            return float(value)
        try:
            return None if in_sum else float(str(value).strip())  # "2900" written as text counts in a + b
        except ValueError:
            raise _Unsupported from None


class _Formula:
    """A recursive-descent reading of arithmetic with SUM: expression := term (+|- term)*, term := factor (*|/
    factor)*, factor := -factor | number% | cell | SUM(ranges) | (expression)."""

    def __init__(self, text: str, sheet: _Sheet) -> None:
        self.tokens, self.at, self.sheet = _tokens(text), 0, sheet

    def result(self) -> float:
        value = self.expression()
        if self.at != len(self.tokens):
            raise _Unsupported
        return round(value, 10)

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "")

    def take(self, text: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token[0] == "end" or (text is not None and token[1] != text):
            raise _Unsupported
        self.at += 1
        return token

    def expression(self) -> float:
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            value = value + self.term() if self.take()[1] == "+" else value - self.term()
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek()[1] in ("*", "/"):
            value = value * self.factor() if self.take()[1] == "*" else value / self.factor()
        return value

    def factor(self) -> float:
        kind, text = self.take()
        if text in ("-", "+"):
            return -self.factor() if text == "-" else self.factor()
        if kind == "num":
            value = float(text)
        elif kind == "ref":
            value = self.sheet.cell(*_place(text), False) or 0.0
        elif kind == "sum":
            value = self.sum()
        elif text == "(":
            value = self.expression()
            self.take(")")
        else:
            raise _Unsupported
        while self.peek()[1] == "%":
            self.take()
            value /= 100
        return value

    def sum(self) -> float:
        """SUM's arguments, each a range or an expression, up to its closing bracket."""
        total = 0.0
        while True:
            if self.peek()[0] == "ref" and self.tokens[self.at + 1:self.at + 2] == [("op", ":")]:
                first, _ = self.take(), self.take()
                last = self.take()
                if last[0] != "ref":
                    raise _Unsupported
                total += sum(self._range(_place(first[1]), _place(last[1])))
            else:
                total += self.expression()
            ends = self.take()[1]
            if ends == ")":
                return total
            if ends not in (",", ";"):
                raise _Unsupported

    def _range(self, first: tuple[int, int], last: tuple[int, int]):
        """The numbers of a range's cells, as far as the sheet's rows go ("C4:C9", "B2:D2")."""
        values = self.sheet.values
        for r in range(min(first[0], last[0]), min(max(first[0], last[0]) + 1, len(values))):
            for c in range(min(first[1], last[1]), min(max(first[1], last[1]) + 1, len(values[r]))):
                value = self.sheet.cell(r, c, True)
                if value is not None:
                    yield value


def _tokens(text: str) -> list[tuple[str, str]]:
    """The formula's tokens; another sheet's or a book's cell, a name, a function but SUM: not computed."""
    tokens, at = [], 0
    while at < len(text.rstrip()):
        match = _TOKEN.match(text, at)
        if not match:
            raise _Unsupported
        kind = match.lastgroup
        tokens.append((kind, match[kind].upper() if kind != "sum" else "SUM"))
        at = match.end()
    return tokens
