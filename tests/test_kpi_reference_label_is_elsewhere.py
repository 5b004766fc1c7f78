"""A line opened by a reference's label and its colon ("Reference: Brauerei Müller, 2023 - ...", "Referenz: ...") or a
German business told with an indefinite article ("in einem Werk in Polen", "bei einem Molkereibetrieb") tells another
site's result, never this plant's baseline and target; "Reference value: 38 kWh/t" labels a value of the plant's own.
Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from questions import load_bank
from reading.draft_rules import rules_for
from reading.kpi_source import elsewhere
from reading.phrases import normalise, tokens

RULES = rules_for(load_bank())


def _elsewhere(text: str) -> bool:
    return elsewhere(text, tokens(normalise(text)), RULES)


def test_a_line_opened_by_a_reference_label_is_another_sites():
    assert _elsewhere("Referenz: Molkerei Berger, 2022 – Dampf von 14 auf 10 kg/hl.")
    assert _elsewhere("Reference: Hartley Mills, 2024 - changeover from 50 to 22 minutes.")


def test_a_reference_value_of_the_plant_is_no_other_site():
    assert not _elsewhere("Reference value: specific power consumption of 41 kWh/t, averaged over 2025.")


def test_a_text_of_references_only_drafts_no_kpi():
    text = ("Dampfangebot\nReferenz: Molkerei Berger, 2022 – Dampf von 14 auf 10 kg/hl.\n"
            "Wir schlagen einen Termin vor.")
    assert kpi_ends(text) is None


@pytest.mark.parametrize("text", [
    "In einem Werk in Tschechien senkte unser System den Ausschuss von 3,9 % auf 1,4 %.",
    "Bei einem großen Molkereibetrieb ging der Dampfverbrauch von 15 auf 11 kg/hl zurück.",
])
def test_a_german_business_told_with_an_indefinite_article_is_another_site(text):
    assert _elsewhere(text)


def test_a_plant_value_beside_a_word_of_its_own_works_is_no_other_site():
    assert not _elsewhere("Bei einer Ausschussquote im Werk Halle von 3,9 % garantieren wir 1,4 %.")
