"""A label an offer's exclusions list names under its heading or lead-in on an earlier line is no label the offer is
sold with (reading/offer_sections.py `lists_at`, read in Reader._sold; the heading phrases: drafting.yaml
excluded_sections)."""
import pytest

from reading import analyze, reader_for
from reading.text_reuse import alone, read_reusing
from questions.loader import load_bank


@pytest.mark.parametrize("text", [
    "6. Exclusions\n- AI model training on your historical scrap data\n- Cloud hosting of the dashboards",
    "The following are not included in this offer:\n\n1. Digital twin of the packaging line\n2. Civil works",
    "Nicht im Lieferumfang\n• KI-gestützte Bildauswertung der Nähte\n• Hosting in der Cloud",
    "Non inclus :\n- le jumeau numérique de la ligne\n- l'hébergement dans le cloud",
    "Exclusiones\n- Modelo de IA para predecir paros\n  y su reentrenamiento anual\n- Gemelo digital de la línea",
])
def test_a_label_an_exclusions_list_names_is_no_label(text):
    assert analyze(text).labels == []


@pytest.mark.parametrize("text, label", [
    ("Scope of supply\n- AI model that ranks scrap causes\n- Two edge gateways", "ai"),
    ("Exclusions\nCivil works are not included.\n- AI model that ranks scrap causes", "ai"),  # the list ended
    ("Nicht im Lieferumfang: Bauarbeiten.\n\nUnsere KI erkennt jede fehlerhafte Naht.", "ai"),
    ("- Gemelo digital de la línea con simulación de cambios", "digital_twin"),
])
def test_a_label_listed_outside_an_exclusions_list_still_sells(text, label):
    assert label in analyze(text).labels


def test_a_text_reused_line_by_line_reads_an_exclusions_list_as_read_whole():
    reader = reader_for(load_bank())
    known_text = "Scope of supply\n- AI model that ranks scrap causes\n- Cloud hosting of the dashboards"
    known = alone(reader, known_text, reader.read(known_text))
    text = "Exclusions\n- AI model that ranks scrap causes\n- Cloud hosting of the dashboards"
    assert read_reusing(reader, text, known).labels == reader.read(text).labels == []
