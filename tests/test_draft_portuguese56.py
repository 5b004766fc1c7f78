"""A Portuguese, Spanish, Italian or French offer read for the kinds an English one is read for (walk57: a Portuguese
proposal read almost blank, its pilot, KPI target, data ownership and upkeep missed): a table under the language's
own headers ("Equipamento | Variável | Frequência") is a signal table; "objetivo", like "obiettivo", marks the
target; "piloto", "prueba piloto", "progetto pilota" with a length is the pilot the vendor offers; "pertencem ao
cliente", "son propiedad del cliente" is data ownership; the vendor as the subject of maintaining verbs keeps the
system; "7 dias de dados" is seven days of data. Proposals of our own."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_tables import DATA_TABLE
from reading.draft import drafter_for
from reading.kpi_source import elsewhere
from reading.phrases import normalise, tokens
from reading.romance import romance_rules
from scoring import score
from scoring.rounds import reply_reader
from rounds_corpus import Mail, sent_out

BANK = load_bank()

PORTUGUESE = """Proposta de Monitorização dos Fornos — CeraLuz Sistemas, Lda.

1. Situação atual
A Azulejos do Minho tem três fornos de rolos na fábrica de Barcelos. Hoje o consumo de gás é lido uma vez por mês na fatura e o consumo específico é de 2,4 kWh por kg de peça cozida.

2. Proposta
Instalamos 9 medidores de gás e 6 sondas de temperatura nos fornos, ligados a um gateway industrial que envia os dados por MQTT para a nossa plataforma.

Sinais medidos:
| Equipamento | Variável | Unidade | Frequência |
| Forno 1 a 3 | Temperatura da zona de queima | °C | 1 minuto |
| Forno 1 a 3 | Consumo de gás | kWh | 15 minutos |

3. Metas
O nosso objetivo é reduzir o consumo específico de 2,4 kWh/kg para 2,0 kWh/kg em 9 meses.

4. Dados e serviço
O gateway guarda 10 dias de dados localmente quando a internet falha. Os dados pertencem ao cliente e podem ser exportados em CSV a qualquer momento. Depois do piloto, nós mantemos e atualizamos o sistema com um contrato de manutenção anual de 3.900,00 €.

5. Fases
Projeto piloto de 6 semanas no forno 3, com medição antes e depois, seguido da extensão aos outros fornos.
"""

SPANISH = """Propuesta de Monitorización de Vapor — VaporData Ingeniería, S.L.

1. Situación actual
La Quesería del Valle tiene dos líneas de pasteurización en la planta de Lugo. Hoy el consumo de vapor se lee una vez al mes en la factura y es de 310 kg por tonelada de leche.

2. Propuesta
Instalamos 8 caudalímetros de vapor y 4 sondas de temperatura en las líneas, conectados a una pasarela que envía los datos por MQTT a nuestra plataforma.

Señales medidas:
| Equipo | Variable | Unidad | Frecuencia |
| Línea 1 y 2 | Caudal de vapor | kg/h | 1 minuto |
| Línea 1 y 2 | Temperatura de pasteurización | °C | 1 minuto |

3. Objetivos
El objetivo es reducir el consumo de vapor desde 310 kg/t hasta 270 kg/t en 6 meses.

4. Datos y servicio
Los datos son propiedad del cliente y se pueden exportar en CSV en cualquier momento. Después del piloto, mantenemos y actualizamos el sistema con un contrato de mantenimiento anual de 4.100,00 EUR.

5. Fases
Prueba piloto de 8 semanas en la línea 2, con medición antes y después, seguida de la extensión a la línea 1.
"""


def _answers(text: str) -> dict:
    return {a.question: a for a in draft(text, BANK, proposal="x").answers}


@pytest.fixture(scope="module", params=["pt", "es"])
def offer(request):
    text = {"pt": PORTUGUESE, "es": SPANISH}[request.param]
    return text, _answers(text)


@pytest.mark.parametrize("line", [
    "Equipamento: Forno 1 a 3; Variável: Temperatura da zona de queima; Unidade: °C; Frequência: 1 minuto",
    "Equipo: Línea 1 y 2; Variable: Caudal de vapor; Unidad: kg/h; Frecuencia: 1 minuto",
    "Point de mesure: Four 2; Grandeur: Température; Fréquence: 1 minute",
    "Strumento: Forno 2; Grandezza: Temperatura; Frequenza: 1 minuto"])
def test_a_table_under_romance_headers_is_a_signal_table_with_its_rate(line):
    row = drafter_for(BANK).rules.tables.row(line)
    assert row is not None and row.kind == DATA_TABLE and {"signal", "rate"} <= set(row.cells)


def test_a_romance_signal_tables_row_says_how_often_data_is_captured(offer):
    text, answers = offer
    assert any("1 minuto" in q for q in answers["data.protocols"].quotes)


def test_objetivo_marks_the_target_of_the_kpi(offer):
    _text, answers = offer
    measure = answers["decision.kpi"].measure
    assert measure is not None and (measure.baseline, measure.target) in {(2.4, 2.0), (310, 270)}


def test_a_romance_pilot_with_a_length_is_the_pilot_the_vendor_offers(offer):
    text, _answers_ = offer
    evaluation = draft(text, BANK, proposal="x")
    phase = score(evaluation, BANK).first_phase
    assert phase.pilot_scope.startswith("Build on the pilot the vendor offers")
    assert any(q.startswith(("Projeto piloto de 6 semanas", "Prueba piloto de 8 semanas")) for q in phase.offered)


def test_data_that_belongs_to_the_customer_is_data_ownership(offer):
    _text, answers = offer
    assert answers["connect.data_ownership"].choices == ["open_export"]


def test_the_vendor_maintaining_the_system_keeps_it(offer):
    _text, answers = offer
    assert "vendor_service" in answers["upkeep.owner"].choices


@pytest.mark.parametrize("text, language", [
    ("I dati appartengono al cliente e possono essere esportati in qualsiasi momento.", "it"),
    ("Les données appartiennent au client et peuvent être exportées à tout moment.", "fr"),
    ("Os dados pertencem ao cliente.", "pt"),
    ("Los datos son propiedad del cliente.", "es")])
def test_data_belonging_to_the_customer_reads_as_it_does_in_english(text, language):
    rules = romance_rules()
    assert "belongs to the customer" in " ".join(rules.gloss(tokens(normalise(text)), rules.languages[language]))


@pytest.mark.parametrize("text, language, english", [
    ("guarda 7 dias de dados", "pt", "7 days of data"),
    ("tres meses de datos históricos", "es", "months of historical data"),
    ("sei mesi di dati", "it", "months of data")])
def test_a_measure_of_time_before_de_keeps_its_of(text, language, english):
    rules = romance_rules()
    assert english in " ".join(rules.gloss(tokens(normalise(text)), rules.languages[language]))


@pytest.mark.parametrize("text", [
    "Como referência, numa serração em Paços de Ferreira reduzimos o consumo das estufas em 18 % no primeiro ano.",
    "Noutro cliente reduzimos o consumo de gás em 12 %.",
    "En una fundición de Vigo redujimos el consumo de gas un 15 % en el primer año."])
def test_a_result_at_another_plant_told_by_its_trade_is_no_target_of_this_one(text):
    assert elsewhere(text, tokens(normalise(text)), drafter_for(BANK).rules)
    assert "another plant" in reply_reader(BANK).general.why(text)


def test_this_plants_own_kiln_is_no_other_plant():
    text = "Na estufa 2 de Coruche reduzimos o consumo específico de 1,85 para 1,55 kWh/kg."
    assert not elsewhere(text, tokens(normalise(text)), drafter_for(BANK).rules)
    assert "another plant" not in reply_reader(BANK).general.why(text)


CHEESE = ("CurdSense brings Industry 4.0 and AI to your cheese vats.\n"
          "Vat temperatures and stirrer currents are captured and shared with your ERP and your LIMS.\n"
          "Predictive maintenance warns before a stirrer gearbox fails.\n")


@pytest.mark.parametrize("mail, body", [
    (Mail("Cara Sra. Lago,", "Com os melhores cumprimentos,\nMarta Sousa"),
     "Obrigado pelas perguntas. Os dados são guardados na nossa plataforma e o sistema é instalado na fábrica. "
     "A CurdSense instala, monitoriza e mantém o sistema depois do piloto, por 4.800 EUR por ano."),
    (Mail("Gentile Sig.ra Lago,", "Cordiali saluti,\nPaolo Neri"),
     "Grazie per le domande. I dati sono salvati sulla nostra piattaforma e il sistema è installato nello "
     "stabilimento. Dopo il pilota, CurdSense mantiene e aggiorna il sistema, per 4.800 EUR all'anno.")],
    ids=["portuguese", "italian"])
def test_a_reply_naming_the_vendor_as_who_maintains_the_system_answers_who_keeps_it(mail, body):
    sent = sent_out(CHEESE, "CurdSense", "L. Lago")
    assert mail.asked(sent, body)["upkeep_owner"].status == "answered"
