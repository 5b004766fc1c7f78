"""Prices said under a condition, as a buyer must compare them (walk78, a Dutch fries plant's offers): a minimum term
said abbreviated ("min. 36 mnd") is the offer's term; a term said as the condition of a discount ("bij een looptijd van
36 maanden") is an option, neither the offer's term nor its price; a price said as a floor ("ab € 2.900 / Monat") is
costed as "at least"; an item costed as it comes ("nach Aufwand") is named as unpriced. Each kind in several languages,
never with the walk's own sentences."""
from __future__ import annotations

import pytest

from questions.loader import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from reading.price_term import term_months
from reports.common import price_rows
from scoring import compare
from scoring.compare import stated_price


def _offer(name: str, *texts: tuple[str, str]) -> Evaluation:
    return Evaluation(proposal=name, vendor=f"{name} B.V.", bank_version=load_bank().version,
                      documents=[pasted(text, kind, f"{name} {kind}") for text, kind in texts])


def _rows(text: str, *more: tuple[str, str]) -> dict[str, str]:
    return dict(price_rows(_offer("Offer", (text, "proposal"), *more)))


# --- 1. an abbreviated minimum is the minimum term; a term as a discount's condition is an option ---------------------

@pytest.mark.parametrize("text, months", [
    ("Cloud subscription (monthly, min. 24 months): EUR 1,200", 24),
    ("Softwarelizenz: 1.400 € pro Monat, mind. 36 Monate", 36),
    ("Abonnement plateforme : 980 € par mois (min. 12 mois)", 12),
    ("Suscripción: 1.250 € al mes, mín. 36 meses", 36),
    ("Abonnement dashboard: € 850 per maand, minimaal 24 maanden", 24),
    ("Gebruikerslicentie (per maand, min. 48 mnd): € 700", 48),
    ("Lizenz je Monat (min. 24 Mon.): 1.100 €", 24),
    ("Monitoring service: GBP 600 per month, min. 18 mths", 18),
    ("Licence EUR 1,500 per month with a minimum term of 36 months", 36),
    ("Canone mensile 900 €, minimo 24 mesi", 24),
])
def test_an_abbreviated_minimum_before_a_length_is_the_minimum_term(text, months):
    assert term_months(text) == months
    assert _rows(text)["Minimum term"] == f"{months} months"


@pytest.mark.parametrize("text", [
    "Maintenance contract: EUR 2,100 per year, or EUR 1,900 per year with a term of 48 months.",
    "Bei einer Laufzeit von 48 Monaten senken wir die Lizenz auf 1.300 € pro Monat.",
    "Nous réduisons l'abonnement à 900 € par mois avec un engagement de 48 mois.",
    "Con un plazo de 48 meses la suscripción baja a 1.100 € al mes.",
    "Bij een looptijd van 60 maanden wordt het abonnement € 800 per maand.",
])
def test_a_term_said_as_a_discount_s_condition_is_neither_the_term_nor_the_price(text):
    assert term_months(text) is None
    offer = ("Hardware: EUR 40.000\nLicence: EUR 1.500 per month\n", "proposal")
    rows = _rows(*[offer[0]], (text, "reply"))
    assert rows["Minimum term"] == "not stated"
    assert not any(amount in " ".join(stated_price(_offer("O", offer, (text, "reply"))))
                   for amount in ("1,900", "1.300", "900 €", "1.100", "800"))


def test_the_offer_s_own_price_beside_a_discount_in_one_sentence_stays():
    prices = stated_price(_offer("O", ("The licence is EUR 2,400 per month; it drops to EUR 2,100 per month with a term "
                                       "of 48 months.", "proposal")))
    assert any("2,400" in line for line in prices) and not any("2,100" in line for line in prices)


# --- 2. a floor is the least the offer costs; an item costed as it comes is unpriced ----------------------------------

@pytest.mark.parametrize("text, least", [
    ("Workshop: EUR 6,000\nPlatform (one line): from EUR 2,500 per month\nMinimum term 12 months.", "EUR 36,000"),
    ("Workshop: 6.000 €\nPlattform: ab 2.500 € / Monat\nMindestlaufzeit 12 Monate.", "EUR 36.000"),
    ("Atelier : 6 000 €\nPlateforme : à partir de 2 500 € par mois\nDurée minimale : 12 mois.", "EUR 36"),
    ("Taller: 6.000 €\nPlataforma: desde 2.500 € al mes\nPlazo mínimo de 12 meses.", "EUR 36.000"),
    ("Workshop: € 6.000\nPlatform: vanaf € 2.500 per maand\nMinimale looptijd 12 maanden.", "EUR 36.000"),
])
def test_a_price_said_as_a_floor_is_costed_as_at_least(text, least):
    cost = _rows(text)["Cost over the term"]
    assert cost.startswith(f"at least {least}"), cost


def test_a_firm_price_is_costed_without_at_least():
    cost = _rows("Workshop: EUR 6,000\nPlatform: EUR 2,500 per month\nMinimum term 12 months.")["Cost over the term"]
    assert cost.startswith("EUR 36,000") and "at least" not in cost


@pytest.mark.parametrize("text, item", [
    ("Engineering: EUR 12,000\nSensors and wiring | on a time and material basis", "Sensors and wiring"),
    ("Inbetriebnahme: 9.000 €\nVerkabelung und Montage | nach Aufwand", "Verkabelung und Montage"),
    ("Ingénierie : 9 000 €\nCâblage | selon dépense", "Câblage"),
    ("Engineering: € 9.000\nBekabeling en montage | op nacalculatie", "Bekabeling en montage"),
    ("Ingeniería: 9.000 €\nDesplazamientos | según consumo", "Desplazamientos"),
])
def test_an_open_ended_item_is_named_as_unpriced_where_prices_are_compared(text, item):
    comp = compare([_offer("A", (text, "proposal")), _offer("B", ("Pilot: EUR 20,000", "proposal"))])
    assert "not priced" in comp.cost("A") and item in comp.cost("A"), comp.cost("A")
    assert "not priced" not in comp.cost("B")
