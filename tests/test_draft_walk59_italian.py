"""Walk 59 drafted an Italian proposal (a pharma packaging plant's line monitoring) and its English annex. Each fix
reads a kind of sentence, in Italian and where the same grammar holds in Spanish, Portuguese or French; the
sentences here are new, none of the walk's.

- A KPI told "dal A al B" / "da A a B" / "del A al B" after its metric, an aim's noun elided into its article
  ("L'obiettivo è portare l'OEE ..."), is the plant's KPI, beside another customer's result (reading/draft_kpi.py,
  kpi_source.py, kpi_metric.py; romance.yaml elisions); accepting the sentence offered under the KPI question fills
  its metric, baseline and target (reading/quote_options.py measure_in).
- A links table's direction cell in Italian, Spanish, Portuguese or French ("in entrata", "bidireccional", "saída") is
  read from the offered system's side as "inbound" is, and a phrase inside a longer one ("in" of "in entrata") gives way
  to it; a packaging line's serialisation system is a shop-floor link (drafting.yaml tables integration).
- A named role confirming, correcting or approving what the system proposes is human review, its verb's object
  pronoun written onto it ("confermarle", "aprobarlas": romance.yaml enclitics) and after "and can" (acting
  join_helpers).
- Another customer's result ("Presso un altro cliente ...", "En otro cliente ...") is a reference, never this plant's
  problem, told in its opening clause whatever a later one says to the reader ("...; questo risultato non è garantito
  per il Vostro reparto"), and in a text written to no one buyer where a cue names the other customer
  (reading/references.py cued).
- A sentence opening on a salutation ("Spett.le Direzione Tecnica, in risposta ...", "Sehr geehrte Damen und Herren,
  ...", "Estimados señores, ...") greets the reader: it backs no drafted answer and is suggested under no question
  (prefill.yaml letter_lines salutations).
- The vendor's name or its platform as the subject of an upkeep verb whose object is a record the system keeps ("the
  platform maintains an audit trail") tells no one keeping the system (drafting.yaml upkeep_doers records).
- A server said to run on premises in the buyer's data centre, no production data leaving the site, is on premises; remote
  support in sessions the customer opens is the plant's own way in, no vendor's access (drafting.yaml gated).
- A model retrained at a stated pace is upkeep the system needs, and a support response time a reliability commitment
  (prefill.yaml cues).
"""
from __future__ import annotations

import pytest

import kit
from kit import key
from paths import EXAMPLES_BANK_VERSION
from questions import Evaluation, load_bank
from questions.answer_edits import accept_quote
from reading.draft import draft
from reading import analyze
from reading.prefill import Prefiller
from reading.quote_options import measure_in

BANK = load_bank()
KPI = "decision.kpi"


def _answer(text: str, qid: str):
    return draft(text, BANK).answer(qid)


@pytest.mark.parametrize("offer, metric, baseline, target", [
    ("Offerta per il vostro reparto presse\n\nL'obiettivo è portare la disponibilità delle presse dal 78 % al 86 % "
     "entro 9 mesi. Presso un altro cliente in Francia abbiamo ottenuto una riduzione dei fermi del 30 %.",
     "disponibilità delle presse", 78, 86),
    ("Oferta para su planta de envasado\n\nEl objetivo es llevar el OEE del 58 % al 70 % en 10 meses.",
     "OEE", 58, 70),
    ("Proposition pour votre atelier de conditionnement\n\nL'objectif est de porter l'OEE de 64 % à 75 % en 12 mois. "
     "Chez un autre client en Italie nous avons obtenu une baisse de 30 % des arrêts.", "OEE", 64, 75),
])
def test_a_romance_aim_from_a_value_to_another_after_its_metric_is_the_kpi(offer, metric, baseline, target):
    measure = _answer(offer, KPI).measure
    assert (measure.metric, measure.baseline, measure.target) == (metric, baseline, target)


def test_a_metric_with_its_article_elided_into_it_is_named_without_it():
    offer = "Offerta per la vostra linea 2\n\nL'obiettivo è portare l'OEE della linea dal 55 % al 68 % entro 6 mesi."
    assert _answer(offer, KPI).measure.metric == "OEE della linea"


AIM = "L'obiettivo è portare l'OEE del reparto dal 58 % al 66 % entro 8 mesi."


def test_accepting_a_kpi_sentence_fills_the_metric_baseline_and_target():
    question = BANK.questions()[KPI]
    evaluation = Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="Linea 4", vendor="X")
    after = accept_quote(evaluation, question, AIM, "specific", [], BANK, measure_in(AIM, question, BANK))
    measure = after.answer(KPI).measure
    assert (measure.metric, measure.unit, measure.baseline, measure.target) == ("OEE del reparto", "%", 58, 66)


@pytest.mark.usefixtures("first_run")
def test_accepting_the_offered_kpi_sentence_on_the_page_fills_its_measure(store):
    eid = store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="Linea 4", vendor="X")).id
    at = kit.open_app("evaluate", eid, timeout=60)
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(f"Offerta per la vostra linea 4\n\n{AIM}")
    at.button(key=f"proposal:{eid}:read").click().run()
    at.selectbox(key=f"section:{eid}").set_value("decision").run()
    box = next(t.key for t in at.text_area if t.key.startswith(key(eid, KPI, "suggest:")) and t.value == AIM)
    at.button(key=f"{box}:accept").click().run()
    assert not at.exception, at.exception
    measure = store.get(eid).evaluation.answer(KPI).measure
    assert (measure.baseline, measure.target) == (58, 66)
    assert at.number_input(key=key(eid, KPI, "target")).value == 66


def _links(text: str) -> list[tuple[str, str]]:
    answer = _answer(text, "connect.integrations")
    return [(i.system, i.direction) for i in answer.integrations] if answer else []


def test_a_romance_links_tables_directions_are_read_from_the_offered_systems_side():
    offer = """Offerta per il vostro reparto confezionamento

Sistema: SAP ECC; Direzione: in entrata; Dati: ordini di lavoro
Sistema: MES Siemens Opcenter; Direzione: bidirezionale; Dati: stato ordine
Sistema: Qualità (LIMS); Direzione: in uscita; Dati: risultati di controllo
"""
    assert _links(offer) == [("inventory", "from_system"), ("production", "both"), ("quality", "to_system")]


def test_a_spanish_links_tables_serialisation_row_is_a_link_with_its_direction():
    offer = """Oferta para su planta de envasado

Sistema: Sistema de serialización; Dirección: de entrada; Datos: rechazos por lote
Sistema: ERP (SAP); Dirección: bidireccional; Datos: órdenes
"""
    assert _links(offer) == [("production", "from_system"), ("inventory", "both")]


@pytest.mark.parametrize("offer", [
    "Offerta per il vostro reparto confezionamento\n\nI capiturno vedono sul pannello della linea le anomalie "
    "segnalate dal sistema e possono confermarle o correggerle.",
    "Oferta para su planta de envasado\n\nLos jefes de turno ven en la pantalla de la línea las causas propuestas por "
    "el sistema y pueden confirmarlas o corregirlas.",
])
def test_a_named_role_confirming_or_correcting_what_the_system_proposes_is_human_review(offer):
    review = _answer(offer, "upkeep.human_review")
    assert review is not None and review.choices == ["human_approves"]


def test_a_shift_leader_who_sees_the_causes_and_can_confirm_them_reviews_them():
    sentence = ("The shift leaders will see the automatically classified stop causes on a line-side panel at each line "
                "and can confirm them or correct them.")
    review = _answer(f"Offer for your packaging lines\n\n{sentence}", "upkeep.human_review")
    assert review is not None and review.choices == ["human_approves"]


@pytest.mark.parametrize("offer", [
    "Offerta tecnica - Monitoraggio presse\n\n1. Obiettivo\nMonitoriamo le 4 presse del reparto stampaggio e leggiamo "
    "lo stato macchina dai PLC ogni 2 secondi.\nPresso un altro cliente del settore automobilistico (stabilimento in "
    "Polonia) abbiamo ottenuto una riduzione degli scarti del 20 %; questo risultato non è garantito per il Vostro "
    "reparto.",
    "Oferta técnica - Monitorización de prensas\n\n1. Objetivo\nMonitorizamos las 4 prensas de la nave de estampación "
    "y leemos el estado de máquina de los PLC cada 2 segundos.\nEn otro cliente del sector del automóvil (planta en "
    "Polonia) logramos una reducción de las paradas del 20 %; este resultado no está garantizado para su planta.",
])
def test_another_customers_result_is_a_reference_never_this_plants_problem(offer):
    evaluation = draft(offer, BANK)
    assert evaluation.answer("problem.plant_problems") is None and evaluation.answer("problem.statement") is None
    assert "otro cliente" in evaluation.answer("return.reference").text.lower() \
        or "altro cliente" in evaluation.answer("return.reference").text.lower()


@pytest.mark.parametrize("greeting", [
    "Spett.le Ufficio Acquisti, in risposta alla Vostra richiesta, proponiamo il monitoraggio in tempo reale delle 3 "
    "linee di riempimento con analisi delle cause di fermo tramite apprendimento automatico.",
    "Estimados señores, en respuesta a su solicitud proponemos la monitorización en tiempo real de las 3 líneas de "
    "llenado con análisis de las causas de parada mediante aprendizaje automático.",
    "Sehr geehrte Damen und Herren, wir bieten die Echtzeitüberwachung Ihrer 3 Abfülllinien mit Analyse der "
    "Stillstandsursachen durch maschinelles Lernen an.",
])
def test_a_sentence_opening_on_a_salutation_backs_no_answer(greeting):
    offer = f"Offerta / Oferta / Angebot LS-12\n\n{greeting}\n\nWe read machine states from the PLCs every second."
    assert not any(greeting in a.quotes for a in draft(offer, BANK).answers)
    suggested = Prefiller(BANK).suggest(analyze(offer))
    assert not any(s.quote == greeting for items in suggested.values() for s in items)


def test_a_platform_maintaining_an_audit_trail_keeps_a_record_not_the_system():
    offer = ("Offer FL-3 for your filling lines\n\nFillSense runs on a server in your data centre. FillSense maintains an "
             "audit trail of every confirmed stop cause.")
    owner = _answer(offer, "upkeep.owner")
    assert owner is None or "vendor_service" not in owner.choices


def test_a_server_in_the_customers_data_centre_with_no_process_data_leaving_is_on_premises():
    offer = ("Offer FL-4 for your filling lines\n\nThe line server runs on-premise as a virtual machine in the customer's "
             "data centre; no process data leaves the site.")
    assert _answer(offer, "security.model").choices == ["on_premises"]


def test_remote_support_in_sessions_the_customer_opens_is_no_vendor_access():
    offer = ("Offer FL-5 for your filling lines\n\nThe line server runs on-premise as a virtual machine in the customer's "
             "data centre. Remote support uses the customer's own VPN, with sessions opened by the customer.")
    assert "vendor_remote_access" not in _answer(offer, "security.model").choices


def test_a_model_retrained_monthly_is_upkeep_and_a_response_time_a_reliability_commitment():
    retrained = "The defect classifier is retrained monthly on the images your operators confirmed."
    response = "Response time 2 business hours for line-down incidents, Monday to Saturday."
    evaluation = draft(f"Offer FL-6 for your filling lines\n\n{retrained}\n{response}", BANK)
    assert retrained in evaluation.answer("upkeep.after_pilot").quotes
    assert response in evaluation.answer("reliability.commitment").quotes
