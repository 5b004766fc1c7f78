"""What a case study's sentence must tell before its words draft an answer (issue 14: fewer wrong ticks on real texts):
a quantity is data the system captures only where a capture is told (drafting.yaml told_with); an analysis is the
system's only beside what it runs on or shows; what the site's team consists of is what exists, no user; and an option
only another answer implies is offered as "check this", not ticked."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Case study: energy and stops at a can maker
Nordhavn Cans, a maker of food cans in Esbjerg, struggled with unplanned stops on its two body-maker lines in 2022.
The plant chose Linewatch in March 2023 and installed it on both lines within six weeks.
The company's maintenance team had relied on paper logs and walked the lines twice a shift.
The lines ran three shifts and the plant had lost about 900 hours a year to stops.
{extra}
After one year, unplanned stops fell from 900 to 520 hours, said plant manager Jens Holm.
"""


def answers(extra: str) -> dict:
    return {a.question: a for a in draft(STORY.format(extra=extra), BANK, proposal="can maker").answers}


def choices(extra: str, question: str) -> list[str]:
    answer = answers(extra).get(question)
    return answer.choices if answer else []


def test_a_temperature_a_case_study_tells_measured_is_data_captured():
    assert "temperature" in choices("Linewatch sensors measured the temperature of each curing oven every ten seconds.",
                                    "data.captured")


def test_a_quantity_in_a_list_item_of_a_case_study_is_data_captured_as_its_heading_tells():
    assert "temperature" in choices("The system records per oven:\n- Oven temperature and belt speed", "data.captured")


def test_root_causes_people_look_for_in_a_case_study_are_no_analytics():
    assert "loss_patterns" not in choices("Each morning the shift held a huddle to find the root causes of the worst stops.",
                                          "workflow.analytics")


def test_root_causes_a_screen_shows_in_a_case_study_are_analytics():
    assert "loss_patterns" in choices("A dashboard at each line showed the top five stop causes of the shift.",
                                      "workflow.analytics")


def test_what_a_sites_team_consists_of_names_no_user():
    roles = choices("The maintenance team consists of six fitters, two maintenance planners and a reliability engineer.",
                    "users.roles")
    assert not {"maintenance_techs", "maintenance_planner"} & set(roles)


def test_who_sees_the_output_in_a_case_study_is_a_user():
    assert "operators" in choices("Operators and fitters see the live stop list on a screen at each line.", "users.roles")


def test_minutes_only_a_dashboard_implies_in_a_case_study_is_offered_not_ticked():
    latency = answers("A dashboard at each line showed the shift leaders the top five stop causes of the shift.")["decision.latency"]
    assert "minutes" in latency.suggested and "minutes" not in latency.choices


def test_minutes_a_case_study_tells_itself_is_ticked():
    assert "minutes" in choices("A dashboard at each line showed each stop within two minutes, in real time.",
                                "decision.latency")
