"""Prices as a buyer must compare them (walk77, a Mexican die-caster's offers): each amount in its own currency, said
by code, never added to another currency; a model number never spliced with a price; an option two documents state
listed once with both; training and yearly support fees read; the minimum term read, and Compare's cost over the term
per currency. Each kind in English, Spanish, German and French or Italian, through the library and an export."""
from __future__ import annotations

import re

import pytest

from questions.loader import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from reading.money_written import regrouped
from reports.common import price_rows
from reports.compare import to_markdown
from scoring import compare
from scoring.compare import stated_price


def _offer(name: str, *documents) -> Evaluation:
    return Evaluation(proposal=name, vendor=f"{name} S.A.", documents=list(documents), bank_version=load_bank().version)


def _doc(text: str, kind: str = "proposal", name: str = "Offer"):
    return pasted(text, kind, name)


def _prices(*documents) -> list[str]:
    return stated_price(_offer("Offer", *documents))


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$\s?\d")


# --- 1. "$" is told by the amount's own words, its row, its header, its line or its document -------------------------

@pytest.mark.parametrize("text, said", [
    # Spanish: a currency column in each row of a Mexican offer's summary
    ("Partida: 1; Descripción: Sensores y gateways; Moneda: USD; Importe: $52,300.00\n"
     "Partida: 2; Descripción: Ingeniería e integración con SAP; Moneda: MXN; Importe: $940,000.00",
     ["USD 52,300.00", "MXN 940,000.00"]),
    # English: the amount's own words, a code before the sign or "M.N." after it
    ("Hardware and gateways: US$ 31,200\nEngineering and commissioning: $ 655,000.00 M.N.",
     ["USD 31,200", "MXN 655,000.00"]),
    # German: the document states its prices' currency
    ("Alle Preise in USD, zzgl. MwSt.\nPosition: Sensorik und Gateways; Preis: $ 27.400\n"
     "Position: Inbetriebnahme; Preis: $ 9.800", ["USD 27.400", "USD 9.800"]),
    # French: a table whose header names the currency
    ("| Désignation | Montant (AUD) |\n| Capteurs et passerelles | $ 18,600 |\n| Mise en service | $ 7,250 |",
     ["AUD 18,600", "AUD 7,250"]),
])
def test_a_dollar_sign_s_amount_is_said_in_the_currency_its_words_tell(text, said):
    lines = _prices(_doc(text))
    for amount in said:
        assert any(amount in line for line in lines), (amount, lines)
    assert not any(_BARE_DOLLAR.search(line) for line in lines), lines


@pytest.mark.parametrize("text", [
    "Total project price: $52,000 for both lines.",  # English, nothing tells which dollar
    "Precio total del proyecto: $ 52,000.00 más IVA. Los sensores se cotizan en USD y la ingeniería en MXN.",
    "Gesamtpreis: $ 52.000 netto",
])
def test_an_amount_whose_currency_nothing_tells_says_so(text):
    lines = _prices(_doc(text))
    assert lines and all("(currency not stated)" in line for line in lines), lines


@pytest.mark.parametrize("one, other", [
    ("Partida: Hardware; Moneda: USD; Importe: $48,650.00\nPartida: Ingeniería; Moneda: MXN; Importe: $1,185,000.00",
     None),
    ("Item: Hardware; Price: USD 48,650\nItem: Engineering; Price: MXN 1,185,000", None),
    ("Position: Hardware; Preis: 48.650,00 EUR\nPosition: Engineering; Preis: CHF 118.500", None),
])
def test_amounts_of_two_currencies_are_never_added(one, other):
    rows = dict(price_rows(_offer("Offer", _doc(one))))
    cost = rows["Cost over the term"]
    codes = re.findall(r"\b([A-Z]{3}) \d", cost)
    assert len(set(codes)) == 2, cost  # each currency its own sum
    assert "48,650" in cost.replace(".", ",") or "48.650" in cost


# --- 2. a model number is never spliced with a price -----------------------------------------------------------------

@pytest.mark.parametrize("line, model, amount", [
    ("Opción A: Monitoreo de energía por celda (medidores Schneider PM5560) USD 9800 + IVA", "PM5560", "9,800"),
    ("Option A: energy metering per cell (Schneider PM5560 meters) USD 9800", "PM5560", "9,800"),
    ("Option: Energiezähler Janitza UMG604 je Zelle, EUR 4800", "UMG604", "4,800"),
    ("Opzione: contatori Siemens 7KM4212 per cella, EUR 5200", "7KM4212", "5,200"),
])
def test_a_model_number_beside_an_amount_stays_as_written(line, model, amount):
    lines = _prices(_doc(line))
    assert any(model in said and amount in said for said in lines), lines
    assert not any(re.search(r"[A-Z]{1,3}\d{1,3}[,.]\d{3}", said) for said in lines), lines  # no "PM9,800"


def test_regrouping_writes_the_amount_s_figure_not_a_code_s():
    assert regrouped("(medidores Schneider PM5560) USD 9800 + IVA", 9800, "english") == \
        "(medidores Schneider PM5560) USD 9,800 + IVA"
    assert regrouped("Siemens S7-1500 gateway EUR 1850", 1850, "english") == "Siemens S7-1500 gateway EUR 1,850"


# --- 3. an option two documents state is one line naming both --------------------------------------------------------

@pytest.mark.parametrize("proposal, sheet", [
    ("Opción C: Póliza de soporte extendida 24/7 con tiempo de respuesta de 4 horas: MXN $38,500.00 mensuales + IVA.\n"
     "Opción A: Monitoreo de energía por celda (medidores Schneider PM5560) USD 9,800.00 + IVA.",
     "Descripción: Opción A Energía PM5560; Moneda: USD; Importe: 9800\n"
     "Descripción: Opción C Póliza 24/7 (mensual); Moneda: MXN; Importe: 38500"),
    ("Option A: energy metering per cell (Schneider PM5560) $9,800.00\nAll prices in USD.",
     "Item: Option A energy meters PM5560; Currency: USD; Amount: 9800"),
    ("Option A: Energiezähler je Zelle (Janitza UMG604): 4.800,00 EUR",
     "Position: Option A Energiezähler UMG604; Währung: EUR; Betrag: 4800"),
])
def test_an_option_the_proposal_and_the_price_sheet_state_is_listed_once_with_both(proposal, sheet):
    lines = _prices(_doc(proposal, "proposal", "Oferta"), _doc(sheet, "price_sheet", "Hoja de precios"))
    options = [line for line in lines if line.startswith("option: ")]
    a = [line for line in options if re.search(r"9,800|9\.800|4\.800|4,800", line)]
    assert len(a) == 1, lines
    assert "(in Proposal and Price sheet)" in a[0], lines


# --- 4. training and yearly support are read; the minimum term; the cost over it -------------------------------------

@pytest.mark.parametrize("text, training, support", [
    ("Sensores y gateways: MXN 890,000\nCapacitación a técnicos (2 sesiones) MXN 52,000\n"
     "Soporte anual MXN 174,000/año", "52,000", "174,000"),
    ("Sensors and gateways: USD 48,000\nOperator training (2 sessions) USD 5,200\n"
     "Annual support USD 17,400/year", "5,200", "17,400"),
    ("Sensorik und Gateways: EUR 48.000\nSchulung der Instandhalter (2 Termine) EUR 5.200\n"
     "Jährlicher Support EUR 17.400/Jahr", "5.200", "17.400"),
    ("Capteurs et passerelles : 48 000 €\nFormation des techniciens (2 sessions) 5 200 €\n"
     "Support annuel 17 400 €/an", "5 200", "17 400"),
])
def test_a_training_line_and_a_yearly_support_fee_are_prices_of_the_offer(text, training, support):
    lines = _prices(_doc(text))
    assert any(training in line for line in lines), lines
    assert any(support in line for line in lines), lines


def test_a_yearly_fee_is_never_cut_behind_one_off_rows():
    rows = "\n".join(f"Partida: {i}; Descripción: Concepto {i}; Moneda: MXN; Importe: ${i}00,000.00" for i in range(1, 9))
    lines = _prices(_doc(rows + "\nPartida: 9; Descripción: Soporte anual; Moneda: MXN; Importe: $186,000.00 / año"))
    assert any("186,000" in line for line in lines)
    assert any(line.startswith("and ") and "more priced lines" in line for line in lines)


@pytest.mark.parametrize("text, months", [
    ("Subscription: USD 1,200 per month. Minimum term 36 months.", 36),
    ("Suscripción: MXN 22,000 al mes. Plazo mínimo de 24 meses.", 24),
    ("Abonnement: EUR 1.100 pro Monat. Mindestlaufzeit 36 Monate.", 36),
    ("Abonnement : 1 100 € par mois. Durée minimale d'engagement : 3 ans.", 36),
    ("Abbonamento: EUR 1.100 al mese, durata minima del contratto di due anni.", 24),
])
def test_the_minimum_term_is_read_and_shown(text, months):
    rows = dict(price_rows(_offer("Offer", _doc(text))))
    assert rows["Minimum term"] == f"{months} months"


@pytest.mark.parametrize("text, want", [
    ("Hardware: USD 30,000\nIngeniería: MXN 600,000\nSoporte anual MXN 120,000/año\nPlazo mínimo de 36 meses.",
     ["USD 30,000; MXN 960,000 over 36 months"]),
    ("Hardware: USD 30,000\nAnnual support: USD 10,000 per year\n36-month minimum term.", ["USD 60,000 over 36 months"]),
    ("Hardware: 30.000,00 EUR\nWartungsvertrag: 500,00 EUR pro Monat\nMindestlaufzeit 24 Monate.", ["EUR 42.000,00 over 24 months"]),
])
def test_the_cost_over_the_term_is_one_off_plus_fees_over_it_per_currency(text, want):
    cost = dict(price_rows(_offer("Offer", _doc(text))))["Cost over the term"]
    for amount in want:
        assert amount in cost, cost


def test_compare_costs_every_offer_over_the_longest_term_one_states_and_exports_it():
    mexican = _offer("IIN", _doc("Hardware: USD 30,000\nIngeniería: MXN 600,000\nSoporte anual MXN 120,000/año"))
    american = _offer("Apex", _doc("Edge hardware: USD 14,000\nSubscription: USD 2,000 per month\n"
                                    "Minimum term 36 months."))
    comp = compare([mexican, american])
    assert comp.horizon == 36 and comp.term("IIN") == "not stated" and comp.term("Apex") == "36 months"
    assert comp.cost("IIN").startswith("USD 30,000; MXN 960,000 over 36 months")  # its yearly fee over Apex's term
    assert comp.cost("Apex").startswith("USD 86,000 over 36 months")
    text = to_markdown(comp).decode()
    assert "Cost over the term" in text and "MXN 960,000" in text.replace("\\", "")


def test_a_price_per_unit_is_not_added_and_is_said_apart():
    cost = dict(price_rows(_offer("Offer", _doc("Subscription: USD 1,200 per connected asset per month.\n"
                                                 "Pilot: USD 25,000\nMinimum term 36 months."))))["Cost over the term"]
    assert cost.startswith("USD 25,000 over 36 months") and "per unit" in cost and "1,200" in cost


# --- as uploaded: a workbook whose header abbreviates with a stop; the scorecard's exports -----------------------------

def _workbook(rows: list[list[object]], name: str):
    import io

    from openpyxl import Workbook

    from proposals.extract import extract_text
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return pasted(extract_text(name, out.getvalue()).text, "price_sheet", name)


@pytest.mark.parametrize("rows, said", [
    ([["Partida", "Descripción", "Cant.", "Moneda", "P. Unitario", "Importe"],
      [1, "Sensor de vibración con maestro IO-Link", 4, "USD", 1350, 5400],
      [2, "Integración con SAP PM", 1, "MXN", 980000, 980000]],
     ["Sensor de vibración con maestro IO-Link: USD 5,400", "Integración con SAP PM: MXN 980,000"]),
    ([["Pos.", "Bezeichnung", "Menge", "Währung", "Einzelpr. netto", "Betrag"],
      [1, "Schwingungssensor mit IO-Link-Master", 4, "USD", 1350, 5400],
      [2, "Anbindung an SAP PM", 1, "CHF", 48000, 48000]],
     ["Schwingungssensor mit IO-Link-Master: USD 5,400", "Anbindung an SAP PM: CHF 48,000"]),
])
def test_a_workbook_row_is_read_whole_with_its_currency_cell(rows, said):
    lines = _prices(_workbook(rows, "Hoja_de_precios.xlsx"))
    for line in said:
        assert any(s.startswith(line) for s in lines), (line, lines)


def test_the_scorecard_export_states_the_term_and_the_cost_over_it():
    from reports import to_markdown as scorecard_markdown
    from scoring import score
    evaluation = _offer("Offer", _doc("Edge-Hardware: EUR 14.000\nAbonnement: EUR 2.000 pro Monat\n"
                                      "Mindestlaufzeit 36 Monate."))
    text = scorecard_markdown(evaluation, score(evaluation)).decode().replace("\\", "")
    assert "Minimum term:** 36 months" in text
    assert "Cost over the term:** EUR 86.000 over 36 months" in text
