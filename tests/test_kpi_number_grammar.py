"""The grammar told around a change's two values: bounds as its ends, the period today's value was counted in, how much
it changes told before values in brackets, and a machine's reading told rising. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from questions import load_bank
from reading.draft_rules import rules_for
from reading.kpi_sentence import read_change

RULES = rules_for(load_bank())


@pytest.mark.parametrize("sentence, ends", [
    ("The project aims to raise first-pass yield on the welding cell from under 85% to over 95% within a year.",
     (85, 95)),
    ("Our target is to bring scrap on the extrusion line from above 6 % to below 3 %.", (6, 3)),
    ("Unplanned downtime on the packing line should go from more than 30 h per month down to less than 12 h per month.",
     (30, 12)),
    ("Defect detection: under 80% to over 97%.", (80, 97)),
    ("Our goal: reject rate on the moulders from >11 % to <4 %.", (11, 4)),
])
def test_bounds_told_as_the_two_ends_of_a_change_read_as_baseline_and_target(sentence, ends):
    assert kpi_ends(sentence) == ends


def test_two_bounds_the_same_way_without_from_are_no_change():
    assert read_change("Changeover of the moulds takes under 20 to under 35 minutes per tool.", RULES) is None


def test_a_spread_told_with_bounds_stays_a_range():
    assert read_change("Repair times varied from under 1 hour to over 9 hours per fault.", RULES) is None


@pytest.mark.parametrize("sentence, ends", [
    ("The project shall cut scrap on press line 4 from 5.2% in FY2025 to 3.1%.", (5.2, 3.1)),
    ("We want to lower rework on the paint shop from 7.5 % in Q2 2026 to 4 %.", (7.5, 4)),
    ("We want to reduce the share of bruised apples from 4.6 % of class II fruit (2024/25 season) to 2.5 %.", (4.6, 2.5)),
])
def test_the_period_todays_value_was_counted_in_is_no_value_nor_the_metric(sentence, ends):
    measure = read_change(sentence, RULES)
    assert kpi_ends(sentence) == ends
    assert measure and (measure.baseline, measure.target) == ends
    assert not {"fy2025", "q2", "season"} & set(measure.metric.split())


def test_how_much_a_change_is_told_before_bracketed_values_is_no_part_of_the_metric():
    measure = read_change("Our aim for the project: mould change time 60% shorter (50 minutes -> 20 minutes) on the "
                          "blow moulders.", RULES)
    assert (measure.metric, measure.baseline, measure.target) == ("mould change time", 50, 20)


def test_a_machines_reading_told_rising_is_no_kpi():
    text = ("Motor 7 on the cooling tower fan ran for months without attention. Its vibration levels increased from "
            "less than 0.08 in/s to 0.31 in/s before the bearing was replaced.")
    assert kpi_ends(text) is None


def test_a_change_told_first_that_measures_nothing_does_not_hide_the_measure_told_after():
    text = ("Your monthly bill for the three kilns went from EUR 22,000 to EUR 31,000 a month within two years.\n\n"
            "The burners keep firing while the kiln cars are changed.\n\n"
            "Idle burner time of the kilns down from 18 % to below 6 % of firing hours within a year.")
    assert kpi_ends(text) == (18, 6)


@pytest.mark.parametrize("term", ["Guarantee on the spindle sensors 3 years.", "PressGuard guarantees the gateways for 4 years.",
                                  "Warranty on the edge box: 36 months."])
def test_how_long_the_vendor_guarantees_its_goods_is_no_kpi(term):
    text = ("Your presses lost 380 hours last year to unplanned stops.\n\n" + term +
            "\n\nThe licence is EUR 450 per month.")
    measure = kpi_ends(text)
    assert measure is None or measure[0] == 380


@pytest.mark.parametrize("result", [
    "At a tier-2 aerospace supplier in Wales, unplanned downtime fell from 14% to 5% within a year.",
    "Elsewhere, the system lifted first-pass yield from 86% to 95% at a cable assembler.",
    "One bottler we work with brought unplanned stops from 26 to 7 hours a month.",
    "Results at our pilot customer: OEE rose from 55% to 69%.",
    "Customer result: changeover time from 52 minutes to 21 minutes (tissue converter, Spain).",
])
def test_a_result_told_of_another_company_is_no_kpi_of_this_buyer(result):
    assert kpi_ends(result + " We propose the same system for your line 3.") is None


def test_how_much_a_change_is_after_by_is_no_part_of_the_metric():
    measure = read_change("We commit to reducing the dryer's gas use by 18% (from 3.3 GWh to 2.7 GWh per year).", RULES)
    assert measure and "18" not in measure.metric and "gas use" in measure.metric


def test_a_quarter_written_with_its_year_after_a_slash_is_a_period():
    measure = read_change("Our goal: unplanned downtime on the kiln from 13 % in Q3/2025 to 7 %.", RULES)
    assert measure and (measure.metric, measure.baseline, measure.target) == ("unplanned downtime on the kiln", 13, 7)


def test_a_bound_said_with_well_or_just_is_still_a_bound():
    measure = read_change("Goal: unplanned stops from well over 60 hours a month to just under 25 hours a month.", RULES)
    assert measure and (measure.metric, measure.baseline, measure.target) == ("unplanned stops", 60, 25)


def test_a_value_that_fluctuates_between_two_ends_is_a_range_no_change():
    assert kpi_ends("Your availability fluctuates from 81% to 93% from shift to shift. We will make it steadier.") is None


def test_a_frequency_told_as_one_in_n_is_no_baseline_nor_target():
    assert kpi_ends("Our goal is to cut misprinted labels from 1 in 40 rolls to 1 in 400 rolls.") is None


def test_a_factor_after_by_is_no_part_of_the_metric():
    measure = read_change("Target: reduce unplanned stops by a third, from 90 h to 60 h per quarter.", RULES)
    assert measure and (measure.metric, measure.baseline, measure.target) == ("unplanned stops", 90, 60)


def test_an_arrow_between_values_with_their_years_in_brackets_is_a_change():
    assert kpi_ends("Goal: reject rate on the labeller 3.6 % (2025) → 1.8 % (2027).") == (3.6, 1.8)


def test_a_span_named_from_its_place_is_the_period_todays_value_was_counted_in():
    sentence = "Our goal: fewer torn labels in returns, from 14 in the last quarter to no more than 3."
    measure = read_change(sentence, RULES)
    assert measure and (measure.baseline, measure.target) == (14, 3) and "quarter" not in measure.metric


def test_a_spec_todays_value_is_compared_against_commits_to_nothing():
    text = ("At Brotwerk Lenz we fitted the same controller in 2024.\n\n"
            "Your oven runs cool, so the crumb moisture averages 41.5 % against a target of 43 %.\n\n"
            "The controller writes the oven setpoint every minute.")
    assert kpi_ends(text) is None


def test_a_commitment_beside_a_compared_spec_still_commits():
    text = ("At Brotwerk Lenz we fitted the same controller in 2024.\n\n"
            "Your crumb moisture averages 41.5 % against a target of 43 %; we commit to raising it from 41.5 % to 42.8 %.")
    assert kpi_ends(text) == (41.5, 42.8)


def test_the_price_of_something_bought_is_no_baseline_of_a_change():
    text = ("Many plant managers believe the only way to see this waste is a camera on every press at a cost of EUR 40,000 "
            "per press.\n\nWe will use EUR 90 tablets and a simple database to cut your offcut waste by 30%.")
    measure = kpi_ends(text)
    assert measure is None or measure[0] != 40000


@pytest.mark.parametrize("sentence, metric", [
    ("Goal: availability up 6 points (from 88 % to 94 %) by the end of 2027.", "availability"),
    ("Target for your kiln line: unplanned stops down 35% (from 40 h to 26 h per month).", "unplanned stops"),
    ("Your expected result: rework on the paint line 2 points lower (from 6 % to 4 %).", "rework on the paint line"),
])
def test_points_or_a_share_of_change_told_before_bracketed_values_are_no_part_of_the_metric(sentence, metric):
    assert read_change(sentence, RULES).metric == metric


@pytest.mark.parametrize("sentence", [
    "We aim to reduce the steam use of the dryer (today: 2.6 t/h) to 2.1 t/h.",
    "We aim to reduce the steam use of the dryer from 2.6 t/h today to 2.1 t/h.",
])
def test_todays_value_said_so_between_the_metric_and_the_target_is_the_baseline(sentence):
    measure = read_change(sentence, RULES)
    assert measure and (measure.metric, measure.baseline, measure.target) == ("steam use of the dryer", 2.6, 2.1)


@pytest.mark.parametrize("sentence", [
    "The trial will run from 3 to 5 weeks on the bottling line and cut stops afterwards.",
    "Licence prices drop from EUR 900 to EUR 700 per station from 2027.",
])
def test_a_trials_length_or_the_vendors_price_is_no_kpi(sentence):
    assert read_change(sentence, RULES) is None


def test_a_measure_per_cycle_named_after_the_project_stays_a_measure():
    assert kpi_ends("Target for the washing project: 40 minutes per cleaning cycle, guaranteed from month 2.\n"
                    "Baseline: your own log shows 65 minutes per cycle on average.") == (65, 40)


def test_a_target_after_a_change_told_in_the_past_starts_where_the_change_went():
    measure = read_change("Rework on the paint line fell from 7.1 % to 5.4 % in 2025; we commit to 3.5 % by 2027.", RULES)
    assert measure and (measure.baseline, measure.target) == (5.4, 3.5)


def test_a_change_in_two_stages_keeps_its_first_stage():
    measure = read_change("We will cut rework on the paint line from 7 % to 5 % by 2026 and to 3.5 % by 2028.", RULES)
    assert measure and (measure.baseline, measure.target) == (7, 5)


def test_the_metric_is_named_after_a_subject_and_its_verb_of_aim():
    measure = read_change("For your site we expect sterilisation time to drop from 48 minutes per batch to 35 minutes "
                          "per batch.", RULES)
    assert measure and measure.metric == "sterilisation time"


def test_a_commitment_beside_the_partner_the_vendor_works_with_stays_this_buyers_kpi():
    assert kpi_ends("Together with the integrator we work with, we commit to cutting rework on your paint line from "
                    "6% to 3.5%.") == (6, 3.5)


def test_a_spec_compared_against_is_never_the_baseline():
    assert kpi_ends("We commit to a crumb moisture of 42.8 % against a spec of 43 %, from 41.5 % today.") == (41.5, 42.8)


@pytest.mark.parametrize("sentence", ["We will cut bruised fruit from 4.6% last season to 2.5%.",
                                      "We will cut bruised fruit from 4.6% this year to 2.5% next year."])
def test_a_period_named_without_a_preposition_is_no_part_of_the_metric(sentence):
    measure = read_change(sentence, RULES)
    assert measure and (measure.metric, measure.baseline, measure.target) == ("bruised fruit", 4.6, 2.5)


def test_the_share_a_change_is_by_is_never_todays_value():
    measure = kpi_ends("We will cut rework on the paint line by 45 % to 2.5 %.")
    assert measure is None or measure[0] != 45


def test_what_a_share_less_names_follows_its_comparative():
    measure = read_change("We commit to 25 % fewer unplanned stops, from 48 to 36 hours a month.", RULES)
    assert measure and (measure.metric, measure.baseline, measure.target) == ("unplanned stops", 48, 36)


def test_a_signed_amount_before_bracketed_values_is_no_part_of_the_metric():
    measure = read_change("Availability +7 pts (86 % -> 93 %).", RULES)
    assert measure and (measure.metric, measure.baseline, measure.target) == ("availability", 86, 93)


@pytest.mark.parametrize("sentence, ends", [
    ("We will raise first-pass yield on the SMT line by 6 points to 95 %.", (89, 95)),
    ("We will cut rework on the paint line by 50 % to 2.5 %.", (5, 2.5)),
    ("We aim to reduce unplanned stops by 20% to 32 hours a month.", (40, 32)),
])
def test_a_change_by_an_amount_to_a_value_states_todays_value(sentence, ends):
    assert kpi_ends(sentence) == ends


@pytest.mark.parametrize("sentence", ["We will reduce rework by 20% to 45%.", "We will raise output by 5% to 9%.",
                                      "We will cut rework by up to 50 % to 2.5 %."])
def test_a_range_of_how_much_or_a_claims_ceiling_states_no_value(sentence):
    assert kpi_ends(sentence) is None


@pytest.mark.parametrize("sentence", ["We will raise the scanner resolution from 2 to 8 megapixels.",
                                      "Battery life of the tags rises from 3 years to 6 years with the new cells.",
                                      "Data retention goes from 60 days to 3 years on the premium plan."])
def test_what_the_system_is_built_to_is_no_kpi(sentence):
    assert read_change(sentence, RULES) is None


@pytest.mark.parametrize("text", [
    "For Hollmann Druck, our system cut makeready waste from 7.5% to 3.1%. Your presses waste paper at every job change.",
    "At Brixen Dairy the same controller lowered giveaway from 2.2% to 0.8%. We offer it for your fillers.",
])
def test_a_result_told_of_a_named_company_is_no_kpi_of_this_buyer(text):
    assert kpi_ends(text) is None


def test_a_commitment_to_the_buyer_named_by_its_name_stays_its_kpi():
    assert kpi_ends("For Brixen Dairy we will cut giveaway on the fillers from 2.2% to 0.8%.") == (2.2, 0.8)


@pytest.mark.parametrize("promise, ends", [
    ("With the new dryers we guarantee a reject rate of max. 1,5 % of boards, proven over 30 production days.", (3.9, 1.5)),
    ("We guarantee a first-pass yield of min. 96 % of boards, measured over 30 production days.", (91, 96)),
    ("Wir garantieren eine Ausschussquote von maximal 1,5 % der Platten, nachgewiesen über 30 Produktionstage.", (3.9, 1.5))])
def test_a_short_bound_before_the_guaranteed_value_is_the_target_not_the_days_it_is_proven_over(promise, ends):
    today = ("Your reject rate is currently 3,9 % of boards." if ends[0] == 3.9
             else "Your first-pass yield is currently 91 % of boards.")
    assert kpi_ends(f"Offer 88 - press line, plant Ghent\n{today}\n{promise}") == ends


@pytest.mark.parametrize("target", ["Target after commissioning of the monitoring: 14 hours of unplanned downtime per month.",
                                    "Target after rollout: max. 14 hours of unplanned downtime per month."])
def test_a_target_told_after_commissioning_names_its_measure_not_the_projects_time(target):
    text = ("Offer 12 - condition monitoring, plant Leeds\n"
            f"Today the press line loses 26 hours of unplanned downtime per month.\n{target}\nTraining: two days on site.")
    assert kpi_ends(text) == (26, 14)


def test_a_commitment_to_commission_within_weeks_stays_the_projects_time():
    assert kpi_ends("Offer 12\nToday installation takes 14 weeks.\nWe commit to commissioning the system within 10 weeks.") is None
