"""What a document says the offer costs, as the scorecard, Compare and every export print it (reading/fees.py reads
the rows, reading/offer_prices.py the prose).

Each amount is written as the document writes its money (reading/money_written.py: a bare "46200" under "Annual
(GBP)" is "GBP 46,200"), with its tax basis where the document tells it (reading/price_basis.py: "excl. IVA"); a total
holding the tax stands in brackets beside the net total it adds the tax to, so offers are compared net where they state
it. A table's bare figures are amounts under a header naming a currency ("Sr. | Item | Amount (Rs.)" above "| Sub
Total | 28,55,000 |"). Where a total is billed yearly, the yearly rows are in it, and said once by it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from questions.loader import load_drafting

from .money_written import regrouped, style, written
from .offer_prices import offer_prices, told_period
from .price_bare import bare_row, spanned, table_currency, whole
from .price_basis import basis, marked, stated_basis, tax_named
from .price_currency import currencies, document_currency, said_untold
from .quantities import quantities

_DIGIT = re.compile(r"\d")
_BARS = re.compile(r"\||\t")
_BARE = re.compile(r"\s*\d[\d.,' ]*(?:,-)?\s*")
_WHOLE = re.compile(r"total ")  # offer_prices' line of the whole offer's price: "total 65.160,00 EUR"


def stated(fees, text: str, pieces: list[str], most: int = 4, named_only: bool = False) -> list[str]:
    """The price lines of a document whose text is cut into `pieces` (fees.stated). `named_only`: of its prose only the
    amounts a clause names the pilot's, the licence's, the upkeep's or the whole offer's, not a bare cost (a reply's
    "Cost Rs. 2,75,000" prices what its answer is about)."""
    prose, how, mark = offer_prices(), style(text), fees.currency
    money, document = currencies(), document_currency(text)
    pieces = [spanned(piece) for piece in _coded(fees, pieces, document)]  # "$48,650.00" in "Moneda: USD": "USD 48,650.00"
    table = table_currency(fees, pieces)  # "Importo €" over bare figures: "Totale offerta: 144.800" is in euros
    saved = {pieces[at] for at in fees.savings(pieces)}  # money saved each year: the return, no price
    cells_of = _headed(fees, pieces, mark)
    cells_of |= {piece: split for piece, cells in cells_of.items()
                 if len(cells) == 1 and fees.amount.search(piece) and (split := _item_then_amount(piece))
                 and not prose.stated(piece)}
    bare = {piece: row for piece, cells in cells_of.items()
            if not fees._priced(cells) and (row := bare_row(fees, piece, table))}
    cells_of |= bare
    figured = [(piece, cells_of[piece]) for piece in pieces if _DIGIT.search(piece) and piece not in saved
               and not fees.letterhead.search(piece.lower())]  # a letterhead's share capital is no price
    rows = [row for row, cells in figured if len(cells) > 1 and fees._priced(cells)
            and not fees.not_fees.search(row.lower()) and not prose.rates.search(row) and not prose.apart.search(row)
            and not _tax_line(fees, cells)
            and not _nothing(fees, cells)]
    item = {row: _item(fees, cells_of[row]) for row in rows}
    totals = [row for row in rows if fees.totals.search(item[row].lower())]
    # a first year's total holds a year of the fees: its rows are the price, one-off and yearly (walk83 counted the
    # fee twice over a 36-month term)
    first = {row for row in totals if fees.first_year.search(item[row].lower())}
    totals, rows = [row for row in totals if row not in first], [row for row in rows if row not in first]
    totals, rows = _parts(fees, rows, totals, item)
    taxes = [at for at, piece in enumerate(pieces) if _tax_line(fees, cells_of[piece]) and fees._priced(cells_of[piece])]
    where = {piece: at for at, piece in enumerate(pieces)}
    on_own = stated_basis(text.splitlines(), lambda line: fees.amount.search(line) or _BARE.fullmatch(line))
    tax = tax_named(text)

    def basis_of(row: str) -> str:
        said = basis(row)[0] or basis(item.get(row, ""))[0]
        if said or row not in totals:
            return said or on_own
        if any(at < where[row] for at in taxes):
            return "gross"
        return "net" if any(at > where[row] for at in taxes) else on_own

    gross = [row for row in totals if basis_of(row) == "gross" or fees.gross.search(item[row].lower())]
    net = [row for row in totals if row not in gross]
    in_brackets = _beside(net, gross, where)
    yearly = any(fees.recurring.search(row.lower()) for row in net or gross)
    rows = [row for row in rows if row in net or row not in totals] if net else rows
    told = {piece: [line for line in prose.stated(piece) if not (named_only and line.startswith("price "))]
            for piece, cells in figured if len(cells) <= 1}
    totals = net or totals or [piece for piece, lines in told.items() if any(map(_WHOLE.match, lines))]
    said = {}
    for row in rows:
        recurs = fees.fee(row) or (row in bare and fees.recurring.search(row.lower().replace("/ ", "/")))
        if row in totals or (recurs and not (yearly and row not in totals)) or not totals:
            own = money.row(cells_of[row]) or document  # a bare figure's currency: its row's cell, else the document's
            line = marked(_said(fees, cells_of[row], how, mark, own), basis_of(row), tax)
            extra = in_brackets.get(row)
            said[row] = [line + (f" ({_amounts(fees, cells_of[extra], how, mark, own=own)} "
                                 f"{marked('', 'gross', tax).strip()})" if extra else "")]
    said |= {piece: [marked(line, basis(piece)[0] or on_own, basis(piece)[1] or tax) for line in lines]
             for piece, lines in told.items()}
    return [said_untold(line) for piece, _ in figured for line in said.get(piece, [])]


def _parts(fees, rows: list[str], totals: list[str], item: dict) -> tuple[list[str], list[str]]:
    """(totals, rows) less the totals of one part of the offer each ("Razem Faza 1", "Subtotal Phase 2") that priced
    rows follow: such a total stands for its group's rows above it, not for the document (walk81). Beside a total of
    the whole, the parts' totals go; with none, the document's price is its parts' totals and the rows after the last
    one (and its fees), each a row of its own. A subtotal that only taxes and totals follow is the net total."""
    at = {row: i for i, row in enumerate(rows)}
    parts = [row for row in totals if fees.part(item[row])
             and any(at[later] > at[row] and later not in totals for later in rows)]
    if not parts:
        return totals, rows
    whole = [row for row in totals if row not in parts]
    if whole:
        return whole, [row for row in rows if row not in parts]
    last = at[parts[-1]]
    return [], [row for row in rows if row in parts or at[row] > last or fees.fee(row)]


def _coded(fees, pieces: list[str], document: str) -> list[str]:
    """Each piece with its amounts' shared signs said by their currency's code (reading/price_currency.py): told by
    the amount's own words, else its row's currency cell or its table's header, its line's words, the document's."""
    money, out, header = currencies(), [], ""
    for piece in pieces:
        if _BARS.search(piece) and not _DIGIT.search(piece):  # a table's header line: "| Item | Importe (MXN) |"
            told = money.told(piece)
            header = told[0] if len(told) == 1 else ""
        context = money.row(fees.cells(piece)) or (header if _BARS.search(piece) else "")
        out.append(money.coded(piece, context, document))
    return out


def _beside(net: list[str], gross: list[str], where: dict) -> dict[str, str]:
    """Each net total -> the total holding the tax that follows it nearest (its table's "TOTAL IVA incluido")."""
    out = {}
    for row in gross:
        before = [n for n in net if where[n] < where[row] and n not in out]
        if before:
            out[before[-1]] = row
    return out


def _headed(fees, pieces: list[str], mark: re.Pattern) -> dict[str, list[tuple[str, str]]]:
    """Each piece's cells; a bar row's bare figure under its table's header line naming a currency ("Amount (Rs.)")
    given that currency as its header."""
    out, currency = {}, ""
    for piece in pieces:
        cells = fees.cells(piece)
        if _BARS.search(piece) and not _DIGIT.search(piece):
            named = mark.search(piece)
            currency = named.group() if named else ""
        elif currency and _BARS.search(piece):
            cells = [(head or currency if _BARE.fullmatch(cell) else head, cell) for head, cell in cells]
        out[piece] = cells
    return out


def _item_then_amount(piece: str) -> list[tuple[str, str]]:
    """A short line that names an item then its one amount, with no colon or bar between them ("Capacitación a técnicos
    (2 sesiones) MXN 64,000", "Soporte anual MXN 186,000/año", "Schulung 2 Tage EUR 3.200"): a row of two cells, its
    item and its amount with what follows it (a period, a tax's basis); [] for any other line."""
    found = list(offer_prices().amount.finditer(piece))
    if len(found) != 1:
        return []
    item, tail = piece[:found[0].start()].strip(" -–:"), piece[found[0].end():]
    words = re.findall(r"[^\W\d_][\w.'’-]*", item.lower())
    opens = re.match(r"[^\W\d_]", item) and item[0].isupper() or re.match(r"[\d•*–-]", item)
    if (not opens or not re.search(r"[^\W\d_]{3,}", item) or not re.search(r"(?:[^\W_]|\))$", item) or not words
            or words[-1].rstrip(".") in _item_ends() or item.count("(") != item.count(")")
            or len(tail.split()) > _TAIL_WORDS or not _tail(tail)):
        return []
    return [("", item), ("", piece[found[0].start():].strip())]


_TAIL_WORDS = 4  # after the amount: "/año", "+ IVA", "mensuales + IVA", "per year excl. VAT"


@lru_cache(maxsize=1)
def _item_ends() -> frozenset[str]:
    return frozenset(str(w).lower().rstrip(".") for w in load_drafting()["price_sheet"]["item_ends"])


def _tail(tail: str) -> bool:
    """What follows a row's amount says only how often, per what or with what tax it is paid ("/año", "mensuales +
    IVA", "per year excl. VAT", "HT", "each"): no other words ("asbestos abatement costs", "Bearing That Changed")."""
    words = tail.split()
    return not words or words[0][0] in "/+,;" or words[0].lower().strip(".,;()") in _tail_words() \
        and not any(w[0].isupper() and w.lower().strip(".,;()") not in _tail_words() for w in words)


@lru_cache(maxsize=1)
def _tail_words() -> frozenset[str]:
    """The first words of a period, a unit's "per" or a tax's basis, and every tax's name."""
    sheet = load_drafting()["price_sheet"]
    phrases = [*sheet["recurring"], *sheet["one_off"], *sheet["offer_prices"]["per"], "each",
               *(w for words in sheet["offer_prices"]["periods"].values() for w in words)]
    words = [*sheet["taxes"], *sheet["tax_basis"]["net"], *sheet["tax_basis"]["gross"], *sheet["tax_basis"]["net_alone"]]
    return frozenset([*(str(p).lower().split()[0] for p in phrases), *(str(w).lower().strip(".") for w in words)])


def _nothing(fees, cells) -> bool:
    """A row whose every amount is 0 ("VX-3 sensor; Unit price (USD): 0; Extended (USD): 0", included in another
    item's fee): nothing charged, no price."""
    values = [q.value for head, cell in cells if fees._priced([(head, cell)])
              for q in quantities(cell)[:1]]
    return bool(values) and not any(values)


def _tax_line(fees, cells) -> bool:
    """A tax's line ("zzgl. 19 % MwSt", "GST @ 18%"): its item names a tax and no total."""
    item = _item(fees, cells).lower()
    return bool(item) and bool(fees.taxes.search(item)) and not fees.sums.search(item)


def _item(fees, cells) -> str:
    """A row's item: its first cell with a word that quotes no amount ("Annual maintenance", "TOTAL"), not a
    position's code ("O3", "A.1")."""
    return next((cell.strip() for head, cell in cells if re.search(r"[^\W\d_]{3,}", cell)
                 and not fees._priced([(head, cell)])), "")


def _said(fees, cells, how: str, mark: re.Pattern, own: str = "") -> str:
    """'item: amount', each amount written in the document's style, under its header where the row has several
    ("Unit price EUR 1,850; Total EUR 11,100") or its header says how often and the item does not ("SmartPress
    cloud subscription, 14 presses: Annual GBP 46,200")."""
    item = _item(fees, cells)
    amounts = _amounts(fees, cells, how, mark, item, _period(fees, cells, item), own)
    return f"{item}: {amounts}" if item else amounts


def _period(fees, cells, item: str) -> str:
    """How often a row's item is billed, said by a cell of its own that is neither its item nor an amount ("Type:
    Monthly x 36" -> "a month"), where neither the item ("Annual maintenance") nor a header of an amount says it: its
    unit price is paid that often."""
    if any(fees.recurring.search(said.lower()) for said in (item, *(head for head, _ in cells))):
        return ""
    told = " ".join(cell for head, cell in cells if cell.strip() != item and not fees._priced([(head, cell)])).lower()
    return next((said for said, words in offer_prices().periods.items() if words.search(told)), "")


def _amounts(fees, cells, how: str, mark: re.Pattern, item: str = "", period: str = "", own: str = "") -> str:
    priced = [(head, cell) for head, cell in cells if fees._priced([(head, cell)])]
    out = []
    for at, (head, cell) in enumerate(priced):
        amount = _written(fees, head, cell, how, mark, own)
        label = " ".join(mark.sub("", head).replace("(", " ").replace(")", " ").split())
        often = fees.recurring.search(label.lower()) or fees.one_off.search(label.lower())
        said_by_item = fees.recurring.search(item.lower()) or fees.one_off.search(item.lower())
        keep = len(priced) > 1 or (often and not said_by_item)
        # the first, the unit's: "Unit price USD 5,900 a month"; never where the cell says it ("4 800,00 € / an")
        amount += f" {period}" if period and not at and not told_period(cell) else ""
        out.append(f"{label} {amount}" if keep and label else amount)
    return "; ".join(out)


def _written(fees, head: str, cell: str, how: str, mark: re.Pattern, own: str = "") -> str:
    """The cell's amount in the document's style: its currency from the header where the cell names none, else the
    one its row or its document names (`own`)."""
    cell = cell.strip()
    found = quantities(cell)
    if not found:
        return cell
    if fees.amount.search(cell):  # "USD 48K per year": a figure with its scale stays as written
        money = next((q for q in found if q.kind == "currency"), found[0])  # not a model's number before it
        return regrouped(cell, money.value, how) if money.scale == 1 else cell
    named = mark.search(head)
    value = whole(cell) or found[0].value  # "38.400" under "Importo €" is 38,400 euros, never 38.40
    return written(value, named.group() if named else own, how).strip()
