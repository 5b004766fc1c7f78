"""A yearly fee said to include everything is the whole fee, kept a floor where said "from" (walk79: "Canone ...
a partire da EUR 49.000/anno, tutto incluso" was shown on Compare as "maintenance from EUR 49.000 a year"). Italian's
"canone" of a service is its subscription; upkeep named in the fee stays upkeep. Never the walk's own sentences."""
from __future__ import annotations

import pytest

from questions import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from scoring.compare import stated_price

BANK = load_bank()


def _stated(text: str) -> list[str]:
    return stated_price(Evaluation(proposal="O", vendor="V", bank_version=BANK.version,
                                   documents=[pasted(text, "proposal", "O")]))


@pytest.mark.parametrize("text, amount", [
    ("Il canone della piattaforma parte da EUR 31.500 all'anno, tutto compreso.", "EUR 31.500"),
    ("Service et support à partir de 52 000 EUR/an, tout compris.", "52 000 EUR"),
    ("Soporte y mantenimiento desde 45.000 EUR/año, todo incluido.", "45.000 EUR"),
    ("Wartung und Support ab 38.000 EUR pro Jahr, alles inklusive.", "38.000 EUR"),
    ("Support and updates from EUR 40,000 per year, all inclusive.", "EUR 40,000"),
    ("Onderhoud vanaf EUR 20.000 per jaar, alles inbegrepen.", "EUR 20.000"),
])
def test_a_yearly_fee_said_all_included_is_the_whole_fee_from_its_floor(text, amount):
    assert _stated(text) == [f"licence from {amount} a year"]


@pytest.mark.parametrize("text, said", [
    ("Support and updates EUR 40,000 per year.", "maintenance EUR 40,000 a year"),
    ("Il canone annuo di manutenzione e aggiornamento è di 6.300 EUR/anno.", "maintenance 6.300 EUR a year"),
])
def test_upkeep_not_said_all_included_stays_upkeep(text, said):
    assert _stated(text) == [said]
