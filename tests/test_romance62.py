"""Romance-language proposals drafted wrong (issue 14, walks 62 and 64: a Spanish offer pasted as text, a Portuguese
marketing page, a French PDF mostly in tables). Each test drafts a kind of sentence the way the app reads a pasted
text; the sentences are our own, none of the walks'.

- The vendor's team doing the maintenance, said with the object first or in the passive ("El mantenimiento lo
  realiza nuestro equipo técnico", "est assurée par notre équipe", "è svolta dal nostro team", "é feita pela nossa
  equipa"), names who keeps the system, as "is carried out by our team" does (questions/romance.yaml).
- A connector that writes into a named ERP by a method ("escribe ... en SAP S/4HANA mediante servicios web OData")
  is a link with its direction and method.
- A French integration table's system named by its kind only in an aside, "(GMAO)", is a maintenance system, and a
  "Historien" a production one (drafting.yaml integration areas).
- A Spanish department's "responsable" is its manager only where a department follows ("el responsable de
  mantenimiento"); "es responsable del mantenimiento" stays "responsible for".
- A warning a length of time before a failure ("émet une alerte 48 h avant la panne", "48 horas antes de la avería",
  "48 ore prima del guasto") is prediction with its horizon in each language, its unit written short too ("48 h");
  "antes de", "prima del" before a noun are "before" (drafting.yaml horizon, romance.yaml).
- A table's column named a sampling rate in French, Spanish, Italian or Portuguese ("Fréquence d'échantillonnage: 1
  kHz / 10 s") tells how often data is taken, as "Sampling frequency" does (words.yaml sampling).
- A measure named as the share of a thing ("el porcentaje de piezas de segunda calidad", "the percentage of rejected
  parts") keeps its name beside another measure the sentence names first: its values are never given to the first
  (drafting.yaml kpi share_leads).
- Portuguese names of the digital twin and the industrial internet of things ("gémeo digital", "Internet das Coisas
  industrial") are those labels' aliases (questions/glossary.yaml).
"""
import pytest

from reading.draft import draft
from reading.phrases import normalise, tokens
from reading.romance import romance_rules

RULES = romance_rules()


def _answer(text: str, question: str):
    return next((a for a in draft(text).answers if a.question == question), None)


def _read(text: str, language: str) -> str:
    return " ".join(RULES.gloss(tokens(normalise(text)), RULES.languages[language]))


UPKEEP = {
    "es": ("Propuesta para la planta de Burgos.\nInstalaremos sensores de vibración en las bombas y un panel para el "
           "jefe de mantenimiento.\nEl mantenimiento lo realiza nuestro equipo técnico de Zaragoza, con visita en 24 "
           "horas."),
    "fr": ("Proposition pour l'usine de Rennes.\nNous installons des capteurs de vibration sur les pompes et un tableau "
           "de bord pour le responsable maintenance.\nLa maintenance du système est assurée par notre équipe de Nantes, "
           "avec intervention sous 24 heures."),
    "it": ("Proposta per lo stabilimento di Brescia.\nInstalliamo sensori di vibrazione sulle pompe e un cruscotto per "
           "il responsabile della manutenzione.\nLa manutenzione del sistema è svolta dal nostro team di Verona, con "
           "intervento entro 24 ore."),
    "pt": ("Proposta para a fábrica de Aveiro.\nInstalamos sensores de vibração nas bombas e um painel para o "
           "responsável de manutenção.\nA manutenção do sistema é feita pela nossa equipa de Coimbra, com intervenção "
           "em 24 horas."),
}


@pytest.mark.parametrize("language", sorted(UPKEEP))
def test_the_vendors_team_doing_the_maintenance_names_who_keeps_the_system(language):
    answer = _answer(UPKEEP[language], "upkeep.owner")
    assert answer is not None and "vendor_service" in answer.choices


LINK = ("Propuesta para la planta de Burgos.\nInstalaremos medidores de energía en las tres prensas.\nUn servicio "
        "nuestro escribe cada turno el consumo de energía por orden en SAP S/4HANA mediante servicios web OData. El "
        "departamento de informática de la planta es el propietario de esta interfaz.")


def test_a_connector_writing_into_a_named_erp_by_a_method_is_a_link_with_its_direction_and_method():
    answer = _answer(LINK, "connect.integrations")
    assert answer is not None
    assert [(i.direction, i.method) for i in answer.integrations] == [("to_system", "OData")]


TABLE = ("Proposition technique pour la biscuiterie. Nous installons des capteurs de vibration sur les moteurs des "
         "fours.\n\nIntégration avec vos systèmes\n\n"
         "Système: Coswin 8i (GMAO); Sens: Passerelle → Coswin; Données: Demandes d'intervention; Fréquence: Horaire\n\n"
         "Système: Historien du site; Sens: Bidirectionnel; Données: Séries de mesures; Fréquence: 1 min\n")


def test_a_french_table_row_naming_its_system_a_gmao_or_a_historian_is_a_link():
    answer = _answer(TABLE, "connect.integrations")
    assert answer is not None
    assert {(i.system, i.direction) for i in answer.integrations} >= {("maintenance", "to_system"),
                                                                       ("production", "both")}


def test_a_spanish_departments_responsable_is_its_manager():
    assert "maintenance manager" in _read("Se envía un aviso al responsable de mantenimiento.", "es")
    assert "quality manager" in _read("Cada lunes los responsables de calidad reciben un informe.", "es")


def test_a_spanish_responsable_of_a_task_is_no_manager():
    assert "manager" not in _read("Nuestro equipo es responsable del mantenimiento.", "es")


@pytest.mark.parametrize("sentence, label", [
    ("Com o nosso gémeo digital, cada forno da sua fábrica é simulado antes de cada mudança.", "digital_twin"),
    ("A nossa plataforma de Internet das Coisas industrial liga as máquinas da sua fábrica.", "iiot"),
    ("Nuestra plataforma de Internet de las cosas industrial conecta las máquinas de su fábrica.", "iiot"),
])
def test_a_labels_name_in_portuguese_or_spanish_word_order_sells_the_label(sentence, label):
    assert label in draft(sentence).labels


HORIZON = "{lead}\n{sentence}\n{tail}"


@pytest.mark.parametrize("lead, sentence, tail", [
    ("Objet : surveillance des pompes et maintenance prédictive pour la sucrerie.",
     "Le modèle signale un défaut de roulement 72 h avant la panne, en moyenne.",
     "Nous installons des capteurs de vibration sur les douze pompes de la sucrerie."),
    ("Asunto: supervisión de las bombas de la planta de zumos.",
     "El modelo emite una alerta 72 horas antes de la avería de cada bomba.",
     "Instalaremos sensores de vibración en las doce bombas de la planta."),
    ("Oggetto: monitoraggio delle pompe dello zuccherificio.",
     "Il modello emette un allarme 72 ore prima del guasto di ogni pompa.",
     "Installiamo sensori di vibrazione sulle dodici pompe dello stabilimento."),
])
def test_a_warning_hours_before_a_failure_is_prediction_quoted_from_its_own_sentence(lead, sentence, tail):
    answer = _answer(HORIZON.format(lead=lead, sentence=sentence, tail=tail), "workflow.analytics")
    assert answer is not None and "prediction" in answer.choices
    assert answer.quotes[0] == sentence and lead not in answer.quotes


SAMPLED = ("Proposition technique pour la biscuiterie. Nous installons des capteurs de vibration sur les moteurs des "
           "fours.\n\nCapteurs installés\n\n"
           "Four: F1; Capteurs: Vibration (3), température (2); Fréquence d'échantillonnage: 2 kHz / 30 s\n\n"
           "Four: F2; Capteurs: Vibration (3), courant moteur (2); Fréquence d'échantillonnage: 2 kHz / 1 min\n")


def test_a_french_sampling_rate_column_tells_how_often_data_is_taken():
    answer = _answer(SAMPLED, "data.protocols")
    assert answer is not None and any("Fréquence d'échantillonnage" in q for q in answer.quotes)


@pytest.mark.parametrize("text, metric", [
    ("Nuestro objetivo es reducir el consumo de agua en la línea 1, y bajar el porcentaje de botellas rechazadas del "
     "2,8 % al 1,5 %.", "porcentaje de botellas rechazadas"),
    ("Our aim is to cut the water use on line 1, and to lower the percentage of rejected bottles from 2.8 % to 1.5 %.",
     "percentage of rejected bottles"),
])
def test_a_share_named_of_a_thing_keeps_its_name_beside_another_measure_named_first(text, metric):
    answer = _answer(text, "decision.kpi")
    assert answer is not None and answer.measure.metric == metric
    assert (answer.measure.baseline, answer.measure.target) == (2.8, 1.5)
