"""A price table that names its currency once, in a column's header ("Importo €", "Kwota PLN", "Betrag EUR"), and
writes bare figures under it and on the lines after it (walk81/82: an Italian DOCX offer's "Totale offerta: 144.800"
and "Canone annuo 8.400/anno" were missed, its rows read as 38,40 €), and a fee told as months times a month's amount
("12 mies x 4 400"), a year's fee. Each kind in several languages, none of the walk's own rows."""
from __future__ import annotations

import re

import pytest

from questions.loader import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from reading.fees import a_fee, a_total, fees
from reading.price_bare import spanned, whole
from reports.common import price_rows


def _digits(line: str) -> str:
    return re.sub(r"[\s.,']", "", line)


TABLES = [
    ("Voce: Sensori di vibrazione; Q.tà: 10; Importo €: 21.500\nVoce: Installazione; Q.tà: 1; Importo €: 63.300\n"
     "Totale offerta: 84.800\nCanone annuo 6.200/anno\n", "84800", "6200"),
    ("Pozycja: Czujniki; Ilość: 10; Kwota PLN: 91 000\nPozycja: Wdrożenie; Ilość: 1; Kwota PLN: 40 000\n"
     "Razem: 131 000\nOpłata roczna: 12 000\n", "131000", "12000"),
    ("Position: Sensoren; Menge: 10; Betrag EUR: 17.900\nPosition: Inbetriebnahme; Menge: 1; Betrag EUR: 9.100\n"
     "Gesamtsumme: 27.000\nJährliche Lizenz 3.600\n", "27000", "3600"),
]


@pytest.mark.parametrize("text, total, fee", TABLES)
def test_a_bare_total_and_fee_under_a_currency_header_are_the_offers_price(text, total, fee):
    lines = fees().stated(text)
    totals = [line for line in lines if a_total(line)]
    fees_said = [line for line in lines if a_fee(line)]
    assert totals and total in _digits(totals[0])
    assert fees_said and fee in _digits(fees_said[0])


def test_a_bare_row_under_a_currency_header_is_a_whole_amount_not_cents():
    text = "Voce: Sensori; Q.tà: 12; Importo €: 38.400\nVoce: Software; Q.tà: 1; Importo €: 96.800\n"
    assert all("38,40" not in line for line in fees().stated(text))
    assert any("38.400" in line for line in fees().stated(text))


def test_a_bare_total_in_a_text_naming_no_currency_is_no_price():
    """With no currency in its headers, "Totale ore: 144" is a count of hours, no amount."""
    assert fees().stated("Attività: Analisi; Ore: 40\nAttività: Sviluppo; Ore: 104\nTotale ore: 144\n") == []


@pytest.mark.parametrize("line, value", [("Abonament: 12 mies x 4 400 PLN", "52800"),
                                          ("Licenza: 12 mesi x 1.200 €", "14400"),
                                          ("Support: 12 months x EUR 950", "11400"),
                                          ("Wartung: 12 Monate x 700 EUR", "8400")])
def test_twelve_months_times_a_months_amount_is_a_yearly_fee(line, value):
    said = fees().stated(line)
    assert said and value in _digits(said[0]) and a_fee(said[0])


def test_months_other_than_twelve_are_the_product_over_those_months_not_a_year():
    assert spanned("Canone: 6 mesi x 1.000 €") == "Canone: 6.000 € over 6 months"


def test_a_grouped_figure_is_whole_and_a_decimal_is_not():
    assert (whole("38.400"), whole("4 400"), whole("1.200.000"), whole("38.4"), whole("38,40")) == \
        (38400, 4400, 1200000, None, None)


def test_the_offers_total_shows_in_the_price_rows_the_scorecard_prints():
    offer = Evaluation(proposal="Offerta", vendor="V", bank_version=load_bank().version,
                       documents=[pasted(TABLES[0][0], "proposal", "Offerta")])
    rows = dict(price_rows(offer))
    assert any("84800" in _digits(str(value)) for value in rows.values()), rows


def test_the_scorecard_page_states_the_bare_total_and_yearly_fee(store, example):
    """Where the buyer sees it: the scorecard's "Price stated" line."""
    import kit
    from kit import shown
    from questions.models import Document

    evaluation = example("a_")
    offer = Document(name="Offerta_2026-118.docx", kind="proposal", text=TABLES[0][0])
    eid = store.create(evaluation.model_copy(update={"documents": [*evaluation.documents, offer]})).id
    at = kit.open_app("scorecard", eid, timeout=60)
    assert not at.exception, at.exception
    assert "Price stated: Totale offerta: 84.800 €; Canone annuo: 6.200 €" in shown(at).replace("**", "")
