"""An offer's priced options as vendors send them, in their languages (walk81: a Polish options sheet, "Opcja: O1 ...
Cena netto PLN: 78 000", gave no "Priced options" line): a bare figure under a label naming its currency is the
option's price, an options table's row heads no section, and its period is read in the offer's language. Workbooks made
here with openpyxl, never the walk's own file."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from proposals.sheets import read_xlsx
from reading.offer_extras import extras

# (sheet name, headers, a yearly period's words) in each language
SHEETS = {
    "pl": ("Opcje", ["Opcja", "Opis", "Cena netto PLN", "Uwagi"], "/ rok"),
    "cs": ("Opce", ["Opce", "Popis", "Cena bez DPH CZK", "Poznámka"], "ročně"),
    "sv": ("Tillval", ["Tillval", "Beskrivning", "Pris SEK", "Kommentar"], "per år"),
    "nl": ("Opties", ["Optie", "Omschrijving", "Prijs EUR", "Opmerking"], "per jaar"),
    "pt": ("Opções", ["Opção", "Descrição", "Preço EUR", "Observações"], "por ano"),
    "it": ("Opzioni", ["Opzione", "Descrizione", "Prezzo EUR", "Note"], "all'anno"),
    "es": ("Opciones", ["Opción", "Descripción", "Precio EUR", "Notas"], "al año"),
    "fr": ("Options", ["Option", "Désignation", "Prix HT EUR", "Remarques"], "par an"),
    "de": ("Optionen", ["Option", "Beschreibung", "Preis EUR", "Bemerkung"], "pro Jahr"),
}


def _options(lang: str) -> list:
    name, headers, yearly = SHEETS[lang]
    book = Workbook()
    ws = book.active
    ws.title = name
    ws.append(headers)
    ws.append(["O1", "Energy monitoring, 9 presses", "96 500", "meters by the customer"])
    ws.append(["O2", "Warranty extension", "5% of the order value", None])
    ws.append(["O3", "24/7 on-call service", f"36 000 {yearly}", None])
    data = io.BytesIO()
    book.save(data)
    return extras(read_xlsx(data.getvalue())["text"]).options


@pytest.mark.parametrize("lang", sorted(SHEETS))
def test_an_options_sheet_s_bare_figures_under_a_currency_are_priced_options(lang):
    code = SHEETS[lang][1][2].split()[-1]
    said = {option.price: option for option in _options(lang)}
    assert f"{code} 96 500" in said and said[f"{code} 96 500"].item.startswith("O1 Energy monitoring")
    assert said[f"{code} 36 000"].period == "a year"


@pytest.mark.parametrize("text, price", [
    ("Opcje dodatkowe\n\nOpcja O2: monitoring energii sprężonego powietrza, cena netto PLN: 96 500\n\n12. Warunki",
     "PLN 96 500"),
    ("Volitelné položky\n\nO1: rozšíření záruky na 36 měsíců, cena CZK: 48 000\n\n9. Platební podmínky", "CZK 48 000"),
    ("Tillval\n\nT1: energimätning på 6 pressar, pris SEK: 120 000\n\n7. Betalningsvillkor", "SEK 120 000"),
])
def test_an_options_section_s_price_after_a_currency_label_is_read(text, price):
    assert [option.price for option in extras(text).options] == [price]
