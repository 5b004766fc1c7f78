"""Evidence that says the opposite of the option it is quoted for (walk80): an item listed under a heading of what the
offer leaves out carries the heading's negation for every question (draft_optional.drop_left_out: "• La formation
au-delà de 2 sessions." under "Non compris" drafted on-site training), and a clause that says the thing is not fit for
something is no evidence of it, however far the thing stands past the negation (clauses.denied_fit: "Nicht geeignet
für explosionsgefährdete Bereiche (ATEX)" drafted industrial-rated hardware)."""
import pytest

from questions.models import Document
from reading.draft import draft, drafter_for


def _answer(evaluation, question):
    return next((a for a in evaluation.answers if a.question == question), None)


def _quoted_for(evaluation, question, words):
    answer = _answer(evaluation, question)
    return [q for q in (answer.quotes if answer else []) if words in q]


@pytest.mark.parametrize("text, item", [
    ("1. Scope\nWe fit vibration sensors on 12 presses and send alerts to the maintenance technician's phone.\n"
     "2. Not included\n• Training of your operators and setters at your site.\n• Civil works.\n3. Prices\n"
     "Sensors: EUR 8,125.", "Training of your operators"),
    ("1. Périmètre\nNous installons des capteurs de vibration sur 12 presses et envoyons les alertes au technicien.\n"
     "2. Non compris\n• La formation sur site de vos opérateurs.\n• Le génie civil.\n3. Prix\nCapteurs : 8 125 €.",
     "La formation sur site"),
    ("1. Leistungsumfang\nWir montieren Schwingungssensoren an 12 Pressen und senden Alarme an den Instandhalter.\n"
     "2. Nicht im Lieferumfang\n• Schulung Ihrer Bediener vor Ort.\n• Bauarbeiten.\n3. Preise\nSensoren: 8.125 €.",
     "Schulung Ihrer Bediener"),
    ("1. Alcance\nInstalamos sensores de vibración en 12 prensas y enviamos alertas al técnico de mantenimiento.\n"
     "2. Exclusiones\n• La formación in situ de sus operarios.\n• La obra civil.\n3. Precios\nSensores: 8.125 €.",
     "La formación in situ"),
])
def test_an_item_under_an_exclusions_heading_is_no_evidence_for_its_option(text, item, bank):
    assert _quoted_for(draft(text, bank), "users.training", item) == []


@pytest.mark.parametrize("text, excluded", [
    ("1. Périmètre\nNous installons des capteurs de vibration sur 12 presses et formons vos techniciens sur site "
     "pendant 2 jours.\n2. Non compris\n• La formation au-delà de 2 sessions.\n• Le génie civil.\n3. Planning\n"
     "Durée totale : 15 semaines.", "au-delà"),
    ("1. Scope\nWe fit vibration sensors on 12 presses and train your technicians on site for 2 days.\n"
     "2. Exclusions\n• Training beyond 2 sessions.\n• Civil works.\n3. Planning\nTotal duration: 15 weeks.", "beyond"),
])
def test_an_option_other_lines_back_keeps_them_not_the_excluded_item(text, excluded, bank):
    training = _answer(draft(text, bank), "users.training")
    assert training is not None and "onsite" in training.choices
    assert not any(excluded in q for q in training.quotes)


@pytest.mark.parametrize("sentence", [
    "The sensor is not suitable for hazardous areas (ATEX zones).",
    "Nicht geeignet für explosionsgefährdete Bereiche (ATEX).",
    "Der Sensor ist nicht für explosionsgefährdete Bereiche (ATEX) zugelassen.",
])
def test_a_clause_not_fit_for_a_thing_is_no_evidence_of_it(sentence, bank):
    assert _quoted_for(draft(sentence, bank), "reliability.measures", sentence) == []


@pytest.mark.parametrize("sentence", [
    "The sensor is suitable for hazardous areas (ATEX zones).",
    "Geeignet für explosionsgefährdete Bereiche (ATEX).",
])
def test_a_clause_fit_for_the_thing_still_is(sentence, bank):
    assert _quoted_for(draft(sentence, bank), "reliability.measures", sentence) == [sentence]


def test_a_german_datasheet_line_not_fit_for_atex_drafts_no_industrial_hardware(bank):
    sheet = ("Datenblatt VSE-150 Schwingungssensor\nBeschleunigungssensor mit IO-Link, Edelstahl, M8-Montage\n"
             "Hinweise: Der Sensor ist für die Zustandsüberwachung von Pressen geeignet.\n"
             "Nicht geeignet für explosionsgefährdete Bereiche (ATEX).\n")
    offer = "Nous installons 12 accéléromètres VSE-150 sur vos presses et envoyons les alertes au technicien."
    documents = [Document(name="offre.txt", text=offer), Document(name="fiche.png", kind="datasheet", text=sheet)]
    evaluation = drafter_for(bank).draft_documents(documents)
    assert _quoted_for(evaluation, "reliability.measures", "ATEX") == []
