"""A label's word written capitalised right after a maker's name in capitals is the maker's product ("AVEVA Edge",
"SIEMENS Cloud"), no label the vendor sells with, wherever the sentence stands; the word in the prose, after a kind of
system written in capitals ("MES Cloud") or after the vendor's CamelCase product in prose, still is (walk76: "Licence AVEVA Edge" on an on-site offer sold the Cloud /
edge label). Sentences written for these tests."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.text import reader_for

READER = reader_for(load_bank())


def _labels(text: str) -> list[str]:
    return [label for s in READER.read(text).sentences for label in (s.labels or [])]


@pytest.mark.parametrize("line", [
    "Le poste de supervision SIEMENS Edge est installé dans la salle électrique de la laiterie.",
    "Die Auswertung läuft auf einem Rechner mit INSEVIS Edge im Schaltschrank der Linie 2.",
    "Licencia perpetua de TERMOLAC Cloud para un servidor en la planta, 6.400,00 €.",
    "The quality lab keeps using the PTC AI module it licensed in 2023.",
])
def test_a_label_word_that_names_a_brand_s_product_sells_no_label(line):
    assert _labels(line) == []


@pytest.mark.parametrize("line, label", [
    ("Our MES Cloud connects every line to the head office.", "cloud_edge"),
    ("MoldWatch Edge sends every reading to the cloud for AI analysis.", "cloud_edge"),
    ("TintMind AI learns from each reading the lab takes.", "ai"),
    ("La plateforme apporte l'IA et le cloud à votre atelier.", "cloud_edge"),
    ("The ANDRITZ historian sends its data to our cloud platform every minute.", "cloud_edge"),
])
def test_the_label_in_prose_or_after_a_system_kind_still_sells_it(line, label):
    assert label in _labels(line)
