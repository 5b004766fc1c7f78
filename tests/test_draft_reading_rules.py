"""Reading rules for precision on real texts (issue 14): what a sentence's context says a word means."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def choices(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices if answer else []


def test_a_plc_the_results_go_to_is_no_iiot():
    text = "The camera sends each reject signal to the PLC of the capper, which opens the reject gate."
    assert "plc_integration" in choices(text, "data.sources")
    assert "iiot" not in choices(text, "workflow.technologies")


def test_data_read_from_the_plcs_is_iiot():
    text = "Our server reads the fill level and the stop codes from the filler PLCs every second."
    assert "iiot" in choices(text, "workflow.technologies")
