"""An offer's minimum term, and what its stated prices cost over a term, per currency (questions/drafting.yaml
`price_sheet: term`).

The term is a word of it and a length in months or years in one clause ("Minimum term 36 months", "36-month minimum
term", "plazo mínimo de 36 meses", "Mindestlaufzeit 36 Monate"). The cost over a term is each currency's one-off price
plus its yearly fees times the years and its monthly fees times the months: never two currencies added, an amount whose
currency is not stated kept apart, and a price per unit ("USD 1,200 per connected asset a month") or per another period
left out of the sum and said so. A document's totals stand for its rows; where two documents state the same money (a
proposal's summary rows and the price sheet's detailed ones) the larger sum stands, and a difference between them is
said (walk77: its proposal summed USD 70,050, its price sheet USD 70,030).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from questions.loader import load_drafting

from .fees import a_total, fees
from .money_written import grouped
from .offer_prices import offer_prices
from .price_conditions import floored, without_options
from .price_currency import currencies
from .quantities import quantities
from .word_regex import alternation

_BESIDE = re.compile(r" \([^()]*\d[^()]*\)$")  # the total with its tax, in brackets after the net one
_AGREE = 0.01  # two documents' sums this close state the same money


@lru_cache(maxsize=1)
def _others() -> re.Pattern:
    """A word of another period than the term ("garanzia", "conservati", "Zahlungsziel")."""
    words = load_drafting()["price_sheet"]["term"]["others"]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(re.escape(w) for w in words)})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _data_after() -> re.Pattern:
    """A word of data right after a length ("6 miesięcy danych", "6 months of data", "12 Monate Daten")."""
    words = load_drafting()["price_sheet"]["term"]["data_after"]
    return re.compile(rf"[ \u00a0]{{1,2}}(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})"
                      r"(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _term() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_drafting()["price_sheet"]["term"]
    either = lambda key: alternation(data[key])  # noqa: E731
    numbers = "|".join(rf"(?<![^\W\d_]){re.escape(w)}" for w in sorted(data.get("numbers", {}), key=len, reverse=True))
    length = (rf"(?P<n>\d{{1,3}}|{numbers})(?:\s?\(\d{{1,3}}\))?\s?-?\s?(?:(?P<months>{either('months')})|"
              rf"(?P<years>{either('years')}))(?![^\W\d_])")
    gap = rf"(?:[^\w.;\n]+[^\W\d_][\w'’-]*){{0,{int(data['reach'])}}}?[^\w.;\n]+"  # words of one clause between
    within = gap.replace(".;", ".;,")  # a length before the term word: in its phrase, no comma between
    term = rf"(?<![^\W\d_])(?P<term>{either('words')})(?![^\W\d_])"
    floor = rf"(?<![^\W\d_])(?P<term>{either('floors')})(?:(?<=\.)|(?![^\W\d_]))\s?:?\s?"  # "min. 36 mnd"
    return (re.compile(rf"{term}{gap}{length}", re.IGNORECASE),  # "Minimum term 36 months"
            re.compile(rf"{length}{within}{term}", re.IGNORECASE),  # "a 36-month minimum term"
            re.compile(rf"{floor}{length}", re.IGNORECASE))  # "min. 36 mnd", "mind. 24 Monate"


@lru_cache(maxsize=64)
def term_months(text: str) -> int | None:
    """The minimum term the text states, in months; None where it states none. A term said as the condition of
    another price ("bij een looptijd van 36 maanden", "with a term of 36 months") is an option's, not the offer's."""
    text = without_options(text)
    found = sorted((m for pattern in _term() for m in pattern.finditer(text)), key=lambda m: m.start())
    said = next((m for m in found if not _of_another(text, m)), None)
    if not said:
        return None
    number = said.group("n")
    count = int(number) if number.isdigit() else int(load_drafting()["price_sheet"]["term"]["numbers"][number.lower()])
    return count * 12 if said.group("years") else count


def _of_another(text: str, said: re.Match) -> bool:
    """The length is another period's (a warranty, a retention, a notice): a word of one is said before it in its
    clause ("conservati per 24 mesi ... durata del contratto", "Garantie: mind. 24 Monate"), or between the term word
    and it ("Contract term ... warranty 24 months"); or it is a length of data, said right after it ("min. 6 miesięcy
    danych", "at least 6 months of data")."""
    if _data_after().match(text, said.end()):
        return True
    if said.re is _term()[0]:
        lead = text[said.end("term"):said.start("n")]
    else:
        lead = re.split(r"[.;,\n]", text[:said.start()])[-1]
    return bool(_others().search(lead))


@dataclass
class Cost:
    """What an offer's price lines cost, per currency: its one-off price and its fees a year."""
    once: dict[str, float] = field(default_factory=dict)  # currency -> one-off
    yearly: dict[str, float] = field(default_factory=dict)  # currency -> fees a year (monthly ones times 12)
    untold: list[str] = field(default_factory=list)  # lines whose currency is not stated
    apart: list[str] = field(default_factory=list)  # lines priced per unit or per another period: not summed
    differ: list[str] = field(default_factory=list)  # where the documents state different sums of one currency
    floor: bool = False  # a line summed is said as its least ("ab € 2.900 / Monat"): the sum is the least it costs
    unpriced: list[str] = field(default_factory=list)  # items costed as they come ("nach Aufwand"): no amount

    def over(self, months: int) -> dict[str, float]:
        """Each currency's one-off price and its fees over `months`."""
        return {code: self.once.get(code, 0.0) + self.yearly.get(code, 0.0) * months / 12
                for code in dict.fromkeys([*self.once, *self.yearly])}

    def said(self, months: int | None, how: str = "english+cents") -> str:
        """In words: "USD 70,050.00; MXN 2,219,500.00 over 36 months (one-off USD 70,050.00, MXN 1,661,500.00; a year
        MXN 186,000.00 x 3)", and what it leaves out."""
        money = lambda code, value: f"{code} {grouped(value, how)}"  # noqa: E731
        parts, least = [], "at least " if self.floor else ""
        if self.once or self.yearly:
            once = ", ".join(money(c, v) for c, v in self.once.items())
            yearly = ", ".join(money(c, v) for c, v in self.yearly.items())
            if months and self.yearly:
                sums = "; ".join(money(c, v) for c, v in self.over(months).items())
                years = f"{months / 12:g}"
                parts.append(f"{least}{sums} over {months} months ({'one-off ' + once + '; ' if once else ''}"
                             f"a year {yearly} x {years})")
            elif months:
                parts.append(f"{least}{'; '.join(money(c, v) for c, v in self.once.items())} over {months} months "
                             "(one-off)")
            else:
                parts.append(least + "; ".join(p for p in (f"one-off {once}" if once else "", f"{yearly} a year" if yearly else "")
                                       if p) + " (no minimum term stated)")
        parts += [f"not added, currency not stated: {'; '.join(self.untold)}"] if self.untold else []
        parts += [f"not added, priced per unit or period: {'; '.join(self.apart)}"] if self.apart else []
        parts += [f"the documents differ: {'; '.join(self.differ)}"] if self.differ else []
        parts += [f"not priced, costed as it comes: {'; '.join(self.unpriced)}"] if self.unpriced else []
        return ". ".join(parts) or "not stated"


def costed(documents: list[tuple[str, list[str]]]) -> Cost:
    """The cost of an offer's own price lines (no options), each document's (its title, its lines): per currency and
    period, a document's totals where it states any, else the sum of its rows; a document's total before another's rows,
    and the larger of two documents' sums."""
    out, sums = Cost(), {}
    for title, lines in documents:
        read = [_read(line, out) for line in dict.fromkeys(lines)]
        for key in dict.fromkeys((code, period) for code, period, _, _ in filter(None, read)):  # as the offer lists them
            rows = [(value, total) for code, period, value, total in filter(None, read) if (code, period) == key]
            totals = [value for value, total in rows if total]
            sums.setdefault(key, []).append((max(totals) if totals else sum(value for value, _ in rows), title,
                                             bool(totals)))
    for (code, period), said in sums.items():
        said = [(v, title) for v, title, total in said if total] or [(v, title) for v, title, _ in said]
        value = max(v for v, _ in said)
        if len(said) > 1 and min(v for v, _ in said) < value * (1 - _AGREE):
            out.differ.append(", ".join(f"{title} {code} {grouped(v, 'english+cents')}" for v, title in said))
        bucket = out.once if period == "once" else out.yearly
        bucket[code] = bucket.get(code, 0.0) + value * (12 if period == "month" else 1)
    return out


def _read(line: str, cost: Cost) -> tuple[str, str, float, bool] | None:
    """(currency, "once" | "year" | "month", amount, is a total) of a price line; None for one not summed, which
    `cost` keeps apart."""
    money = [q for q in quantities(_BESIDE.sub("", line)) if q.kind == "currency"]
    if not money:
        return None
    code = currencies().of(line)
    if not code:
        cost.untold.append(line)
        return None
    lower = " ".join(line.lower().replace("/ ", "/").split())
    period = next((said.split()[-1] for said, words in offer_prices().periods.items() if words.search(lower)), "")
    if not period and fees().recurring.search(lower):  # "per quarter": no period of the sum
        cost.apart.append(line)
        return None
    if _per_unit(line):
        cost.apart.append(line)
        return None
    cost.floor = cost.floor or floored(line)
    return code, period or "once", money[-1].value, a_total(line)


def _per_unit(line: str) -> bool:
    """The amount is paid per unit ("per connected asset", "por horno", "per gateway"), not for the whole offer: its
    "per" opens words that are no period."""
    prices, text = offer_prices(), " " + line.lower()
    for opened in prices.per.finditer(text):
        said = text[opened.start():].strip()
        if not any(words.match(said) for words in prices.periods.values()) and re.match(r"[^\W\d_]", text[opened.end():]):
            return True
    return False
