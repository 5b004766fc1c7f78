"""Words of an option said in another sense: a finance title or department is a user only where it uses or gets
the output (users.using), and a flow is a value read only beside a fluid, a rate, an instrument or other process
values (said_with data.captured flow), not the flow of parts or work nor a method's name."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
READS = "The edge box reads the oven PLCs every 10 seconds and shows the gas use on a dashboard."


def chosen(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_a_cfo_who_wanted_the_project_is_no_user():
    wanted = "The CFO of the bakery wanted lower energy bills. " + READS
    assert "finance" not in chosen(wanted, "users.roles")


def test_a_finance_title_in_a_list_of_people_is_no_user():
    listed = READS + " Present at the kick-off: Plant Manager, Director Finance, Head of Maintenance."
    assert "finance" not in chosen(listed, "users.roles")


def test_controlling_a_process_is_no_finance_department():
    verb = READS + " Gas use fell after controlling the burner air ratio more tightly."
    assert "finance" not in chosen(verb, "users.roles")


def test_finance_that_gets_or_uses_the_output_is_a_user():
    gets = READS + " Finance gets the gas cost per product line every month."
    receives = READS + " A monthly cost report per cost centre goes out for controlling."
    assert "finance" in chosen(gets, "users.roles")
    assert "finance" in chosen(receives, "users.roles")


def test_a_flow_of_parts_or_a_method_named_flow_is_no_flow_read():
    parts = "Readers at each workstation track the flow of every cabinet door through the plant and show it on a board."
    method = "The plant introduced Lean Flow Scheduling, a planning software that integrates with the existing ERP."
    assert "flow" not in chosen(parts, "data.captured")
    assert "flow" not in chosen(method, "data.captured")


def test_a_flow_beside_a_fluid_or_other_process_values_is_read():
    fluid = "The edge box reads the cooling water flow of each furnace every minute and shows it on a dashboard."
    listed = "From the test bench PLCs we read oil pressure, flow and stroke at 100 Hz during each test."
    assert "flow" in chosen(fluid, "data.captured")
    assert "flow" in chosen(listed, "data.captured")
