"""The drafting rules' most used cue nouns read in Spanish, French, Italian and Portuguese (issue 14, langread,
questions/romance.yaml nouns): what a plant measures (a level, a weight), who acts (the maintenance team, an engineer)
and with what (a tablet, a battery's device). Sentences of our own."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.phrases import normalise, tokens
from reading.romance import romance_rules

RULES = romance_rules()


def read(text: str, language: str) -> str:
    return " ".join(RULES.gloss(tokens(normalise(text)), RULES.languages[language]))


@pytest.mark.parametrize("text, language, english", [
    ("el nivel del tanque", "es", "tank level"),
    ("le niveau de la cuve", "fr", "tank level"),
    ("il livello del serbatoio", "it", "tank level"),
    ("o nível do tanque", "pt", "tank level"),
    ("el peso de cada palé", "es", "weight"),
    ("le poids des produits", "fr", "weight"),
    ("il peso del prodotto", "it", "weight"),
    ("o peso das caixas", "pt", "weight"),
])
def test_a_level_and_a_weight_are_read_as_the_english_measure_words(text, language, english):
    assert english in read(text, language)


@pytest.mark.parametrize("text, language, english", [
    ("el equipo de mantenimiento recibe una alerta", "es", "maintenance team"),
    ("l'ingénieur consulte la tablette", "fr", "engineer"),
    ("la tablette de l'opérateur", "fr", "tablet"),
    ("la batteria del dispositivo", "it", "device battery"),
    ("a gestão da energia", "pt", "management"),
    ("la gestión de los pedidos", "es", "order management"),
])
def test_who_acts_and_with_what_is_read_in_the_english_cue_words(text, language, english):
    assert english in read(text, language)


def test_a_noun_no_cue_names_in_another_sense_is_not_glossed_as_one():
    """French "service" (a department, but also the service a vendor gives) and "commande" (an order, or a control)
    stay as written: read as one sense they would name the other's cue."""
    assert read("le service après-vente", "fr").split()[1] == "service"
    assert "order" not in read("la commande numérique", "fr").split()


@pytest.mark.parametrize("text", [
    ("En 2021 la planta instaló sensores de nivel en los tanques de la fábrica. "
     "El sistema mide el nivel de cada tanque y el peso de cada palé cada minuto. "
     "Los datos se muestran en una tableta para el jefe de turno. "
     "Antes, los operarios anotaban el nivel a mano una vez por turno."),
    ("En 2021, l'usine a installé des capteurs sur les cuves de la ligne. "
     "Le système mesure le niveau de chaque cuve et le poids de chaque palette. "
     "Les données sont affichées sur une tablette pour le chef d'équipe. "
     "Avant, les opérateurs notaient le niveau à la main une fois par poste."),
])
def test_a_romance_case_study_measuring_levels_and_weights_drafts_other_data_captured(text):
    answers = {a.question: set(a.choices) for a in draft(text, load_bank(), proposal="x").answers}
    assert "other" in answers.get("data.captured", set())
