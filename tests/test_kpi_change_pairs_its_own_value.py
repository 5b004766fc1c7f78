"""A change of a measure ('cut bracket scrap by 25 %', 'halve unplanned downtime') applies only to a value whose own
words or unit name that measure: its noun or stem, or a unit of its kind (m3 for water, a duration for a time, a
share for a yield). With no such value the text drafts no measure: no nonsense beats a guess. Sentences written for
these tests."""
from kpi_corpus import offered_kpi
from reading.kpi_naming import own_words


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_cut_of_scrap_never_applies_to_a_count_of_strokes_or_presses():
    text = ("With vision inspection on your three presses we expect to cut bracket scrap by 25 %. "
            "Brackets are formed in two strokes at 42 strokes a minute.")
    assert _ends(text) is None


def test_a_cut_of_water_use_takes_the_value_told_in_water_not_the_days_it_was_averaged_over():
    text = ("Your wash line uses 18 m3 of rinse water a day today (water meter, average of 40 production days in 2026).\n"
            "With closed-loop rinsing we will cut rinse water consumption by 20 %.")
    assert _ends(text) == (18, 14.4)


def test_a_halving_of_downtime_takes_hours_lost_as_a_time_of_its_kind():
    text = ("Your filler loses 30 hours a month to unplanned stops, by your maintenance log.\n"
            "With condition monitoring on the capper we commit to halving unplanned downtime.")
    assert _ends(text) == (30, 15)


def test_a_gain_in_points_of_a_yield_takes_the_share_of_the_oil_extracted():
    text = ("Your decanters extract 82.0 % of the oil in the paste, by your laboratory's figures.\n"
            "We commit to raising your extraction yield by 2 percentage points.")
    assert _ends(text) == (82.0, 84.0)


def test_a_doubling_in_a_machines_name_never_doubles_the_months_a_rate_was_counted_over():
    text = ("Your doubling stand averaged 12 web breaks per 100 coils in the last six months.\n"
            "We guarantee no more than 5 web breaks per 100 coils on the doubling stand, counted over the first 300 coils "
            "after start-up.")
    assert _ends(text) == (12, 5)


def test_a_values_own_words_run_to_the_marks_and_values_beside_it_past_a_label_and_a_machines_digit():
    lower = "scrap today: 6.4 % of extruder output (edge trim excluded)"
    start = lower.index("6.4")
    assert own_words(lower, start, start + 5) == ["scrap", "today", "of", "extruder", "output"]
    lower = "gas for the t2 generator cost you 2.4 meur in 2025"
    start = lower.index("2.4")
    assert "gas" in own_words(lower, start, start + 8)


def test_a_shorter_time_never_applies_to_a_share_of_the_things_timed():
    text = ("Today 9 % of your resin batches need a second viscosity correction, by your lab's records.\n"
            "We commit to 25 % shorter batch times with inline viscosity control.")
    assert _ends(text) is None


def test_a_change_told_after_a_measure_never_takes_another_measures_value_in_its_clause():
    text = ("Last year glazing rework went from 5.2 % to 2.9 % at a tile maker in Spain, and their gas use fell by 12 %.")
    got = offered_kpi(text)
    assert got is None or not got.metric.startswith("gas")


def test_a_german_gain_in_prozentpunkte_adds_points_to_todays_share():
    text = ("In Ihrem Werk liegt die Ausbeute an der Abfüllung derzeit bei 91,2 %.\n"
            "Mit der neuen Regelung steigern wir die Ausbeute um 2 Prozentpunkte.")
    assert _ends(text) == (91.2, 93.2)


def test_a_german_cut_um_ein_viertel_leaves_three_quarters_of_todays_value():
    text = ("In Ihrem Presswerk liegt die Ausschussquote derzeit bei 4,8 %.\n"
            "Mit der Kamerakontrolle senken wir die Ausschussquote um ein Viertel.")
    got = _ends(text)
    assert got and (got[0], round(got[1], 6)) == (4.8, 3.6)


def test_a_dutch_cut_met_de_helft_halves_todays_value():
    text = ("De uitval op uw verpakkingslijn bedraagt vandaag 6,0 %.\n"
            "Met de nieuwe sensoren verlagen wij de uitval met de helft.")
    assert _ends(text) == (6.0, 3.0)


def test_a_gain_told_by_its_sign_adds_points_to_todays_share():
    text = ("Your press line runs at an OEE of 61 % today, by your MES.\n"
            "Guaranteed result: OEE +7 pp after ramp-up.")
    assert _ends(text) == (61.0, 68.0)


def test_a_cut_told_by_its_sign_takes_its_share_of_todays_value():
    text = ("Scrap on your extrusion line is 5.0 % of output today.\n"
            "Our commitment: scrap -30 % within six months.")
    got = _ends(text)
    assert got and (got[0], round(got[1], 6)) == (5.0, 3.5)


def test_a_range_written_with_a_hyphen_is_no_signed_change():
    from reading.kpi_change import read_relative
    assert read_relative("the spread is 3-5 % on line 2") is None


def test_a_cut_of_a_time_never_applies_to_a_count_of_the_things_timed():
    text = ("Your line made 48 changeovers a week last year, by your shift reports.\n"
            "We guarantee to cut changeover time by a third.")
    assert _ends(text) is None


def test_a_cut_of_a_time_never_applies_to_the_weeks_something_else_took():
    text = ("Your last sampling campaign took 4 weeks; nobody has timed a changeover yet.\n"
            "We guarantee to cut changeover time by a quarter.")
    assert _ends(text) is None


def test_a_cut_of_a_time_takes_the_duration_told_of_it():
    text = ("Changeovers on the mixer take 95 minutes on average today.\n"
            "We commit to cutting changeover time by 40 %.")
    assert _ends(text) == (95, 57)


def test_a_machines_number_ends_no_values_clause_so_its_measure_is_still_named():
    text = ("With vision inspection we will halve scrap on line 2.\n"
            "Scrap on line 2 currently runs at 4.2 % of output, by your MES.")
    assert _ends(text) == (4.2, 2.1)
