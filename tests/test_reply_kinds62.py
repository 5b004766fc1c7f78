"""Reply reading, kinds seen on issue 16 and fixed as kinds (each test's sentences are new, built as the seen ones were):
people's training is who uses the system, not the model's history; a quote drops the number that marks its question;
another plant's accuracy with a refusal to commit a figure for this plant leaves the accuracy question open; a link's
owner is read in Italian, German, Spanish and French; a list of every system of a kind after a verb of linking offers
them all."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

OVENS = ("OvenBrain brings AI, machine learning and a digital twin to your tunnel ovens.\n"
         "Smart sensors and predictive analytics make every bake perfect and cut waste dramatically.\n"
         "Our platform connects everything, from the mixer to the ERP.\n")

MAIL = Mail("Dear Mr Brandt,", "Kind regards,\nLena Holm\nOvenBrain GmbH")


@pytest.fixture(scope="module")
def ovens():
    return sent_out(OVENS, "OvenBrain", "K. Brandt")


@pytest.fixture(scope="module")
def reader():
    return reply_reader(load_bank())


LINKS = ("LineAI brings AI, IoT and a digital twin to your packaging lines.\n"
         "Smart sensors and machine learning predict failures and cut downtime dramatically.\n"
         "Our platform connects everything, from the PLC to the ERP and the MES.\n")


@pytest.fixture(scope="module")
def lines():
    return sent_out(LINKS, "LineAI", "M. Conti")


@pytest.mark.parametrize("body", [
    "About training: the package holds 3 days of classroom training for your shift leaders and bakers.",
    "Training: two days for 5 oven operators and one for the maintenance planner.",
    "We also train your oven operators for 2 days on the line screens.",
    "Each baker gets a 4-hour training on the tablet before the pilot starts."])
def test_training_given_to_people_does_not_answer_the_models_history(ovens, body):
    asked = MAIL.asked(ovens, body)
    assert "history" in asked and asked["history"].status == "not_answered", asked["history"].why


@pytest.mark.parametrize("body", [
    "Training: the model is trained on 14 months of your oven PLC logs; at least 9 months are needed.",
    "The model is trained on 14 months of oven temperatures and bake results from your MES; your quality engineer "
    "checks the training data every week."])
def test_a_model_trained_on_the_plants_data_still_answers_the_history(ovens, body):
    asked = MAIL.asked(ovens, body)
    assert asked["history"].status in ("answered", "partly"), asked["history"].why


def test_a_sentence_on_a_models_training_is_no_peoples_training(reader):
    trained = reader.looks.trained
    assert not trained.said("our data scientists train the model on your logs", ["data scientists"])
    assert trained.said("two days of on-site training for your bakers", ["bakers"])


@pytest.mark.parametrize("marker", ["1.2 ", "Q2: ", "Ad 1.2 ", "Re 2 - ", "2) "])
def test_a_quote_drops_the_number_that_marks_its_question(ovens, marker):
    body = (f"1.1 The first problem we go after is the burnt trays on oven 2, 40 per week in your scrap log.\n\n"
            f"{marker}We read oven zone temperatures and belt speed from the existing Siemens S7-1500 over OPC UA.")
    asked = MAIL.asked(ovens, body)
    quotes = asked["data"].quotes
    assert quotes and quotes[0].startswith("We read oven zone temperatures"), quotes
    assert asked["problem"].quotes[0].startswith("The first problem"), asked["problem"].quotes


def test_a_figure_with_its_unit_opening_a_quote_stays(reader):
    from reading.reply_quotes import unnumbered_quote
    text = "1.5 kg of dough per tray is weighed on the Mettler scale."
    assert unnumbered_quote(text, text, reader.spelled.units) == text


ACCURACY = ("The model predicts bearing failures of the fillers 5 to 10 days ahead. At the customer named in our "
            "proposal the accuracy was 87 % on confirmed failures, measured over 3 months of data. For your plant "
            "the accuracy will be measured during the pilot: at the moment we cannot guarantee a value.")


def test_another_plants_accuracy_with_a_refusal_to_commit_leaves_the_accuracy_question_open(lines):
    question = MAIL.asked(lines, ACCURACY)["analytics"]
    assert question.status == "partly" and not question.closed, question.why
    assert any("cannot guarantee" in quote for quote in question.quotes), question.quotes


def test_the_plants_own_measured_accuracy_still_closes_the_accuracy_question(lines):
    body = ("The model predicts bearing failures of the fillers 5 to 10 days ahead. On 3 months of your filler 2 data "
            "it warned of 13 of the 15 bearing failures, with 2 false alarms.")
    assert MAIL.asked(lines, body)["analytics"].closed


@pytest.mark.parametrize("body, owner", [
    ("L'interfaccia con SAP (ordini di produzione via OData) è gestita dal Vostro team SAP.", "team SAP"),
    ("L'interfaccia con SAP (ordini di produzione via OData) la gestisce il Vostro reparto IT.", "reparto IT"),
    ("Die Schnittstelle zum SAP-ERP (Aufträge per OData) betreut auf unserer Seite Herr T. Kowalski.",
     "Herr T. Kowalski"),
    ("La interfaz con SAP (órdenes de producción por OData) la mantiene su equipo de TI.", "equipo de TI"),
    ("L'interface avec SAP (ordres de fabrication par OData) est gérée par votre équipe informatique.",
     "équipe informatique")], ids=["italian passive", "italian fronted", "german", "spanish", "french"])
def test_a_links_owner_named_in_the_replys_own_language_owns_the_link(lines, body, owner):
    done = Mail("Buongiorno,", "Saluti,\nElena").read(lines, body)
    answer = done.evaluation.answer("connect.integrations")
    assert answer is not None and owner in {row.owner for row in answer.integrations}, answer and answer.integrations


@pytest.mark.parametrize("text", [
    "It works with every proofer, every oven and every ERP, and the cloud is very safe.",
    "OvenBrain connects to all mixers, all ovens and all MES."])
def test_a_list_of_every_system_of_a_kind_after_a_verb_of_linking_is_offered_to_every_plant(reader, text):
    assert "every system of a kind" in reader.general.why(text)


def test_a_vague_reply_listing_every_system_of_a_kind_makes_no_answer_specific(ovens):
    body = ("Our AI knows every secret of baking, it works with every proofer, every oven and every ERP, and the cloud "
            "is very safe.")
    assert MAIL.specific(ovens, body) == []

