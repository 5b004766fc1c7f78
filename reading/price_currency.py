"""The currency each price is in, told by its own words (questions/drafting.yaml `price_sheet: currency`).

A sign several currencies write ("$": the US dollar's, the Mexican peso's ...) tells none of them: an amount written
with it is in the currency its own words name ("MXN $38,500.00", "$1,185,000.00 M.N.", "US$ 9,800"), else the one its
row's currency cell ("Moneda: USD"), its table's header ("Importe (MXN)") or the other words of its line name, else the
one the document states its prices in ("Precios en MXN"), else the one currency writing that sign the document names.
Each price line then says its currency by code ("USD 48,650.00"), and a line whose currency nothing tells says so: two
amounts are added only where both are known in one currency (reading/price_term.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting, load_money

from .offer_prices import offer_prices
from .quantities import quantities
from .signal_patterns import trie_pattern
from .word_regex import alternation

_FIGURE = r"\d(?:[.,'\u202f\u00a0 ]?\d)*(?:,-)?"  # "48,650.00", "1.185.000", "38 500", "1.200,-"
_SCALE = r"(?:k|m|mm|mn|bn|mio\.?|mrd\.?|million|millions|millones|milioni|millionen)"  # "$1.2M", "USD 48K"
UNTOLD = "(currency not stated)"  # said after a price whose currency nothing tells


def _any(words) -> str:
    """Any of the words, whole where they start or end with a letter, longest first."""
    parts = [(r"(?<![^\W\d_])" if w[0].isalnum() else "") + re.escape(w) + (r"(?![^\W\d_])" if w[-1].isalnum() else "")
             for w in sorted({str(w).lower() for w in words}, key=len, reverse=True)]
    return "|".join(parts) or r"(?!)"


@dataclass(frozen=True)
class Currencies:
    told_by: dict[str, str]  # a word, short form or sign that names one currency -> its code ("m.n." -> "MXN")
    shared: dict[str, frozenset[str]]  # a sign several currencies write -> their codes ("$" -> USD, MXN ...)
    before: dict[str, str]  # a sign's form naming one currency ("us$" -> "USD")
    amount: re.Pattern  # an amount written with a shared sign, the words around it that may tell its currency
    named: re.Pattern  # any word naming one currency
    stated: re.Pattern  # a document's word on its prices' currency ("Precios en MXN")
    columns: frozenset[str]  # a row's currency column ("Moneda")

    @classmethod
    def from_data(cls, data: dict, money) -> Currencies:
        upper = lambda mapping: {str(k).lower(): str(v).upper() for k, v in mapping.items()}  # noqa: E731
        before, after = upper(data.get("before", {})), upper(data.get("after", {}))
        shared = {sign: frozenset(c.upper() for c in codes) for sign, codes in data["shared_signs"].items()}
        told_by = {**{c: c.upper() for c in money.codes}, **upper(money.names), **upper(money.before_figures),
                   **{s: c.upper() for s, c in money.signs.items() if s not in shared}, **before, **after}
        codes = _any(money.codes)
        signs = "|".join([_any(before), *(re.escape(s) + "" for s in shared)])
        naming = _any([*money.codes, *money.names, *after])
        amount = re.compile(rf"(?:(?P<pre>{codes})\s?)?(?<![^\W\d_])(?P<sign>{signs})\s?(?P<fig>{_FIGURE})"
                            rf"(?:\s?(?P<post>{naming})|(?P<scale>\s?{_SCALE}(?![^\W\d_]))(?:\s?(?P<post2>{naming}))?)?",
                            re.IGNORECASE)
        into = "|".join(re.escape(w) if not w[0].isalnum() else rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])"
                        for w in data["into"])
        stated = re.compile(rf"(?<![^\W\d_])(?:{alternation(data['stated'])})"
                            rf"(?:\s+[^\W\d_][\w'’-]*){{0,{int(data['reach'])}}}?\s*(?:{into})\s*"
                            rf"(?P<cur>{_any([*money.codes, *money.names, *after, *before])})", re.IGNORECASE)
        return cls(told_by=told_by, shared=shared, before=before, amount=amount, stated=stated,
                   named=re.compile(rf"(?<![^\W\d_])(?:{trie_pattern([c for c in told_by if c[0].isalnum()])})"
                                    r"(?![^\W\d_])", re.IGNORECASE),  # one trie: a 100-page offer read in a blink
                   columns=frozenset(str(c).lower().rstrip(":") for c in data["columns"]))

    def told(self, text: str) -> list[str]:
        """The currencies the text names by word or short form, in order, each once ("USD", "MXN")."""
        return list(dict.fromkeys(self.told_by[m.group().lower()] for m in self.named.finditer(text)))

    def document(self, text: str) -> str:
        """The currency a shared sign stands for in the whole document: the one it states its prices in, else the one
        currency writing the sign it names anywhere; "" where it states or names several, or none."""
        said = {self.told_by[m.group("cur").lower()] for m in self.stated.finditer(text)}
        if len(said) == 1:
            return said.pop()
        named = set(self.told(text))
        writing = {c for codes in self.shared.values() for c in codes} & named
        return writing.pop() if len(writing) == 1 else ""

    def row(self, cells: list[tuple[str, str]]) -> str:
        """The currency a row's own cell names: a cell under a currency column ("Moneda: USD"), or a cell that is
        only a currency's code or word ("MXN"); "" where none or several."""
        said = {self.told_by.get(cell.strip().lower().rstrip("."), "") or self.told_by.get(cell.strip().lower(), "")
                for head, cell in cells
                if head.strip().lower().rstrip(":") in self.columns or cell.strip().lower() in self.told_by}
        said.discard("")
        return said.pop() if len(said) == 1 else ""

    def coded(self, piece: str, context: str = "", document: str = "") -> str:
        """The piece with each amount written with a shared sign or a sign's form naming one currency said by its
        code ("$48,650.00" in a row "Moneda: USD" -> "USD 48,650.00"); one whose currency nothing tells left as
        written. `context`: a currency its row or table's header names."""
        found = list(self.amount.finditer(piece)) if any(sign in piece for sign in self.shared) else []
        if not found:
            return piece
        line = self.told(self.amount.sub(" ", piece))
        out, at = [], 0
        for match in found:
            sign = match.group("sign").lower()
            writing = self.shared.get(sign, frozenset())  # a dollar's sign is told only as a currency writing it
            said = [c for c in line if c in writing]
            code = self._own(match) or next((c for c in (context, said[0] if len(said) == 1 else "", document)
                                             if c in writing), "")
            out.append(piece[at:match.start()])
            out.append(f"{code} {match.group('fig')}{match.group('scale') or ''}" if code else match.group())
            at = match.end()
        return "".join(out) + piece[at:]

    def _own(self, match: re.Match) -> str:
        sign = match.group("sign").lower()
        own = self.before.get(sign) or next((self.told_by[w.lower()] for w in (match.group("pre"), match.group("post"),
                                                                                  match.group("post2")) if w), "")
        return own

    def untold(self, line: str) -> bool:
        """The price line holds an amount whose currency nothing told: a shared sign left, or no currency at all."""
        if any(re.search(rf"(?<![^\W\d_]){re.escape(sign)}\s?\d", line) for sign in self.shared):
            return True
        return not any(q.kind == "currency" for q in quantities(line)) and not offer_prices().amount.search(line)

    def of(self, line: str) -> str:
        """The code of the currency the line's last amount is in; "" where nothing tells it."""
        if self.untold(line):
            return ""
        money = [q for q in quantities(re.sub(r" \([^()]*\d[^()]*\)$", "", line)) if q.kind == "currency"]
        return money[-1].unit.upper() if money else ""


def said_untold(line: str) -> str:
    """The line, with a word that its currency is not stated where nothing tells it."""
    return f"{line} {UNTOLD}" if currencies().untold(line) and UNTOLD not in line else line


@lru_cache(maxsize=1)
def currencies() -> Currencies:
    """drafting.yaml's `price_sheet: currency`, with words.yaml's currencies."""
    return Currencies.from_data(load_drafting()["price_sheet"]["currency"], load_money())


@lru_cache(maxsize=64)
def document_currency(text: str) -> str:
    """`currencies().document(text)`, remembered per text."""
    return currencies().document(text)
