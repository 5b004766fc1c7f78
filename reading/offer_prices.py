"""What an offer's prose states it costs (questions/drafting.yaml `price_sheet: offer_prices`), as Compare shows it.

An amount is the offer's price where the words of its clause name what it buys, the pilot, the licence or the whole
offer ("El precio del piloto es de 38.500 €" -> "pilot 38.500 €"); the words before the amount name it in most
languages, the words after it where none before does ("EUR 96,000 for hardware and the pilot"). An amount charged by
the day or the hour, or for an option, prices a service or an extra, not the offer ("Commissioning is charged at EUR
1,150 per engineer day"), and money saved or lost, or a sentence's amount it puts outside the offer's value ("not part
of this offer's order value": `apart`), prices nothing (`not_fees`). The unit an amount is paid for ("por
horno") and how often ("anual": a year) are kept beside it, so a pilot's price and a licence's yearly fee read apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting, load_money
from questions.word_models import Money

from .kpi_amounts import scale_link, scale_words
from .money_written import grouped, style
from .quantities import quantities, short_scales
from .word_regex import alternation

_FIGURE = r"\d(?:[.,'\u202f ]?\d)*(?:,-)?"  # "38.500", "24,000", "1.2", "1 450", "1.200,-"
_BOUND = re.compile(r"[,;()]|\s[-–]\s")  # where a clause ends: the words past it name another thing (a colon ends
# a label, whose words name the amount after it: "Total project price: $1.2M")
_WORD = re.compile(r"[^\W\d_][\w'’/-]*")
# words that name no subject before an apart phrase ("is quoted separately", "will be priced separately")
_LINKS = frozenset("is are be been being was were will shall also all which that it they these this each can may and "
                   "ist sind wird werden est sont sera è sono es son".split())


def _any(words) -> str:
    """Any of the words, whole, longest first ("project price" before "price")."""
    parts = [(r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "")
             for w in sorted({w.lower() for w in words}, key=len, reverse=True)]
    return "|".join(parts) or r"(?!)"


def _amounts(money: Money) -> re.Pattern:
    """An amount whole: a currency then its figure and scale ("$1.2M", "USD 48K", "EUR 24,000"), or a figure then its
    currency ("38.500 €", "12 kEUR", "1,2 millones de euros"); the scales are those the KPI reads amounts by."""
    before = _any([*money.signs, *money.codes, *money.before_figures])
    after = _any([*money.signs, *money.codes, *money.names, *(f"{k}{c}" for c in money.codes for k in "kt")])
    times = alternation(set(scale_words()))
    times = rf"(?:\s?(?:{times})(?![^\W\d_]))?"  # "1.2M", "48K", "1,2 Mio.": right after the figure
    short = _any(short_scales())  # "₹6.5 L": India's lakh short, only after a currency
    return re.compile(rf"(?:{before})\s?{_FIGURE}(?:\s?(?:{short})(?![^\W\d_])|{times})|"
                      rf"{_FIGURE}{times}\s?{scale_link()}(?:{after})", re.IGNORECASE)


# a fee of upkeep in a sentence saying all is included ("Support from EUR 30,000 a year, all inclusive") is the whole
# yearly fee, the licence's, no upkeep's part alone
_UPKEEP, _WHOLE = "maintenance", "licence"


@dataclass(frozen=True)
class OfferPrices:
    amount: re.Pattern
    kinds: dict[str, re.Pattern]  # "pilot", "licence", "total" -> its words
    price: re.Pattern  # a bare word of price: the offer's price where no kind is named
    rates: re.Pattern
    options: re.Pattern
    apart: re.Pattern  # a sentence putting its amounts outside what the offer charges
    not_fees: re.Pattern
    per: re.Pattern
    periods: dict[str, re.Pattern]  # "a year" -> its words
    unit_stops: frozenset[str]
    joins: re.Pattern
    changes: re.Pattern  # "from" ending the words before an amount a change starts from
    change_to: re.Pattern  # "to" opening the words after it, before the amount it comes to
    whole: re.Pattern | None = None  # "all included": the fee said so is the whole fee, no upkeep's part
    unit_words: int = 3  # a unit's words after its "per": "por horno", "per press line"

    @classmethod
    def from_data(cls, sheet: dict, money: Money) -> OfferPrices:
        data = sheet["offer_prices"]
        compiled = lambda words: re.compile(_any(words), re.IGNORECASE)  # noqa: E731
        return cls(amount=_amounts(money),
                   kinds={kind: compiled(words) for kind, words in data["kinds"].items()},
                   price=compiled(sheet["price_headers"]), rates=compiled(data["rates"]),
                   options=compiled(data["options"]), apart=compiled(data.get("apart", [])),
                   not_fees=compiled(sheet["not_fees"]),
                   per=re.compile(rf"\s*(?:{_any(data['per'])})\s", re.IGNORECASE),
                   periods={said: compiled(words) for said, words in data["periods"].items()},
                   unit_stops=frozenset(w.lower() for w in data["unit_stops"]), joins=compiled(data["joins"]),
                   changes=re.compile(rf"(?:{_any(data['changes'])})\s*$", re.IGNORECASE),
                   change_to=re.compile(rf"\s*(?:{_any(data['change_to'])})\s*$", re.IGNORECASE),
                   whole=compiled(data["whole"]) if data.get("whole") else None)

    def stated(self, sentence: str) -> list[str]:
        """Each amount of the sentence that prices the offer, as "pilot 38.500 €", "licence 12.900 € por horno a
        year"; none for a rate, an option, money saved, or an amount a change starts from ("came down from ₹41 to
        ₹31"). A count times an amount is their product ("3 x 4.800,00 € + IVA anuales": "licence 3 x 4.800,00 € =
        14.400,00 € a year"); amounts summed ("A + B = C per year") share the period said after the sum."""
        found = _outside(list(self.amount.finditer(sentence)), [apart_clause(sentence, m) for m in self.apart.finditer(sentence)])
        # a legend's run, each figure after its own label ("Hardware e sensori (pos. 1-4) 33.430 € Software e licenze
        # (pos. 5-6) 22.800 € ..."): the words after a figure label the next one, never it (walk74: "licence 33.430 €"),
        # its bracket too
        legend = _legend(sentence, found)
        out, parts = [], _summed(sentence, found)
        whole = self.whole is not None and self.whole.search(sentence) is not None
        for i, match in enumerate(found):
            if i in parts:
                continue  # "licence Rs. 3,60,000 + AMC Rs. 95,000 = Rs. 4,55,000": a part of the sum, in its total
            before = sentence[found[i - 1].end() if i else 0:match.start()]
            after = sentence[match.end():found[i + 1].start() if i + 1 < len(found) else len(sentence)]
            if self.changes.search(before) and i + 1 < len(found) and self.change_to.fullmatch(after):
                continue
            tail = _clause(sentence[found[-1].end():]) if "=" in sentence[match.end():found[-1].start()] else ""
            amount = times(before, match.group().strip(), sentence)
            first = min((k for k, total in parts.items() if total == i), default=None)
            if first is not None:  # the sum's total, said with its parts, named by the words before them
                before = sentence[found[first - 1].end() if first else 0:found[first].start()]
                amount = sentence[found[first].start():match.end()].strip()
            said = self._said(self._joined_last(before if legend else _clause_end(before)), _clause(after) + " " + tail, amount,
                              _dashed(before), ahead=not (legend and i + 1 < len(found)))
            if said:
                out.append(_WHOLE + said[len(_UPKEEP):] if whole and said.startswith(_UPKEEP + " ") else said)
        return out

    def _joined_last(self, before: str) -> str:
        """The words after the last join ("y la licencia anual posterior es de"): another amount's words are none."""
        joins = list(self.joins.finditer(before))
        return before[joins[-1].end():] if joins else before

    def _own(self, after: str) -> str:
        """The words after an amount up to its first stop ("por horno" of "por horno y año")."""
        words = [m for m in _WORD.finditer(after) if m.group().lower() in self.unit_stops]
        return after[:words[0].start()] if words else after

    def _said(self, before: str, after: str, amount: str, dashed: str = "", ahead: bool = True) -> str:
        near = before + " " + self._own(after)
        if self.rates.search(near) or self.options.search(near) or self.not_fees.search(near):
            return ""
        kind = self._kind(before, after if ahead else "") or self._kind(dashed, "")  # "pilot ... possible – Press line 3 ... @ ₹6.5 L"
        if not kind:
            return ""
        period = next((said for said, words in self.periods.items() if words.search(near)), "")
        unit = "" if period and self._period_first(after) else self._unit(after)
        return " ".join(part for part in (kind, amount, unit, period) if part)

    def _kind(self, before: str, after: str) -> str:
        """The kind the words nearest before the amount name, else the first after it; a bare "price" where neither
        names one."""
        named = [(m.start(), kind) for kind, words in self.kinds.items() for m in words.finditer(before)]
        if named:
            return max(named)[1]
        named = [(m.start(), kind) for kind, words in self.kinds.items() for m in words.finditer(after)]
        if named:
            return min(named)[1]
        return "price" if self.price.search(before) else ""

    def _period_first(self, after: str) -> bool:
        return any(words.match(after.strip()) for words in self.periods.values())

    def _unit(self, after: str) -> str:
        """"por horno": the words an amount is paid for, after its "per", up to the clause's end."""
        opened = self.per.match(after)
        if not opened:
            return ""
        words = []
        for word in _WORD.findall(after[opened.end():])[:self.unit_words]:
            if word.lower() in self.unit_stops:
                break
            words.append(word)
        unit = " ".join(words)
        cut = min((m.start() for p in self.periods.values() for m in p.finditer(unit)), default=len(unit))
        unit = unit[:cut].strip()  # "per line per year": the line is the unit, the year how often
        return f"{opened.group().strip()} {unit}" if unit else ""


def apart_clause(sentence: str, said: re.Match) -> tuple[int, int] | None:
    """The clause an apart phrase speaks of where it names its own subject ("from EUR 4,900 per month, hardware and
    onboarding quoted separately", walk82: the whole sentence was set apart, so the brochure stated no price); None
    where it speaks of the sentence's subject ("The SAP link, EUR 12,000, is quoted separately")."""
    start = max((m.end() for m in _BOUND.finditer(sentence, 0, said.start())), default=0)
    end = next((m.start() for m in _BOUND.finditer(sentence, said.end())), len(sentence))
    own = [w for w in _WORD.findall(sentence[start:said.start()]) if w.lower() not in _LINKS]
    return (start, end) if len(own) >= 2 and (start or end < len(sentence)) else None


def _outside(found: list[re.Match], spans: list[tuple[int, int] | None]) -> list[re.Match]:
    """The amounts no apart clause holds; none where an apart phrase speaks of the whole sentence."""
    if None in spans:
        return []
    return [m for m in found if not any(start <= m.start() < end for start, end in spans)]


def told_period(text: str) -> str:
    """How often the words say an amount is paid ("a year", "a month"), "" where they say none; a slash spaced from
    its period ("4 800,00 € / an") says it as "/an" does (walk80 read it as none and said the year a second time)."""
    text = re.sub(r"/\s+(?=[^\W\d_])", "/", text)
    return next((said for said, words in offer_prices().periods.items() if words.search(text)), "")


def _summed(sentence: str, found: list[re.Match]) -> dict[int, int]:
    """Each amount added up in a sum told with its total ("A + B = C", "Rs. 4,80,000 + hardware AMC Rs. 2,21,400 =
    Rs. 7,01,400") -> the index of that total: the parts are in it, never each a price of its own."""
    parts: dict[int, int] = {}
    for j in range(1, len(found)):
        if sentence[found[j - 1].end():found[j].start()].strip() != "=":
            continue
        k = j - 1
        while k > 0 and _PLUS.fullmatch(sentence[found[k - 1].end():found[k].start()]):
            k -= 1
        parts |= {at: j for at in range(k, j)} if k < j - 1 else {}
    return parts


_PLUS = re.compile(r"\s*\+\s*(?:[^\W\d_][\w.'’/-]*\s+){0,4}")  # "+ hardware AMC ": a part and its name


def _legend(sentence: str, found: list) -> bool:
    """Figures each after a label of its own, a capital opening each ("Hardware 33.430 € Software e licenze 22.800 €"),
    not a clause that goes on ("38.500 € for the pilot and 12.900 € for the licence")."""
    gaps = [sentence[a.end():b.start()].strip() for a, b in zip(found, found[1:])]
    return bool(gaps) and bool(_WORD.search(sentence[:found[0].start()])) and all(g[:1].isupper() for g in gaps)


def _dashed(text: str) -> str:
    """The clause before a dash that opens the amount's own clause: what its details are of."""
    parts = re.split(r"\s[-–]\s", text)
    return _BOUND.split(parts[-2])[-1] if len(parts) > 1 and not re.search(r"[,;()]", parts[-1]) else ""


_TIMES = re.compile(r"(?<![\w.,])(\d{1,4})\s?[x×]\s?$")


def times(before: str, amount: str, sentence: str) -> str:
    """"3 x 4.800,00 € = 14.400,00 €": a count right before the amount times it, written as the sentence writes money;
    the amount alone where no count is."""
    count = _TIMES.search(before)
    money = [q for q in quantities(amount) if q.kind == "currency"]
    if not count or not money or int(count.group(1)) < 2:
        return amount
    product = regrouped_like(amount, money[0].value * int(count.group(1)), sentence)
    return f"{count.group(1)} x {amount} = {product}"


def regrouped_like(amount: str, value: float, sentence: str) -> str:
    """The amount with its figure replaced by the value, in the sentence's style ("4.800,00 €" -> "14.400,00 €")."""
    figure = re.search(_FIGURE, amount)
    return amount[:figure.start()] + grouped(value, style(amount + " " + sentence)) + amount[figure.end():]


def _clause_end(text: str) -> str:
    """The text's last clause: the words that lead up to an amount."""
    return _BOUND.split(text)[-1]


def _clause(text: str) -> str:
    """The text's first clause: the words an amount goes on with."""
    return _BOUND.split(text)[0]


@lru_cache(maxsize=1)
def offer_prices() -> OfferPrices:
    """drafting.yaml's `price_sheet: offer_prices`, with words.yaml's currencies."""
    return OfferPrices.from_data(load_drafting()["price_sheet"], load_money())
