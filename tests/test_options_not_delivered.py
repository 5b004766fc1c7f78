"""An option the offer prices apart is available as an option, not delivered scope (walk81: energy monitoring and its
meters were drafted from a Polish price list's options table). A price list with quantities is a bid in the languages
offers come in, so its options rows are offered to check; a counter of what a machine makes is no meter. Workbooks made
here with openpyxl, never the walk's own file."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from proposals.sheets import read_xlsx
from reading.draft import draft
from reading.fees import fees

# (items' headers, options' headers) in each language
SHEETS = {
    "pl": (["Poz.", "Opis", "Ilość", "J.m.", "Cena jedn. PLN", "Wartość PLN"], ["Opcja", "Opis", "Cena netto PLN"]),
    "cs": (["Pol.", "Popis", "Množství", "Jedn.", "Cena za kus CZK", "Celkem CZK"], ["Opce", "Popis", "Cena CZK"]),
    "sv": (["Pos.", "Beskrivning", "Antal", "Enhet", "Styckpris SEK", "Summa SEK"], ["Tillval", "Beskrivning", "Pris SEK"]),
}


def _price_list(lang: str) -> str:
    items, options = SHEETS[lang]
    book = Workbook()
    ws = book.active
    ws.title = "Prices"
    ws.append(items)
    ws.append(["1", "Vibration sensor VSE-150 on the main hydraulic pump", 8, "pcs", 1450, 11600])
    ws.append(["2", "Edge gateway SIMATIC IPC127E", 2, "pcs", 14800, 29600])
    ws.append(["3", "Oil temperature sensor TA2105", 2, "pcs", 620, 1240])
    ws.append(["4", "Commissioning of the pilot on presses 3 and 7", 1, "lot", 83000, 83000])
    sheet = book.create_sheet(options[0])
    sheet.append(options)
    sheet.append(["O2", "Energy monitoring: compressed air and electricity meters on 9 presses", 96500])
    data = io.BytesIO()
    book.save(data)
    return read_xlsx(data.getvalue())["text"]


def _choices(text: str, question: str) -> list[str]:
    answer = next((a for a in draft(text).answers if a.question == question), None)
    return list(answer.choices) if answer else []


@pytest.mark.parametrize("lang", sorted(SHEETS))
def test_a_price_list_with_quantities_in_its_language_is_a_bid(lang):
    assert fees().itemised(_price_list(lang))


@pytest.mark.parametrize("lang", sorted(SHEETS))
def test_an_options_row_s_substance_is_not_drafted_as_delivered(lang):
    text = _price_list(lang)
    assert "energy_consumption" not in _choices(text, "data.captured")
    assert "meters" not in _choices(text, "data.sources")
    assert "vibration" in _choices(text, "data.captured")  # the list's own items still are


@pytest.mark.parametrize("sentence", [
    "Bramka odczytuje z PLC przez OPC UA: czas cyklu, liczniki odlewów, stany i kody alarmów.",
    "Braki pochodzą z terminala operatora i licznika odrzutów z wykrawarki, odczytywanego przez OPC UA.",
])
def test_a_polish_counter_of_what_a_machine_makes_is_no_meter(sentence):
    assert "meters" not in _choices(f"Oferta OF/2026/11/012 dla Odlewni\n\n{sentence}\n", "data.sources")


@pytest.mark.parametrize("sentence", [
    "Robots de soudage R1 à R6 : courant de soudage et compteurs de points lus par OPC UA toutes les secondes.",
    "La passerelle lit dans l'automate les compteurs de pièces et les compteurs de cycles de chaque presse.",
])
def test_a_french_counter_of_what_a_machine_makes_is_a_count_not_a_meter(sentence):
    text = ("Offre OF-2026-0415 pour l'usine de Lisieux\n\n2. Périmètre\n\nNous installons 12 accéléromètres VSE-150 sur "
            f"les presses P1 à P6 de votre atelier.\n\n{sentence}\n")
    assert "production_count" in _choices(text, "data.captured")
    assert "meters" not in _choices(text, "data.sources")
