"""What an offer with its device's datasheet really says, in English, Spanish, French, Italian and German (walk69, a
Spanish kiln offer with an English gateway datasheet; sentences of our own):
- remote support named by its hours ("soporte remoto 8x5") is a service, no way into the plant's network; a gateway
  that needs no inbound port works outbound only (drafting.yaml said_without security.model);
- a device's rating line ("Operating temp: -20 °C to +60 °C", "MTBF: 180,000 h") is neither the plant's data nor what
  the system finds (drafting.yaml roles rating, rating_drops);
- the signatory's line ("Director Técnico, TermoDigital Levante S.L.") is who signs, no user of the system
  (reading/draft_signatory.py);
- a weekly report to the production manager names a frequency and a role in every language (words.yaml);
- the anomaly model named in a Romance language is anomaly detection, and "until then" after a clause is the plan's
  interim, no old state of the plant; a priced course in working days ("Formación (2 jornadas)") trains the users."""
import pytest

from reading import analyze
from reading.draft import draft
from reading.draft_signatory import signatory

OPENING = {
    "en": "We send you our offer for your tile plant. The three kilns of the plant are roller kilns.",
    "es": "Le enviamos nuestra oferta para su planta de azulejos. Los tres hornos de la planta son de rodillos.",
    "fr": "Nous vous envoyons notre offre pour votre usine de carrelage. Les trois fours de l'usine sont à rouleaux.",
    "it": ("Vi inviamo la nostra offerta per il vostro stabilimento di piastrelle. I tre forni dello stabilimento sono a "
           "rulli e l'azienda è di Sassuolo."),
    "de": "Wir senden Ihnen unser Angebot für Ihr Fliesenwerk. Die drei Öfen des Werks sind Rollenöfen.",
}


def _answers(language: str, *sentences: str) -> dict:
    text = OPENING[language] + "\n\n" + "\n".join(sentences)
    return {a.question: a for a in draft(text).answers}


def _ticked(answers: dict, question: str) -> list[str]:
    answer = answers.get(question)
    return list(answer.choices) if answer else []


@pytest.mark.parametrize("language, support", [
    ("es", "Después del piloto, el mantenimiento lo hace TermoDigital con soporte remoto 8x5 incluido en la licencia."),
    ("en", "After the pilot, TermoDigital maintains the system with remote support 8x5 included in the licence."),
])
def test_remote_support_named_by_its_hours_is_no_way_into_the_network(language, support):
    assert "vendor_remote_access" not in _ticked(_answers(language, support), "security.model")


@pytest.mark.parametrize("language, support, outbound", [
    ("es", "El mantenimiento incluye soporte remoto 8x5.",
     "El gateway solo abre conexiones salientes (MQTT por el puerto 8883), no necesita puertos entrantes."),
    ("fr", "La maintenance comprend un support à distance 8x5.", "La passerelle ne nécessite aucun port entrant."),
    ("de", "Die Wartung umfasst Fernsupport 8x5.", "Das Gateway benötigt keine eingehenden Ports."),
])
def test_a_gateway_needing_no_inbound_port_is_outbound_only(language, support, outbound):
    assert _ticked(_answers(language, support, outbound), "security.model") == ["outbound_only"]


@pytest.mark.parametrize("language, reads, rating", [
    ("en", "The gateway reads the kiln temperatures every 5 s.", "Operating temp: -20 °C to +60 °C"),
    ("en", "We install 48 thermocouples in the kilns and read their temperatures every 5 s.",
     "Operating range: -20 °C to +60 °C"),
    ("es", "La pasarela lee la temperatura de los hornos cada 5 segundos.", "Operating temp: -20 °C to +60 °C"),
])
def test_a_devices_operating_range_is_no_temperature_the_plant_captures(language, reads, rating):
    answers = _answers(language, reads, rating)
    assert "temperature" in _ticked(answers, "data.captured")
    assert not any(rating in a.quotes for q, a in answers.items() if q.startswith(("data.", "workflow.")))


@pytest.mark.parametrize("language, rating", [
    ("en", "Operating temp: -20 °C to +60 °C"),
    ("es", "Temperatura de funcionamiento: -20 °C a +60 °C."),
    ("fr", "Température de fonctionnement : -20 °C à +60 °C."),
    ("it", "Temperatura di esercizio: da -20 °C a +60 °C."),
    ("de", "Betriebstemperatur: -20 °C bis +60 °C."),
])
def test_a_devices_operating_range_alone_captures_nothing(language, rating):
    answers = _answers(language, "Gateway TDL-GW200 datasheet.", rating)
    assert "temperature" not in _ticked(answers, "data.captured")


@pytest.mark.parametrize("language, mtbf", [("en", "MTBF: 180,000 h (Telcordia SR-332)"), ("es", "MTBF: 180.000 h"),
                                            ("en", "Gateway MTBF of 200,000 hours.")])
def test_a_devices_mtbf_is_no_analysis_of_the_plants_losses(language, mtbf):
    answers = _answers(language, mtbf)
    assert "workflow.analytics" not in answers and "data_analytics" not in _ticked(answers, "workflow.technologies")


def test_the_plants_own_mtbf_on_a_dashboard_is_still_a_loss_figure():
    answers = _answers("en", "The dashboard shows MTBF and MTTR per press.")
    assert "loss_patterns" in _ticked(answers, "workflow.analytics")


@pytest.mark.parametrize("line", [
    "Director Técnico, TermoDigital Levante S.L.",
    "Head of Engineering, Acme Automation Ltd.",
    "Directeur technique, Thermo Industrie SAS",
    "Responsabile Tecnico, Termotecnica Emiliana S.r.l.",
    "Leiter Instandhaltung, Müller Automation GmbH",
])
def test_a_signatorys_line_is_who_signs(line):
    assert signatory(line)


@pytest.mark.parametrize("line", [
    "Our technicians install the sensors, supplied by Acme GmbH.",
    "Vendor: Kessler Predictive Analytics GmbH",
    "Sensors, gateways and software from Siemens AG",
    "Installed in 2019, Bosch Rexroth AG",
])
def test_a_sentence_naming_a_company_is_no_signatory(line):
    assert not signatory(line)


@pytest.mark.parametrize("language, line", [
    ("es", "Director Técnico, TermoDigital Levante S.L."),
    ("it", "Responsabile Tecnico, Termotecnica Emiliana S.r.l."),
])
def test_the_vendors_signatory_is_no_user_of_the_system(language, line):
    answers = _answers(language, "Conforme el proveedor:", line)
    assert not any(line in a.quotes for a in answers.values())


@pytest.mark.parametrize("sentence, frequency, role", [
    ("Se envía un informe semanal en PDF al responsable de producción.", "semanal", "responsable de producción"),
    ("Ogni settimana il capoturno riceve un report settimanale.", "settimanale", "capoturno"),
    ("Der Schichtleiter erhält wöchentlich einen Bericht.", "wöchentlich", "schichtleiter"),
    ("O gerente de produção recebe um relatório mensal.", "mensal", "gerente de produção"),
    ("Le responsable de production reçoit un rapport hebdomadaire.", "hebdomadaire", "responsable de production"),
])
def test_a_report_to_a_role_names_its_frequency_and_role_in_any_language(sentence, frequency, role):
    named = {(s.kind, s.key) for s in analyze(sentence).sentences[0].substance}
    assert ("frequency", frequency) in named and ("role", role) in named


@pytest.mark.parametrize("language, sentence", [
    ("es", "El modelo de IA de detección de anomalías se entrena con 3 meses de datos históricos del horno."),
    ("fr", "Le modèle d'IA de détection d'anomalies est entraîné sur 3 mois de données historiques du four."),
    ("it", "Il modello di IA di rilevamento delle anomalie viene addestrato su 3 mesi di dati storici del forno."),
])
def test_an_anomaly_model_named_in_a_romance_language_is_analysis(language, sentence):
    assert _ticked(_answers(language, sentence), "workflow.analytics")


@pytest.mark.parametrize("language, sentence", [
    ("es", "El modelo de IA de detección de anomalías se entrena con 3 meses de datos del horno tras la instalación; "
           "hasta entonces funciona con reglas de umbral."),
    ("en", "The anomaly detection model is trained on 3 months of the kiln's data after installation; until then it "
           "runs on threshold rules."),
])
def test_until_then_after_a_clause_is_the_plans_interim(language, sentence):
    assert _ticked(_answers(language, sentence), "workflow.analytics")


def test_until_then_opening_a_sentence_is_still_the_old_state():
    answers = _answers("en", "Until then, stops were logged on paper.")
    assert "problem.plant_problems" in answers and "workflow.analytics" not in answers


@pytest.mark.parametrize("language, row", [
    ("es", "Concepto: Formación (2 jornadas); Uds: 1; Importe (€): 1.800,00"),
    ("fr", "Désignation : Formation (2 journées) ; Qté : 1 ; Montant (€) : 1 800,00"),
    ("it", "Voce: Formazione (2 giornate); Q.tà: 1; Importo (€): 1.800,00"),
])
def test_a_priced_course_in_working_days_trains_the_users(language, row):
    assert _ticked(_answers(language, row), "users.training")
