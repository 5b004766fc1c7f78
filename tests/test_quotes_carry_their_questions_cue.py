"""A drafted answer quotes the sentence that carries its own question's cue (reading/draft_quotes.py, prefill.yaml
`ranked`, drafting.yaml quoted_first and text.ways). walk77: the offer's objective ("reducir 25% los paros ... OEE por
máquina y por turno") was quoted under the protocols, its "25%, oee, por turno" counted as their specifics; MTConnect
and "4-20 mA" were left out of the protocols; the history kept quoted the weeks a model is trained on, not the
retention; human review quoted "el técnico decide la intervención" (a claim), not the planner's approval in SAP.
Offers of our own in Spanish, English and French, each told in another order than walk77's."""
import pytest

from questions import Answer, Evaluation, load_bank
from reading.draft import draft
from reading.draft_evidence import Evidence
from reading.draft_quotes import quotes_of
from scoring import score

BANK = load_bank()

SPANISH = """Propuesta técnica No. PT-2026-121 para Forjas del Centro, S.A. de C.V.
Cliente: Forjas del Centro, planta Querétaro
El objetivo es reducir un 20% las paradas no programadas de las prensas de forja y calcular el OEE por prensa y por turno.
Los modelos se entrenan con 6 semanas de datos de operación normal de cada prensa.
Se instalan 2 sensores de vibración por prensa, leídos cada 1 segundo por IO-Link, y el contador de golpes se lee del PLC vía OPC UA.
Los 6 tornos CNC se conectan por MTConnect para leer el estado de máquina.
La temperatura del aceite llega por una señal de 4-20 mA al gateway.
La retención de datos crudos es de 18 meses en el servidor de planta.
El jefe de mantenimiento decide la intervención.
Cada orden de trabajo generada requiere la aprobación del planificador en SAP PM.
Precio total: USD 64,800.00 + IVA.
"""
ENGLISH = """Quotation No. Q-2026-311 for Northfield Forgings Ltd, Sheffield plant.
Our goal is to cut unplanned stops of the forging presses by 20% and to compute OEE per press and per shift.
The models are trained on 6 weeks of normal operating data from each press.
We fit 2 vibration sensors per press, read every second over IO-Link, and read the stroke counter from the PLC over OPC UA.
The 6 CNC lathes are connected over MTConnect to read machine status.
Oil temperature reaches the gateway as a 4-20 mA signal.
Raw data retention is 18 months on the plant server.
The maintenance lead decides on the intervention.
Every work order raised requires approval by the planner in SAP PM.
Total price: GBP 52,400 excl. VAT.
"""
FRENCH = """Offre n° FX-2026-051 pour Forges de Savoie SAS, site d'Ugine.
Notre objectif est de réduire de 20 % les arrêts non planifiés des presses et de calculer le TRS par presse et par équipe.
Les modèles sont entraînés sur 6 semaines de données de fonctionnement normal de chaque presse.
Nous installons 2 capteurs de vibration par presse, lus chaque seconde en IO-Link, et le compteur de coups est lu dans l'automate via OPC UA.
Les 6 tours CNC sont connectés en MTConnect pour lire l'état machine.
La température de l'huile arrive à la passerelle par un signal 4-20 mA.
La rétention des données brutes est de 18 mois sur le serveur du site.
Chaque ordre de travail généré nécessite l'approbation du planificateur dans SAP PM.
Prix total : 58 900 EUR HT.
"""
OFFERS = {"es": SPANISH, "en": ENGLISH, "fr": FRENCH}


def answer(text: str, question: str) -> Answer:
    found = draft(text, BANK, proposal="P").answer(question)
    assert found is not None, question
    return found


def reasons(found: Answer) -> str:
    card = score(Evaluation(bank_version=BANK.version, proposal="P", answers=[found]), BANK)
    return " ".join(next(a for a in card.answers if a.question == found.question).reasons)


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_the_protocols_answer_quotes_every_way_the_data_travels_and_no_objective(language):
    found = answer(OFFERS[language], "data.protocols")
    said = " ".join(found.quotes)
    assert all(way in said for way in ("IO-Link", "OPC UA", "MTConnect", "4-20 mA"))
    assert "20" not in said.split("IO-Link")[0] and not any("OEE" in q or "TRS" in q for q in found.quotes)
    named = reasons(found).split(";")[0]  # "Names 9 specific things (...)"
    assert "io-link" in named and not any(term in named for term in ("20%", "20 %", "por turno", "per shift", "par équipe"))


def test_a_data_tables_rows_each_quote_a_way_no_sentence_named():
    text = SPANISH.split("Los 6 tornos")[0] + (
        "Señal: Estado CNC; Fuente: Haas; Protocolo: MTConnect; Muestreo: 1 s; Unidad: -\n"
        "Señal: Temperatura aceite; Fuente: Transmisor PT100; Protocolo: 4-20 mA; Muestreo: 5 s; Unidad: °C\n"
        "Señal: Presión; Fuente: Transmisor WIKA; Protocolo: 4-20 mA; Muestreo: 5 s; Unidad: bar\n"
        "Precio total: USD 64,800.00 + IVA.\n")
    quotes = answer(text, "data.protocols").quotes
    assert any("MTConnect" in q for q in quotes) and sum("4-20 mA" in q for q in quotes) == 1


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_the_history_kept_quotes_the_retention_before_the_weeks_a_model_is_trained_on(language):
    quotes = answer(OFFERS[language], "data.history").quotes
    assert any(word in quotes[0] for word in ("retención", "retention", "rétention"))


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_human_review_quotes_the_approval_before_a_role_said_to_decide(language):
    quotes = answer(OFFERS[language], "upkeep.human_review").quotes
    assert "SAP PM" in quotes[0]


def test_a_sentence_behind_an_option_only_offered_to_check_is_quoted_after_the_kept_ones():
    ev = Evidence()
    ev.add("shift_reports", "Our goal is to cut stops by 20% and compute OEE per shift.", "specific", 0.74)
    ev.add("work_orders", "Each alert opens a notification in SAP PM via BAPI.", "specific", 0.89)
    ev.add("alerts", "Alerts go by e-mail to the shift supervisor.", "vendor_claim", 0.99)
    assert quotes_of("workflow.outputs", ev, ["alerts", "work_orders"]) == [
        "Alerts go by e-mail to the shift supervisor.", "Each alert opens a notification in SAP PM via BAPI.",
        "Our goal is to cut stops by 20% and compute OEE per shift."]


def test_the_sentence_of_the_surest_kept_option_is_quoted_before_the_objective_that_names_one_in_passing():
    ev = Evidence()
    objective = "El objetivo es reducir los paros un 25% con el registro de paros de los últimos 6 meses."
    ev.add("downtime", objective, "specific", 0.89)
    ev.add("vibration", "Se instalan 2 sensores de vibración por celda.", "specific", 0.99)
    ev.add("temperature", "Temperatura y presión cada 5 segundos.", "specific", 0.99)
    ev.add("pressure", "Temperatura y presión cada 5 segundos.", "specific", 0.99)
    ev.add("production_count", "Contador de disparos leído del PLC vía OPC UA.", "specific", 0.99)
    assert objective not in quotes_of("data.captured", ev, ["downtime", "vibration", "temperature", "pressure",
                                                            "production_count"])
