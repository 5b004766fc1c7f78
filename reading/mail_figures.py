"""The figures of a sentence as a sales e-mail and an offer state them (reading/mail_contradicts.py): each a value or a
range, what it measures (a percentage, a length of time in days, money in a currency, or a count of a thing: "40 le
presse"), and the words near it that say what it is about ("sensori predittivi", "avvio in").

The words are drafting.yaml `sales_mail.contradicts`: units, currencies, bounds ("fino al 15%" is 0 to 15), the fillers
between a count and its thing ("tutte e 40 le presse"), and the groups of measure words that name the same thing in
other words ("partiamo in 6 settimane", "avvio in 12 settimane")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting

from .word_regex import alternation

_NUMBER = r"\d{1,3}(?:[.,\u2019'\u202f\u00a0]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
# a word, a number (not glued to a letter, a dash or a slash before it: "O1", "EG-200", "24/7"), or a sign
_TOKEN = re.compile(rf"(?P<number>(?<![\w/.,])(?<![^\W\d_][\-\u2013])(?:{_NUMBER}))|(?P<word>[^\W\d_]+)|(?P<sign>[%€$£\-\u2013])")
_RANGE_WORDS = {"-", "\u2013", "to", "a", "al", "bis", "à", "and", "e", "und", "et", "y"}
_YEARS = range(1900, 2101)


@dataclass(frozen=True)
class Figure:
    sentence: str
    low: float
    high: float
    kind: str  # "percent", "days", "money:eur", "count:press"
    about: frozenset[str]  # the stems of the words near it, and "@start" for a measure group's word right before it

    def fits(self, other: Figure) -> bool:
        """Whether one's value lies within the other's range, or the two ranges overlap."""
        slack = 1e-6 * max(abs(self.high), abs(other.high), 1)
        return self.low <= other.high + slack and other.low <= self.high + slack


@dataclass(frozen=True)
class Words:
    near: int
    least: int
    fillers: frozenset[str]
    units: dict[str, str]  # a unit's word -> its kind
    days_in: dict[str, float]
    currencies: dict[str, str]  # a currency's word or sign -> its name
    rates: frozenset[str]  # after a sum, the words of a rate ("per", "/")
    up_to: re.Pattern
    at_least: re.Pattern
    measures: list[tuple[str, re.Pattern]]
    stop: frozenset[str]  # words no thing is named by: generic words, negations, fillers, units, currencies


@lru_cache(maxsize=1)
def words() -> Words:
    spec = load_drafting()["sales_mail"]["contradicts"]
    ending = lambda key: re.compile(rf"(?:^|\W)(?:{alternation(spec[key], spaced=True)})\s*\Z")  # noqa: E731
    currencies = {str(c).lower(): {"€": "eur", "euro": "eur", "euros": "eur", "$": "usd", "£": "gbp"}.get(
        str(c).lower(), str(c).lower()) for c in spec["currencies"]}
    return Words(near=int(spec["near"]), least=int(spec["least_letters"]), fillers=frozenset(spec["fillers"]),
                 units={str(w).lower(): kind for kind, ws in spec["units"].items() for w in ws},
                 days_in={k: float(v) for k, v in spec["days_in"].items()}, currencies=currencies,
                 rates=frozenset(map(str, spec["rates"])),
                 up_to=ending("up_to"), at_least=ending("at_least"),
                 measures=[(f"@{group}", re.compile(rf"(?<!\w)(?:{alternation(ws, spaced=True)})(?!\w)"))
                           for group, ws in spec["measures"].items()],
                 stop=frozenset(map(str, [*spec["generic"], *spec["negations"], *spec["fillers"], *currencies,
                                          *(u for us in spec["units"].values() for u in us)])))


def stem(word: str) -> str:
    """A word's stem across plurals and endings: "presse", "presses", "Pressen", "pressa" -> "press"; "sensori",
    "sensors", "Sensoren" -> "sensor"."""
    word = word.lower()
    if len(word) > 5 and word.endswith("en"):
        word = word[:-2]
    elif len(word) > 4 and word.endswith("s"):
        word = word[:-1]
    return word[:6].rstrip("aeiouyàèéìòóù") or word[:6]


def value(number: str) -> float:
    """'8.500' and '8,500' -> 8500, '18.000,00' -> 18000, '99,5' -> 99.5, '4.1' -> 4.1."""
    if re.fullmatch(r"\d{1,3}(?:[.,\u2019'\u202f\u00a0]\d{3})+(?:[.,]\d{1,2})?", number):
        whole = re.sub(r"[.,]\d{1,2}\Z", "", number) if re.search(r"[.,]\d{1,2}\Z", number) else number
        cents = number[len(whole) + 1:] if whole != number else ""
        return float(re.sub(r"\D", "", whole) + (f".{cents}" if cents else ""))
    return float(number.replace(",", "."))


def about(text: str, start: int, end: int, lowered: str | None = None) -> frozenset[str]:
    """The stems of the words of text[start:end] that may name a thing, the measure groups whose word stands there."""
    w, piece = words(), (lowered or text.lower())[start:end]
    stems = {stem(m.group()) for m in re.finditer(r"[^\W\d_]+", piece) if len(m.group()) >= w.least
             and m.group() not in w.stop}
    return frozenset(stems)


def figures(sentence: str) -> list[Figure]:
    """The sentence's figures: each a number or a range with its unit, currency or counted thing; a year, a section's
    number or a figure with none of them is none."""
    w, lower = words(), sentence.lower()
    tokens = list(_TOKEN.finditer(lower))
    numbers = [i for i, t in enumerate(tokens) if t.group("number")]
    found = []
    for n, i in enumerate(numbers):
        if n and i - numbers[n - 1] in (2, 3) and tokens[i - 1].group() in _RANGE_WORDS:
            continue  # the second number of a range
        low = high = value(tokens[i].group())
        last = i
        if i + 2 < len(tokens) and tokens[i + 1].group() in _RANGE_WORDS and tokens[i + 2].group("number"):
            high, last = value(tokens[i + 2].group()), i + 2
            if high < low:
                continue  # "62443-4": a standard's name, no range
        elif _changed(tokens, i):  # "from 71% to 85%", "von 46 auf 15 Stunden": both ends said, a range
            low, high = sorted((low, value(tokens[i + 3].group())))
            last = i + 3
        kind = _kind(tokens, i, last, low, high, sentence)
        if kind is None:
            continue
        before = lower[:tokens[i].start()]
        if w.up_to.search(before):
            low = 0.0
        elif w.at_least.search(before):
            high = float("inf")
        if kind.startswith("days:"):
            kind, factor = "days", w.days_in[kind[5:]]
            low, high = low * factor, high * factor
        lo = tokens[max(numbers[n - 1] + 1 if n else 0, i - w.near)].start() if i else 0
        nxt = numbers[n + 1] if n + 1 < len(numbers) else len(tokens)
        hi = tokens[min(nxt, last + 1 + w.near) - 1].end() if last + 1 < len(tokens) else len(lower)
        said = about(sentence, lo, hi, lower) | _measured(lower[lo:tokens[i].start()])
        found.append(Figure(sentence, low, high, kind, said - {kind.split(":")[-1]}))
    return found


def _changed(tokens: list, i: int) -> bool:
    """Whether the figure's unit is followed by another figure of the same unit ("71% to 85%", "6 weeks - 8 weeks")."""
    if i + 4 >= len(tokens) or not tokens[i + 3].group("number") or tokens[i + 2].group() not in _RANGE_WORDS:
        return False
    unit = tokens[i + 1].group()
    return unit in words().units and words().units.get(tokens[i + 4].group()) == words().units[unit]


def _kind(tokens: list, first: int, last: int, low: float, high: float, sentence: str) -> str | None:
    """What the figure measures: the unit or counted thing after it, the currency before or after it. A count is a
    whole number with its thing right after it, not a table's position or section number ("| 2 | Sensor", "2.4 Link")."""
    w = words()
    after = tokens[last + 1].group() if last + 1 < len(tokens) else ""
    before = tokens[first - 1].group() if first else ""
    if after in w.currencies or before in w.currencies:
        at = last + 2 if after in w.currencies else last + 1
        rate = at < len(tokens) and tokens[at].group() in w.rates or sentence[tokens[last].end():][:3].lstrip()[:1] == "/"
        return f"money:{w.currencies.get(after) or w.currencies[before]}" + (":rate" if rate else "")
    if after in w.units:
        unit = w.units[after]
        return "percent" if unit == "percent" else f"days:{unit}"
    if low == high and low in _YEARS:
        return None
    at = last + 1
    while at < len(tokens) and at <= last + 2 and tokens[at].group() in w.fillers:
        at += 1
    thing = tokens[at].group("word") if at < len(tokens) else None
    if not thing or len(thing) < w.least or thing in w.stop or low != int(low) or high != int(high):
        return None
    if re.search(r"\||\t| {2}", sentence[tokens[last].end():tokens[at].start()]):
        return None  # a table's row: its first cell numbers it
    return f"count:{stem(thing)}"


def _measured(before: str) -> frozenset[str]:
    """The measure groups one of whose words stands right before a figure ("avvio in", "Lieferzeit:")."""
    return frozenset(group for group, pattern in words().measures if pattern.search(before))
