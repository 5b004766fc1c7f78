"""What data the system captures: a kind of data is ticked where the sentence says the system measures, records,
monitors, reads, logs or charts it, not where it only names the kind in a result, the plant's state, a process
description, a device's figures or a price (drafting.yaml `effects`)."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import draft, drafter_for

BANK = load_bank()


def captured(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices if answer else []


def test_a_result_names_no_defect_data_captured():
    assert "quality_events" not in captured("After the retrofit of line 4, defects fell by 35 % and the scrap rate by a fifth.")


def test_the_plants_reject_rate_before_the_project_is_no_data_captured():
    assert "quality_events" not in captured("The reject rate of press 7 has been around 12 % since spring.")


def test_an_inspection_step_of_a_process_description_is_no_data_captured():
    assert "quality_events" not in captured("Process steps on line 2: sawing, welding, painting, final inspection, packing.")


def test_scrap_named_for_its_price_is_no_data_captured():
    assert "quality_events" not in captured("Scrap costs your plant EUR 2 million a year.")


def test_a_process_value_named_as_a_weak_point_is_no_data_captured():
    assert "pressure" not in captured("Hydraulic pressure on the old presses is a frequent cause of oil leaks.")
    assert "flow" not in captured("Coolant flow through the moulds is a common weak point of older tools.")


def test_a_utility_the_plant_uses_is_no_data_captured():
    assert "utility_usage" not in captured("Your 60 looms use most of the compressed air from three screw compressors.")


def test_a_products_dimension_or_a_limit_is_no_data_captured():
    assert "other" not in captured("The film line makes film in a thickness from 20 to 80 micron.")
    assert "other" not in captured("The humidity in the dry room must stay under 1 %.")


def test_what_the_system_measures_records_or_finds_stays_captured():
    assert "quality_events" in captured("The camera on line 4 spots each defect and saves it with the batch number.")
    assert "quality_events" in captured("The vision system finds the defects that tired inspectors miss.")
    assert "pressure" in captured("Our gateway records the hydraulic pressure of each press every second.")
    assert "flow" in captured("A magnetic flowmeter on the coolant return gives the flow rate of each mould.")
    assert "utility_usage" in captured("Flow meters on each header log the compressed air use of every hall.")
    assert "other" in captured("Sensors in the dry room report the humidity every minute.")
    assert "other" in captured("A laser gauge measures the film thickness across the web.")


def test_a_replys_line_on_which_data_needs_no_verb_of_capture():
    """The buyer's question asks what is read: "Egg weights and the crack detector's results" answers it, as a reply's
    line answers it with no level read away (drafting.yaml effects `offer_drops`, told_as_level)."""
    line = "Egg weights and the crack detector's rejects from the grader, plus the hydraulic pressure of the lane lifts."
    reply = drafter_for(BANK).draft_documents([pasted(line, kind="reply")]).answer("data.captured")
    assert {"other", "quality_events", "pressure"} <= set(reply.choices)
    assert not {"other", "quality_events", "pressure"} & set(captured(line))
