"""An amount written as the document writes its money: its thousands and decimals marked as in its other amounts
("91.899,50 €", "GBP 264,405", Indian lakhs "Rs. 33,68,900"), its currency as the document names it ("€", "GBP",
"Rs."): a bare "46200" under an "Annual (GBP)" header is "GBP 46,200" on the scorecard."""
from __future__ import annotations

import re

from .number_groups import SPACES, decimals_in, grouped_in

_EDGE = r"(?<![\d,.])"
_STYLES = (("indian", re.compile(_EDGE + grouped_in("indian") + r"(?![\d,])")),
           ("european", re.compile(_EDGE + grouped_in("european") + decimals_in("european", r"\d\d") + r"(?![\d.])"
                                   rf"|{_EDGE}(?<!\d[{SPACES}])\d{{1,3}},\d\d(?![\d,.])\s?€")),  # "9,50 €", not "318 250,00 €"
           ("space", re.compile(_EDGE + grouped_in("space") + decimals_in("space", r"\d\d") + r"(?![\d.])")),
           ("english", re.compile(_EDGE + grouped_in("english") + decimals_in("english", r"\d\d") + r"(?![\d,])")))
_SIGNS_AFTER = {"€"}  # a sign after its figure where the thousands are marked with a stop or a space
_GROUPED = re.compile(r"\d[\d.,' \u00a0\u202f]*\d|\d")


def style(text: str) -> str:
    """How the text marks its amounts' thousands: the style most of its grouped figures use ("english" where none),
    "+cents" where it writes the cents of whole amounts ("38.400,00")."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _STYLES}
    best = max(counts, key=lambda name: counts[name])
    return (best if counts[best] else "english") + ("+cents" if _CENTS.search(text) else "")


_CENTS = re.compile(r"\d[.,' \u00a0\u202f]\d{3}[.,]00(?!\d)")


def grouped(value: float, how: str) -> str:
    """The figure with its thousands and decimals marked in the style."""
    how, cents_written = how.removesuffix("+cents"), how.endswith("+cents")
    whole, cents = f"{value:.2f}".split(".")
    whole = whole if len(whole) <= 3 else _indian(whole) if how == "indian" else f"{int(whole):,}"
    if how == "european":
        whole = whole.replace(",", ".")
    elif how == "space":
        whole = whole.replace(",", " ")
    decimal = "," if how in ("european", "space") else "."
    return whole + (decimal + cents if cents != "00" or cents_written else "")


def _indian(whole: str) -> str:
    head, last = whole[:-3], whole[-3:]
    pairs = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
    return ",".join([*pairs, last])


def written(value: float, mark: str, how: str) -> str:
    """The amount in the currency's mark as the document writes it: "91.899,50 €", "GBP 264,405", "£1,200"."""
    figure = grouped(value, how)
    if mark in _SIGNS_AFTER and how.startswith(("european", "space")):
        return f"{figure} {mark}"
    return f"{mark}{figure}" if len(mark) == 1 else f"{mark} {figure}"


def regrouped(cell: str, value: float, how: str) -> str:
    """The cell with its amount's figure written in the style where it was written ungrouped ("EUR 1850" -> "EUR
    1,850"): the figure that is the amount, never a model's or a part's number beside it ("medidores Schneider
    PM5560) USD 9800": walk77's "PM9,800.00"), which is glued to its letters."""
    figure = next((m for m in _GROUPED.finditer(cell) if not _glued(cell, m) and m.group().isdigit()
                   and int(m.group()) == value), None)
    if not figure or value < 1000:
        return cell
    return cell[:figure.start()] + grouped(value, how) + cell[figure.end():]


def _glued(cell: str, figure: re.Match) -> bool:
    """The figure is part of a code: a letter or a hyphen right before it, a letter right after ("PM5560", "S7-1500",
    "VVB001")."""
    before, after = cell[figure.start() - 1:figure.start()], cell[figure.end():figure.end() + 1]
    return bool(re.match(r"[^\W\d_]|-", before)) or bool(re.match(r"[^\W\d_]", after))
