"""A sampling or sending interval told with a number and a verb in the present whose subject is the device ("el gateway
lee ... cada 10 segundos", "il gateway legge ... ogni 5 minuti", "bramka odczytuje ... co 10 sekund") answers how often
data is captured, as the passive's participle does; seconds, minutes and hours in those languages are units of time.
A live screen at the line answers how soon the decision-maker sees it in a text written to one site, not in a
product's description. Sentences written for these tests."""
import pytest

from questions import load_bank
from reading.draft import draft

OFFER = "Quotation for your plant\n\n"
HOW_OFTEN, HOW_SOON = "data.protocols", "decision.latency"


def _answer(text: str, question: str):
    bank = load_bank()
    return draft(text, bank).answer(question)


@pytest.mark.parametrize("sentence", [
    "En su planta de Burgos, la pasarela lee la presión de la prensa 2 cada 10 segundos.",
    "Dans votre usine de Nantes, le boîtier relève la pression de la presse 2 toutes les 10 secondes.",
    "Nello stabilimento di Brescia il dispositivo legge la pressione della pressa 2 ogni 5 minuti.",
    "W zakładzie w Gdańsku moduł odczytuje ciśnienie prasy 2 co 10 sekund.",
    "In uw fabriek in Gent verstuurt de module de druk van pers 2 elke 30 seconden.",
])
def test_an_interval_with_a_number_and_a_verb_in_the_present_answers_how_often(sentence):
    answer = _answer(OFFER + sentence, HOW_OFTEN)
    assert answer is not None and sentence in answer.quotes


def test_an_interval_of_a_machines_trouble_in_another_language_is_no_sampling_rate():
    trouble = "En su planta de Burgos, la prensa 2 se para cada 20 minutos por un atasco."
    assert _answer(OFFER + trouble, HOW_OFTEN) is None


def test_a_live_screen_at_the_line_of_one_site_answers_how_soon_it_is_seen():
    text = ("At your Derby plant, the stop reasons of line 4 are shown on a live screen at the line.\n"
            "We will fit new sensors on the six presses of line 4.\n")
    answer = _answer(text, HOW_SOON)
    assert answer is not None and "minutes" in answer.choices


def test_a_live_screen_in_a_products_description_only_offers_the_option_to_check():
    text = ("The product shows stop reasons on a live screen at the line.\nOur customers love it.\n"
            "It is easy to use.\nIt runs in any browser and needs no installation.\n")
    answer = _answer(text, HOW_SOON)
    assert answer is None or "minutes" not in answer.choices
