"""A file's name names its kind in the vendor's language: a technical specification is a datasheet, an annex with no
other word is part of the offer, whatever its number is glued to (walk 75: "Zalacznik1_Specyfikacja_techniczna_PL")."""
from __future__ import annotations

import pytest

from reading.documents import kind_from_name


@pytest.mark.parametrize("name", ["SSS-2026-117_Zalacznik1_Specyfikacja_techniczna_PL.pdf",
                                  "Anlage 1 - Technische Spezifikation.pdf", "Annexe_B_specifications_techniques.pdf",
                                  "Anexo2 Especificaciones técnicas.docx", "Allegato 4 specifiche tecniche.pdf",
                                  "Bijlage_3_technische_specificatie.pdf"])
def test_a_technical_specification_annex_is_a_datasheet(name):
    assert kind_from_name(name, False) == "datasheet"


@pytest.mark.parametrize("name", ["Załącznik nr 2.pdf", "Anlage3.pdf", "Annexe C.docx", "Allegato_1.pdf", "Anexo 4.pdf"])
def test_an_annex_named_nothing_more_is_part_of_the_offer(name):
    assert kind_from_name(name, False) == "proposal"


def test_an_annex_of_prices_stays_a_price_sheet_and_a_plain_name_stays_other():
    assert kind_from_name("Anlage2_Preisliste.pdf", False) == "price_sheet"
    assert kind_from_name("plant_photos_2026.pdf", False) == "other"
    assert kind_from_name("specimen_results.pdf", False) == "other"  # "spec" is a word, not a part of one
