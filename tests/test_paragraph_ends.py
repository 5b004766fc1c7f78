"""A short sentence left without its end mark at a paragraph's end is the paragraph's last words, no heading (walk80:
"Connecteur standard via l'API REST de Carl ... clôture. Déjà en service chez deux clients" read its last sentence as a
neutral heading); a short line standing alone still heads what follows."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for

DRAFTER = drafter_for(load_bank())
ENDED = {
    "fr": ("Le connecteur crée les demandes d'intervention via l'API REST. Déjà en service chez deux clients",
           "Déjà en service chez deux clients"),
    "de": ("Wir installieren zwölf Sensoren an den Pressen. Bereits bei zwei Kunden im Einsatz",
           "Bereits bei zwei Kunden im Einsatz"),
    "es": ("Creamos órdenes de trabajo en SAP PM mediante la API REST. Ya en servicio en dos clientes",
           "Ya en servicio en dos clientes"),
    "it": ("Il connettore crea gli ordini di lavoro via API REST. Già in uso presso due clienti",
           "Già in uso presso due clienti"),
}


def _roles(text: str) -> dict[str, object]:
    _drafted, seen = DRAFTER.drafted_pass([pasted(text)])
    return {s.text: role for s, role in zip(seen.reading.sentences, seen.roles)}


@pytest.mark.parametrize("lang", sorted(ENDED))
def test_a_paragraphs_last_short_sentence_without_its_end_mark_heads_nothing(lang):
    paragraph, last = ENDED[lang]
    roles = _roles(f"{paragraph}\n\nTraining\n\nTwo days on site for the maintenance team.")
    assert roles[last].heading is False
    assert roles["Training"].heading is True  # a line of its own still heads the lines under it


def test_a_short_line_of_its_own_after_a_paragraph_is_still_a_heading():
    roles = _roles("We read every press over OPC UA.\n\nDéjà en service chez deux clients\n\nNous citons Renault.")
    assert roles["Déjà en service chez deux clients"].heading is True
