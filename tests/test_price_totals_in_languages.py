"""An offer's total row in the language it is written in stands for its rows, and a length of data is no contract
term (walk81: a Polish offer's "RAZEM jednorazowo" row was summed with its items, so the cost over the term was the offer
counted twice, over a "term" of 6 months read from an option needing "min. 6 miesięcy danych"). Each kind in several
languages, never with the walk's own rows."""
from __future__ import annotations

import re

import pytest

from questions.loader import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from reading.price_term import term_months
from reports.common import price_rows


def _cost(text: str) -> str:
    offer = Evaluation(proposal="Offer", vendor="V", bank_version=load_bank().version,
                       documents=[pasted(text, "proposal", "Offer")])
    return dict(price_rows(offer))["Cost over the term"]


@pytest.mark.parametrize("total", ["RAZEM jednorazowo", "Razem", "Suma", "Łącznie netto", "Celkem", "Totalt",
                                   "Subtotaal", "Valor total"])
def test_a_total_row_in_the_offer_s_language_is_not_summed_with_its_rows(total):
    text = ("Poz: 1; Opis: Czujniki drgań na 6 prasach; Cena netto PLN: 120 000\n"
            "Poz: 2; Opis: Wdrożenie i konfiguracja; Cena netto PLN: 80 000\n"
            f"Opis: {total}; Cena netto PLN: 200 000\n")
    cost = re.sub(r"[\s,.]", "", _cost(text))  # grouped as the offer groups it: "PLN 200 000"
    assert "200000" in cost and "400000" not in cost


@pytest.mark.parametrize("text", [
    "Opcja O4: model predykcyjny wymaga min. 6 miesięcy danych z czujników.",
    "Option 4: the forecasting model needs at least 6 months of data before it is switched on.",
    "Option 4: Das Prognosemodell braucht mind. 12 Monate Daten.",
    "Option 4 : le modèle demande au minimum 12 mois d'historique.",
    "Opción 4: el modelo necesita un mínimo de 6 meses de datos.",
    "Optie 4: het model heeft minimaal 6 maanden data nodig.",
])
def test_a_length_of_data_is_no_minimum_term(text):
    assert term_months(text) is None


@pytest.mark.parametrize("text, months", [
    ("Abonament: 4 400 PLN miesięcznie, min. 24 miesięcy, dane pozostają własnością klienta.", 24),
    ("Subscription: EUR 900 per month, min. 36 months; data stays with the customer.", 36),
])
def test_a_minimum_term_followed_by_other_words_of_data_is_still_the_term(text, months):
    assert term_months(text) == months
