"""A reply in Spanish, French, Italian or Portuguese read as an English one is (walk55: a Spanish reply's "compatible
con todos los ERP del mercado" and "los acordaremos con su equipo de IT durante la fase de arranque" made the link
"described specifically"): a link offered with every system of a kind names none of this plant's, and a verb of
settling whose ending says the future, with the reader or at a later occasion, puts the answer off. Every proposal and
reply here is new."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

CHEESE = ("CurdSense brings Industry 4.0 and AI to your cheese vats.\n"
          "Vat temperatures and stirrer currents are captured and shared with your ERP and your LIMS.\n"
          "Predictive maintenance warns before a stirrer gearbox fails.\n")
MAIL = Mail("Estimada Sra. Lago:", "Un saludo,\nPablo Ortega")


@pytest.fixture(scope="module")
def cheese():
    return sent_out(CHEESE, "CurdSense", "L. Lago")


@pytest.fixture(scope="module")
def reader():
    return reply_reader(load_bank())


@pytest.mark.parametrize("text", [
    "Nuestro sistema tiene una API abierta y es compatible con todos los ERP y LIMS del mercado.",
    "La solution s'intègre avec tous les ERP et tous les LIMS.",
    "La piattaforma è compatibile con tutti gli ERP presenti sul mercato.",
    "O sistema integra-se com qualquer ERP do mercado."])
def test_linking_with_every_system_of_a_kind_in_a_romance_language_is_offered_to_every_plant(reader, text):
    assert "every system of a kind" in reader.general.why(text)


@pytest.mark.parametrize("text", ["Leemos todos los PLC de la cuba 3 cada minuto.",
                                  "El conector envía las órdenes de trabajo a su SAP PM."])
def test_the_plants_own_systems_quantified_or_named_are_no_offer_to_every_plant(reader, text):
    assert "every system of a kind" not in reader.general.why(text)


@pytest.mark.parametrize("text", [
    "La conexión con su ERP la definiremos con su departamento de informática en la reunión de lanzamiento.",
    "Les détails de l'interface, nous les préciserons avec votre équipe lors du démarrage.",
    "Il formato dei dati lo concorderemo insieme durante la fase di avvio.",
    "Vamos definir a integração com a sua equipe de TI mais tarde."])
def test_a_settling_verb_in_the_future_with_the_reader_puts_the_answer_off(reader, text):
    assert "puts the answer off" in reader.deferring.why(text.lower())


@pytest.mark.parametrize("text", ["La interfaz la acordamos con su equipo de IT en mayo: fichero CSV cada hora.",
                                  "Definiremos umbrales de alarma por cuba a partir de los datos."])
def test_a_settling_verb_told_as_done_or_with_no_one_later_defers_nothing(reader, text):
    assert reader.deferring.why(text.lower()) == ""


def test_a_spanish_reply_of_every_erp_and_an_agreement_later_leaves_the_link_open(cheese):
    body = ("Sobre la integración: nuestra plataforma es compatible con todos los ERP y LIMS del mercado. "
            "Los detalles los acordaremos con su equipo de IT durante la puesta en marcha.")
    assert MAIL.specific(cheese, body) == []
    assert not MAIL.asked(cheese, body)["integrations"].closed


@pytest.mark.parametrize("text", [
    "En una fábrica de Lugo redujimos el consumo de vapor un 9 % en el primer año.",
    "Chez un client, nous avons réduit les arrêts de 25 %.",
    "Presso un cliente abbiamo ridotto i fermi del 30% in sei mesi.",
    "Numa padaria do Porto reduzimos o consumo de gás em 11 %."])
def test_a_result_at_another_plant_in_a_romance_language_answers_nothing_for_this_one(reader, text):
    assert "another plant" in reader.general.why(text)


@pytest.mark.parametrize("text", ["En la planta de Lugo leemos la temperatura de cada cuba cada minuto.",
                                  "Instalamos el contador en un armario de la Nave 2."])
def test_this_plant_or_a_part_of_it_is_no_other_plant(reader, text):
    assert "another plant" not in reader.general.why(text)


def test_a_spanish_story_of_another_plants_savings_makes_no_answer_specific(cheese):
    assert MAIL.specific(cheese, "En cuanto al retorno, en una fábrica de Lugo redujimos el consumo de gas un 12 % en "
                                 "el primer año. Para su planta confiamos en obtener resultados similares.") == []


@pytest.mark.parametrize("mail, body", [
    (MAIL, "Después del piloto, nuestro servicio técnico mantiene el sistema, por 7.200 EUR al año."),
    (Mail("Madame Lago,", "Cordialement,\nPaul Roy"), "Après le pilote, notre support technique se charge du système, pour 7 200 EUR par an."),
    (Mail("Gentile Sig.ra Lago,", "Cordiali saluti,\nPaolo Neri"), "Dopo il pilota ci occupiamo noi del sistema con l'assistenza tecnica, per 7.200 EUR all'anno.")],
    ids=["spanish", "french", "italian"])
def test_who_keeps_it_running_told_in_prose_in_the_writers_language_is_read_on_its_topic(cheese, mail, body):
    upkeep = mail.asked(cheese, body)["upkeep_owner"]
    assert upkeep.status != "not_answered" or "does not address" not in upkeep.why


def test_a_spanish_sentence_on_the_months_of_data_a_model_needs_is_on_the_history(cheese):
    history = MAIL.asked(cheese, "Normalmente necesitamos unos meses de datos de las cubas para entrenar el modelo.")["history"]
    assert "does not address" not in history.why
