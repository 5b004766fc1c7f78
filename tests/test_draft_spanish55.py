"""A Spanish, French, Italian, Portuguese or German offer's reading interval ("con lecturas cada minuto", "toutes les
minutes", "jede Minute") answers how often data is captured, as "every minute" does (words.yaml frequency); its licence
("850 EUR al mes de licencia") answers what upkeep costs after the pilot, as an English "licence" does (prefill.yaml),
and the month of a Spanish fee ("al mes") names no MES (words.yaml plain). Sentences of our own (walk55)."""
import pytest

from reading import analyze
from reading.draft import draft

SPANISH = ("Estimado Sr. Gómez,\n\nle enviamos nuestra propuesta para su fábrica de galletas.\n"
           "- Colocaremos un medidor de vapor en cada una de las tres amasadoras, con lecturas {every}.\n"
           "- Un panel con el consumo de cada línea para el jefe de turno.\n\n"
           "Precio: 18.500 EUR de instalación y 850 EUR al mes de licencia.\n\nUn saludo,\nLuis Prado")


def _answer(text: str, question: str):
    return next((a for a in draft(text).answers if a.question == question), None)


@pytest.mark.parametrize("every", ["cada minuto", "cada segundo", "por minuto"])
def test_a_spanish_reading_interval_answers_how_often_data_is_captured(every):
    answer = _answer(SPANISH.format(every=every), "data.protocols")
    assert answer is not None and every in answer.quotes[0]


@pytest.mark.parametrize("sentence", [
    "Les compteurs envoient leurs valeurs toutes les minutes.",
    "I contatori inviano i valori ogni minuto.",
    "Os medidores enviam os valores a cada minuto.",
    "Die Zähler senden ihre Werte jede Minute.",
])
def test_a_reading_interval_in_another_language_is_a_frequency(sentence):
    assert "frequency" in {s.kind for s in analyze(sentence).sentences[0].substance}


def test_a_spanish_monthly_licence_answers_what_upkeep_costs():
    answer = _answer(SPANISH.format(every="cada minuto"), "upkeep.after_pilot")
    assert answer is not None and "850 EUR al mes" in answer.quotes[0]


def test_a_spanish_month_names_no_mes():
    sentence = analyze("Precio: 850 EUR al mes de licencia.").sentences[0]
    assert "system" not in {s.kind for s in sentence.substance}
