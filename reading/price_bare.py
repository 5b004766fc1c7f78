"""Amounts a price table's document writes without their currency, read as its table's currency says them.

A Word or PDF price table often names its currency once, in a column's header ("Importo €", "Kwota PLN"), and writes
bare figures under it and on the lines after it: "Totale offerta: 144.800", "Canone annuo 8.400/anno". Such a short
line, whose item names a total or a fee billed again and again, is an amount in that one currency (walk81/82: the
offer's total and its yearly fee were missed). A figure grouped in thousands ("38.400", "4 400") is a whole amount,
never 38.4: money is not written with three decimals. A fee said as a count of months times a month's amount
("12 mies x 4 400", "12 months x EUR 4,400") is their product over the months, a year's fee where they are twelve.
"""
from __future__ import annotations

import re
from functools import lru_cache

from proposals.tables import row_cells
from questions.loader import load_drafting

_GROUPED = re.compile(r"\d{1,3}(?:([.,' \u00a0\u202f])\d{3})(?:\1\d{3})*")  # "38.400", "4 400", "1.200.000"
_BARE_LINE = re.compile(r"(?P<item>[^\W\d_][^:|\t\d]*?)\s*:?\s+(?P<figure>\d[\d.,' \u00a0\u202f]*\d|\d)"
                        r"\s*(?P<tail>/\s*[^\W\d_]+\.?|[^\W\d_]{1,12}\.?)?\s*$")


def whole(cell: str) -> float | None:
    """The value of a cell that is a figure grouped in thousands alone ("38.400" -> 38400), else None."""
    found = _GROUPED.fullmatch(cell.strip())
    return float(re.sub(r"\D", "", found.group())) if found else None


def table_currency(fees, lines: list[str]) -> str:
    """The one currency the document's table headers name ("Voce; Q.tà; Importo €" -> "€"); "" where none or several."""
    named = set()
    for line in lines:
        heads = [head for head, _ in row_cells(line) or []]
        if not heads and "|" in line and not re.search(r"\d", line):  # a bar table's header line
            heads = line.split("|")
        named |= {m.group().lower() for head in heads for m in fees.currency.finditer(head)}
    return named.pop() if len(named) == 1 else ""


def bare_row(fees, piece: str, currency: str) -> list[tuple[str, str]]:
    """A short line of a total or a recurring fee with a bare figure ("Totale offerta: 144.800", "Canone annuo
    8.400/anno") as cells, its figure under the currency: [] for any other line or where no currency is known."""
    found = _BARE_LINE.fullmatch(piece.strip()) if currency and len(piece.split()) <= fees.max_words else None
    if not found:
        return []
    item, tail = found.group("item").strip(), (found.group("tail") or "").strip()
    lower = f"{item} {tail}".lower().replace("/ ", "/")
    if not (fees.sums.search(item.lower()) or fees.recurring.search(lower)) or fees.not_fees.search(lower):
        return []
    if tail and not fees.recurring.search(tail.lower().replace("/ ", "/")):
        return []  # "Totale offerta: 144.800 ore": a count, no amount
    return [("", item), (currency, found.group("figure")), *([("", tail)] if tail else [])]


def spanned(piece: str) -> str:
    """The piece with a count of months times a month's amount ("12 mies x 4 400 PLN") said as their product, a
    year's where they are twelve ("52 800 PLN per year"); the piece as it is where it says none."""
    found = _span().search(piece)
    if not found:
        return piece
    months, figure = int(found.group("n")), found.group("amount")
    plain = re.fullmatch(r"\d+(?:[.,]\d{1,2})?", figure)  # "4400", "4400,50": no thousands marked
    value = whole(figure) or (float(figure.replace(",", ".")) if plain else None)
    if not value:
        return piece
    sep = next((c for c in figure if not c.isdigit()), " ")
    product = f"{int(value * months):,}".replace(",", sep if sep in ".' \u00a0\u202f" else ",")
    said = f"{found.group('pre')}{product}{found.group('post')}" + (" per year" if months == 12 else
                                                                     f" over {months} months")
    return piece[:found.start()] + said + piece[found.end():]


@lru_cache(maxsize=1)
def _span() -> re.Pattern:
    months = load_drafting()["price_sheet"]["term"]["months"]
    unit = "|".join(re.escape(str(m)) for m in sorted(months, key=len, reverse=True))
    return re.compile(rf"(?<![\d.,])(?P<n>\d{{1,2}})\s*(?:{unit})\.?\s*[x×*]\s*(?P<pre>(?:[A-Z]{{3}}|[€$£])?\s?)"
                      rf"(?P<amount>\d[\d.,' \u00a0\u202f]*\d|\d)(?P<post>\s?(?:[A-Z]{{3}}|zł|[€$£])?)(?![\w/])",
                      re.IGNORECASE)
