"""A price list's phases as vendors send them (walk81): a part's subtotal ("Razem Faza 1", "Zwischensumme Phase 1",
"Sous-total lot 1") stands for its group's rows, not the document, and the rows after a blank row under it keep the
sheet's column headers. Workbooks made here with openpyxl, in several languages, never the walk's own file."""
from __future__ import annotations

import io
import re

import pytest
from openpyxl import Workbook

from proposals.sheets import read_xlsx
from questions.loader import load_bank
from questions.models import Document, Evaluation
from reading.documents import pasted
from reports.common import price_rows

# (headers, the first phase's subtotal, the second phase's item, a grand total) in each language
LISTS = {
    "pl": (["Poz.", "Opis", "Ilość", "Cena jedn. PLN", "Wartość PLN"], "Razem Faza 1", "Faza 2 – rozbudowa linii",
           "Razem ogółem"),
    "de": (["Pos.", "Beschreibung", "Menge", "Einzelpreis EUR", "Gesamt EUR"], "Zwischensumme Phase 1",
           "Phase 2 – Ausbau auf 6 Linien", "Gesamtsumme"),
    "fr": (["Pos.", "Désignation", "Qté", "PU HT EUR", "Montant EUR"], "Sous-total lot 1", "Lot 2 – extension",
           "Total général"),
    "it": (["Pos.", "Descrizione", "Q.tà", "Prezzo unitario EUR", "Importo EUR"], "Totale parziale fase 1",
           "Fase 2 – estensione", "Totale complessivo"),
    "es": (["Pos.", "Descripción", "Cantidad", "Precio unitario EUR", "Importe EUR"], "Subtotal fase 1",
           "Fase 2 – ampliación", "Total general"),
    "nl": (["Pos.", "Omschrijving", "Aantal", "Eenheidsprijs EUR", "Bedrag EUR"], "Subtotaal fase 1",
           "Fase 2 – uitbreiding", "Eindtotaal"),
    "en": (["Item", "Description", "Qty", "Unit price EUR", "Amount EUR"], "Subtotal Phase 1",
           "Phase 2 – roll-out to 6 lines", "Grand total"),
}


def _sheet(lang: str, grand: bool = False) -> str:
    headers, subtotal, phase2, total = LISTS[lang]
    book = Workbook()
    ws = book.active
    ws.title = "Prices"
    ws.append(headers)
    ws.append(["1.1", "Vibration sensors", 10, 1500, 15000])
    ws.append(["1.2", "Edge gateway", 2, 12500, 25000])
    ws.append([None, subtotal, None, None, 40000])
    ws.append([])  # a blank row under the subtotal, as the walk's list has
    ws.append(["2", phase2, 1, 300000, 300000])
    ws.append(["3", "SAP interface", 1, 50000, 50000])
    if grand:
        ws.append([None, total, None, None, 390000])
    ws.append([])
    ws.append(["Prices valid for 60 days from the date of this offer."])  # a note under the table, no row of it
    data = io.BytesIO()
    book.save(data)
    return read_xlsx(data.getvalue())["text"]


def _cost(*documents: Document) -> str:
    offer = Evaluation(proposal="Offer", vendor="V", bank_version=load_bank().version, documents=list(documents))
    return dict(price_rows(offer))["Cost over the term"]


def _sheet_document(text: str) -> Document:
    return Document(name="Price list.xlsx", kind="price_sheet", format="xlsx", text=text, sha256="0" * 64)


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_rows_after_a_blank_row_under_a_subtotal_keep_the_sheet_s_headers(lang):
    headers, _, phase2, _ = LISTS[lang]
    lines = _sheet(lang).splitlines()
    line = next(line for line in lines if phase2 in line)
    assert line.startswith(f"{headers[0].rstrip('.')}: 2; {headers[1]}: {phase2}")
    assert "Prices valid for 60 days from the date of this offer" in lines  # a note under it stays a note


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_a_phase_s_subtotal_is_not_the_document_s_total(lang):
    cost = re.sub(r"[\s,.]", "", _cost(_sheet_document(_sheet(lang))))
    assert "390000" in cost, cost  # the subtotal's 40 000, then the rows after it


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_the_grand_total_after_phases_is_the_document_s(lang):
    cost = re.sub(r"[\s,.]", "", _cost(_sheet_document(_sheet(lang, grand=True))))
    assert "390000" in cost and "40000" not in cost.replace("390000", ""), cost


@pytest.mark.parametrize("lang, total", [("pl", "RAZEM jednorazowo"), ("de", "Summe netto"), ("fr", "Total HT"),
                                         ("en", "Total")])
def test_an_offer_and_its_phased_price_list_agree_on_cost(lang, total):
    offer = pasted(f"Price\n\n{total}: EUR 390 000\n", "proposal", "Offer")
    cost = _cost(offer, _sheet_document(_sheet(lang)))
    assert "differ" not in cost, cost
