"""A reply that tells a link's direction in another language or word order drafts it the way the data moves: the word
of movement right before the system's name ("vêm do ERP", "kommen aus dem ERP", "viennent du MES": read from it; "vão
para o ERP", "au MES": written to it) and a system that is the subject of a verb of receiving or sending ("le MES reçoit
les alarmes", "the ERP sends us the orders") decide it, not a word of sending anywhere in the sentence (rounds54: such
replies drafted the link the wrong way round). And an answer headed with the letter's dotted number of a later round
("Question 2.3:") is placed at that question. Every sentence here is new."""
import pytest

from questions import load_bank
from reading.draft import drafter_for
from rounds_corpus import Mail, sent_out

STORE = ("ColdSense brings Industry 4.0 to your cold store.\n"
         "Sensors read the temperature of every chamber every minute, and an AI model predicts compressor failures.\n"
         "Dashboards in the cloud for your management.\n")
PORTUGUESE = Mail("Prezada Sra. Duarte,", "Atenciosamente,\nRicardo Lopes")
FRENCH = Mail("Madame Duarte,", "Cordialement,\nPierre Martin")
GERMAN = Mail("Sehr geehrte Frau Duarte,", "Mit freundlichen Grüßen\nHans Weber")
ENGLISH = Mail("Dear Ms Duarte,", "Kind regards,\nOle Lund")


@pytest.fixture(scope="module")
def store():
    return sent_out(STORE, "ColdSense", "A. Duarte")


def _directions(mail: Mail, sent, body: str) -> dict[str, str]:
    answer = mail.read(sent, body).evaluation.answer("connect.integrations")
    return {row.system: row.direction for row in answer.integrations}


@pytest.mark.parametrize("mail, body, area, direction", [
    (PORTUGUESE, "Integração: as ordens de produção vêm do ERP por API REST.", "inventory", "from_system"),
    (PORTUGUESE, "Integração: o nosso sistema lê as ordens do ERP por API REST.", "inventory", "from_system"),
    (FRENCH, "Intégration : les ordres de fabrication viennent du MES par API REST.", "production", "from_system"),
    (FRENCH, "Intégration : le MES reçoit les alarmes par API REST.", "production", "to_system"),
    (GERMAN, "Schnittstellen: Das ERP erhält die Messwerte per REST-API.", "inventory", "to_system"),
    (GERMAN, "Schnittstellen: Die Aufträge kommen aus dem ERP per REST-API.", "inventory", "from_system"),
    (ENGLISH, "Integration: the ERP sends us the orders by REST API, owned by your IT team.", "inventory", "from_system"),
], ids=["pt come from", "pt read from", "fr come from", "fr receives", "de receives", "de come out of", "en sends"])
def test_the_subject_and_the_verb_of_movement_decide_a_replys_link_direction(store, mail, body, area, direction):
    assert _directions(mail, store, body)[area] == direction


@pytest.mark.parametrize("sentence, area, direction", [
    ("The LIMS (LabWare) sends the QC results to our platform by REST API.", "quality", "from_system"),
    ("Your MES receives the stop reasons by REST API.", "production", "to_system"),
    ("We read the orders from an ERP by REST API.", "inventory", "from_system"),
    ("Die Stillstände gehen stündlich als CSV an Ihr MES.", "production", "to_system"),
    ("Os alarmes seguem para o MES por API REST.", "production", "to_system"),
], ids=["subject sends, brackets after it", "subject receives", "an article read past", "de an Ihr", "pt para o"])
def test_a_sentences_direction_for_the_system_it_names_is_read_by_its_grammar(sentence, area, direction):
    assert drafter_for(load_bank())._direction(sentence, None, area) == direction


def test_a_system_named_inside_a_clause_is_no_subject_of_the_verb_after_it():
    drafter = drafter_for(load_bank())
    assert drafter._direction("We integrate with your ERP to receive its orders.", None, "inventory") is None
    assert drafter._direction("Orders come from SAP, and your MES receives the stop reasons.", None, "production") == \
        "to_system"


def test_a_sentence_that_reads_from_one_system_and_writes_to_another_gives_each_its_own_direction():
    drafter = drafter_for(load_bank())
    sentence = "We take the orders from your ERP and send the stop reasons to your MES by REST API."
    assert (drafter._direction(sentence, None, "inventory"), drafter._direction(sentence, None, "production")) == \
        ("from_system", "to_system")


# Round 2 and later: the letter numbers its questions "2.1", "2.2" ...; a reply that heads each answer with that number
# after a word of asking ("Question 2.3:", "Q2.7:", "Frage 2.3:") answers the question of that number, not question 2
# (rounds54: "Question 2.3" was read as question 2, and the numbering that disagreed with its answers was dropped).
PLANNER = ("ShopPlan is an AI scheduling engine for job shops.\n"
           "It optimises your production plan automatically and reacts to disruptions in real time.\n"
           "ShopPlan connects to your ERP and pushes the new schedule to the shop floor.\n")
FIRST = ("Dear Mr Roth,\n\nthank you for your questions. The model learns from your order history of the last two years. "
         "It needs no other data.\n\nKind regards,\nJana Wolf\n")
ANSWERS = {"analytics": "It predicts a late order two days ahead; at a valve maker in Brno it found 91 of 100 late "
                        "orders, measured against the ERP's shipped dates.",
           "upkeep_owner": "9,800 EUR per year, and our support team in Brno keeps the engine running."}


@pytest.fixture(scope="module")
def second_round():
    from datetime import date

    from reading.documents import pasted
    from scoring.rounds import freeze, read_reply
    sent = sent_out(PLANNER, "ShopPlan", "P. Roth")
    done = read_reply(sent, pasted(FIRST, "reply", "Reply 1"))
    return freeze(done.evaluation, done.card, "P. Roth", date(2026, 11, 20))


@pytest.mark.parametrize("head", ["Question {n}:", "Q{n}:", "Q {n} -", "Frage {n}:"])
def test_a_second_rounds_answer_headed_with_its_dotted_number_answers_that_question(second_round, head):
    numbers = {q.topic: q.id for q in second_round.rounds[-1].questions}
    assert set(ANSWERS) <= set(numbers) and all(n.startswith("2.") for n in numbers.values())
    body = "\n\n".join(f"{head.format(n=numbers[topic])} {text}" for topic, text in ANSWERS.items())
    asked = ENGLISH.asked(second_round, body)
    assert all(asked[topic].closed for topic in ANSWERS), {t: asked[t].why for t in ANSWERS}
