"""A careful buyer ticks "measured before and after" only where the plant's measure was or will be taken before and
the same measure after: a comparison with a reference part, an ideal or another way of working measures nothing
before and after, nor does an after that is only an aim or a supposition, nor a baseline told of something else."""
from questions import load_bank
from questions.models import Measure
from reading.draft import draft
from reading.draft_rules import rules_for
from reading.measured import same_measure_after

BANK = load_bank()
RULES = rules_for(BANK)
STORY = ("Harlow Castings runs a die-casting shop in Telford with six cells that make gearbox housings. "
         "In 2022 its engineers could not tell why so many housings failed the leak test. "
         "Harlow Castings fitted pressure sensors to every die, and a gateway sent their readings to a server. "
         "The engineers reviewed the shot curves each morning and changed the intensification pressure. "
         "The project took four months and ended in May 2023. ")


def measured(text: str) -> list[str]:
    answer = draft(text, BANK).answer("return.measurement")
    return answer.choices if answer else []


def test_a_part_compared_with_its_reference_image_is_no_measurement_before_and_after():
    assert "before_after" not in measured(
        "Our inspection station photographs each housing on line 2 of your plant. "
        "The photo of every housing is compared to the master image, and a deviation stops the conveyor.")


def test_a_schedule_compared_with_the_old_way_of_planning_is_no_measurement_before_and_after():
    assert "before_after" not in measured(
        "For your plant in Telford we propose a scheduling model for the six cells. "
        "Compared to the spreadsheet your planners use, the model frees 4% of the capacity of the six cells.")


def test_a_result_compared_with_the_same_months_of_the_year_before_is_measured_before_and_after():
    assert "before_after" in measured(
        "For your plant in Telford we propose pressure sensors on the six cells. "
        "We will compare the leak test rejects with the same months of the prior year.")


def test_a_case_study_that_only_aims_at_its_after_measured_no_after():
    assert "before_after" not in measured(
        STORY + "The leak test reject rate was 6% in 2022. The plant now aims to cut the reject rate to 3%.")


def test_a_case_study_that_measured_its_after_still_measured_before_and_after():
    assert "before_after" in measured(STORY + "Within a year the leak test reject rate fell from 6% to 3%.")


def test_a_figure_told_of_something_else_is_no_baseline_of_the_measure():
    quotes = ["Fewer than 12% of the region's foundries had fitted any sensors.",
              "Harlow reported a drop in porosity of up to 30%."]
    assert not same_measure_after(quotes, Measure(metric="porosity", unit="%", baseline=30, target=12), RULES)


def test_figures_each_told_of_the_measure_are_its_before_and_after():
    quotes = ["The leak test reject rate was 6% in 2022.", "The sensors cut rejects to 3% within a year."]
    assert same_measure_after(quotes, Measure(metric="leak test reject rate", unit="%", baseline=6, target=3), RULES)


def test_a_before_and_after_supposed_is_not_measured():
    quotes = ["If you want to go from 6% to 3% rejects you need a stable process first."]
    assert not same_measure_after(quotes, Measure(metric="rejects", unit="%", baseline=6, target=3), RULES)
