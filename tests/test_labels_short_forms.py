"""A label's short form in another language is the label (questions/glossary.yaml aliases): German "KI", French,
Spanish, Italian and Portuguese "IA" sell AI as "AI" does, alone or as a compound's first part before its hyphen
("KI-gestützte Qualitätsprognose"); so a German AI offer meets the AI label's gaps an English one meets (walk61)."""
import pytest

from reading import analyze
from reading.draft import draft
from scoring.engine import score


@pytest.mark.parametrize("sentence", [
    "Prozessdatenerfassung und KI-gestützte Qualitätsprognose für Ihre Pressen.",
    "Die KI-basierte Prognose warnt vor Ausschuss.",
    "Unsere KI lernt aus den Daten jeder Linie.",
    "Eine Lösung mit künstlicher Intelligenz für Ihre Öfen.",
    "Une solution d'IA pour vos lignes de conditionnement.",
    "L'IA prévoit les pannes des compresseurs.",
    "La plataforma de IA avisa antes de que falle el motor.",
    "Una soluzione basata sull'IA per i vostri forni.",
    "Een oplossing met kunstmatige intelligentie voor uw ovens.",
])
def test_a_short_form_of_ai_in_another_language_sells_the_ai_label(sentence):
    assert "ai" in analyze(sentence).labels


@pytest.mark.parametrize("sentence", [
    "Kiel is the site of our second plant.",
    "Our team in Iasi plans the rollout.",
    "Kilns 1 to 4 run on gas.",
])
def test_a_word_that_only_starts_with_the_short_form_is_no_label(sentence):
    assert "ai" not in analyze(sentence).labels


GERMAN_AI_OFFER = """Angebot: KI-gestützte Qualitätsprognose
Sie betreiben 12 Spritzgießmaschinen. Die Maschinen werden über OPC UA angebunden.
Je Maschine erfassen wir die Werkzeugtemperatur mit 1 Hz."""


def test_a_german_ai_offer_meets_the_ai_labels_gaps():
    card = score(draft(GERMAN_AI_OFFER))
    assert "ai" in card.labels
    assert any(gap.label == "ai" for gap in card.gaps)
