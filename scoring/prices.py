"""What an offer's documents say it costs, as Compare, the scorecard and every export say it: its price lines, its
minimum term and what it costs over a term, per currency (reading/fees.py reads the lines, reading/price_currency.py
their currencies, reading/price_term.py the term and the sum)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.loader import load_drafting
from questions.models import Document, Evaluation

from reading.documents import titles
from reading.money_written import style
from reading.offer_extras import Extras, currency_told, extras
from reading.fees import a_fee, a_total, as_offered, said_again, stated_in
from reading.price_basis import revision, superseded
from reading.price_currency import currencies, document_currency
from reading.price_conditions import open_ended
from reading.price_term import Cost, costed, term_months
from reading.quantities import quantities

PRICE_LINES = 6  # an offer's price lines shown beside its score: its totals and fees always, then its other lines
OPTION_LINES = 3  # ... then its options, marked, after them
READ_LINES = 12  # lines read of each document before they are sorted: its options come first in some (walk76)
COST_LINES = 60  # lines read of each document to cost the offer: every line of a long price sheet


def kept_documents(evaluation: Evaluation) -> list[Document]:
    """The documents that state this offer's prices: not another customer's case study, not a document a later
    revision of it supersedes ("rev B" under "rev C")."""
    documents = [d for d in evaluation.documents if d.kind != "case_study"]
    marks = {id(d): revision(d.name, d.text) for d in documents if stated_in(d.text, d.kind == "reply", READ_LINES)
             and d.kind != "reply"}
    return [d for d in documents if not any(superseded(marks.get(id(d)), mark) for mark in marks.values())]


def stated_price(evaluation: Evaluation) -> list[str]:
    """What the offer's own documents say it costs (reading.fees), as Compare and the scorecard say it: a reply only
    what its words name the pilot's, the licence's, the upkeep's or the whole offer's. The totals lead
    (reading.fees.as_offered: a sheet's rows never hide the stated total), then the offer's own lines in the order it
    writes them (its pilot before its licence, as a buyer reads the sentence), a price sheet's one-off rows after the
    prose and its fees; its options last, each marked "option:" (walk76 listed three options before its 86.000 €
    deployment and left out its 1.450 €/mes subscription). An item two documents state (the proposal's row and the
    price sheet's) is one line, naming both. Totals and fees are never left out (walk77 lost its training and its yearly
    support behind four one-off rows): where other lines are, the count of them is said."""
    kept_docs = kept_documents(evaluation)
    said_by = {id(d): stated_in(d.text, d.kind == "reply", READ_LINES) for d in kept_docs}
    said = as_offered([(d.kind == "price_sheet", list(said_by[id(d)])) for d in kept_docs])
    sheet = {line for d in kept_docs if d.kind == "price_sheet" for line in said_by[id(d)]}
    optional = {line for d in kept_docs for line in said_by[id(d)] if _option(line, _option_keys(d.text))}
    # an amount one document says and another says again, however written ("6 900,00 € HT/an", "6 900 € HT/an"), once
    kept = {said_again(line): line for line in reversed(said)}
    once = list(dict.fromkeys(line for line in said if kept[said_again(line)] == line))
    optional |= {line for line in once if any(said_again(line) == said_again(o) for o in optional)}
    rank = {line: at for at, line in enumerate(once)}
    own = sorted((line for line in once if line not in optional),
                 key=lambda line: (line in sheet and not a_total(line) and not a_fee(line), rank[line]))
    raw = [line for d in kept_docs for line in said_by[id(d)]]  # the options as the offer lists them: A, B, C
    options = sorted((line for line in once if line in optional), key=lambda line: raw.index(line) if line in raw else 0)
    sources = _sources(kept_docs, said_by)
    shown, more = _shown(own)
    listed = [f"option: {sources(line)}" for line in options][:OPTION_LINES]
    return [sources(line) for line in shown] + ([f"and {more} more priced {'line' if more == 1 else 'lines'}"]
                                                if more else []) + listed


def _shown(own: list[str]) -> tuple[list[str], int]:
    """The lines shown: every total and fee, then the others in order up to PRICE_LINES; how many are left out."""
    always = {line for line in own if a_total(line) or a_fee(line)}
    room = max(0, PRICE_LINES - len(always))
    others = [line for line in own if line not in always][:room]
    return [line for line in own if line in always or line in others], len(own) - len(always) - len(others)


def _sources(documents: list[Document], said_by: dict) -> callable:
    """A price line with the documents that state it where more than one does: "(Proposal and Price sheet)"."""
    named = dict(zip((id(d) for d in documents), titles(documents)))

    def sourced(line: str) -> str:
        key = said_again(line)
        where = [named[id(d)] for d in documents
                 if any(said_again(o) == key for o in said_by[id(d)]) or key in _option_keys(d.text)]
        where = list(dict.fromkeys(where))
        return f"{line} (in {' and '.join(where)})" if len(where) > 1 else line
    return sourced


def offer_extras(evaluation: Evaluation) -> Extras:
    """What the offer's own documents say it leaves out and sell as priced options (reading.offer_extras), each once
    however many documents say it; a reply's are the round's to read, not the offer's."""
    read = [extras(d.text) for d in kept_documents(evaluation) if d.kind != "reply"]
    excluded = list(dict.fromkeys(item for r in read for item in r.excluded))
    options = {o.said().casefold(): o for r in read for o in r.options}
    return Extras(excluded=excluded, options=list(options.values()))


def extras_said(read: Extras) -> tuple[str, str]:
    """(the priced options, what is left out) in words, "" where none is stated: "OPT-4 Astreinte 24/7: 4 800,00 € a
    year; ..." and the items, one after another."""
    return "; ".join(o.said() for o in read.options), " · ".join(read.excluded)


def minimum_term(evaluation: Evaluation) -> int | None:
    """The minimum term, in months, the offer's documents state first; None where none does."""
    return next((months for d in kept_documents(evaluation) if (months := term_months(d.text))), None)


def price_cost(evaluation: Evaluation) -> Cost:
    """What the offer's own price lines cost, per currency: one-off and a year (reading.price_term)."""
    documents = kept_documents(evaluation)
    lines = [(title, [line for line in stated_in(d.text, d.kind == "reply", COST_LINES)
                      if not _option(line, _option_keys(d.text))])
             for d, title in zip(documents, titles(documents))]
    cost = costed(lines)
    cost.unpriced = open_ended([line for d in documents if d.kind != "reply" for line in d.text.splitlines()])
    return cost


def cost_said(evaluation: Evaluation, months: int | None, compared: bool = False) -> str:
    """The cost over `months` in words, its amounts written as the offer writes its money; "not stated" where the offer
    states no price. `compared`: `months` is the longest term of the offers compared, said where it is not this one's."""
    cost = price_cost(evaluation)
    said = cost.said(months, style(" ".join(d.text for d in kept_documents(evaluation))))
    own = minimum_term(evaluation)
    if compared and months and own != months and (cost.once or cost.yearly):
        said += (f". Costed over the longest minimum term of the offers compared; this offer states "
                 f"{f'{own} months' if own else 'none'}")
    return said


@lru_cache(maxsize=1)
def _option_words() -> re.Pattern:
    words = sorted(load_drafting()["compare_options"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _option_keys(text: str) -> frozenset:
    """The amounts of the text's rows that name an option ("Opción: A; ...; Precio (sin IVA): 14.200,00 €"), each in
    the currency the text tells it ("MXN $38,500.00" is MXN, "Cena netto PLN: 78 000" PLN)."""
    money, document = currencies(), document_currency(text)
    return frozenset(said_again(money.coded(currency_told(row), "", document)) for row in text.splitlines()
                     if _option_words().search(row) and re.search(r"\d", row))


def _option(line: str, keys: frozenset) -> bool:
    """A price line of an option: its item names one, or the row it was read from does."""
    return bool(_option_words().search(line.rpartition(":")[0])) or said_again(line) in keys


def once_per_item(sentences: list[str]) -> list[str]:
    """Sentences stating one item, the first of those sharing their largest amount: the proposal's pilot row and the
    price sheet's row of the same pilot ("24.500,00 €", "Total (€): 24500") are one pilot."""
    seen, out = set(), []
    for sentence in sentences:
        amounts = [q.value for q in quantities(sentence) if q.kind in ("currency", "count") and q.value >= 100]
        key = max(amounts) if amounts else sentence
        if key not in seen:
            seen.add(key)
            out.append(sentence)
    return out


def price_said(lines: list[str]) -> str:
    """An offer's price lines as one line: "Summe netto: 93.100,00 €; Wartungsvertrag: 7.850,00 € / Jahr"."""
    return "; ".join(lines) or "not stated"
