"""A delay or paper is the late-reports problem only beside what is reported, written or typed ("shift figures reach
the plant manager two days later", "stops written on a paper sheet"); an idiom ("on paper that looked fine") or a day
that is no report's ("readying the line for the next day") states no such problem."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
READS = " Now the edge box reads the filler PLCs every 10 seconds and shows the output on a dashboard."


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


def test_figures_that_arrive_days_later_are_late_reports():
    text = "Before the project, the shift figures reached the plant manager two days later, typed into Excel." + READS
    assert "reports_delayed" in problems(text)


def test_on_paper_as_an_idiom_is_no_late_report():
    text = "The plant had run at 78% availability for years, and on paper that looked acceptable to the owners." + READS
    assert "reports_delayed" not in problems(text)


def test_the_next_day_of_production_is_no_late_report():
    text = "Before the project, each evening the cleaning crew readied the fillers for the next day by hand." + READS
    assert "reports_delayed" not in problems(text)
