"""Kinds of KPI statement that recur in manufacturing offers, read by their structure (issue 14,
item 2): which commitment is firm, whose figure a clause tells, which number of a sentence is
today's, a change as a share, self-labelled table cells, numbers that are no values. Texts
written for these tests."""
from kpi_corpus import drafted_kpi as measure, kpi_ends as ends
from reading.kpi_change import read_relative


def test_a_contractual_commitment_outranks_an_expectation_stated_first():
    text = ("Expected effect on packing line 5:\n"
            "Throughput: today 410 cases per hour, we expect roughly 450 cases per hour.\n"
            "Scrap: today 3.1%.\n"
            "Guaranteed value: 2.2% scrap, measured over four weeks after handover.\n")
    assert ends(text) == (3.1, 2.2)


def test_a_change_that_already_happened_leaves_todays_value_at_its_end():
    text = ("Since the new moulds went in last spring, your scrap rate dropped from 6.4% to 4.9%.\n"
            "We commit to a scrap rate of 3.5% at full line speed.\n")
    assert ends(text) == (4.9, 3.5)


def test_a_reduction_of_a_share_from_a_reference_value_is_the_target():
    text = ("Reference value: compressed air consumption of 1,250 Nm3/h, your 2025 average.\n"
            "Guaranteed value: a reduction of 20% from the reference value.\n")
    assert ends(text) == (1250, 1000)


def test_a_share_and_the_value_it_comes_to_give_the_stated_value():
    text = ("Gas use of the ovens: measured 9,800 MWh in 2025.\n"
            "Target: 12 % less, about 8,600 MWh in the first full year.\n")
    assert ends(text) == (9800, 8600)


def test_a_compound_that_starts_with_double_is_no_doubling():
    assert read_relative("from 1 to 8 double-sided printers per site") is None
    assert read_relative("double-digit gains in line efficiency") is None
    assert read_relative("we will double the output of line 2").factor == 2
    text = ("Why LineWise?\n"
            "- Double-digit gains in line efficiency\n"
            "- Jams spotted 4x faster than by eye\n"
            "- From 1 to 8 double-sided printers per site, one screen\n")
    assert ends(text) is None


def test_a_result_at_a_company_named_as_its_owner_is_another_sites():
    text = ("Here is what our optimiser achieved at Nordmalt's barley malting plant in Aarhus:\n"
            "kilning energy fell from 1,100 to 930 kWh per tonne of malt.\n"
            "For your maltings we would measure first and propose a figure afterwards.\n")
    assert ends(text) is None


def test_a_benchmark_after_todays_value_in_one_sentence_is_not_the_baseline():
    text = ("Your dryers run at 2.9 GJ/t today; best-in-class plants reach 2.3 GJ/t.\n"
            "We guarantee 2.6 GJ/t from the second season.\n")
    assert ends(text) == (2.9, 2.6)


def test_another_factorys_before_and_after_never_gives_the_buyers_baseline():
    text = ("At our reference dairy in 2024, cleaning water fell from 4.1 to 3.2 litres per litre of milk.\n"
            "Your own meter readings show 3.8 l/l.\n"
            "For your dairy we commit to 3.0 l/l after the first quarter.\n")
    assert ends(text) == (3.8, 3.0)


def test_todays_value_is_the_number_after_the_metric_not_a_line_rate_before_it():
    text = ("Bottle line 2 (12,000 bottles per hour) Reject rate at the labeller is 2.6% of bottles (your 2025 log).\n"
            "We commit to cutting these rejects by half within a year.\n")
    assert ends(text) == (2.6, 1.3)


def test_a_table_row_whose_cells_name_themselves_is_a_measure():
    text = ("KPI: changeover time filler | Current: 38 min | Target (contract): 20 min\n"
            "For comparison, another bottler reached 15 min.\n")
    assert ends(text) == (38, 20)


def test_a_table_metric_that_carries_a_line_number_keeps_its_name():
    got = measure("KPI | Today | Target\nOEE line 2 | 58 % | 70 %\n")
    assert (got.metric, got.baseline, got.target) == ("OEE line 2", 58, 70)


def test_a_german_guarantee_is_a_target_for_todays_value():
    got = measure("Aktuell liegt die Ausschussquote bei 3,8 %. Wir garantieren 2,5 % nach sechs Monaten.\n")
    assert (got.metric, got.baseline, got.target) == ("Ausschussquote", 3.8, 2.5)


def test_the_metric_is_cut_to_the_kind_of_measure_it_names():
    got = measure("First pass yield stood at 91% in 2025. We commit to raising it by 3 percentage points.\n")
    assert (got.metric, got.baseline, got.target) == ("first pass yield", 91, 94)


def test_an_aim_with_no_figure_drafts_no_measure():
    text = ("Today your changeover takes 45 minutes.\n"
            "We aim for faster changeovers but cannot commit to a figure before the study.\n")
    assert ends(text) is None


def test_an_amount_with_a_scale_keeps_its_currency_and_scale_in_the_unit():
    got = measure("Maintenance cost today is EUR 2.4M a year. We commit to cut maintenance cost to EUR 1.8M a year by 2027.")
    assert (got.metric, got.unit, got.baseline, got.target) == ("maintenance cost", "meur a year", 2.4, 1.8)
    got = measure("Scrap cost is $310K per year today; our target is $200K per year.")
    assert (got.unit, got.baseline, got.target) == ("kusd per year", 310, 200)


def test_a_measure_given_in_bare_numbers_counts_the_things_its_metric_names():
    """'baseline 212, target below 80' of customer complaints is 212 complaints: a measure the
    scorecard can hold to, whose unit is what it counts."""
    text = "Warranty returns of the 40 V drills: baseline 380 in 2025 from your RMA log, target below 150 by June 2027."
    got = measure(text)
    assert (got.unit, got.baseline, got.target) == ("returns", 380, 150) and "returns" in got.metric


def test_a_rate_in_bare_numbers_takes_no_count_for_its_unit():
    got = measure("Scrap rate on the press line: baseline 4.1 in 2025, target 2.5 by the end of 2027.")
    assert got is not None and got.unit == ""


def test_what_the_baseline_is_said_to_be_names_the_metric():
    """'The baseline is the 2025 gas consumption of 4.8 GWh': the metric is what the baseline is said to be,
    though the sentence starts with the word baseline (no metric) and names a year before the value."""
    got = measure("The baseline is the 2025 gas consumption of 4.8 GWh from your boiler-house meter; "
                  "the target is 4.1 GWh for the year to March 2028, read from the same meter.")
    assert (got.metric, got.unit, got.baseline, got.target) == ("gas consumption", "GWh", 4.8, 4.1)


def test_a_unit_squared_or_cubed_keeps_its_power_and_no_stray_number():
    text = "We will bring the compressed air leakage of hall 3 from 41 m3/h to 18 m3/h by the end of the first year."
    got = measure(text)
    assert (got.baseline, got.target, got.unit) == (41, 18, "m3/h")
    got = measure("Today the kiln burns 2.9 m³ of gas per tonne; we commit to 2.4 m³ per tonne.")
    assert (got.baseline, got.target) == (2.9, 2.4) and got.unit.startswith("m³")


def test_a_change_told_after_what_changes_takes_todays_value_its_sentence_gives():
    assert ends("At our reference plant in Ohio, mould changes fell by 25% from 48 minutes.") is None  # another site
    assert ends("Your mould changes fell by 25% from 48 minutes after the SMED workshop.") == (48, 36)
    assert ends("Reject rate at the filler went down by 20% against the Q1 baseline of 1.5%.") == (1.5, 1.2)
    assert ends("Boiler gas use was 900 MWh a year; after the retrofit it dropped by 10%.") == (900, 810)
    assert measure("Boiler gas use, today 900 MWh a year, drops by 10% with the new burner.").metric == "boiler gas use"


def test_a_result_told_after_what_changes_never_takes_another_lines_value_as_its_baseline():
    text = "Yield on line 2 rose from 88% to 93%. The use of the palletiser has increased by 12%."
    got = measure(text)
    assert (got.baseline, got.target) == (88, 93)
    assert read_relative("gross margin increased in addition by 1.2%").metric == "gross margin"


def test_a_past_change_that_names_nothing_after_its_verb_is_of_what_its_sentence_told_first():
    assert measure("The hall ships 400 tonnes a week. Scrap has been reduced by a third.") is None
    assert ends("The hall ships 400 tonnes a week. Scrap, 6% last year, has been halved.") == (6, 3)
    assert ends("Unplanned downtime is 300 hours a year. We will halve it.") == (300, 150)  # points back


def test_a_time_between_failures_that_rose_is_a_change_but_numbers_between_two_ends_are_a_range():
    assert ends("On the kiln fans, the mean time between failures rose from 140 to 420 hours.") == (140, 420)
    assert measure("Each repair of the fans took between 3 and 9 hours.") is None


def test_the_time_a_repair_takes_or_between_stops_is_named_whole_and_moves_its_own_way():
    assert measure("Mean time to repair on the presses fell from 95 to 40 minutes.").metric.startswith("mean time to repair")
    rarer = measure("The time between jams at the labeller went from 25 to 70 minutes.")
    assert (rarer.baseline, rarer.target) == (25, 70) and "between jams" in rarer.metric
