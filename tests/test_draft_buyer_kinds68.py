"""Kinds a buyer met (draft68), each read alike in the languages drafting glosses: a priced or listed training line
that names whom it trains or how long it takes is on-site training; a security incident's notice is no alert and no
decision speed; an alarm listed bare among the data read is data, no alert; a heading naming an architecture's layer or
module is furniture; digitalisation in Polish and Dutch is the digital-transformation label, and a CamelCase brand that
opens on a label's capitals names a product; the plant's largest cost told as its situation is its energy problem."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.text import reader_for

BANK = load_bank()


def choices(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


EN = ("Offer for Hartley Foods Ltd, Leeds plant: condition monitoring of line 2\n\n"
      "We install 8 vibration sensors on the pumps of line 2 and send the data to your SAP PM.\n\nPrices\n\n")
DE = ("Angebot für die Müller Backwaren GmbH, Werk Ulm: Zustandsüberwachung der Linie 2\n\n"
      "Wir installieren 8 Schwingungssensoren an den Pumpen der Linie 2 und senden die Daten an Ihr SAP PM.\n\nPreise\n\n")
IT = ("Offerta per Caseificio Rossi S.p.A., stabilimento di Parma: monitoraggio della linea 2\n\n"
      "Installiamo 8 sensori di vibrazione sulle pompe della linea 2 e inviamo i dati al vostro SAP PM ogni 10 secondi. "
      "Il responsabile della manutenzione vede lo stato di ogni pompa su una dashboard nella sala controllo.\n\nPrezzi\n\n")
ES = ("Oferta para Quesos Montes S.L., planta de Burgos: monitorización de la línea 2\n\n"
      "Instalamos 8 sensores de vibración en las bombas de la línea 2 y enviamos los datos a su SAP PM cada 10 segundos. "
      "El jefe de mantenimiento ve el estado de cada bomba en un panel de la sala de control.\n\n")
FR = ("Offre pour la Fromagerie Dupont, usine de Lyon : surveillance de la ligne 2\n\n"
      "Nous installons 8 capteurs de vibration sur les pompes de la ligne 2 et nous envoyons les données vers votre "
      "GMAO toutes les 10 secondes. Le responsable maintenance voit l'état de chaque pompe sur un tableau de bord.\n\n")
PL = ("Oferta dla Mleczarnia Kowalski Sp. z o.o.: monitoring linii 2\n\n"
      "Instalujemy 8 czujników drgań na pompach linii 2 w zakładzie w Łodzi i przesyłamy dane do systemu SAP PM.\n\n")


@pytest.mark.parametrize("text", [
    EN + "Sensor kit (8 units) .... EUR 6,400\nTraining (maintenance technicians, 2 sessions) .... EUR 2,400\n",
    EN + "| Item | Description | Qty | Price |\n|---|---|---|---|\n| 1 | Sensor kit | 8 | EUR 6,400 |\n"
         "| 2 | Operator training, 2 sessions | 1 | EUR 1,200 |\n",
    DE + "| Pos. | Beschreibung | Menge | Preis |\n|---|---|---|---|\n| 1 | Sensorpaket | 8 | 6.400 EUR |\n"
         "| 2 | Schulung Instandhalter, 2 Tage | 1 | 2.400 EUR |\n",
    IT + "- Kit sensori (8 pz.): 6.400 €\n- Formazione manutentori, 2 giornate: 1.800 €\n",
])
def test_a_priced_training_line_naming_whom_it_trains_or_its_length_is_on_site_training(text):
    assert choices(text, "users.training") == ["onsite"]


@pytest.mark.parametrize("line", ["- Model training (3 days of historical data): EUR 4,000\n",
                                  "- Training of the classifier (2 days, 6,000 images): EUR 3,000\n"])
def test_a_models_training_given_its_length_trains_nobody(line):
    assert choices(EN + line, "users.training") == []


ALERT = "The shift supervisor gets an alarm on his tablet within 10 seconds when a pump's vibration passes its limit."


@pytest.mark.parametrize("text", [
    EN.replace("Prices\n\n", "") + "Security: you are notified within 72 hours of a breach.\n",
    EN.replace("Prices\n\n", "") + "We notify your IT team within 30 minutes of any security incident.\n",
    DE.replace("Preise\n\n", "") + "IT-Sicherheit: Bei einem Sicherheitsvorfall erhalten Sie innerhalb von 30 Minuten "
                                    "eine Warnmeldung.\n",
    FR + "Sécurité : en cas d'incident de sécurité, une notification est envoyée à votre équipe IT dans les 30 minutes.\n",
])
def test_a_security_incidents_notice_is_no_alert_and_no_decision_speed(text):
    drafted = draft(text, BANK)
    assert "alerts" not in choices(text, "workflow.outputs")
    latency = drafted.answer("decision.latency")  # (a dashboard someone watches may still say minutes)
    assert latency is None or not any("30" in q or "72" in q for q in latency.quotes)


def test_an_alert_to_the_line_within_seconds_still_answers_beside_a_breach_notice():
    text = EN.replace("Prices\n\n", "") + ALERT + "\nSecurity: you are notified within 72 hours of a breach.\n"
    assert "alerts" in choices(text, "workflow.outputs")
    assert choices(text, "decision.latency") == ["minutes"]
    quotes = draft(text, BANK).answer("decision.latency").quotes
    assert not any("breach" in q for q in quotes)


@pytest.mark.parametrize("text", [
    PL + "Monitoring CNC\n – Podłączenie 9 obrabiarek przez MTConnect / OPC UA (tam, gdzie sterownik ma tę funkcję): "
         "stan maszyny, liczba cykli, alarmy.\n",
    DE.replace("Preise\n\n", "") + "CNC-Monitoring\n – Anbindung von 9 Werkzeugmaschinen über MTConnect / OPC UA (wo die "
         "Steuerung es kann) oder über ein Eingangsmodul: Maschinenzustand, Zyklenzahl, Alarme.\n",
    FR + "Suivi CNC\n – Connexion de 9 machines-outils via MTConnect / OPC UA (si la commande le permet) : état machine, "
         "nombre de cycles, alarmes.\n",
])
def test_an_alarm_listed_bare_among_the_data_read_is_no_alert(text):
    assert "alerts" not in choices(text, "workflow.outputs")
    assert "machine_status" in choices(text, "data.captured")


def test_an_alarm_listed_with_whom_it_reaches_is_still_an_alert():
    text = EN.replace("Prices\n\n", "") + ("The gateway reads machine state, cycle count, and alarms to the shift lead's "
                                           "phone by SMS within 10 seconds.\n")
    assert "alerts" in choices(text, "workflow.outputs")


ARCH_EN = ("The data is sent to your SAP PM over OPC UA every 10 seconds.\n\nSystem architecture\n\nSensor layer\nEdge layer\nAI layer\nPredictive analytics module\nApplication layer\n\n"
           "The maintenance planner sees the vibration trend of each pump on a dashboard.\n")
ARCH_PL = ("Architektura systemu\n\nWarstwa czujników\nWarstwa brzegowa\nWarstwa AI\nModuł analityki predykcyjnej\n"
           "Warstwa aplikacji\n\nPlanista utrzymania ruchu widzi trend drgań każdej pompy na pulpicie.\n")


@pytest.mark.parametrize("text", [EN.replace("Prices\n\n", "") + ARCH_EN, PL + ARCH_PL])
def test_an_architectures_layer_and_module_headings_draft_no_prediction(text):
    assert "prediction" not in choices(text, "workflow.analytics")
    assert "data_analytics" not in choices(text, "workflow.technologies")
    assert "vibration" in choices(text, "data.captured")


def test_a_prediction_the_lines_under_a_module_heading_tell_still_drafts():
    text = (EN.replace("Prices\n\n", "") + "Predictive analytics module\n\n"
            "The model predicts a bearing failure on each of the 8 pumps 5 days ahead and warns your planner.\n")
    assert "prediction" in choices(text, "workflow.analytics")


def test_a_german_layer_heading_is_read_as_a_layer_not_a_shift():
    from reading.german import gloss_rules
    from reading.phrases import normalise, tokens
    words = gloss_rules().gloss("KI-Schicht", tokens(normalise("KI-Schicht")))
    assert words == ["ai", "layer"]


@pytest.mark.parametrize("line", ["Oferta dla Mleczarni Kowalski: cyfryzacja rejestru HACCP w zakładzie w Łodzi",
                                  "W ramach cyfryzacji zakładu instalujemy czujniki na liniach.",
                                  "Digitalisering van de productie bij Hartley Foods"])
def test_digitalisation_in_polish_and_dutch_is_the_digital_transformation_label(line):
    assert reader_for(BANK).read(line).labels == ["digital_transformation"]


@pytest.mark.parametrize("line", ["Offer: IIoTConnect Edge 5 for Hartley Foods",
                                  "The AIVision Cloud 2 portal shows each reject image to your quality engineer."])
def test_a_label_word_after_a_brand_opening_on_a_labels_capitals_names_the_product(line):
    assert reader_for(BANK).read(line).labels == []


@pytest.mark.parametrize("text", [
    DE.replace("Preise\n\n", "") + "Ausgangslage: Energie ist unser größter Kostenfaktor.\n",
    FR + "Contexte : l'énergie est notre premier poste de coût et la consommation n'est relevée qu'une fois par mois.\n",
    ES + "Situación: la energía es nuestro mayor coste y el consumo se lee solo una vez al mes.\n",
    IT + "Situazione attuale: l'energia è la nostra prima voce di costo e il consumo viene letto solo una volta al mese.\n",
    PL + "Sytuacja obecna: energia to nasz największy koszt, a zużycie jest odczytywane tylko raz w miesiącu.\n",
])
def test_the_plants_largest_cost_told_as_its_situation_is_its_energy_problem(text):
    assert "energy_cost" in choices(text, "problem.plant_problems")
