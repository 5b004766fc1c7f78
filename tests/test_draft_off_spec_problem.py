"""Product made outside its specification, however the trade names it ("off-spec batches", "off-shade lots",
"parts judged faulty"), is the plant's repeating quality problem, as scrap and rejects are."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
READS = " The edge box reads the reactor PLCs every 10 seconds and shows the batch curves on a dashboard."


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


def test_off_spec_batches_are_a_quality_problem():
    text = "Last year the plant made eleven off-spec batches of the resin, each blended down at a loss." + READS
    assert "quality_repeats" in problems(text)


def test_off_shade_lots_are_a_quality_problem():
    text = "Too many off-shade lots had to be redyed in the dyehouse before the project." + READS
    assert "quality_repeats" in problems(text)


def test_parts_judged_faulty_are_a_quality_problem():
    text = "Before the change, many good housings were judged faulty by the old camera and thrown away." + READS
    assert "quality_repeats" in problems(text)


def test_a_batch_within_spec_states_no_quality_problem():
    text = "The plant wants to see the batch temperatures of both reactors on one screen." + READS
    assert "quality_repeats" not in problems(text)
