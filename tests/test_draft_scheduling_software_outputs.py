"""Software named by its kind as one that schedules ("a scheduling software", "the scheduling function") puts out the
schedule: schedule changes are its output, though the text names no machine."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def outputs(text: str) -> list[str]:
    answer = draft(text, BANK).answer("workflow.outputs")
    return answer.choices if answer else []


def test_a_scheduling_software_outputs_the_schedule():
    text = ("The foundry implemented a scheduling software that integrates with its existing ERP system. "
            "Since then the moulding and finishing departments have worked to one list per day.")
    assert "schedule_changes" in outputs(text)


def test_a_scheduling_function_outputs_the_schedule():
    text = ("The mill's new batch system sends its data to the ERP. Its scheduling function builds the execution lists "
            "that meet customer demand.")
    assert "schedule_changes" in outputs(text)


def test_scheduling_told_as_a_chore_outputs_no_schedule():
    text = ("Scheduling the two departments was challenging. The new terminals record each order's start and finish "
            "and show the output on a dashboard.")
    assert "schedule_changes" not in outputs(text)
