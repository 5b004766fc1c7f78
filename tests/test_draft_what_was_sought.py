"""What a plant went looking for, in a case study, is what the project then delivered: the words after
"began looking for a system to ..." draft as a claim, though the sentence opens on the time before."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_what_the_plant_went_looking_for_is_what_the_project_delivers():
    text = ("In 2019, the brewery began looking for a system to show the fill level of every tank in real time. "
            "The system now runs in both cellars.")
    assert "minutes" in drafted(text, "decision.latency")


def test_what_the_plant_went_looking_for_states_no_problem():
    text = "In 2018, the dairy began looking for a system to track the downtime and scrap of its four fillers."
    assert drafted(text, "problem.plant_problems") == []


def test_a_problem_told_before_the_turn_is_still_drafted():
    text = ("Previously the shift sheets explained only half of the unplanned downtime; "
            "now the terminal records each stop of the fillers with its reason.")
    assert "downtime_unclear" in drafted(text, "problem.plant_problems")
