"""A box at the edge named as kit in the Romance or Slavic order, its noun before "edge" ("gateway edge", "pasarela
edge", "passerelle edge", "bramka edge"), is a gateway on the plant's floor: no Cloud / edge label and no cloud (walk82:
an on-premise Italian offer's "gateway edge installato nel vostro quadro" sold the label). An offer on a cloud
platform still sells it. None of the walk's own sentences."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _drafted(text: str):
    return draft(text, BANK)


@pytest.mark.parametrize("offer", [
    "Offerta per il vostro reparto imbottigliamento\n\nLe misure passano per un gateway edge montato in linea e "
    "finiscono sul server locale del vostro stabilimento.",
    "Oferta para su planta de envasado\n\nLos datos se procesan en una pasarela edge instalada en su planta y se "
    "guardan en el servidor local.",
    "Offre pour votre atelier\n\nLes données sont traitées par une passerelle edge installée dans votre armoire et "
    "stockées sur le serveur local de votre site.",
    "Oferta dla Państwa zakładu\n\nDane są przetwarzane przez bramkę edge w szafie sterowniczej i zapisywane na "
    "serwerze lokalnym w zakładzie.",
])
def test_an_edge_gateway_named_noun_first_sells_no_cloud_label(offer):
    evaluation = _drafted(offer)
    assert "cloud_edge" not in evaluation.labels
    technologies = evaluation.answer("workflow.technologies")
    assert not technologies or "cloud" not in technologies.choices


def test_an_offer_on_a_cloud_platform_still_sells_the_label():
    offer = ("Offerta per il vostro reparto imbottigliamento\n\nLa piattaforma cloud raccoglie i dati delle linee e "
             "li rende disponibili in tempo reale via browser.")
    assert "cloud_edge" in _drafted(offer).labels
