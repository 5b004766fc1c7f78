"""A file's name names its kind in the vendor's language: a price list, the terms and conditions and a quote each filed
as what it is, an annex of them too (walk81: "Zalacznik_1_Cennik_...xlsx" and "Zalacznik_2_Warunki_podpisane_skan.png"
were both filed as the proposal beside "Oferta_...pdf")."""
from __future__ import annotations

import pytest

from questions.models import DOCUMENT_KINDS, Document
from reading.documents import kind_from_name, kinds_from_names, titles


@pytest.mark.parametrize("name", ["Załącznik_3_Cennik_2026.xlsx", "Cenník služeb 2026.pdf", "Tarifa_2026.xlsx",
                                  "Lista de precios 2026.pdf", "Prisliste_2026.xlsx", "Listino_prezzi_v2.xlsx"])
def test_a_price_list_by_its_name_is_a_price_sheet(name):
    assert kind_from_name(name, False) == "price_sheet"


@pytest.mark.parametrize("name", ["AGB_Lieferant.pdf", "Anlage 3 Allgemeine Geschäftsbedingungen.pdf",
                                  "Conditions_generales_de_vente.pdf", "Condiciones generales 2026.pdf",
                                  "Allegato_2_Condizioni_generali.pdf", "Algemene_voorwaarden_2026.pdf",
                                  "Załącznik nr 4 - Ogólne warunki (podpisane).pdf", "Obchodní podmínky.pdf",
                                  "Terms_and_Conditions_signed.png"])
def test_the_terms_and_conditions_by_their_name_are_terms_an_annex_of_them_too(name):
    assert kind_from_name(name, False) == "terms"


@pytest.mark.parametrize("name", ["Devis_2026-118_Ligne3.pdf", "Presupuesto_PdM_2026.docx", "Preventivo 2026-44.pdf",
                                  "Nabídka_NB-2026-12.pdf"])
def test_a_quote_by_its_name_in_french_spanish_italian_or_czech_is_the_proposal(name):
    assert kind_from_name(name, False) == "proposal"


def test_an_offer_uploaded_with_its_price_list_and_signed_terms_gets_three_kinds():
    names = ["Oferta_OF-2026-05-211_Linia2.pdf", "Zalacznik_1_Cennik_OF-2026-05-211.xlsx",
             "Zalacznik_2_Warunki_podpisane_skan.png"]
    assert kinds_from_names(names, first=True) == ["proposal", "price_sheet", "terms"]


def test_the_terms_are_named_so_in_citations_and_a_datasheet_of_operating_conditions_stays_a_datasheet():
    assert DOCUMENT_KINDS["terms"] == "Terms and conditions"
    assert titles([Document(name="AGB.pdf", kind="terms", text="x")]) == ["Terms and conditions"]
    assert kind_from_name("Operating_conditions_datasheet.pdf", False) == "datasheet"
