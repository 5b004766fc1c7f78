"""What a stated price leaves out or holds, and which document's prices stand (drafting.yaml `price_sheet: tax_basis`,
`revisions`).

A price's tax basis is told by a tax beside a word of leaving out or holding ("3 x 4.800,00 € + IVA anuales",
"TOTAL (IVA incluido)", "Prices exclude VAT"), by a word of net alone ("Base imponible", "Summe netto"), or by where a
total stands in its table: after the tax's line it holds the tax, before it not. It is said beside the amount in the
buyer's words ("excl. IVA"), so two offers' totals are compared like with like. A later revision of a document ("rev C"
after "rev B", "Rev. 2" after "Rev. 1", a later date in its name or first lines) supersedes the earlier one's prices.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from questions.loader import load_drafting, load_round_rules

from .reply_dated import Dated

_TOKEN = re.compile(r"\d[\d.,]*%?|[^\W\d_][\w.'’-]*|\S")  # a number, a word, or a mark ("+", "@")
_NEAR = 3  # a word of leaving out or holding stands this many tokens from its tax


def _words(words) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


@lru_cache(maxsize=1)
def _data() -> tuple:
    sheet = load_drafting()["price_sheet"]
    basis = sheet["tax_basis"]
    return (_words(sheet["taxes"]), _words(basis["net"]), _words(basis["gross"]), _phrase(basis["net_alone"]),
            _phrase(sheet["gross"]), basis["said"], _words(basis.get("generic", [])))


def _phrase(words) -> re.Pattern:
    parts = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, parts)) + r")(?!\w)")


def basis(line: str) -> tuple[str, str]:
    """("net" | "gross" | "", the tax as the line names it): "+ GST" is net of GST, "IVA incluido" gross of IVA."""
    taxes, net, gross, net_alone, gross_alone, _, _ = _data()
    tokens = _TOKEN.findall(line)
    lower = [t.lower() for t in tokens]
    for at, word in enumerate(lower):
        if word not in taxes and word.rstrip(".") not in taxes:
            continue
        for d in range(1, _NEAR + 1):  # the nearest word of leaving out or holding says it: "excl. VAT, incl. freight"
            said = [" ".join(lower[i:i + 2]) for i in (at - d - 1, at + d) if i >= 0] + \
                   [lower[i] for i in (at - d, at + d) if 0 <= i < len(lower)]
            if any(w in gross for w in said):
                return "gross", tokens[at].rstrip(".")
            if any(w in net for w in said):
                return "net", tokens[at].rstrip(".")
    text = line.lower()
    if gross_alone.search(text):
        return "gross", ""
    return ("net", "") if net_alone.search(text) else ("", "")


def tax_named(text: str) -> str:
    """The tax the text names first, as written ("IVA", "GST", "MwSt"), a tax's own name before a word for any tax
    ("Taxes: GST @ 18%" names GST), or ""."""
    taxes, generic = _data()[0], _data()[-1]
    named = [t.rstrip(".") for t in _TOKEN.findall(text) if (t.lower() in taxes or t.lower().rstrip(".") in taxes)]
    return next((t for t in named if t.lower() not in generic), named[0] if named else "")


def stated_basis(lines: list[str], priced) -> str:
    """A document's own word on its prices' basis: a line that quotes no amount and puts a tax beside a word of leaving
    out or holding ("Prices exclude VAT.", "Taxes: GST @ 18% extra as applicable"); "" where none does."""
    for line in lines:
        if not priced(line):
            said, tax = basis(line)
            if said and tax:
                return said
    return ""


def marked(said: str, how: str, tax: str) -> str:
    """The price line with its basis in the buyer's words ("... excl. IVA"), unless its own words name the tax and
    say it ("+ IVA", "Total sin IVA"; "Sub Total" names no tax)."""
    own, its_tax = basis(said)
    if not how or its_tax or (own and not tax):  # "Montant total HT" where no tax is named
        return said
    return f"{said} {_data()[5][how]} {tax or 'tax'}"


# --- revisions --------------------------------------------------------------------------

_HEAD = 400  # a document's revision and date are said in its name or its first lines


@lru_cache(maxsize=1)
def _revision() -> re.Pattern:
    words = sorted({re.escape(str(w).lower().rstrip(".")) for w in load_drafting()["price_sheet"]["revisions"]},
                   key=len, reverse=True)
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(words)})\.?[ _-]?([a-z]|\d{{1,2}})(?![\w])", re.I)


def revision(name: str, text: str) -> tuple[int, int, date | None] | None:
    """(kind, rank, date) of a document's revision: a letter ("rev C": kind 1) or a number ("Rev. 2": kind 2) in its
    name, else its first lines, and the date its first lines give; None where neither is said."""
    said = _revision().search(name.rsplit(".", 1)[0].replace("_", " ")) or _revision().search(text[:_HEAD])
    rank = (1, ord(said.group(1).upper())) if said and said.group(1).isalpha() else (2, int(said.group(1))) \
        if said else (0, 0)
    day = _date(text[:_HEAD])
    return None if not said and day is None else (*rank, day)


def _date(text: str) -> date | None:
    """The first date the text states, read as replies' dates are (reply_dated.py: its month names in every language,
    "14.12.2026", and "06/12/2026" by the document's locale, day first but where it writes dates or money as the
    United States does)."""
    return _dated().first(text)


@lru_cache(maxsize=1)
def _dated() -> Dated:
    return Dated(load_round_rules().paragraphs)


def superseded(earlier: tuple | None, later: tuple | None) -> bool:
    """The later document is a later revision of the earlier one: a higher revision of the same kind, else a later
    date where both give one."""
    if earlier is None or later is None:
        return False
    if earlier[0] == later[0] and earlier[0] and later[1] != earlier[1]:
        return later[1] > earlier[1]
    return earlier[2] is not None and later[2] is not None and later[2] > earlier[2]
