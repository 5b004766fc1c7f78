"""What two walks' quotes state but drafting misread (issue 14 and 16, walk14d): the offer's own system ("our MES
platform") is no plant system it links to; a plant team that configures or sets up a link owns it; an alarm's response
time under a service contract is no decision latency; the team an output goes to, or that is trained, is no one who
keeps the system running; a link offered only on request or at extra cost is none the offer makes; a return promise
is said in numbers ("Goal: raise OEE from 61% to 70%")."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
ORDERS = "Production orders are taken from your SAP ERP via the standard IDoc interface every 15 minutes.\n"


def answers(text: str) -> dict:
    return {a.question: a for a in draft(text, BANK).answers}


def links(text: str) -> dict[str, str]:
    answer = answers(text).get("connect.integrations")
    return {row.system: row.owner for row in answer.integrations} if answer else {}


def choices(text: str, qid: str) -> list[str]:
    answer = answers(text).get(qid)
    return list(answer.choices) if answer else []


@pytest.mark.parametrize("own", [
    "We will connect the 38 stations to our MES platform LineView through their Siemens S7-1500 PLCs over OPC UA.",
    "The terminals send every stop to our MES over OPC UA once a second.",
    "Cycle counts are read from the PLCs and written into our MES database every minute.",
    "De tellingen worden elke minuut via OPC UA naar onze MES gestuurd.",
])
def test_the_offers_own_system_is_no_plant_system_it_links_to(own):
    assert "production" not in links(own + "\n" + ORDERS)


@pytest.mark.parametrize("plant", [
    "The counts are sent to your MES over OPC UA every minute.",
    "Our gateway posts the counts to the MES of your plant over OPC UA.",
])
def test_the_plants_own_system_named_beside_ours_is_still_a_link(plant):
    assert "production" in links(plant + "\n" + ORDERS)


@pytest.mark.parametrize("owner, said", [
    ("SAP competence centre", "The SAP side of the interface is configured by your SAP competence centre; we deliver the mapping."),
    ("IT department", "The interface is set up by your IT department."),
    ("IT department", "Your IT department configures the interface."),
    ("SAP team", "The IDoc interface is administered by your SAP team."),
])
def test_a_plant_team_that_configures_a_link_owns_it(owner, said):
    assert owner in links(ORDERS + said + "\n").values()


def test_who_receives_the_orders_owns_no_link():
    assert not any(links(ORDERS + "Your planner receives the orders in SAP and releases them.\n").values())


@pytest.mark.parametrize("terms", [
    "Response time for a critical alarm: 1 working day; availability of the portal 99.5% per month.",
    "A critical alarm is answered within 2 business days under the service contract.",
    "Reaktionszeit bei kritischem Alarm: 1 Werktag.",
])
def test_an_alarms_response_time_under_the_contract_is_no_decision_latency(terms):
    assert "minutes" not in choices("We fit vibration sensors to your five compressors.\n" + terms + "\n",
                                    "decision.latency")


@pytest.mark.parametrize("said", [
    "When a fault is flagged, our analyst sends a diagnosis to your maintenance planner by e-mail.",
    "Training of your maintenance team (half a day on site): included.",
    "A weekly report goes to your maintenance manager.",
])
def test_who_receives_the_output_or_is_trained_keeps_nothing_running(said):
    text = "We fit vibration sensors to your five compressors.\nThe service contract covers the portal and sensor replacement.\n"
    assert choices(text + said + "\n", "upkeep.owner") == ["vendor_service"]


@pytest.mark.parametrize("said, owner", [
    ("After handover your maintenance team maintains the sensors.", "maintenance_team"),
    ("After the pilot the system is handed over to your maintenance team.", "maintenance_team"),
    ("The CSV link belongs to your IT department.", "it_ot_team"),
])
def test_a_plant_team_the_system_is_handed_to_still_keeps_it_running(said, owner):
    assert choices("We fit vibration sensors to your five compressors.\n" + said + "\n", "upkeep.owner") == [owner]


@pytest.mark.parametrize("option", [
    "On request we also create a notification in your SAP PM through the standard notification BAPI.",
    "For an extra charge, the OEE figures are posted to your Power BI via a REST API.",
    "The diagnosis goes by e-mail to your planner; upon request we create a notification in your SAP PM via BAPI.",
    "Auf Wunsch we also post the notifications to your SAP PM via BAPI.",
])
def test_a_link_offered_on_request_is_none_the_offer_makes(option):
    assert links("We fit vibration sensors to your five compressors.\n" + option + "\n") == {}


def test_a_link_beside_a_report_on_request_is_still_made():
    said = "The counts are posted to your SAP ERP via IDoc; a PDF report is sent on request.\n"
    assert "inventory" in links(said)


@pytest.mark.parametrize("goal", [
    "Goal: raise OEE on the four lines from 61% to 70% within 12 months of go-live.",
    "Our goal: scrap down from 4.1% to 2.5% by the end of 2027.",
    "Ziel: OEE von 61 % auf 70 % in 12 Monaten.",
])
def test_a_goal_in_numbers_is_the_return_promised(goal):
    answer = answers("We connect your four lines to LineView.\n" + goal + "\n").get("return.promise")
    assert answer is not None and goal in answer.text


def test_a_goal_without_a_number_promises_no_return():
    answer = answers("We connect your four lines to LineView.\nOur goal is a long partnership with your plant.\n")
    assert "return.promise" not in answer or "partnership" not in answer["return.promise"].text
