"""Taking a reply's answer to the question on links keeps every link the buyer had: several links of one area (an
ERP's orders in, its notifications out, the warehouse's dispatch file) stay several, and a reply's link to the same
system the same way fills in what the buyer's left blank (walk53: taking the reply's answer turned 4 links into 2).
Every link here is new."""
from questions.models import Answer, Integration
from reading.reply_combine import combine, merged_rows, on_yours

ORDERS = Integration(system="inventory", direction="from_system", method="IDoc over RFC", owner="plant IT")
NOTICES = Integration(system="inventory", direction="to_system", method="REST / OData", owner="the vendor")
DISPATCH = Integration(system="inventory", direction="to_system", method="CSV over SFTP", owner="plant IT")
COSTS = Integration(system="finance", direction="to_system")


def _yours(*rows) -> Answer:
    return Answer(question="connect.integrations", evidence="specific", integrations=list(rows), drafted=True,
                  reviewed=True)


def _reply(*rows) -> Answer:
    return Answer(question="connect.integrations", evidence="specific", integrations=list(rows), quotes=["q"])


def test_taking_a_replys_links_keeps_every_link_the_buyer_had():
    new = Integration(system="inventory", direction="to_system", method="MQTT", owner="plant IT")
    laid = on_yours(_yours(ORDERS, NOTICES, DISPATCH, COSTS), _reply(new), "integrations")
    assert laid.integrations == [ORDERS, NOTICES, DISPATCH, COSTS, new]


def test_a_replys_link_to_the_same_system_the_same_way_fills_what_the_buyers_left_blank():
    told = Integration(system="finance", direction="to_system", method="REST API", owner="")
    laid = on_yours(_yours(ORDERS, COSTS), _reply(told), "integrations")
    assert laid.integrations == [ORDERS, told]
    owned = Integration(system="inventory", direction="from_system", method="", owner="the SAP team")
    assert merged_rows([ORDERS], [owned]) == [ORDERS.model_copy(update={"owner": "the SAP team"})]


def test_drafting_the_offer_and_the_reply_together_keeps_several_links_of_one_area():
    offer = _reply(ORDERS, NOTICES)
    reply = _reply(DISPATCH)
    assert combine(offer, reply, "integrations").integrations == [ORDERS, NOTICES, DISPATCH]
