"""An amount of money as the KPI reader keeps it, as a buyer keeps a budget line: its number as written, its scale and
currency as one unit, whether a sentence or a table's cell tells it. "$3.2M", "USD 3.2 million", "3,2 Mio. $" are 3.2
"musd"; "EUR 350K", "350 kEUR", "€350k" are 350 "keur"; "£450k per year" is 450 "kgbp per year"; a lakh or a crore is the
amount it counts, written out ("Rs. 14.5 lakhs": 1450000 "inr"). The scale's words, in each language an offer is
written in, are data (drafting.yaml kpi.amount_scales)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .draft_rules import draft_data
from .quantities import CODES, CURRENCY, MONEY, SCALE, SHORT_MONEY, SIGN, Quantity
from .word_regex import alternation

_SCALE_SIGN = {1e3: "k", 1e6: "m", 1e9: "bn"}
CUE = re.compile(rf"{SIGN}|\b(?:{CODES}|{SHORT_MONEY})(?!\w)")


def amounts_as_read(lower: str) -> str:
    """A lower-cased sentence with each amount as its number and its unit: the currency first ("eur 2.4m", "$310k",
    "usd 1.1 million") or the figure, its scale, then the currency ("1.2 mio. €", "1.2 million euros", "3 millones de
    euros")."""
    if not CUE.search(lower) and not _names().search(lower):
        return lower
    lower = _amount_first().sub(_kept, _figure_first().sub(_kept_first, lower))
    return _shared().sub(_shared_unit, lower)


def _shared_unit(match: re.Match) -> str:
    """"from 1.2 million to 0.9 million euros": the first figure in the unit the second names, at the same scale."""
    unit = match.group(3)
    same = _SCALE_SIGN.get(_scale(match.group(2))) == unit[:len(unit) - 3]
    return f"{match.group(1)} {unit}" if same else match.group(0)


def kept(quantity: Quantity) -> Quantity:
    """A quantity of money read with its scale (quantities.py: "$3.2M" is 3,200,000 dollars) as the KPI keeps it: 3.2
    "musd", as a sentence's amount reads (`amounts_as_read`)."""
    if quantity.kind != "currency" or quantity.scale not in _SCALE_SIGN:
        return quantity
    return replace(quantity, value=round(quantity.value / quantity.scale, 9),
                   unit=f"{_SCALE_SIGN[quantity.scale]}{quantity.unit.lower()}")


def with_period(quantity: Quantity, text: str) -> Quantity:
    """An amount of money with the period it is counted over written right after it in its cell ("£450k per year",
    "EUR 350K p.a."): its unit keeps it, as a sentence's amount reads ("450 kgbp per year"); any other value as it is.
    The period names how often money is spent, no measure of its own: a fee stays the price it is."""
    if quantity.kind != "currency":
        return quantity
    figure = max(i for i in range(quantity.start, quantity.end) if text[i].isdigit()) + 1
    said = _period().search(text, figure, quantity.end + _PERIOD_LENGTH)
    # the period right after the figure, its scale and its currency ("450k per year", "350K EUR p.a."), whatever of it
    # the quantity read as its unit
    near = said and len(text[figure:said.start()].split()) <= 1 and said.start() <= quantity.end
    period = said.group(1).strip().lower() if near else ""
    return replace(quantity, unit=f"{quantity.unit}{'' if period[:1] == '/' else ' '}{period}") if period else quantity


def is_money(unit: str) -> bool:
    """The unit counts money, at its scale or not, however often it is spent: "EUR per year", "kgbp per year", "musd"."""
    head = re.split(r" |/", unit.lower(), maxsplit=1)[0]
    codes = {c.lower() for c in CURRENCY.values()}
    return head in codes or head[:1] in "km" and head[1:] in codes or head[:2] == "bn" and head[2:] in codes


_PERIOD_LENGTH = 12  # the most characters a period runs on after the quantity read


@lru_cache(maxsize=1)
def _period() -> re.Pattern:
    """A period right after an amount: its word of "per" ("per", "a", "pro", "/") and a unit of time (drafting.yaml
    kpi.amount_periods)."""
    periods = draft_data()["kpi"]["amount_periods"]
    per, times, alone = (alternation(periods[k]) for k in ("per", "times", "alone"))
    return re.compile(rf"(?<![^\W\d_])((?:{per}) ?(?:{times})|(?:{alone}))(?![\w/])", re.I)


def _written(number: str, scale: float, currency: str) -> str:
    if scale not in _SCALE_SIGN and scale != 1:  # a lakh or a crore: the amount it counts, written out
        number, scale = f"{float(number.replace(',', '')) * scale:.0f}", 1
    return f"{number} {_SCALE_SIGN.get(scale, '')}{CURRENCY[currency].lower()}"


def _kept(match: re.Match) -> str:
    return _written(match.group(2), _scale(match.group(3)), match.group(1))


def _kept_first(match: re.Match) -> str:
    return _written(match.group(1), _scale(match.group(2)), match.group(3))


def _scale(word: str | None) -> float:
    return SCALE.get(_scales().get(word, word), 1) if word else 1


@lru_cache(maxsize=1)
def _scales() -> dict[str, str]:
    """Each scale word -> the one quantities.py reads ("millones" -> "million", "mio." -> "mio")."""
    return {str(k): str(v) for k, v in draft_data()["kpi"]["amount_scales"].items()}


def scale_words() -> list[str]:
    """Every word an amount's scale is written in, quantities.py's and each language's: an offer's prices read by it."""
    return [*SCALE, *_scales()]


@lru_cache(maxsize=1)
def scale_link() -> str:
    """The optional word between a scale and its currency ("millones de euros", "millions d'euros"), as a pattern."""
    links = [re.escape(str(w)) + ("" if str(w)[-1] in "'’" else " ") for w in draft_data()["kpi"]["amount_links"]]
    return rf"(?:{'|'.join(sorted(links, key=len, reverse=True))})?"


@lru_cache(maxsize=1)
def _names() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(MONEY.names)})\b")


@lru_cache(maxsize=1)
def _amount_first() -> re.Pattern:
    scales = alternation([*SCALE, *_scales()])
    return re.compile(rf"(?<![\w.])({SIGN}|(?:{CODES})\b|{SHORT_MONEY}) ?(\d[\d,]*(?:\.\d+)?)"
                      rf"(?: ?({scales})(?!\w))?")


@lru_cache(maxsize=1)
def _shared() -> re.Pattern:
    scales = alternation([w for w in [*SCALE, *_scales()] if len(w) > 1])
    grammar = draft_data()["kpi"]["grammar"]
    to = alternation([*grammar["to"], *grammar["to_after_from"]])
    codes = alternation(set(CURRENCY.values()))
    return re.compile(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?) ({scales})(?= (?:{to}) \d[\d,]*(?:\.\d+)? "
                      rf"((?:k|m|bn)(?:{codes.lower()}))\b)")


@lru_cache(maxsize=1)
def _figure_first() -> re.Pattern:
    """A figure, its scale, then its currency: "1.2 mio. €", "0.9 million euros", "3 millones de euros"."""
    scales = alternation([w for w in [*SCALE, *_scales()] if len(w) > 1])  # "5 m eur": no metres read as millions
    currencies = alternation([*MONEY.signs, *MONEY.codes, *MONEY.names])
    return re.compile(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?) ?({scales})(?![\w/]) ?{scale_link()}({currencies})"
                      rf"(?![\w])")
