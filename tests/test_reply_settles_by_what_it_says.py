"""Reply sentences read for what they settle, in the vendor's language (issue 16; walks 65, 67 and 68):
- a named customer with its measured result and someone the buyer may call answers which reference shows a result,
  and is no KPI of this plant;
- another customer's result, unnamed ("bei einem vergleichbaren Projekt ...", "presso un altro pastificio"), is a
  reference, answering partly: never this buyer's decision or KPI;
- a stated absence of automatic action beside a person who decides closes "Automated decisions with no human review";
- a problem answered by its loss and where the plant will see it solved, and an alarm to a role on a measured humidity
  typed "umidita'", are answers, not "Not answered";
- an answer of options quotes no sentence the reply places under another question.
Every reply here is new."""
from __future__ import annotations

import pytest

from rounds_corpus import SENT, Mail, drafted, sent_out
from scoring import score
from scoring.rounds import freeze

DRYERS = ("EnergyDry is Industry 4.0 and AI for pasta dryers.\n"
          "AI predicts dryer stops and cuts the energy per kg of pasta.\n")
PUMPS = ("PumpSense is predictive maintenance and IIoT for water pumping stations.\n"
         "IoT sensors and AI predict pump failures and give real-time dashboards in the cloud.\n")
ENGLISH = Mail("Dear Ms Ferrari,", "Kind regards,\nMark Bertin")
ITALIAN = Mail("Gentile Ing. Ferrari,", "Cordiali saluti,\nMarco Bertolini")
FRENCH = Mail("Madame Ferrari,", "Cordialement,\nMarc Bertin")
GERMAN = Mail("Sehr geehrte Frau Ferrari,", "Mit freundlichen Grüßen\nMarkus Berger")
SPANISH = Mail("Estimada Sra. Ferrari:", "Un saludo cordial,\nMarcos Bermejo")


@pytest.fixture(scope="module")
def dryers():
    """The letter asks the KPI with the reference question the buyer added (question 6), and who reviews (9)."""
    evaluation = drafted({"proposal": DRYERS}, "EnergyDry")
    return freeze(evaluation, score(evaluation), "G. Ferrari", SENT, also=frozenset({"return.reference"}))


@pytest.fixture(scope="module")
def pumps():
    """The letter asks who reviews what the system decides as question 13, the flag of no human review among its sources."""
    return sent_out(PUMPS, "PumpSense", "A. Duarte")


# each reply's first and last answers, in its language: the numbered list the reference stands in
AROUND = {ITALIAN: ("Il problema principale sono i fermi degli essiccatoi.", "Nessuna azione automatica, decide il capoturno."),
          ENGLISH: ("The main problem is the stops of the dryers.", "Nothing is triggered automatically, the shift leader decides."),
          FRENCH: ("Le problème principal, ce sont les arrêts des séchoirs.",
                   "Aucune action automatique n'est déclenchée ; le chef de poste décide."),
          GERMAN: ("Das Hauptproblem sind die Stillstände der Trockner.",
                   "Es wird nichts automatisch ausgelöst, der Schichtleiter entscheidet.")}


def _numbered(mail: Mail, answers: dict[int, str]) -> str:
    first, last = AROUND[mail]
    return "\n\n".join(f"{n}. {text}" for n, text in sorted({1: first, 9: last, **answers}.items()))


def _answer(done, question):
    return next((a for a in done.evaluation.answers if a.question == question), None)


@pytest.mark.parametrize("mail, reference", [
    (ITALIAN, "Il riferimento e' il Pastificio Fratelli Zanetti di Vignola: riduzione del consumo da 0,41 a 0,35 kWh/kg "
              "nel primo anno; l'Ing. Paolo Zanetti e' disponibile per una telefonata."),
    (ENGLISH, "Our reference is Pastificio Fratelli Zanetti in Vignola: energy use down from 0.41 to 0.35 kWh/kg in the "
              "first year; Paolo Zanetti, their plant manager, is available for a call."),
    (FRENCH, "Notre référence est la société Pâtes Zanetti à Lyon : consommation réduite de 0,41 à 0,35 kWh/kg la "
             "première année ; M. Paolo Zanetti est disponible pour un appel."),
], ids=["italian", "english", "french"])
def test_a_named_customer_with_a_result_and_someone_to_call_answers_the_reference_not_the_kpi(dryers, mail, reference):
    done = mail.read(dryers, _numbered(mail, {6: reference}))
    cited = _answer(done, "return.reference")
    assert cited is not None and cited.evidence == "specific" and "Zanetti" in cited.text
    kpi = _answer(done, "decision.kpi")
    assert kpi is None or kpi.measure is None or kpi.measure.baseline != 0.41  # another customer's figures


@pytest.mark.parametrize("mail, body", [
    (ITALIAN, "Il riferimento e' il Pastificio Fratelli Zanetti di Vignola: riduzione del consumo da 0,41 a 0,35 kWh/kg "
              "nel primo anno. Il contatto e' possibile solo dopo la firma del contratto."),
    (FRENCH, "Notre référence est la société Pâtes Zanetti à Lyon : consommation réduite de 0,41 à 0,35 kWh/kg la "
             "première année. Le contact sera possible après la signature."),
], ids=["italian", "french"])
def test_a_reference_nobody_can_be_called_at_is_no_specific_reference(dryers, mail, body):
    cited = _answer(mail.read(dryers, _numbered(mail, {6: body})), "return.reference")
    assert cited is None or cited.evidence != "specific"


@pytest.mark.parametrize("mail, elsewhere", [
    (GERMAN, "Bei einem vergleichbaren Projekt bei einem Automobilzulieferer in Bayern wurde der Verbrauch innerhalb "
             "von 6 Monaten von 0,41 auf 0,35 kWh/kg gesenkt."),
    (ITALIAN, "Come riferimento, presso un altro pastificio della provincia di Modena abbiamo misurato nel primo anno una "
              "riduzione del consumo da 0,41 a 0,35 kWh/kg."),
    (FRENCH, "Dans un projet similaire, chez un client de la Drôme, la consommation est passée de 0,41 à 0,35 kWh/kg "
             "en un an."),
], ids=["german", "italian", "french"])
def test_another_customers_unnamed_result_is_a_reference_answering_partly_never_this_plants(dryers, mail, elsewhere):
    done = mail.read(dryers, _numbered(mail, {4: elsewhere, 6: elsewhere}))
    asked = {q.topic: q for q in done.round.questions}
    for topic in ("analytics", "kpi"):
        assert asked[topic].status == "partly" and "another plant" in asked[topic].why
        assert not asked[topic].closed
    for question in ("decision.improved", "decision.kpi", "return.promise"):
        said = _answer(done, question)
        assert said is None or not any("0,41" in quote for quote in said.quotes)


@pytest.mark.parametrize("mail, body", [
    (ENGLISH, "Nothing is triggered automatically, the technician decides."),
    (GERMAN, "Es wird nichts automatisch ausgelöst, der Instandhalter entscheidet."),
    (FRENCH, "Aucune action automatique n'est déclenchée ; le technicien décide."),
    (ITALIAN, "Nessuna azione automatica, decide il manutentore."),
], ids=["english", "german", "french", "italian"])
def test_no_automatic_action_and_a_person_deciding_closes_no_human_review(pumps, mail, body):
    done = mail.read(pumps, body)
    review = {q.topic: q for q in done.round.questions}["human_review"]
    assert review.closed and "flag:no_human_review" not in done.round.open_after
    assert _answer(done, "upkeep.human_review").choices


@pytest.mark.parametrize("mail, body", [
    (ENGLISH, "Everything is automatic, the technician is informed afterwards."),
    (FRENCH, "Tout est automatique ; le technicien est informé ensuite."),
], ids=["english", "french"])
def test_an_automatic_action_a_person_only_hears_of_leaves_the_flag_open(pumps, mail, body):
    done = mail.read(pumps, body)
    assert "flag:no_human_review" in done.round.open_after


@pytest.mark.parametrize("mail, body", [
    (GERMAN, "Problem: Wir setzen an der Porosität der Gehäuse an. Messbar wird das am Anteil der Ausfälle bei der "
             "Dichtheitsprüfung."),
    (FRENCH, "Problème : nous commençons par la porosité des carters. Ce sera mesurable par la part des rebuts au test "
             "d'étanchéité."),
    (ITALIAN, "Problema: partiamo dalla porosità dei carter. Sarà misurabile dalla quota di scarti alla prova di tenuta."),
], ids=["german", "french", "italian"])
def test_a_problem_named_by_its_loss_and_where_it_will_be_seen_solved_is_answered(pumps, mail, body):
    problem = {q.topic: q for q in mail.read(pumps, body).round.questions}["problem"]
    assert problem.status != "not_answered" and "does not name the data" not in problem.why


def test_an_alarm_to_a_role_on_a_humidity_typed_with_an_apostrophe_answers_the_workflow():
    sent = sent_out("MoistGuard is a digital transformation for pasta dryers.\n"
                    "It gives live dashboards of the dryers.\n", "MoistGuard", "G. Ferrari")
    done = ITALIAN.read(sent, "Flusso di lavoro: il sistema genera allarmi al capoturno quando l'umidita' misurata dal sensore "
                              "NIR esce dalla fascia 12,0-12,5%; il capoturno corregge la ricetta dell'essiccatoio. Per "
                              "gli ordini di lavoro la gestione e' da definire dopo il sopralluogo.")
    workflow = {q.topic: q for q in done.round.questions}["workflow"]
    assert workflow.status != "not_answered" and any("umidita'" in quote for quote in workflow.quotes)


def test_an_answer_of_options_quotes_no_sentence_placed_under_another_question(pumps):
    done = ENGLISH.read(pumps, "2. The gateway reads the discharge pressure and the motor current of each pump from "
                               "the station PLC over Modbus TCP.\n\n"
                               "10. The gateway sits in its own VLAN behind your firewall; no inbound connections.")
    sources = _answer(done, "data.sources")
    assert sources is not None and not any("VLAN" in quote for quote in sources.quotes)
