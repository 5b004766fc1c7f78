"""Links to the plant's systems as two new-buyer walks found them drafted wrongly, each read by its kind:
a system the text calls the plant's by a product name no list knows ("your Calvert system") is the area of what moves
to it (reading/plant_systems.py); the whole system's owner owns every link no sentence names an owner of
(reading/system_owner.py); what is only read from a system is no output the offer makes, in prose or in a link table's
read-only row (reading/draft_read_only.py); and a sentence that lists the protocols keeps its place among the protocols'
quotes however it sells (reading/draft_listed.py)."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.system_owner import system_owner

BANK = load_bank()
OPENING = "Proposal for the filling line 2 upgrade at your Leeds plant.\n\n"


def _draft(text: str):
    return draft(OPENING + text, BANK, proposal="walk kinds")


def _links(text: str) -> dict[str, tuple[str, str, str]]:
    answer = _draft(text).answer("connect.integrations")
    return {row.system: (row.direction, row.method, row.owner) for row in answer.integrations} if answer else {}


def _choices(text: str, question: str) -> list[str]:
    answer = _draft(text).answer(question)
    return list(answer.choices) if answer else []


@pytest.mark.parametrize("text, area", [
    ("Quality deviations raise a record in your Calvert system through its REST API.", "quality"),
    ("Each nonconformance opens a deviation record in your Qualis Pro platform over a web service.", "quality"),
    ("Spare part consumption is booked in your Norvik software every night as a CSV file.", "inventory"),
])
def test_a_system_called_the_plants_by_a_product_name_is_the_area_of_what_moves_to_it(text, area):
    assert area in _links(text)


@pytest.mark.parametrize("text", [
    "Deviations found on the line are sent to your MES system through its REST API.",  # a kind in capitals: its own area
    "Quality deviations are stored in your Azure platform.",  # what the system runs on is no plant system
    "Your Calvert system is ten years old and its deviations are many.",  # nothing moves to it
])
def test_a_kind_written_in_capitals_a_platform_or_no_move_names_no_quality_link(text):
    assert "quality" not in _links(text)


def test_the_whole_systems_owner_owns_each_link_with_no_owner_of_its_own():
    links = _links("Process orders come from your SAP ERP through an IDoc; confirmations go back to SAP at order close. "
                   "Quality deviations open a record in your Calvert system through its REST API.\n\n"
                   "Programme owner on your side: Ann Lee, Plant Manager.\n"
                   "System owner after handover: your automation lead, Tom Birch.")
    assert links["planning"] == ("both", "IDoc", "automation lead, Tom Birch")
    assert links["quality"][2] == "automation lead, Tom Birch"


def test_a_links_own_owner_stays_before_the_systems_owner():
    links = _links("Work orders are sent to your SAP PM through an IDoc. Your maintenance planner owns that interface.\n\n"
                   "After go-live the platform is owned by your OT team.")
    assert links["maintenance"][2] == "maintenance planner"


@pytest.mark.parametrize("sentence, owner", [
    ("System owner after go-live: your IT/OT lead, Niamh Kelly.", "IT/OT lead, Niamh Kelly"),
    ("Application owner: the plant's OT manager.", "plant's OT manager"),
    ("After handover the platform is owned by your OT team.", "OT team"),
    ("Programme owner on your side: Declan Murphy, Operations Manager.", ""),  # the project's, not the system's
    ("The system owner is responsible for approving changes.", ""),  # what an owner does, no one named
    ("Owner: your SAP key user.", ""),  # a link's owner, read by the reply reader's rule
])
def test_a_system_owner_is_read_from_its_label_or_a_passive_of_owning(sentence, owner):
    assert system_owner(sentence) == owner


def test_no_owner_where_the_text_names_only_the_projects_owner():
    links = _links("Quality deviations open a record in your Calvert system through its REST API.\n\n"
                   "Programme owner on your side: Ann Lee, Plant Manager.")
    assert links["quality"][2] == ""


@pytest.mark.parametrize("text", [
    "We read the production schedule from your Plex ERP every night through a CSV export.",
    "The production plan comes from your SAP ERP through an IDoc.",
])
def test_what_is_only_read_from_a_system_is_no_output(text):
    assert "schedule_changes" not in _choices(text, "workflow.outputs")


def test_an_output_the_offer_makes_beside_what_it_reads_stays():
    text = ("We read the orders from your SAP ERP through an IDoc and the planner re-sequences them on the board "
            "when a filler is predicted to fail.")
    assert "schedule_changes" in _choices(text, "workflow.outputs")


TABLE = ("Interfaces\n\n"
         "System: Rockwell ControlLogix PLC; Direction: Read; Protocol: OPC UA; Data: Fill weights, line speed\n\n"
         "System: Limble CMMS; Direction: Write; Protocol: REST API; Data: Work requests, asset history\n\n"
         "System: Infor ERP; Direction: Read; Protocol: CSV export nightly; Data: Production schedule, stock levels\n")


def test_a_read_only_rows_data_is_no_output_and_a_written_rows_work_requests_are_work_orders():
    outputs = _choices(TABLE, "workflow.outputs")
    assert "schedule_changes" not in outputs
    assert "work_orders" in outputs


def test_a_work_request_the_system_opens_in_the_maintenance_system_is_a_work_order():
    text = "When a bearing score crosses its limit, the system opens a work request in your Limble CMMS with the plots."
    assert "work_orders" in _choices(text, "workflow.outputs")


def test_a_sold_list_of_protocols_keeps_a_place_among_the_protocols_quotes():
    text = ("Connect: 500+ drivers including OPC UA, EtherNet/IP and Profinet.\n\n"
            "Our edge gateway reads the fill weights of line 2 over OPC UA every second.\n\n"
            "The results go to your MES over a REST API.\n")
    answer = _draft(text).answer("data.protocols")
    assert answer is not None
    assert any("Profinet" in quote for quote in answer.quotes)
    assert "every second" in answer.quotes[0]  # a specific sentence still comes first
