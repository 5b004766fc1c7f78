"""Issue 14, walk74 (an Italian offer with a German datasheet, an Italian reply) and the Spanish and French walks before
it: what a Romance or a mixed offer denies, only prepares or leaves to later is not held; a review settled with a
named role is human review; a greeting run into a subject line backs nothing; a German paragraph in a French text is
read in German; a role, a reply's response time, a payback and a target's lead-in are read in the offer's language."""
import sys
from pathlib import Path

import pytest

from questions import load_bank
from reading.draft import draft
from reading.prefill import greets
from reading.romance import romance_rules
from reading.phrases import tokens
from scoring import score
from scoring.rounds import reply_reader

sys.path.insert(0, str(Path(__file__).parent))
from kpi_corpus import direction  # noqa: E402

BANK = load_bank()

_LEAD = {
    "it": "Il sistema raccoglie i dati di vibrazione delle pompe e della linea di imbottigliamento con sensori nuovi.",
    "es": "El sistema recoge los datos de vibración de las bombas y de la línea de envasado con sensores nuevos.",
    "fr": "Le système collecte les données de vibration des pompes et de la ligne de conditionnement avec de nouveaux "
          "capteurs.",
    "en": "The system collects the vibration data of the pumps and of the bottling line with new sensors.",
}


def _answer(text: str, question: str):
    return draft(text, BANK).answer(question)


def _ticked(text: str, question: str) -> list[str]:
    answer = _answer(text, question)
    return [] if answer is None else answer.choices + answer.suggested


@pytest.mark.parametrize("language, sentence", [
    ("it", "I valori restano in stabilimento; nessun valore delle presse viene inviato al cloud di terzi."),
    ("es", "Los valores se quedan en la fábrica; ningún dato de las prensas se sube a la nube del proveedor."),
    ("fr", "Les mesures restent dans l'usine et aucune donnée des presses n'est transmise vers le cloud."),
    ("en", "Everything stays on site; no reading of the presses is ever pushed to the vendor's cloud."),
])
def test_a_clause_opening_on_a_denied_subject_ticks_nothing_it_says(language, sentence):
    assert "cloud" not in _ticked(f"{_LEAD[language]}\n{sentence}", "workflow.technologies")


def test_a_denial_in_another_clause_leaves_the_cloud_it_names():
    text = f"{_LEAD['en']}\nThe PLC has no spare port, so the gateway sends the data to the cloud every minute."
    assert "cloud" in _ticked(text, "workflow.technologies")


@pytest.mark.parametrize("language, sentence", [
    ("it", "La certificazione IEC 62443-4-2 della centralina è in preparazione e prevista per il 2027."),
    ("es", "La certificación IEC 62443-4-2 del equipo está en preparación y prevista para el próximo año."),
    ("fr", "La certification IEC 62443-4-2 du boîtier est en cours et prévue pour l'an prochain."),
    ("en", "Certification of the box to IEC 62443-4-2 is pending."),
])
def test_a_certification_in_preparation_is_not_held(language, sentence):
    assert "iec62443" not in _ticked(f"{_LEAD[language]}\n{sentence}", "security.controls")


def test_a_german_certification_in_preparation_is_not_held():
    text = ("Das Gerät erfasst die Schwingungen der Pumpen und sendet die Werte an den Server des Kunden. Eine "
            "Zertifizierung des Geräts nach IEC 62443-4-2 ist in Vorbereitung. Derzeit liegt keine Zertifizierung vor.")
    assert "iec62443" not in _ticked(text, "security.controls")


def test_a_certification_held_is_still_ticked():
    text = f"{_LEAD['es']}\nLa pasarela está certificada según IEC 62443-4-2 desde 2024 por TÜV."
    assert "iec62443" in _ticked(text, "security.controls")


_PREDICTS = {
    "it": "Il sistema prevede i guasti dei cuscinetti con il machine learning sui dati di vibrazione dei motori e genera "
          "allarmi per la linea.",
    "es": "El sistema predice los fallos de los rodamientos con machine learning a partir de los datos de vibración de "
          "los motores y genera alarmas para la línea.",
    "fr": "Le système prédit les pannes des roulements avec le machine learning à partir des données de vibration des "
          "moteurs et génère des alarmes pour la ligne.",
    "en": "The system predicts bearing failures with machine learning from the motors' vibration data and raises alarms.",
}


def _flags(text: str) -> set[str]:
    return {flag.id for flag in score(draft(text, BANK), BANK).flags}


@pytest.mark.parametrize("language, sentence", [
    ("it", "Le soglie di allarme sono validate con il responsabile di manutenzione prima della messa in servizio."),
    ("es", "Las alarmas se revisan con el jefe de mantenimiento antes de activarlas en la planta."),
    ("fr", "Les seuils sont validés avec le responsable de la maintenance avant la mise en service."),
    ("en", "Each threshold is reviewed with your maintenance manager before the alarms go live."),
])
def test_a_review_settled_with_a_named_role_is_human_review(language, sentence):
    text = f"{_PREDICTS[language]}\n{sentence}"
    assert "human_approves" in _ticked(text, "upkeep.human_review")
    assert "no_human_review" not in _flags(text)


@pytest.mark.parametrize("sentence", ["The models are trained with the data of the last two years.",
                                      "The reasons come from a list agreed with your team leaders."])
def test_a_model_trained_or_a_list_agreed_with_a_role_is_no_human_review(sentence):
    assert "no_human_review" in _flags(f"{_PREDICTS['en']}\n{sentence}")


@pytest.mark.parametrize("line", [
    "Oggetto: Offerta n. 77 - monitoraggio IoT delle presse Gentile Dott. Bianchi, facendo seguito alla visita, "
    "Vi proponiamo il sistema.",
    "Angebot 4711 - vorausschauende Wartung Sehr geehrter Herr Maier, bezugnehmend auf Ihre Anfrage senden wir Ihnen",
    "Re: offer 22 for the IoT dashboard Dear Mr Patel, further to our visit we offer the system",
    "Asunto: oferta de mantenimiento predictivo Estimada Sra. López, tras la visita a su planta le enviamos",
])
def test_a_greeting_run_into_a_subject_line_backs_no_answer(line):
    assert greets(line)


@pytest.mark.parametrize("line", [
    "Le projet est présenté par Monsieur Dupont, chef de projet, qui suit la mise en service.",
    "The gentile operator of line 2 reads the screen, then confirms the stop.",
    "Unsere Sensoren, gebaut mit Liebe zum Detail, messen die Temperatur.",
])
def test_a_name_or_word_mid_sentence_is_no_greeting(line):
    assert not greets(line)


def test_the_greeting_run_into_the_subject_is_quoted_for_nothing():
    text = ("Oggetto: Offerta EAD-77 - manutenzione predittiva delle presse Gentile Ing. Rossi, facendo seguito al "
            "sopralluogo presso il Vostro stabilimento, siamo lieti di proporVi il monitoraggio IoT dei motori.\n"
            f"{_PREDICTS['it']}")
    quoted = [q for a in draft(text, BANK).answers for q in a.quotes]
    assert quoted and not any("Gentile" in q for q in quoted)


def test_a_german_paragraph_in_a_french_text_is_read_in_german():
    text = ("Notre solution collecte les données de température des fours de la ligne avec des capteurs neufs.\n"
            "Les alertes sont envoyées au chef d'équipe, qui décide des interventions sur la ligne de l'usine.\n"
            "Le serveur est installé dans la salle informatique du client et les données restent dans l'usine.\n"
            "Die Messwerte bleiben im Werk des Kunden. Eine Anbindung an die Cloud ist nicht Teil des Angebots.")
    assert "cloud" not in _ticked(text, "workflow.technologies")


@pytest.mark.parametrize("language, words, english", [
    ("es", "El responsable de energía revisa el informe", "energy manager"),
    ("es", "La jefa de producción confirma el plan", "production manager"),
    ("fr", "Le responsable qualité valide le lot", "quality manager"),
    ("it", "Il responsabile qualità approva il lotto", "quality manager"),
])
def test_a_romance_head_of_a_department_reads_as_the_english_role(language, words, english):
    rules = romance_rules()
    assert english in " ".join(rules.gloss(tokens(words.lower()), rules.languages[language]))


@pytest.mark.parametrize("question, sentence", [
    ("reliability.commitment", "El tiempo de respuesta del soporte es de 4 horas laborables para incidencias graves."),
    ("reliability.commitment", "Le délai d'intervention sur site est de 8 heures ouvrées en cas de panne."),
    ("reliability.commitment", "Il tempo di risposta dell'assistenza è di 4 ore lavorative per i guasti bloccanti."),
    ("return.promise", "Objetivo: reducir las paradas no planificadas un 20 % en 12 meses."),
    ("return.promise", "Obiettivo: portare l'OEE della linea dal 68 % al 75 % entro 12 mesi."),
    ("return.promise", "El retorno de la inversión se alcanza en 16 meses con un ahorro de 60.000 euros al año."),
])
def test_a_romance_offer_suggests_its_response_time_payback_and_target(question, sentence):
    text = {"El": _LEAD["es"], "Ob": _LEAD["es"], "Le": _LEAD["fr"], "Il": _LEAD["it"]}.get(sentence[:2], _LEAD["it"])
    answer = _answer(f"{text}\n{sentence}", question)
    assert answer is not None and sentence in answer.quotes


def test_a_sentence_without_those_words_is_not_suggested_for_the_return():
    sentence = "El equipo de mantenimiento recibe las alarmas en la tableta del taller."
    answer = _answer(f"{_LEAD['es']}\n{sentence}", "return.promise")
    assert answer is None or sentence not in answer.quotes


@pytest.mark.parametrize("metric, way", [("paradas no planificadas", -1), ("mermas de envasado", -1),
                                         ("rechazos en línea", -1), ("consumo de gas", -1), ("taux de rebuts", -1),
                                         ("ore di fermo", -1), ("disponibilità della linea", 1), ("OEE", 1)])
def test_a_romance_kpis_name_tells_which_way_it_should_move(metric, way):
    assert direction(metric) == way


READER = reply_reader(BANK)


@pytest.mark.parametrize("sentence", [
    "Un collegamento al gestionale di magazzino è possibile e potrà essere valutato in una fase successiva.",
    "Una conexión con el sistema de almacén es posible y podrá evaluarse más adelante.",
    "Une liaison avec la gestion des stocks est possible et pourra être évaluée dans une phase ultérieure.",
    "Eine Anbindung an das Lagersystem könnte später ergänzt werden.",
    "A link to the stores system could be added later.",
])
def test_a_link_only_possible_and_left_to_later_answers_nothing_in_a_reply(sentence):
    (said, *_), = READER._sentences(sentence)
    assert READER.vague(said)


def test_a_link_made_now_is_no_deferral():
    (said, *_), = READER._sentences("Il sistema invia gli avvisi a SAP PM tramite IDoc ogni 5 minuti, in una sola "
                                    "direzione.")
    assert not READER.vague(said)
