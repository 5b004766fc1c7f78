"""Walks 69 and 70: the letter asked what the proposal already stated. An offer that lists the machine data it reads
was asked "Which machine data will the system capture" because a sold label (predictive maintenance) lacks condition
data; a Spanish offer was asked "how many months of history" though it says the model trains on 3 months of the kiln's
own data, and "at what cost per year" though it quotes the licence "+ IVA anuales". A question the offer answers
specifically now asks only what the label still lacks, quoting what the offer states; a training history or a yearly
fee stated in Spanish, French or Italian (plurals too) leaves only the rest of the question. Every sentence here is new."""
import pytest

from rounds_corpus import sent_out

MACHINE_DATA = """Proposal KD-2026-44 for Kestrel Drinks Ltd, Leeds: LineView 4.0 predictive maintenance and OEE
Kestrel operates four Krones fillers on lines 1 to 4 at the Leeds site over two shifts. Today your shift leaders write the stops on paper and type them into a spreadsheet the next day.
We will install one edge box per line. The edge box reads the Siemens S7-1500 of each filler over OPC UA every second: machine status, part count and cycle time.
When a filler stops for more than 3 minutes, the operator selects the downtime reason on the HMI at the filler.
The shift leader sees every stop on the hall display within 10 seconds.
Our predictive maintenance spots failures before they happen.
"""
READS = ("The edge box reads the Siemens S7-1500 of each filler over OPC UA every second: machine status, part count "
         "and cycle time.")
OFERTA = """Oferta TR-2026-118 para Azulejos del Turia S.A., planta de Manises
PrensaVision 4.0: inteligencia artificial para las prensas P1 y P2.
Se instalarán 12 acelerómetros en los motores de las dos prensas y un caudalímetro de aceite por prensa.
{trained}
{fee}
"""


def _asked(offer: str) -> dict:
    return {q.topic: q for q in sent_out(offer, "LineView", "K. Moss").rounds[-1].questions}


def test_an_offer_that_lists_its_machine_data_is_asked_only_the_condition_data_the_label_needs():
    data = _asked(MACHINE_DATA)["data"]
    assert data.text.startswith("Which condition data"), data.text
    assert not data.text.startswith("Which machine data will the system capture")
    assert data.proposal_quotes[0] == READS


@pytest.mark.parametrize("trained", [
    "El modelo de IA se entrena con 6 meses de datos históricos de la propia prensa tras la instalación.",
    "El modelo se entrena con 6 meses de datos de vibración de las prensas.",
])
def test_a_training_history_stated_in_spanish_leaves_only_who_checks_the_data(trained):
    history = _asked(OFERTA.format(trained=trained, fee=""))["history"]
    assert history.text == "Who checks the quality of the data the model learns from?", history.text
    assert trained in history.proposal_quotes


@pytest.mark.parametrize("fee", [
    "Licencia a partir del segundo año: 2 x 3.900,00 € + IVA anuales, incluye soporte remoto.",
    "Canone di licenza: 2 x 3.900,00 € + IVA annuali, assistenza remota inclusa.",
    "Licence à partir de la deuxième année : 2 x 3 900,00 € HT annuels, support à distance inclus.",
])
def test_a_yearly_fee_said_in_a_plural_leaves_only_who_keeps_it_running(fee):
    upkeep = _asked(OFERTA.format(trained="", fee=fee))["upkeep_owner"]
    assert upkeep.text == "Who deploys, monitors and maintains the system after the pilot?", upkeep.text
    assert fee in upkeep.proposal_quotes


@pytest.mark.parametrize("trained", [
    "The model is trained on 8 months of vibration data from both presses.",
    "Il modello viene addestrato su 9 mesi di dati di vibrazione delle presse.",
])
def test_an_ai_offer_meeting_its_training_rule_is_still_asked_who_checks_the_data(trained):
    history = _asked(OFERTA.format(trained=trained, fee=""))["history"]
    assert history.text == "Who checks the quality of the data the model learns from?", history.text


def test_an_offer_naming_who_checks_the_data_is_not_asked_it():
    trained = ("The model is trained on 8 months of vibration data from both presses.\n"
               "Our data engineer checks the data for gaps and sensor faults every week.")
    assert "history" not in _asked(OFERTA.format(trained=trained, fee=""))
