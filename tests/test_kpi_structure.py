"""The plant's KPI read by the structure of what a text says: whose result a figure is, which
numbers are today's and which are aimed at. Sentences written for these tests."""
from kpi_corpus import drafted_kpi as measure
from reading.kpi_change import read_relative


def test_a_result_at_another_named_site_drafts_no_kpi():
    text = ("Vibration monitoring for your cooling tower fans.\n"
            "At a paper mill in Finland our sensors cut unplanned stops from 14 to 3 per year.\n"
            "For your site we will set the targets after the first month.\n")
    assert measure(text) is None


def test_a_case_study_tells_its_customers_result_not_the_buyers():
    text = ("Case study: Alpha Foods, Leeds.\n"
            "With our line monitoring, Alpha Foods brought rework down from 6.2% to 2.1% of batches.\n"
            "We would be happy to discuss the same for your plant.\n")
    assert measure(text) is None


def test_halving_the_value_a_text_states_for_today_gives_the_target():
    text = ("Your line records show an average of 18 minutes of idle time per batch.\n"
            "The line runs at 40 batches per day.\n"
            "With automatic recipe loading we will halve that idle time within two months.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (18.0, 9.0) and "minutes" in got.unit


def test_a_cut_by_a_share_written_in_words_applies_to_the_baseline_that_follows():
    text = ("Our guided cleaning cuts cleaning time on your 3 mixers by thirty percent.\n"
            "Your own log from last month found an average of 90 minutes per clean.\n")
    got = measure(text)
    assert (got.metric, got.baseline, got.target) == ("cleaning time", 90.0, 63.0)


def test_a_cut_by_up_to_a_share_is_a_claim_and_gives_no_target():
    text = ("Today your presses lose 30 hours a month to unplanned stops.\n"
            "Our analytics reduce unplanned stops by up to 40%.\n")
    got = measure(text)
    assert got is None or got.target is None


def test_a_guaranteed_value_is_the_target_and_todays_value_before_it_the_baseline():
    text = ("Your dryers on line B use 1.9 GJ/t today (average of last winter).\n"
            "With the humidity controller we guarantee 1.6 GJ/t on line B from the second season.\n")
    got = measure(text)
    assert (got.unit, got.baseline, got.target) == ("GJ/t", 1.9, 1.6)


def test_a_goal_first_and_the_value_right_now_after_it_pair_up():
    text = ("The goal is to get leaks down to 4 leaks per week on the brazing cell.\n"
            "Right now the cell reports around 11 leaks per week (your quality log).\n")
    got = measure(text)
    assert (got.baseline, got.target) == (11.0, 4.0)


def test_a_german_ziel_and_derzeit_read_as_target_and_baseline():
    text = ("Ausschussquote: derzeit 2.8 % (Mittelwert 2025).\n"
            "Ziel laut Vereinbarung: 1.2 % bis Ende 2027.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (2.8, 1.2)


def test_a_kpi_table_pasted_as_lines_reads_the_row_with_today_and_target():
    text = ("KPIs for the packing hall\n"
            "Measure | Current (2025 average) | Goal after go-live\n"
            "Line stops per shift | 7 stops | 3 stops\n"
            "Label errors | not tracked | to be measured\n")
    got = measure(text)
    assert (got.metric, got.unit, got.baseline, got.target) == ("line stops per shift", "stops", 7.0, 3.0)


def test_a_table_row_without_todays_value_and_a_year_in_the_header_draft_nothing():
    text = ("Measure | Current (2025) | Goal for 2027\n"
            "Label errors | not tracked | 20 errors\n")
    got = measure(text)
    assert got is None or got.baseline is None


def test_a_cut_by_percentage_points_subtracts_them_from_todays_share():
    text = ("Rework on the welding cell averaged 6.5% of frames in 2025.\n"
            "We will reduce rework by 2 percentage points within a year.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (6.5, 4.5)


def test_cutting_today_s_count_by_a_third_leaves_two_thirds_of_it():
    text = "Today the wrapper jams 24 times per shift.\nWe commit to cutting that by a third.\n"
    got = measure(text)
    assert (got.baseline, got.target) == (24.0, 16.0)


def test_a_share_named_as_a_noun_is_a_relative_change_and_up_to_one_is_a_claim():
    assert read_relative("a 15% reduction in steam use per batch").factor == 0.85
    fewer = read_relative("20 % fewer stops on line 4")
    assert (fewer.factor, fewer.metric) == (0.8, "stops")
    assert read_relative("up to 20% fewer stops") is None


def test_a_decimal_comma_and_per_cent_in_words_read_as_numbers_and_percent():
    text = "Ausschussquote Linie 2: derzeit 4,6 per cent.\nZiel: 2,5 per cent bis Ende 2027.\n"
    got = measure(text)
    assert (got.unit, got.baseline, got.target) == ("%", 4.6, 2.5)


def test_a_steam_target_above_todays_use_moves_the_wrong_way_and_is_no_kpi():
    text = "Steam use on the dryer averages 2.1 t per hour today.\nWe guarantee 2.6 t per hour of steam after the upgrade.\n"
    got = measure(text)
    assert got is None or got.baseline is None


def test_a_number_in_a_machines_name_is_no_baseline_and_bringing_it_down_by_a_share_is_relative():
    text = "Downtime on press 7 averaged 31 hours per month in 2025; we will bring it down by 40%.\n"
    got = measure(text)
    assert (got.baseline, got.target) == (31.0, 18.6)


def test_time_between_failures_should_rise_although_failures_should_fall():
    text = ("Mean time between failures of the pumps: 1,450 h (2024-2025).\n"
            "Target with the new seals programme: 2,000 h.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (1450.0, 2000.0)


def test_hours_a_month_and_h_per_month_are_one_unit():
    text = "Unplanned stops cost line 2 about 46 h/month today.\nWe will bring them down to 30 hours per month.\n"
    got = measure(text)
    assert (got.baseline, got.target) == (46.0, 30.0)


def test_a_list_of_current_and_committed_levels_reads_as_baseline_and_target():
    text = "Key figure: rejected cans per million.\n- Current level: 410 ppm\n- Committed level: 150 ppm\n"
    got = measure(text)
    assert (got.unit, got.baseline, got.target) == ("ppm", 410.0, 150.0)


def test_a_metric_that_names_no_measure_gives_way_to_the_kind_its_sentences_name():
    text = ("You told us the filling hall loses about 80 hours a month to unplanned stops.\n"
            "Our proposal is built to reduce that by 25 % in year one.\n")
    got = measure(text)
    assert (got.metric, got.baseline, got.target) == ("unplanned stops", 80.0, 60.0)


def test_a_state_held_within_limits_is_a_range_not_a_change():
    got = measure("Your hydraulic pressure is held from 2 to 6 bar today.\n")
    assert got is None or got.baseline is None or got.target is None


def test_bare_numbers_of_no_kind_of_measure_are_no_kpi():
    got = measure("We will migrate your firmware from 2.1 to 2.4 during commissioning.\n")
    assert got is None or got.baseline is None or got.target is None


def test_a_similar_plants_result_is_a_reference():
    text = "Last year a similar foundry reduced scrap from 8% to 3%.\nFor you we will measure the baseline first.\n"
    got = measure(text)
    assert got is None or got.baseline is None or got.target is None


def test_a_result_told_in_the_past_pairs_with_the_value_an_earlier_sentence_gave_for_it():
    text = ("The film line lost a roll to wrinkles almost every shift.\n"
            "Its wrinkle reject rate was 3.8% of rolls in the first quarter.\n"
            "Tension sensors were fitted on both unwinders and read by the line PLC every second.\n"
            "By the end of the year the new tension control had lowered wrinkle rejects to 0.9%, "
            "changeover time to 22 minutes and film waste to 1.1%.\n")
    found = measure(text)
    assert found and (found.baseline, found.target, found.unit) == (3.8, 0.9, "%")
    assert "wrinkle" in found.metric


def test_a_result_told_in_the_past_takes_no_baseline_from_another_metric_or_from_after_it():
    other = ("Operators logged every stop on paper forms, and the OEE of the line was 58%.\n"
             "The new sensors reduced changeover losses to 4%.\n")
    assert measure(other) is None
    later = ("The new sensors reduced scrap to 2.5%.\n"
             "Scrap had been a worry for years, at 6% of output.\n")
    found = measure(later)
    assert found is None or (found.baseline, found.target) != (6.0, 2.5)


def test_a_result_told_in_the_past_that_moves_the_wrong_way_is_no_kpi():
    text = ("The press line's scrap rate was 2.1% before the retrofit.\n"
            "After the retrofit the new dies raised scrap to 3.4% for two months.\n")
    assert measure(text) is None


def test_a_value_when_measured_and_the_value_to_reach_by_a_date_are_baseline_and_target():
    found = measure("KPI: hours spent on batch records, 14 h/week in spring 2026 (your time sheets) "
                    "to 3 h/week by the end of 2027.\n")
    assert found and (found.baseline, found.target, found.unit) == (14.0, 3.0, "h/week")


def test_two_values_without_a_date_to_reach_or_a_unit_at_both_ends_are_no_change():
    assert measure("Each changeover takes 40 minutes to 55 minutes by hand.\n") is None
    found = measure("We will raise the availability of press 4 to 88 % within a year.\n")
    assert found is None or found.baseline != 4
