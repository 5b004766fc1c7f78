"""A price sheet's rows read for what they cost (questions/drafting.yaml `price_sheet`).

A row quotes an amount where one of its cells holds a figure beside a currency of words.yaml `money` ("R$ 18.000",
"250 EUR/month") or a bare figure under a header that names a price or a currency ("Unit price (R$): 54000"). A priced
row billed again and again ("per year", "EUR 1.200 / Jahr", "Billing: per year") is a recurring fee, which answers what
upkeep costs after the pilot with its amount; a one-off price is no recurring cost, a total or a tax line is no fee of
its own, and money the plant saves or loses is no fee at all. A document whose lines with figures are mostly priced
rows is a price sheet (questions.models DOCUMENT_KINDS), however it came: a workbook, a Word or PDF table, a paste.
A row is a line of cells (a table's row line "Item: ...; Price: ...", bars, tabs) or a short line with no sentence's end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from proposals.tables import row_cells
from questions.loader import load_drafting, load_money
from questions.word_models import Money
from reading.price_lines import stated as price_lines
from reading.offer_prices import offer_prices
from reading.price_conditions import as_floor, floored, on_term
from reading.quantities import quantities

_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of an item, not a position's code ("O3")
_FIGURE = re.compile(r"\d[\d.,' ]*(?:,-)?")  # "54000", "1.200", "9,500", "1.200,-"
_BARE = re.compile(r"\s*" + _FIGURE.pattern + r"\s*")  # a cell that is a figure alone
_DIGIT = re.compile(r"\d")
_COUNT = re.compile(r"0*[1-9]\d*(?:[.,]\d+)?")  # a quantity above 0: "6", "12", "1,5"
_ENDS = ".!?"  # a line ending so is prose, no row
_PERIOD_END = 8  # ... but for a period written short at its end ("p.a.")


def _phrases(words) -> str:
    """Any of the words, whole where they start or end with a letter ("/yr" ends one after "EUR")."""
    parts = [(r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "")
             for w in sorted({w.lower() for w in words}, key=len, reverse=True)]
    return "|".join(parts) or r"(?!)"


def _money(money: Money) -> re.Pattern:
    """A figure beside a currency: its sign, code or short form before ("R$ 18.000", "EUR 1.200"), or its sign, code,
    name or thousands of its code after ("250 EUR", "18.000 €", "12 kEUR")."""
    before = _phrases([*money.signs, *money.codes, *money.before_figures])
    after = _phrases([*money.signs, *money.codes, *money.names, *(f"{k}{c}" for c in money.codes for k in "kt")])
    return re.compile(rf"(?:{before})\s?\d|\d(?:,-)?\s?(?:{after})", re.IGNORECASE)


@dataclass(frozen=True)
class Fees:
    answers: str  # the question a recurring fee answers
    max_rows: int  # fee rows quoted beside the answer's own sentences
    max_words: int  # a line without cells is a row as long as this
    amount: re.Pattern
    headers: re.Pattern  # a header naming a price or a currency: the figure under it is an amount
    recurring: re.Pattern
    one_off: re.Pattern
    totals: re.Pattern  # a row's label naming a total or a tax
    not_fees: re.Pattern  # money the plant saves or loses
    sums: re.Pattern  # a total alone ("Summe netto"), no tax
    part_totals: re.Pattern  # a subtotal ("Zwischensumme", "Sous-total")
    first_year: re.Pattern  # a total of the first year ("Totale primo anno"): the first year's fees are in it
    parts: re.Pattern  # a part of the offer a total may be of ("Faza 1", "Phase 2", "Lot 3")
    whole: re.Pattern  # the total of every part ("Grand total", "Razem ogółem")
    taxes: re.Pattern  # a tax ("zzgl. 19 % MwSt"): its line is no price
    gross: re.Pattern  # a total with its tax in it ("Gesamtbetrag brutto"): the same price again
    sheet_rows: int
    sheet_share: float
    quantities: frozenset[str]  # a quantity's headers
    saved_answers: str  # the question money saved per period answers
    saves: re.Pattern  # a row or its heading naming money saved or returned
    less: re.Pattern  # a row's item opening so names what the offer cuts
    currency: re.Pattern  # a currency as a header names it ("Amount (Rs.)", "Importe (€)", "One-off (GBP)")
    letterhead: re.Pattern  # a letterhead's or footer's line: share capital, registry and tax numbers, bank account

    @classmethod
    def from_data(cls, data: dict, money: Money) -> Fees:
        currencies = [*money.signs, *money.codes, *money.before_figures, *money.names]
        listed = {key: re.compile(_phrases(data.get(key, []))) for key in ("recurring", "one_off", "not_fees", "taxes",
                                                                            "gross", "letterhead", "part_totals", "first_year",
                                                                            "parts", "whole")}
        return cls(answers=data["answers"], max_rows=int(data["max_rows"]), max_words=int(data["max_words"]),
                   amount=_money(money), headers=re.compile(_phrases([*data["price_headers"], *currencies])),
                   **listed, totals=re.compile(_phrases([*data["totals"], *data.get("taxes", [])])),
                   sums=re.compile(_phrases(data["totals"])), sheet_rows=int(data["sheet"]["rows"]),
                   sheet_share=float(data["sheet"]["share"]),
                   quantities=frozenset(h.lower() for h in data.get("quantity_headers", [])),
                   saved_answers=data["savings"]["answers"], saves=re.compile(_phrases(data["savings"]["names"])),
                   less=re.compile(rf"^(?:{_phrases(data['savings']['less'])})"),
                   currency=re.compile(_phrases(currencies), re.IGNORECASE))

    def part(self, item: str) -> bool:
        """A row's item names the total of one part of the offer ("Razem Faza 1", "Subtotal Phase 2", "Zwischensumme"),
        not of every part ("Grand total", "Total all phases")."""
        item = item.lower()
        named = self.part_totals.search(item) or (self.sums.search(item) and self.parts.search(item))
        return bool(named) and not self.whole.search(item)

    def cells(self, line: str) -> list[tuple[str, str]]:
        """(header, cell) of a row, '' for a header not written; [] for a line that is no row."""
        pairs = row_cells(line)
        if pairs:
            return pairs
        for bar in ("|", "\t"):
            cells = [c.strip() for c in line.strip().strip("|").split(bar) if c.strip()]
            if len(cells) > 1:
                return [("", c) for c in cells]
        end = line.rstrip()
        period = self.recurring.search(end.lower(), max(0, len(end) - _PERIOD_END))  # "EUR 350K p.a.": no sentence's end
        ends = end.endswith(tuple(_ENDS)) and not (period and period.end() == len(end))
        short = len(line.split()) <= self.max_words and not ends
        head, colon, cell = line.partition(": ")
        if colon and len(head.split()) <= 6 and short:  # "Annual licence: EUR 14,000"
            return [("", head), ("", cell)]
        return [("", line.strip())] if short else []

    def _priced(self, cells: list[tuple[str, str]]) -> bool:
        return any(self.amount.search(cell) or (head and _BARE.fullmatch(cell) and self.headers.search(head.lower()))
                   for head, cell in cells)

    def priced(self, line: str) -> bool:
        """The line is a row that quotes an amount."""
        return _DIGIT.search(line) is not None and self._priced(self.cells(line))

    def fee(self, line: str) -> bool:
        """The line is a row of a fee billed again and again, with its amount: not a one-off price, not a total or a
        tax line (its first cell, the item, says so: "Total per year", "VAT 19 %"), not money saved or lost."""
        cells = self.cells(line) if _DIGIT.search(line) else []  # most sentences hold no figure
        if not cells or not self._priced(cells):
            return False
        lower = " ".join(line.lower().replace("/ ", "/").split())
        return (bool(self.recurring.search(lower)) and not self.one_off.search(lower) and not self.not_fees.search(lower)
                and not self.totals.search(cells[0][1].lower()) and not self._cut(cells))

    def _cut(self, cells: list[tuple[str, str]]) -> bool:
        """The row's item opens with a word of less: what the offer cuts ("Lower scrap on line 2"), no item bought."""
        item = next((cell for head, cell in cells if _WORD.search(cell) and not self._priced([(head, cell)])), "")
        return bool(self.less.search(item.strip().lower()))

    def savings(self, lines: list[str]) -> list[int]:
        """Where the lines tell money the plant saves each period: a priced row counted per period whose own words, or
        the lines without a figure right above its rows (a heading, a table's header: "Expected savings", "| Item |
        Expected saving |"), name money saved or returned, or whose item opens with a word of less ("Lower scrap: $120k
        per year")."""
        found, heading, figured = [], "", False
        read: dict[str, tuple[bool, bool]] = {}  # a line said again (a long offer's running lines) is read once
        for at, line in enumerate(lines):
            if not _DIGIT.search(line):
                if _WORD.search(line):  # no rule ("|---|"): the heading lines since the last row
                    heading, figured = ("" if figured else heading) + " " + line.lower(), False
                continue
            figured = True
            recurs, saves = read.get(line) or read.setdefault(line, self._recurs_saved(line))
            if recurs and (saves or self.saves.search(heading)):
                found.append(at)
        return found

    def _recurs_saved(self, line: str) -> tuple[bool, bool]:
        """Of a line with a figure, for `savings`: whether it is a priced row counted per period, and whether its own
        words name money saved or its item opens with a word of less."""
        cells = self.cells(line)
        lower = " ".join(line.lower().replace("/ ", "/").split())
        recurs = bool(cells) and self._priced(cells) and bool(self.recurring.search(lower)) and not self.one_off.search(lower)
        return recurs, recurs and bool(self.saves.search(lower) or self._cut(cells))

    def line_item(self, line: str) -> bool:
        """The line is a bid's line item: a priced row with a quantity above 0 under a quantity's header ("Q.ty: 6"),
        which the bid binds itself to deliver; not a total or a tax line."""
        cells = row_cells(line) if _DIGIT.search(line) else None  # a row with headers: its quantity is named
        if not cells or not self._priced(cells) or self.totals.search(cells[0][1].lower()):
            return False
        return any(head.strip().lower() in self.quantities and _COUNT.fullmatch(cell.strip()) for head, cell in cells)

    def price_sheet(self, text: str) -> bool:
        """The text's lines with figures are mostly priced rows: a price sheet, not an offer with a price table."""
        figured = [line for line in text.splitlines() if _DIGIT.search(line)]  # one regex pass: a 100-page text
        most_unpriced = (1 - self.sheet_share) * len(figured)  # past it no sheet: a long offer stops reading early
        priced = unpriced = 0
        read: dict[str, bool] = {}  # a line said again (a long offer's running head, its rows) is priced once
        for line in figured:
            if line not in read:
                read[line] = self.priced(line)
            if read[line]:
                priced += 1
            else:
                unpriced += 1
                if unpriced > most_unpriced:
                    return False
        return priced >= self.sheet_rows and priced >= self.sheet_share * len(figured)


    def bid(self, text: str) -> bool:
        """A price sheet (`price_sheet`) of at least `sheet_rows` line items, each with its quantity (`line_item`): a
        bid's items priced for one buyer, not a product page's prices ("Hardware cost: approximately $500 per unit")."""
        return self.price_sheet(text) and self.itemised(text)

    def itemised(self, text: str) -> bool:
        """At least `sheet_rows` line items, each priced with its quantity: an offer's own price table, however much
        prose stands around it (a quote of 40 lines whose schedule and scope outnumber its prices)."""
        return sum(map(self.line_item, text.splitlines())) >= self.sheet_rows

    def stated(self, text: str, most: int = 4, named_only: bool = False) -> list[str]:
        """What the text says the offer costs: of its rows, as "item: amount" lines, its totals and recurring fees,
        and where it states no total, its other priced rows too ("Pilota linea 3: 12.500,00 EUR"); of its prose, the
        amounts a clause names the pilot's, the licence's or the offer's (reading.offer_prices: "pilot 38.500 €").
        Money saved or lost, a day's or an hour's rate, an option's one-off price (a yearly fee offered as an option,
        "Wartungs- und Updatevertrag, jährlich", is what keeping the system costs: part of its price) and a tax's line
        are none; a total with its tax in it stands beside the net total (reading/price_lines.py), alone only where
        the offer states no other total."""
        # a price said on a term as its condition is an option's (walk78: "€ 1.850 per maand bij een looptijd van 36
        # maanden"); one said as a floor says so ("ab € 2.900 / Monat", "from EUR 2,900": "licence from EUR 2,900")
        pieces = [clause for piece in _pieces(text) for clause in (piece.split(";") if on_term(piece) else [piece])
                  if not on_term(clause)]
        floors = {said_again(line) for piece in pieces if floored(piece)
                  for line in price_lines(self, piece, [piece], named_only=named_only)}
        in_order = [as_floor(line) if said_again(line) in floors else line
                    for line in price_lines(self, text, pieces, named_only=named_only)]
        # an amount said again (a table's row, then the prose's summary: "6 900,00 € HT/an" ... "6 900 € HT/an") once
        keys = [said_again(line) for line in in_order]
        return [line for i, line in enumerate(in_order) if keys[i] not in keys[:i]][:most]


def _pieces(text: str) -> list[str]:
    """The text's lines, a line of prose cut at each sentence's end ("Pilota: 12.500,00 EUR. Estensione: ..."), a
    table's row whole ("Total incl. VAT | EUR 47.600")."""
    return [piece.strip().rstrip(".") for line in text.splitlines()
            for piece in ([line] if _ROW.search(line) or (row_cells(line) and not _prose(line))
                          else _SENTENCE_END.split(line))
            if piece.strip()]


def _prose(line: str) -> bool:
    """A line of "Label: ...; label: ..." cells that holds sentences ("- Sistemas: SAP Business One recibe ...;
    responsable: jefe de mantenimiento. Esta integración tiene un coste adicional ..."): a reply's answer, read sentence
    by sentence, not one row whose amount every sentence shares. A cell's own words are read, never the row's headers
    across cells: "P. Unitario: 1450; Importe: 8700" is no sentence (walk77 cut the row there, its currency cell apart)."""
    return any(len(part.split()) >= _SENTENCE_WORDS for _, cell in row_cells(line)
               for part in _SENTENCE_END.split(cell)[1:])


_SENTENCE_WORDS = 4  # a sentence after a sentence's end in a row's cell, not a short form ("Incl. travel")
_ROW = re.compile(r"\||\t")  # a line of cells between bars or tabs
_BESIDE = re.compile(r" \([^()]*\d[^()]*\)$")  # the total with its tax, in brackets after the net one
# (not after a short form of a tax's basis: "4 x 2.500 € jährlich zzgl. MwSt" is one sentence)
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!zzgl\.)(?<!inkl\.)(?<!incl\.)(?<!excl\.)(?<!exkl\.)\s+(?=[^\W\d_])",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def fees() -> Fees:
    """drafting.yaml's `price_sheet`, with words.yaml's currencies."""
    return Fees.from_data(load_drafting()["price_sheet"], load_money())


def said_again(line: str) -> tuple:
    """The line's last amount of money as the shared reader reads it (quantities.py: "6 900,00 €" and "6.900 €" are
    6900 euros, "EUR 350K" 350,000), its currency and whether it recurs (`recurring`): the same key however its
    thousands, cents and scale are written; the line itself where it names no amount."""
    money = [q for q in quantities(_BESIDE.sub("", line)) if q.kind == "currency"]  # the net total, not its gross
    if not money:
        return (line,)
    lower = " ".join(line.lower().replace("/ ", "/").split())
    return (round(money[-1].value, 2), money[-1].unit, bool(fees().recurring.search(lower)))


@lru_cache(maxsize=64)
def stated_in(text: str, named_only: bool = False, most: int = 4) -> tuple[str, ...]:
    """`fees().stated(text)`, remembered per text: Compare asks it of every document on each rerun (50 ms for a
    100-page offer)."""
    return tuple(fees().stated(text, most=most, named_only=named_only))


@lru_cache(maxsize=8192)
def is_line_item(line: str) -> bool:
    """`fees().line_item(line)`, remembered."""
    return fees().line_item(line)


@lru_cache(maxsize=8192)
def is_fee(line: str) -> bool:
    """`fees().fee(line)`, remembered: drafting asks it of each sentence twice (its upkeep cost and its evidence)."""
    return fees().fee(line)


@lru_cache(maxsize=8192)
def fee_told(sentence: str) -> bool:
    """A sentence of prose stating an amount the offer charges again and again ("From the second year it costs EUR
    38 500,00 per year (both lines)", walk72): what upkeep costs, as a fee's row says it (reading.offer_prices)."""
    periods = tuple(f" {period}" for period in offer_prices().periods)
    return _DIGIT.search(sentence) is not None and any(line.endswith(periods) for line in offer_prices().stated(sentence))


def a_total(line: str) -> bool:
    """A price line of the whole offer's total: its item names a total ("Total 3-year investment: USD 286,900") or its
    prose kind does ("total 65.160,00 EUR"); not a part's ("Razem Faza 1: PLN 187 290", "Subtotal Phase 2"), which
    stands for its group's rows only (walk81)."""
    item = line.partition(":")[0]
    return bool(fees().sums.search(item.lower())) and not fees().part(item)


def a_fee(line: str) -> bool:
    """A price line billed again and again ("Subscription: USD 5,900 per month"): what keeping the offer costs."""
    return said_again(line)[2:] == (True,)


def as_offered(lines_of: list[tuple[bool, list[str]]]) -> list[str]:
    """The price lines of an offer's documents, each (is a price sheet, its lines): the totals first, then the rest as
    the offer writes them, as a buyer reads it ("the pilot costs 38.500 € and the licence 12.900 € a year": the pilot
    before its licence, test_compare62). A price sheet that states no total of its own lists its rows for want of one; beside a
    document that states the total, only its fees are kept (walk73: its zero and one-off rows hid the "Total 3-year
    investment" the proposal stated)."""
    totalled = any(a_total(line) for _, lines in lines_of for line in lines)
    said = [line for sheet, lines in lines_of for line in lines
            if not (totalled and sheet and not any(map(a_total, lines))) or a_fee(line)]
    return sorted(said, key=lambda line: not a_total(line))
