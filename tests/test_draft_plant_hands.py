"""In a site's story the plant's hands (operators, stores people, owners) are users of the output only where a
sentence tells what they use or are told (drafting.yaml told_with users.roles, told_with_options): "operators load
the press" tells the plant's work, no one using the system; a titled role is not gated. So is
data analytics as a technology: an analysis people made is none, one run on data or software is."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Case study: stops at a can maker
Nordhavn Cans, a maker of food cans in Esbjerg, struggled with unplanned stops on its two body-maker lines in 2022.
The plant chose Linewatch in March 2023 and installed it on both lines within six weeks.
The lines ran three shifts and the plant had lost about 900 hours a year to stops.
{extra}
After one year, unplanned stops fell from 900 to 520 hours, said plant manager Jens Holm.
"""


def roles(extra: str) -> list[str]:
    answer = draft(STORY.format(extra=extra), BANK, proposal="can maker").answer("users.roles")
    return answer.choices if answer else []


def test_operators_told_at_their_manual_work_are_no_users():
    assert "operators" not in roles("On each line two operators feed coil stock into the press and stack the bodies.")


def test_operators_told_with_the_screen_they_read_are_users():
    assert "operators" in roles("On each line two operators read the stop list on a screen beside the press.")


def test_stores_people_told_at_their_work_are_no_users():
    assert "stores" not in roles("In the warehouse the storekeepers stack the finished cans on pallets.")


def technologies(extra: str) -> list[str]:
    answer = draft(STORY.format(extra=extra), BANK, proposal="can maker").answer("workflow.technologies")
    return (answer.choices + answer.suggested) if answer else []


def test_an_analysis_the_plants_engineers_made_is_no_data_analytics():
    assert "data_analytics" not in technologies(
        "The reliability engineers made a root cause analysis of each stop with the five-why technique.")


def test_an_analysis_run_on_the_lines_data_is_data_analytics():
    assert "data_analytics" in technologies(
        "The reliability engineers made a root cause analysis of each stop on the data the software collected.")
