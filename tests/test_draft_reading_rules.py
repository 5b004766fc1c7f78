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


def test_the_project_team_is_no_user_of_the_plant():
    text = "Project team: 3 developers, 1 QA engineer and 1 project manager, on site for 9 months."
    assert "quality" not in choices(text, "users.roles")
    text = "Our data scientist and a QA lead from our side set up the model in the first month."
    assert "quality" not in choices(text, "users.roles")


def test_the_plants_people_who_use_the_output_are_users():
    text = "The quality engineers review every flagged batch on the dashboard before release."
    assert "quality" in choices(text, "users.roles")


def test_who_is_quoted_is_no_user_but_who_the_quote_names_is():
    story = ("The sawmill fitted acoustic sensors to its debarker in 2023 and the planners get a daily list of "
             "worn knives. ")
    for said in ("Knife changes now take 20 minutes instead of an hour, the site director said.",
                 "According to the site director, knife changes now take 20 minutes instead of an hour.",
                 '"Knife changes now take 20 minutes," said Ana Lima, the site director at the mill.'):
        assert "plant_manager" not in choices(story + said, "users.roles"), said
    reported = "The upgrade, said the director, lets the fitters open the list on a tablet at every shift change."
    assert "maintenance_techs" in choices(story + reported, "users.roles")


def test_an_operator_of_a_query_or_a_cause_is_no_user():
    assert "operators" not in choices("The filter offers the following operators: greater than, equal to.", "users.roles")
    assert "operators" not in choices("Small scratches are missed due to operator fatigue at night.", "users.roles")
    assert "operators" in choices("The machine operators see each stop reason on the line screen.", "users.roles")


def test_patterns_need_a_loss_beside_them():
    text = "Patterns: QA review by rubric, monitoring and alerting, classification and routing of products."
    assert "loss_patterns" not in choices(text, "workflow.analytics")
    text = "Every week the software shows the stop patterns of each press to the maintenance planner."
    assert "loss_patterns" in choices(text, "workflow.analytics")


def test_what_another_integrator_installed_is_the_plants_history():
    text = "Years ago, a different integrator installed PLCs and a SCADA server in every pump station."
    assert "integrator" not in choices(text, "upkeep.owner")
    assert "plc_integration" not in choices(text, "data.sources")
    text = "Our engineers connect the PLCs in every pump station to the new SCADA server."
    assert "plc_integration" in choices(text, "data.sources")


def test_a_machines_rated_speed_or_capacity_is_no_count_it_captures():
    text = "The new filler runs at speeds of up to 400 bottles per minute and caps each one with a new lid."
    assert "production_count" not in choices(text, "data.captured")
    text = "The gateway reads the part counter of each press and sends the counts to the line dashboard."
    assert "production_count" in choices(text, "data.captured")


def test_a_condition_that_may_never_arise_drafts_nothing_but_its_main_clause_does():
    text = "Each pallet label lets the buyer act quickly in the event of any defects in a batch."
    assert "quality_events" not in choices(text, "data.captured")
    text = "In the event of a seized bearing, the platform texts an alert to the maintenance lead."
    assert "alerts" in choices(text, "workflow.outputs")


def test_what_the_plants_people_told_or_believed_is_the_state_before():
    text = "Through interviews with the line supervisors, our auditor found that the presses ran two shifts."
    assert "shift_leads" not in choices(text, "users.roles")
    text = "The shift operators believed the chillers ran at half load on Sundays."
    assert "operators" not in choices(text, "users.roles")
    text = "The shift operators see the load of each chiller on the panel by the line."
    assert "operators" in choices(text, "users.roles")


def test_kit_run_by_hand_is_the_state_an_automation_project_starts_from():
    text = "The four boilers are manually operated from a timetable kept by the boiler operators."
    assert "operators" not in choices(text, "users.roles")


def test_what_a_recommendation_would_bring_is_no_deed():
    text = "Our auditor advised a new dryer that would give the plant steady pressure on every line."
    assert "pressure" not in choices(text, "data.captured")
    text = "The gateway reads the line pressure of each compressor every second."
    assert "pressure" in choices(text, "data.captured")


def test_the_customers_project_team_named_by_departments_uses_nothing():
    text = "The dairy started the rollout in May with a team of quality, maintenance and purchasing staff."
    assert "stores" not in choices(text, "users.roles")
    assert "quality" not in choices(text, "users.roles")
    text = "The purchasing clerks see each low stock alert on the stores dashboard."
    assert "stores" in choices(text, "users.roles")


def test_an_aside_in_brackets_belongs_to_the_possible_clause_that_holds_it():
    text = "The platform can be used to lift output (fewer micro-stoppages, less scrap, shorter changeovers)."
    assert "quality_repeats" not in choices(text, "problem.plant_problems")
    assert "downtime_unclear" not in choices(text, "problem.plant_problems")


def test_analysis_is_data_analytics_only_beside_the_data_it_works_on():
    text = "The first month goes to an analysis of the plant's needs and of how orders flow today."
    assert "data_analytics" not in choices(text, "workflow.technologies")
    text = "Our analysis of the vibration spectra flags each bearing that wears faster than its peers."
    assert "data_analytics" in choices(text, "workflow.technologies")
