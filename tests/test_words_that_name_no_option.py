"""Words that name no option where they stand (drafting.yaml compounds, heading_not_alone; walk70, walk71): a billing or
notice term's "in advance" warns of nothing, a person who approves or rejects a request rejects no parts, the plant's
maintenance records are no team that keeps the system, and a target availability under a "service levels" heading is no
service-level agreement with penalties."""
import pytest

from reading.draft import draft


def _choices(evaluation, question):
    answer = next((a for a in evaluation.answers if a.question == question), None)
    return answer.choices if answer else []


@pytest.mark.parametrize("line", ["Software subscription is billed annually in advance.",
                                  "The cloud service has a target availability of 99.5% per calendar month, excluding planned maintenance "
                                  "notified 5 working days in advance."])
def test_a_billing_or_notice_term_warns_of_nothing(line, bank):
    evaluation = draft("Our gateway reads the press state from the PLC every second. " + line, bank)
    assert "prediction" not in _choices(evaluation, "workflow.analytics")
    assert "alerts" not in _choices(evaluation, "workflow.outputs")


def test_approving_or_rejecting_a_request_is_no_quality_problem(bank):
    evaluation = draft("SmartPress creates a work request in IBM Maximo after a breakdown stop of more than 15 minutes, "
                       "and your maintenance planner approves or rejects each work request in Maximo as today.", bank)
    assert "quality_repeats" not in _choices(evaluation, "problem.plant_problems")
    assert "human_approves" in _choices(evaluation, "upkeep.human_review")


def test_scrap_or_rejects_is_still_a_quality_problem(bank):
    evaluation = draft("Today 4% of the castings end as scrap or rejects on line 2, and nobody knows why.", bank)
    assert "quality_repeats" in _choices(evaluation, "problem.plant_problems")


def test_the_plants_maintenance_records_keep_nothing(bank):
    evaluation = draft("There is no link to a maintenance system since your maintenance records are kept in Excel.", bank)
    assert "maintenance_team" not in _choices(evaluation, "upkeep.owner")


def test_a_target_availability_under_a_service_level_heading_is_no_sla(bank):
    text = ("Our gateway reads the press state from the PLC every second.\n\nSupport, service levels and upkeep\n\n"
            "The cloud service has a target availability of 99.5% per calendar month.")
    assert "sla" not in _choices(draft(text, bank), "reliability.measures")
    penalty = text + " If availability falls below 99.5%, you receive a service credit of 5% of the monthly fee."
    assert "sla" in _choices(draft(penalty, bank), "reliability.measures")
