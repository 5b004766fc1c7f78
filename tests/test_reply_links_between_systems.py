"""The question on systems answered only by a sentence that names a link between systems: a system the data is
exchanged with, its format or its way, and the owner of such a link. A network link back after an outage, a gateway
data only passes through, or the owner of a recipe answers nothing there (found by a walk through a corrugator reply).
Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

MOULDING = ("MouldMind is the AI-driven Industry 4.0 platform for injection moulding.\n"
            "An edge box reads cavity pressure and mould temperature and predicts short shots.\n"
            "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Mr Janssen,", "Kind regards,\nEva Maier")


@pytest.fixture(scope="module")
def moulding():
    return sent_out(MOULDING, "MouldMind", "P. Janssen")


@pytest.mark.parametrize("sentence", [
    "If the network is down, the edge box keeps every reading and sends them once the link is back.",
    "Should the WLAN connection drop, the gateway caches the cycle data for a week and forwards it when the connection returns.",
    "Bei Netzausfall the gateway stores all values locally and sends them as soon as the link is back.",
    "Als de verbinding wegvalt, the gateway buffers the readings and sends them when the link is back.",
    "The gateway opens one outbound connection to our cloud and sits behind your firewall in its own VLAN.",
    "Bigger changes wait for the setter on the HMI, and warnings go back to the operator on the HMI as well.",
])
def test_a_network_link_or_a_gateway_alone_answers_nothing_on_systems(moulding, sentence):
    question = MAIL.asked(moulding, sentence)["integrations"]
    assert question.status == "not_answered" and sentence not in question.quotes, question.why


@pytest.mark.parametrize("sentence", [
    "Your process engineer owns the mould recipes.",
    "The setting sheets are owned by your quality lead.",
    "Your Schichtleiter owns the shift plan and the changeover list.",
    "The tool room foreman owns all mould data cards.",
])
def test_the_owner_of_a_thing_that_is_no_link_answers_nothing_on_systems(moulding, sentence):
    question = MAIL.asked(moulding, sentence)["integrations"]
    assert question.status == "not_answered" and sentence not in question.quotes, question.why


def test_the_walks_outage_and_recipe_owner_together_leave_the_systems_question_unanswered(moulding):
    body = ("3. If the network is down, the gateway buffers readings and sends them once the link is back. "
            "Your process engineer owns the glue recipes.")
    assert MAIL.asked(moulding, body)["integrations"].status == "not_answered"


def test_a_recipe_owner_beside_a_link_is_no_owner_of_the_link(moulding):
    body = "Short-shot events go back to your MES as JSON every shift, one way; your process engineer owns the mould recipes."
    question = MAIL.asked(moulding, body)["integrations"]
    assert question.status == "partly" and "but not a role" in question.why, question.why


@pytest.mark.parametrize("body", [
    "Short-shot events go back to your MES as JSON every shift, one way; your IT manager owns that link.",
    "Short-shot counts are sent back to the ERP (Navision) once per order as a CSV file. Your ERP administrator owns it.",
    "The gateway sends the good-part counts to SAP as an IDoc once per order. Your SAP team owns it.",
    "Scrap cost per mould goes to your ERP (Sage 200) as a monthly CSV file, one way, owned by Karen Walsh.",
    "Short-shot events go to your MES over OPC UA, one way. Your MES administrator owns both links.",
])
def test_a_link_with_its_owner_still_names_system_format_and_owner(moulding, body):
    question = MAIL.asked(moulding, body)["integrations"]
    assert question.status in ("answered", "partly") and "and a role" in question.why, question.why


@pytest.mark.parametrize("body", [
    "Short-shot events go back to your MES as JSON every shift, one way; your process engineer owns the mould recipes.",
    "Short-shot events go back to your MES as JSON every shift, one way. Your process engineer owns the mould recipes.",
])
def test_the_drafted_link_takes_no_owner_of_a_recipe(moulding, body):
    answer = MAIL.read(moulding, body).evaluation.answer("connect.integrations")
    rows = [row for row in answer.integrations if row.system == "production"]
    assert rows and all(not row.owner for row in rows), answer.integrations


def test_the_drafted_link_takes_its_owner(moulding):
    body = "Short-shot events go back to your MES as JSON every shift, one way; your IT manager owns that link."
    rows = MAIL.read(moulding, body).evaluation.answer("connect.integrations").integrations
    assert any(row.system == "production" and row.method == "JSON" and row.owner == "IT manager" for row in rows), rows


def test_data_said_to_go_back_to_a_system_is_on_the_systems_question(moulding):
    question = MAIL.asked(moulding, "Short-shot events go back to your MES after every shift.")["integrations"]
    assert question.status == "partly" and "which system" in question.why, question.why
