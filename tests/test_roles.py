"""A sentence's role decides what it may draft: only what the vendor offers or delivered drafts an
answer; the plant before the project drafts only the problem; options, examples, exclusions and
questions draft nothing; what the plant already has is never a new sensor. Texts written for these
tests, not taken from the drafting corpus."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.roles import BEFORE, CLAIM, FURNITURE, QUESTION

BANK = load_bank()
ROLES = drafter_for(BANK).roles


def drafted(text: str) -> dict[str, list[str]]:
    return {a.question: a.choices for a in draft(text, BANK).answers if a.choices}


def test_the_plant_before_the_project_drafts_no_role_or_output():
    text = ("Before the project, maintenance was purely reactive: a press failed, the line stopped and the "
            "technicians came running with a work order on paper.")
    answers = drafted(text)
    assert "users.roles" not in answers and "workflow.outputs" not in answers


def test_a_turn_to_the_project_drafts_what_follows_it():
    text = "Previously the shift lead counted stops on paper; now the terminal sends an alert to the shift lead."
    answers = drafted(text)
    assert "alerts" in answers.get("workflow.outputs", [])


def test_headings_carry_the_before_state_to_their_lines_until_the_next_heading():
    text = ("The challenge\nOperators wrote downtime reasons on a clipboard at the end of each shift.\n"
            "Our solution\nOperators pick the downtime reason on a touch panel at the machine within 2 minutes.")
    roles = ROLES.roles(text.split("\n"))
    assert [r.kind for r in roles] == [BEFORE, BEFORE, CLAIM, CLAIM]
    assert "downtime_reasons" in drafted(text).get("workflow.outputs", [])


def test_a_line_said_again_under_another_heading_takes_that_headings_role():
    line = "The shift lead keys each stop reason into a spreadsheet after the shift."
    text = f"The challenge\n{line}\nOur solution\n{line}\nThe challenge\n{line}"
    roles = ROLES.roles(text.split("\n"))
    assert [r.kind for r in roles[1::2]] == [BEFORE, CLAIM, BEFORE]


def test_a_proposal_that_repeats_its_lines_drafts_what_it_drafts_said_once():
    once = ("The gateway reads the spindle load from each Siemens S7 PLC over OPC UA every second. "
            "The supervisor receives an alert by e-mail when a spindle runs hot.")
    twice = {a.question: (a.choices, a.quotes) for a in draft(f"{once}\n{once}", BANK).answers}
    assert twice == {a.question: (a.choices, a.quotes) for a in draft(once, BANK).answers}
    assert twice


def test_an_option_an_example_or_an_exclusion_drafts_nothing_from_its_clause():
    for text in ("Integration with the ERP is available as an option at extra cost.",
                 "Remote access for our service team is not part of this offer.",
                 "The platform could later be extended to energy meters and the quality system."):
        answers = drafted(text)
        assert "connect.integrations" not in answers and "energy_consumption" not in answers.get("data.captured", []), text


def test_equipment_the_plant_already_has_is_never_a_new_sensor():
    text = "The model reads the vibration sensors you already have installed on the fans every minute."
    assert "new_sensors" not in drafted(text).get("data.sources", [])
    assert "new_sensors" in drafted("We fit twelve new wireless vibration sensors on the fans.").get("data.sources", [])


def test_a_question_drafts_nothing():
    assert ROLES.role("Do you need dashboards for the operators?", ["do"]).kind == QUESTION
    assert drafted("Do you need live dashboards for the operators?") == {}


def test_a_before_state_no_listed_problem_names_is_offered_as_other_to_check():
    # (not worn or broken kit: "bearings ... wearing out" drafts it, roles: worn_out)
    answer = draft("Before the project, the kiln fans tripped without warning twice a year.",
                   BANK).answer("problem.plant_problems")
    assert answer.suggested == ["other"] and answer.choices == [] and answer.evidence == "not_answered"


def test_a_named_role_acting_on_the_output_drafts_the_role_and_the_human_review():
    for text, role in (("The line lead confirms each alarm on the terminal before anyone stops the press.", "shift_leads"),
                       ("Schedulers approve every proposed sequence change on the planning board.", "production_planner"),
                       ("The reliability engineer decides whether a technician is sent to the pump.", "maintenance_planner")):
        answers = drafted(text)
        assert role in answers.get("users.roles", []), text
        assert answers.get("upkeep.human_review") == ["human_approves"], text


def test_a_passive_act_names_its_role_after_it():
    answers = drafted("Every proposed maintenance job is released by the maintenance supervisor in the morning.")
    assert answers.get("upkeep.human_review") == ["human_approves"]
    assert "maintenance_planner" in answers.get("users.roles", [])


def test_an_act_in_another_clause_or_without_a_role_is_no_human_review():
    assert "upkeep.human_review" not in drafted("The operator sees the alarm on the screen; the gateway confirms each reading.")
    assert "upkeep.human_review" not in drafted("The software confirms each barcode scan with a beep at the packing station.")


def test_the_cues_behind_an_acting_role_name_the_act_for_the_draft_report():
    cues = drafter_for(BANK).cues("Each proposed sequence is released by the scheduler before the shift.")
    assert ("upkeep.human_review", "human_approves", "released by") in cues


def test_a_heading_that_starts_with_a_before_cue_carries_the_before_state():
    text = ("Challenges in mid-sized bottling plants\nOperators note stop reasons on a clipboard after the shift.\n"
            "What we deliver\nOperators pick the stop reason on a touch panel at the filler.")
    roles = ROLES.roles(text.split("\n"))
    assert [r.kind for r in roles] == [BEFORE, BEFORE, CLAIM, CLAIM]


@pytest.mark.parametrize("heading", ["What They Were Facing", "Where They Struggled", "Life Before the Project"])
def test_a_heading_that_tells_the_before_state_in_its_own_words_carries_it(heading):
    text = (f"{heading}\nOperators note stop reasons on a clipboard after the shift.\n"
            "Our Terminals\nOperators pick the stop reason on a touch panel at the filler.")
    roles = ROLES.roles(text.split("\n"))
    assert [r.kind for r in roles] == [BEFORE, BEFORE, CLAIM, CLAIM]


def test_the_industry_in_general_is_no_claim_of_the_offer():
    answers = drafted("Manufacturers lose hours because stop reasons are typed into a spreadsheet a day later.")
    assert "workflow.outputs" not in answers and "data.captured" not in answers


def test_a_claim_naming_scrap_states_no_problem_of_the_plant():
    answers = drafted("At the end of each order the worker enters the good quantity and the scrap quantity on the terminal.")
    assert "problem.plant_problems" not in answers
    answers = drafted("Your scrap on the extruders is 4.2% of the material used.")
    assert "quality_repeats" in answers.get("problem.plant_problems", [])


def test_the_equipments_rating_is_no_data_it_reads():
    text = "The gateway (fanless, rated -25 to 70 °C) reads the run signal of each press."
    assert "temperature" not in drafted(text).get("data.captured", [])
    assert "temperature" in drafted("The gateway reads the oven temperature in °C every minute.").get("data.captured", [])


def test_a_rating_given_as_a_label_and_its_value_is_no_data_it_reads():
    spec = "- Operating temperature: -40 °C to +85 °C; the gateway reads the run signal of each press."
    assert "temperature" not in drafted(spec).get("data.captured", [])
    read = "Inputs: the gateway reads the oven temperature in °C every minute."
    assert "temperature" in drafted(read).get("data.captured", [])


def test_bullets_under_a_sentence_that_announces_problems_tell_the_before_state():
    text = ("Three separate systems grew over the years and caused several issues:\n"
            "- Many servers were needed to keep redundant copies of each database\n"
            "Our offer\n- Two redundant servers in hot standby")
    roles = ROLES.roles(text.split("\n"))
    # the announcing sentence tells how the old systems grew over the years: the before-state as well
    assert [r.kind for r in roles] == [BEFORE, BEFORE, CLAIM, CLAIM]


def test_a_data_rate_is_no_decision_time():
    assert "decision.latency" not in drafted("Readings every 15 minutes from the meters, the kiln feeders every minute.")
    assert drafted("The dashboard is updated every minute for the shift lead.").get("decision.latency") == ["minutes"]


def test_a_news_headline_drafts_nothing_but_a_product_name_or_its_body_does():
    headline = "Kramer Press Shop Warns Its Planners Early With Vibration Sensors on Every Motor"
    assert [r.kind for r in ROLES.roles([headline, "Vibration Sensors for Press Motors"])] == [FURNITURE, CLAIM]
    assert "vibration" not in drafted(headline).get("data.captured", [])
    assert "vibration" in drafted("Vibration Sensors for Press Motors").get("data.captured", [])
    body = "Kramer's press shop warns its planners early with vibration sensors on every motor."
    assert "vibration" in drafted(body).get("data.captured", [])


def test_a_quoted_hope_for_the_future_drafts_nothing_but_a_quoted_deed_or_an_offer_does():
    hope = "“We’ll see every stop of the press line on a live dashboard,” says the plant manager."
    deed = "“We see every stop of the press line on a live dashboard,” says the plant manager."
    offer = "We will show every stop of the press line on a live dashboard."
    assert "live_dashboard" not in drafted(hope).get("workflow.outputs", [])
    assert "live_dashboard" in drafted(deed).get("workflow.outputs", [])
    assert "live_dashboard" in drafted(offer).get("workflow.outputs", [])


def test_a_texts_first_line_with_no_end_mark_is_its_title_and_drafts_nothing():
    title = "Press shop warns its planners early with vibration sensors on every motor"
    body = "We fit vibration sensors on the eight motors of your Line 2."
    assert "vibration" not in drafted(title + "\n\nWe train your two shift leads on site.").get("data.captured", [])
    assert "vibration" in drafted("Offer for Kramer GmbH\n\n" + body).get("data.captured", [])
    assert "vibration" in drafted("Offer for Kramer GmbH\n\n" + title + ".").get("data.captured", [])


def test_a_result_is_no_description_of_the_problem_where_the_text_tells_the_before_state():
    text = ("Before the project, the kilns at Brenner Ziegel stopped whenever a burner valve stuck, and the night "
            "crew only found out at the morning round. "
            "We fitted a pressure sensor on each burner line. "
            "Unplanned stops fell from 41 to 9 hours per quarter.")
    answer = draft(text, BANK).answer("problem.plant_problems")
    assert answer is None or all("fell from" not in q for q in answer.quotes)
    assert answer is None or "downtime_unclear" not in answer.choices


def test_a_result_still_states_the_problem_in_a_text_that_tells_no_before_state():
    text = ("Results after one year at the Brenner brickworks:\n"
            "- Unplanned stops on the kiln line dropped from 41 to 9 hours per quarter.\n"
            "- Gas use per tonne fired fell by 6%.")
    assert "downtime_unclear" in drafted(text).get("problem.plant_problems", [])


def test_probes_the_plant_already_had_are_its_existing_systems_not_new_sensors():
    for text in ("Our service reads the vibration probes the plant already had on its six fans.",
                 "We connect the pressure sensors you already have on the two boilers."):
        sources = drafted(text).get("data.sources", [])
        assert "existing_systems" in sources and "new_sensors" not in sources
    assert drafted("We fit new accelerometers on the six fans.").get("data.sources") == ["new_sensors"]


def test_new_kit_and_kit_the_plant_fitted_years_ago_in_one_sentence_are_each_read_as_they_are():
    text = ("We mount 12 wireless temperature sensors on the kiln shell and also read the 6 thermocouples "
            "the works had installed in 2017.")
    assert sorted(drafted(text).get("data.sources", [])) == ["existing_systems", "new_sensors"]
    old_only = drafted("The gateway reads the flow sensors fitted in 2019 on the cooling circuit.").get("data.sources", [])
    assert "existing_systems" in old_only and "new_sensors" not in old_only


def test_new_probes_told_before_the_existing_controllers_it_also_reads_stay_new_sensors():
    text = ("The integrator bolted humidity probes onto the dryer hood and pulls belt speed and air temperature from "
            "the line's existing Allen-Bradley controllers.")
    sources = set(drafted(text).get("data.sources", []))
    # the probes are new, the controllers the plant's own (read from, which is also PLC integration)
    assert {"existing_systems", "new_sensors"} <= sources <= {"existing_systems", "new_sensors", "plc_integration"}
    # what is read from the existing system is the plant's own: its history, no new kit
    older = drafted("We export 18 months of oven history from your existing SCADA archive.")
    assert "new_sensors" not in older.get("data.sources", [])
    assert "months" not in older.get("data.history", [])


def test_trends_the_plants_engineers_already_draw_are_no_analytics_the_plant_gets():
    text = "The lab values are written into your historian, beside the kiln temperatures your engineers already trend."
    answers = drafted(text)
    assert "trends" not in answers.get("workflow.analytics", [])
    assert "data_analytics" not in answers.get("workflow.technologies", [])
    assert "trends" in drafted("The portal shows the trend of each kiln temperature over the last week.").get(
        "workflow.analytics", [])


def test_could_in_the_plants_before_state_is_the_past_of_can_not_a_possibility():
    for text in ("Before the project, nobody could say why the presses stood still, because the stop reasons were "
                 "never written down.",
                 "The challenge\nNobody at the mill could tell why the winder stood still, because the stop reasons "
                 "were never written down."):
        assert "downtime_unclear" in drafted(text).get("problem.plant_problems", [])
    assert "live_dashboard" not in drafted("We could add a dashboard of the stop reasons in a second phase.").get(
        "workflow.outputs", [])


def test_the_plants_state_told_in_the_past_goes_on_after_a_before_sentence():
    lines = ["Until 2022 the bottling hall relied on clipboards for every stop.",
             "Seal temperatures were read off dial gauges once a shift.",
             "The filler had a controller with spare inputs, but nothing was wired to it."]
    assert [r.kind for r in ROLES.roles(lines)] == [BEFORE, BEFORE, BEFORE]
    answers = drafted(" ".join(lines))
    assert "temperature" not in answers.get("data.captured", [])
    assert "plc_integration" not in answers.get("data.sources", [])


def test_a_deed_of_the_project_after_the_before_state_ends_it():
    lines = ["Until 2022 the bottling hall relied on clipboards for every stop.",
             "The brewery then installed a terminal at each filler that was used by the operators.",
             "Seal temperatures were recorded every minute from then on."]
    assert [r.kind for r in ROLES.roles(lines)] == [BEFORE, CLAIM, CLAIM]
    assert [r.kind for r in ROLES.roles([lines[0], lines[2]])] == [BEFORE, CLAIM]


def test_a_plan_told_in_the_past_is_no_before_state():
    lines = ["Until 2022 the bottling hall relied on clipboards for every stop.",
             "Each case was to be labelled with its own code by a printer at the end of the line."]
    assert [r.kind for r in ROLES.roles(lines)] == [BEFORE, CLAIM]


def test_a_sentence_in_the_present_after_the_before_state_is_not_carried():
    lines = ["Until 2022 the bottling hall relied on clipboards for every stop.",
             "A gateway reads the seal temperature of each filler every second."]
    assert [r.kind for r in ROLES.roles(lines)] == [BEFORE, CLAIM]


def test_what_the_plant_found_out_of_its_own_state_is_the_before_state():
    lines = ["The plant manager realized that half of the night shift's stops were never written down.",
             "It was discovered that the coating line lost two hours a week to unlogged changeovers."]
    assert [r.kind for r in ROLES.roles(lines)] == [BEFORE, BEFORE]
    assert "workflow.outputs" not in drafted(" ".join(lines))


def test_the_site_or_its_kit_that_has_or_runs_something_tells_what_exists_but_not_what_changed():
    from reading.phrases import normalise, tokens
    has = lambda text: ROLES.site_has(tokens(normalise(text)))  # noqa: E731
    assert has("Each line has 40 drives and two packers.")
    assert has("The plant operates three kilns around the clock.")
    assert not has("The line now has a screen showing each stop.")
    assert not has("Each sensor has a battery that lasts five years.")
    assert not has("We have fitted the mill with twelve sensors.")


def test_the_plants_trouble_told_on_in_other_past_verbs_goes_on_telling_the_before_state():
    lines = ["Until 2023 the sawmill relied on a whiteboard for every debarker stop.",
             "The worn knives caused two stops a week on the infeed.",
             "Customers requested shorter lead times every season."]
    assert [r.kind for r in ROLES.roles(lines)] == [BEFORE, BEFORE, BEFORE]


def test_how_often_or_how_long_the_plant_went_so_is_the_before_state():
    assert ROLES.roles(["A planer repeatedly tripped on the same overload."])[0].kind == BEFORE
    assert ROLES.roles(["For several years the kiln crew logged moisture in a notebook."])[0].kind == BEFORE


def test_a_result_or_the_projects_own_kit_after_the_before_state_stays_what_it_is():
    before = "Until 2023 the sawmill relied on a whiteboard for every debarker stop."
    for line in ["The scrap rate was cut by 12% within a year.", "Downtime fell by 30% after go-live.",
                 "We installed 40 sensors in 2021.", "The plant cut scrap by 12%.",
                 "The new sensors were connected to the line PLC in March."]:
        assert [r.kind for r in ROLES.roles([before, line])] == [BEFORE, CLAIM], line


def test_the_plants_layout_told_in_the_past_goes_on_though_its_machines_were_connected():
    lines = ["Before the retrofit, the press shop relied on a paper board for every stop.",
             "Its six presses were connected by a shuttle conveyor and two forklifts."]
    assert [r.kind for r in ROLES.roles(lines)] == [BEFORE, BEFORE]
