"""KPI statements as vendors write them plainly (issue 14, tuning4): a relative target pointing back with a
word that names nothing ("halve that figure"), a share whose whole names no direction ("% of output"), a
frequency told as "every N minutes", an e-mail's promise, a label naming the offer after the metric, a
firm commitment under a heading that names references; and numbers as quantities: a year after "from" is
when, "2.8% today -> 1.2%" is a change, "cut it in half" halves, "300+ stops a week" is about 300 stops,
"reduce it by 20 minutes" takes 20 minutes off, "per 1,000 units" is a unit, "5 ppm as the target" a target.
Texts written for these tests."""
from kpi_corpus import kpi_ends as ends, whole_kpi as measure
from reading.kpi_block import piece


def test_halving_that_figure_takes_the_baseline_and_the_metric_the_sentence_before_gives():
    text = ("Warped trays leaving the thermoformer are 8% of output today, counted at the stacker for a month.\n"
            "The target we accept is to halve that figure within the first quarter after start-up.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (8.0, 4.0)
    assert got.metric != "figure"


def test_a_share_of_output_going_down_is_no_wrong_way_when_the_part_names_no_direction():
    text = ("Cracked cores come to 5% of output today, per your QC sheets.\n"
            "We commit to cutting that share by 40% in the first year.\n")
    assert ends(text) == (5.0, 3.0)


def test_a_frequency_told_as_every_n_minutes_is_a_time_between_that_should_rise():
    text = ("Today the case erector misfeeds on average every 15 minutes.\n"
            "After the magazine retrofit we guarantee no more than one misfeed every 60 minutes.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (15.0, 60.0)
    assert got.metric.startswith("mean time between")


def test_a_frequency_that_would_grow_more_often_is_no_target():
    text = ("Today the case erector misfeeds on average every 60 minutes.\n"
            "After the magazine retrofit we guarantee no more than one misfeed every 15 minutes.\n")
    assert ends(text) is None


def test_an_emails_promise_to_get_the_buyer_to_a_value_pairs_with_the_value_it_reports():
    text = ("Hi Tom,\n"
            "from the logs you sent, your slitter rewinder needs 70 minutes per set change.\n"
            "With the auto knife positioning we'd get you to 25 minutes, and we'll put that in the contract.\n"
            "Regards, Ana\n")
    assert ends(text) == (70.0, 25.0)


def test_a_label_naming_the_offer_after_the_metric_labels_the_target_a_digit_in_a_name_notwithstanding():
    assert piece("- Fill accuracy with 2D code tracking: 97%").role == "target"
    text = ("Why switch your fillers\n"
            "- Fill accuracy today: 91% of bottles (your line audit)\n"
            "- Fill accuracy with 2D code tracking: 97%\n"
            "- Delivery in 6 weeks\n")
    assert ends(text) == (91.0, 97.0)


def test_a_label_with_a_number_of_its_own_is_still_no_label_of_one_value():
    assert piece("Line 3 scrap: 4%") is None


def test_a_firm_commitment_under_a_references_heading_is_made_to_this_plant():
    text = ("References and guarantee\n"
            "At a sister site in Leipzig the same package cut rework by 30% in a year.\n"
            "Your own records show 18 hours of rework a week on the paint line in 2026. "
            "We guarantee 10 hours a week or fewer from the fourth month.\n")
    assert ends(text) == (18.0, 10.0)


def test_under_a_references_heading_another_sites_result_stays_theirs():
    text = ("References\n"
            "At a sister site in Leipzig rework fell from 18 hours to 10 hours a week after the package went in.\n"
            "Customers report shorter shifts.\n")
    assert measure(text) is None


def test_a_year_after_from_is_when_the_target_holds_not_the_baseline():
    text = ("Steam for the dryers costs €3.1M a year today.\n"
            "We commit to €2.5M a year from 2029 on.\n")
    assert ends(text) == (3.1, 2.5)


def test_an_arrow_after_a_value_said_to_be_todays_is_a_change():
    assert ends("Giveaway: 2.8% today -> 1.2% target, measured at the checkweigher.") == (2.8, 1.2)


def test_cutting_it_in_half_is_halving_it():
    text = "Label waste on your sleeving line is currently 6%. Our goal is to cut it in half within a year."
    assert ends(text) == (6.0, 3.0)


def test_an_approximate_count_with_a_plus_is_a_baseline_and_its_things_name_the_metric():
    text = ("Your crews log 300+ stops a week on the bagging line.\n"
            "Target after the upgrade: fewer than 120 a week.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (300.0, 120.0)
    assert got.metric == "stops"


def test_a_reduction_by_an_amount_in_todays_unit_is_taken_off_todays_value_not_read_as_the_target():
    text = ("Mould changes on your injection cell take 50 minutes today.\n"
            "With magnetic platens we will reduce mould change time by 20 minutes.\n")
    assert ends(text) == (50.0, 30.0)


def test_a_reduction_by_an_amount_in_another_unit_gives_no_target():
    text = ("Mould changes on your injection cell take 50 minutes today.\n"
            "With magnetic platens we will reduce mould change time by 2 operators.\n")
    assert ends(text) != (50.0, 2.0)


def test_the_base_of_a_rate_is_part_of_its_unit_not_a_baseline():
    text = "Field returns were 1.4 per 1,000 units shipped last year; we commit to 0.6 per 1,000 units."
    got = measure(text)
    assert (got.baseline, got.target) == (1.4, 0.6)
    assert "1,000" in got.unit


def test_a_value_labelled_as_the_target_after_it_is_the_target():
    text = "Your leak rate stands at 12 ppm; the contract sets 5 ppm as the target."
    assert ends(text) == (12.0, 5.0)


def test_two_values_that_depend_on_something_told_after_them_are_a_range():
    assert measure("Cooling takes from 40 to 65 minutes per batch, depending on the recipe.") is None
    assert measure("Licence: from EUR 9,500 to EUR 14,000 per site depending on the modules chosen.") is None


def test_a_firm_commitment_of_a_relative_change_counts_however_it_boasts():
    text = ("Paint defects on the bodies are 9% of units today, per your audit.\n"
            "We commit to a 40% reduction in paint defects within the first year.\n")
    assert ends(text) == (9.0, 5.4)


def test_a_value_contractually_raised_is_a_committed_target():
    text = "The palletiser's availability, 88% over the last half-year, is contractually raised to 94%."
    assert ends(text) == (88.0, 94.0)


def test_a_line_labelled_present_states_todays_value():
    text = "Goal: overfill below 3 g per jar.\nPresent overfill: 6 g per jar.\n"
    assert ends(text) == (6.0, 3.0)


def test_the_average_plants_figure_is_no_baseline_for_a_guarantee():
    text = ("Unplanned stops cost the average plant 650 hours a year.\n"
            "With our platform we guarantee a 25% reduction in unplanned stops.\n")
    assert measure(text) is None


def test_a_committed_delivery_time_is_the_projects_schedule_not_a_measure():
    text = "Your presses ran 4,800 hours last year. We commit to delivering the sensors within 6 weeks."
    assert measure(text) is None


def test_round_the_clock_support_is_no_target():
    assert measure("Your plant ships 420 pallets per day today. Our commitment: 24/7 support by phone.") is None


def test_a_value_reached_and_put_into_the_agreement_is_committed():
    text = ("Hello Ms Berg, thanks for the tour. Your slitter loses 3.6% of the coil width to edge trim.\n"
            "We are sure we can reach 2.4% and will write that figure into the agreement.\n")
    assert ends(text) == (3.6, 2.4)


def test_a_table_rows_unit_after_a_comma_is_its_unit_and_a_dated_header_gives_none():
    text = ("| Measure | Goal (month 9) | Today (May 2026) |\n"
            "| Steam per tonne of paper, t/t | 1.6 | 1.9 |\n")
    got = measure(text)
    assert (got.metric, got.unit, got.baseline, got.target) == ("steam per tonne of paper", "t/t", 1.9, 1.6)


def test_or_fewer_after_a_target_is_no_part_of_its_unit():
    text = ("Your records show 30 hours of unplanned downtime a month on the calender.\n"
            "We commit to 20 hours a month or fewer.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (30.0, 20.0)
    assert "or" not in got.unit.split()


def test_what_the_baselines_hours_are_of_names_the_metric():
    text = ("Your records show 30 hours of unplanned downtime a month on the calender.\n"
            "We commit to 20 hours a month or fewer.\n")
    assert measure(text).metric == "unplanned downtime"


def test_the_metric_follows_the_verb_when_we_will_act_on_it():
    text = ("The kiln's firing cycle takes 40 hours per car today.\n"
            "With zone burners and new setters we will reduce the firing cycle to 34 hours per car.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (40.0, 34.0)
    assert "burners" not in got.metric and "setters" not in got.metric


def test_a_means_that_brings_a_measure_down_is_not_its_name():
    text = ("Today 11% of the apples leave the sorter as culls.\n"
            "Re-timing the cups with our servo kit brings culls down to 5%, which we commit to.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (11.0, 5.0)
    assert got.metric == "culls"


def test_a_german_change_from_todays_value_per_shift_is_read():
    text = "Wir garantieren eine Senkung der Rüstzeit von derzeit 50 Minuten pro Wechsel auf 30 Minuten pro Wechsel."
    assert ends(text) == (50.0, 30.0)


def test_a_penalty_past_a_ceiling_is_a_committed_target():
    text = ("Late deliveries to your stores: 6% of orders in 2025.\n"
            "We accept a penalty if late deliveries exceed 3% in 2027.\n")
    assert ends(text) == (6.0, 3.0)


def test_a_result_at_the_buyers_sister_site_is_another_sites():
    text = ("At your sister site in Ghent, mixing time fell from 42 to 31 minutes per batch with our controls.\n"
            "We will measure your own mixers in the first month.\n")
    assert measure(text) is None


def test_a_result_elsewhere_in_the_group_is_another_sites():
    assert measure("The group's plant in Ostrava went from 58% to 70% OEE with the same system.") is None


def test_a_committed_value_named_after_it_pairs_with_the_buyers_log_further_back():
    text = ("Our commitment: 96% availability on the palletiser by month 12.\n"
            "The palletiser was installed in 2011. It runs 3 shifts. Spare parts come from Austria.\n"
            "Your maintenance log puts its availability at 91% for 2025.\n")
    got = measure(text)
    assert (got.metric, got.baseline, got.target) == ("availability", 91.0, 96.0)


def test_a_baseline_of_a_measure_that_should_fall_is_no_baseline_for_one_that_should_rise():
    text = ("Unplanned downtime of the kiln is 7% of scheduled time (your 2025 report).\n"
            "Our SLA guarantees 99.8% availability of the cloud platform.\n")
    assert measure(text) is None


def test_of_two_values_in_one_sentence_the_committed_short_named_measures_is_the_baseline():
    text = "Your reject rate is 3.9% and your OEE 66%. We commit to 74% OEE; rejects will be reviewed later."
    assert ends(text) == (66.0, 74.0)



def test_a_floor_of_the_plants_own_loss_is_a_specific_measure_but_a_floor_of_the_vendors_reach_boasts():
    from questions import load_bank
    from reading.draft import drafter_for
    from reading.phrases import normalise, tokens
    drafter = drafter_for(load_bank())
    loss = ("We will fit wireless vibration sensors to the 12 presses.\n"
            "Today your press line loses 300+ hours a year to unplanned stops; we commit to bringing that down to 120 hours.\n")
    answer = drafter.draft(loss).answer("decision.kpi")
    assert (answer.measure.baseline, answer.measure.target) == (300.0, 120.0)
    assert answer.evidence == "specific"
    for reach in ("More than 1,200+ food manufacturers trust our sensors.", "Our gateway ships with 250+ native drivers."):
        sentence = drafter.reader.read(reach).sentences[0]
        assert drafter.is_marketing(sentence, tokens(normalise(reach))), reach


def test_the_time_a_change_took_said_before_the_metric_is_no_part_of_its_name():
    for opening in ("In the first 12 months", "In the first eighteen months", "Over the first year"):
        got = measure(f"We fitted probes on the kiln fans. {opening} unplanned kiln stops fell from 52 hours to 9 hours.\n")
        assert got.metric == "unplanned kiln stops" and (got.baseline, got.target) == (52.0, 9.0)
    named = measure("Hours of unplanned kiln stops fell from 52 to 9 after the retrofit.\n").metric
    assert named.startswith("hours of")
