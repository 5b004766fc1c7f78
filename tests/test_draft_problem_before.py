"""The problem drafted from what the plant does or suffers today, not from the offer's target: a loss told
in the present after the before-state goes on telling it, a count of it with its cost is the problem
statement, and a target ("Target:", "we will reduce ... to") is the KPI's where the text tells its own
before-state."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.text import reader_for

BANK = load_bank()

QUOTE = (
    "VisionGuard brings artificial intelligence to your press shop.\n\n"
    "Today the press line 3 inspectors check one part in fifty by eye at the end of the line. Cracks on the "
    "deep-drawn housings are found hours later at the customer, and last year 14 complaints cost about EUR 180,000.\n\n"
    "- Two line-scan cameras mounted after press 3, inspecting every housing at up to 40 strokes per minute.\n"
    "- The press PLC (Siemens S7-1500) gives us the stroke signal and die number over PROFINET.\n"
    "- Every reject is booked as a quality notification in your SAP QM with the image and die number.\n\n"
    "Target: customer complaints for cracked housings from 14 a year to fewer than 3 a year, measured against the "
    "12 months before go-live."
)


def told(text: str) -> list[str]:
    return [t.role for t in drafter_for(BANK).told(reader_for(BANK).read(text))]


def test_the_problem_statement_quotes_the_plants_loss_not_the_target():
    answer = draft(QUOTE, BANK).answer("problem.statement")
    assert answer.quotes == ["Cracks on the deep-drawn housings are found hours later at the customer, and last "
                             "year 14 complaints cost about EUR 180,000."]
    assert answer.evidence == "specific"  # how often and what it costs, in the plant's terms


def test_the_listed_problem_is_quoted_first_from_the_before_state():
    answer = draft(QUOTE, BANK).answer("problem.plant_problems")
    assert answer.choices == ["quality_repeats"]
    assert answer.quotes[0].startswith("Cracks on the deep-drawn housings")


def test_a_loss_told_in_the_present_after_the_before_state_goes_on_telling_it():
    text = ("Currently the operators write the stops on a paper sheet. The sheet reaches the office two days "
            "later and explains only half of the 40 lost hours a month.")
    assert told(text) == ["before", "before"]


def test_a_goal_after_the_before_state_is_no_before_state():
    text = ("Currently the operators write the stops on a paper sheet. "
            "The goal of this project is to cut the 40 lost hours a month to 20.")
    assert told(text)[1] != "before"


def test_a_target_without_any_before_state_still_names_the_problem():
    text = ("Our edge box reads the stroke counter of press 4 every second. "
            "Target: unplanned stops on press 4 from 38 to 12 hours a month.")
    assert draft(text, BANK).answer("problem.plant_problems").choices == ["downtime_unclear"]


def test_a_commitment_is_no_problem_statement_where_the_plant_told_its_own():
    text = ("At present your filler stops about 30 times a shift and nobody records why. "
            "We will reduce your unplanned stops on the filler from 30 to 10 a shift within six months.")
    answer = draft(text, BANK).answer("problem.statement")
    assert answer.quotes == ["At present your filler stops about 30 times a shift and nobody records why."]


def test_a_kpi_line_still_states_the_problem_beside_an_offer_of_other_figures():
    text = ("Our model detects a bearing starting to fail 11 days before the head fails, on 18 failures at another "
            "bottler. Unplanned stops of the capper on line 3: 9 stops and 31 hours in 2025 from your stop log; "
            "target at most 2 stops in 2027.")
    quotes = draft(text, BANK).answer("problem.statement").quotes
    assert any(q.startswith("Unplanned stops of the capper") for q in quotes)


def test_a_target_alone_states_the_problem_by_its_starting_value():
    text = ("A gateway reads the run signal and the counters of the six machines over Modbus TCP. "
            "Target: unplanned stops on line 2 from 9 to 4 hours a week.")
    assert draft(text, BANK).answer("problem.statement").quotes == [
        "Target: unplanned stops on line 2 from 9 to 4 hours a week."]


@pytest.mark.parametrize("sentence", [
    "Today nobody can say which furnace drives the peak charges, and last year the plant paid EUR 212,000.",
    "Currently the plant pays high demand charges every month because both kilns start at 6:00.",
    "In 2025 the site paid peak-load penalties in nine of twelve months.",
])
def test_peak_and_demand_charges_the_plant_pays_are_its_energy_cost(sentence):
    answer = draft(sentence + "\n\nWe fit six power meters read over Modbus TCP every second.", BANK).answer(
        "problem.plant_problems")
    assert answer is not None and "energy_cost" in answer.choices


REMOTE = ("problem.plant_problems", "no_remote_visibility")


def problems(text: str) -> set[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return set(answer.choices) if answer else set()


@pytest.mark.parametrize("before", [
    "Until now a technician drove to each station twice a week to read the flow totalisers.",
    "Before the project, the shift fitters walked to every well at the start of each shift to note the levels.",
])
def test_people_going_out_to_the_sites_to_see_them_is_no_remote_visibility(before):
    text = before + " We fit a cellular logger at each station that sends its readings to a web portal every minute."
    assert REMOTE[1] in problems(text)


def test_the_vendors_own_visit_on_site_is_no_problem_of_the_plant():
    text = ("We fit a cellular logger at each station that sends its readings to a web portal every minute. "
            "The service includes a yearly calibration visit and a 48-hour on-site response.")
    assert REMOTE[1] not in problems(text)
