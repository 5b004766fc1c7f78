"""Things counted per period are a measure even when the count names no unit of its own: "remade fronts
fell from 40 to 6 a week", "fewer than 400 a month" against "1,200 micro-stops a month". A range of sizes
("from 1 to 5 presses per plant") is not. One unit written two ways ("tonnes ... per tonne", "t/t") is one
measure. Texts written for these tests."""
from kpi_corpus import drafted_kpi


def test_a_count_that_fell_per_week_is_the_measure_with_its_period_as_unit():
    measure = drafted_kpi("Within nine months of go-live, relabelled cartons fell from 55 to 9 a week.\n")
    assert (measure.baseline, measure.target, measure.unit) == (55, 9, "per week")
    assert "relabelled cartons" in measure.metric


def test_a_per_and_an_a_before_the_period_are_one_unit():
    measure = drafted_kpi("Missed pick-ups dropped from 18 per month to 3 a month after the pilot.\n")
    assert (measure.baseline, measure.target, measure.unit) == (18, 3, "per month")


def test_a_target_per_period_pairs_with_todays_count_of_named_things_per_period():
    text = ("Your planners record about 300 hot-swaps a month on the filler heads.\n"
            "Our commitment in the service contract is fewer than 90 a month from the third month.\n")
    measure = drafted_kpi(text)
    assert (measure.metric, measure.unit, measure.baseline, measure.target) == ("hot-swaps", "hot-swaps a month", 300, 90)


def test_a_range_of_sizes_per_site_is_no_measure():
    assert drafted_kpi("Scales from 2 to 12 palletising cells per site, one licence.\n") is None


def test_one_unit_written_in_full_today_and_short_in_the_target_is_one_measure():
    text = ("Your spray dryer uses 0.42 tonnes of steam per tonne of powder today.\n"
            "We commit to 0.35 t/t from the second campaign.\n")
    measure = drafted_kpi(text)
    assert (measure.baseline, measure.target) == (0.42, 0.35)


def test_a_measure_whose_words_name_no_kind_is_named_by_what_its_unit_measures():
    text = ("Your two kilns run at 1,950 kWh per tonne of lime today.\n"
            "With the burner retrofit we guarantee 1,720 kWh/t within a year.\n")
    measure = drafted_kpi(text)
    assert (measure.metric, measure.baseline, measure.target) == ("energy use", 1950, 1720)


def test_a_target_per_a_counted_base_pairs_with_the_same_base_told_three_sentences_before():
    text = ("Wire bonding, hall 3\n"
            "Across your 24 bonders, lifted bonds come to 4.5 per 10,000 wires (bond log, Q2 2026), mostly on thin pads.\n"
            "Each lifted bond means a reworked or scrapped module.\n"
            "Rework takes about 20 minutes of operator time.\n"
            "The pull-test monitoring we propose flags a worn capillary before it fails.\n"
            "Target after rollout: 1.5 per 10,000 wires, confirmed over six weeks.")
    measure = drafted_kpi(text)
    assert (measure.baseline, measure.target) == (4.5, 1.5)


def test_a_rate_said_as_times_an_hour_pairs_with_a_ceiling_of_things_per_hour():
    text = ("Hi Sam,\nper the counts your shift leads took last month, the carton erector on line 4 stops about 15 times "
            "an hour (mostly blank pick-up faults).\n"
            "With the vacuum upgrade we'll commit to no more than 5 short stops per hour on line 4, averaged over "
            "three weeks.\nThanks, Lee")
    measure = drafted_kpi(text)
    assert (measure.baseline, measure.target) == (15, 5)


def test_times_a_day_is_no_baseline_for_a_rate_per_hour():
    text = ("The erector on line 4 is cleaned 3 times a day.\n"
            "With the vacuum upgrade we'll commit to no more than 5 short stops per hour on line 4.")
    measure = drafted_kpi(text)
    assert measure is None or measure.baseline != 3
