"""Numbers read as quantities, and a KPI drafted only when a baseline and a target belong to one
measure that moves the right way. Sentences written for these tests, not from the corpus."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.quantities import no_values, quantities

BANK = load_bank()


@pytest.mark.parametrize("text, value, unit, kind", [
    ("saved $3.2M a year", 3_200_000, "USD", "currency"),
    ("EUR 35K for the licence", 35_000, "EUR", "currency"),
    ("1.2 million parts a year", 1_200_000, "parts", "count"),
    ("readings every 20 seconds", 20, "seconds", "rate"),
    ("sampled at 5 kHz", 5, "khz", "rate"),
    ("60 parts per minute", 60, "parts per minute", "rate"),
    ("cut by 40%", 40, "%", "percent"),
    ("212 covers came back", 212, "covers", "count"),
    ("fewer than 40 in the twelve months after go-live", 40, "", "count"),  # "in" is no unit
])
def test_a_number_is_read_with_its_scale_unit_and_kind(text, value, unit, kind):
    [found] = quantities(text)
    assert (found.value, found.unit, found.kind) == (value, unit, kind)


def test_ranges_approximations_and_names_with_numbers():
    [hours] = quantities("each stop took 4-12 hours")
    assert hours.is_range and (hours.value, hours.high, hours.unit) == (4, 12, "hours")
    [years] = quantities("from 2021-2024")
    assert years.kind == "year" and years.high == 2024
    assert quantities("500+ stops")[0].approximate and quantities("roughly 90 minutes")[0].approximate
    assert quantities("certified to IEC 61131 and read from PM5560 meters on an S7-1200") == []


def test_a_currency_code_inside_a_word_is_no_currency():
    [share] = quantities("afkeur 6 % op de lijn")
    assert (share.value, share.unit) == (6, "%")
    [fee] = quantities("an amateur 12 hours of training")
    assert (fee.value, fee.unit) == (12, "hours")
    [price] = quantities("EUR 48,000 per line")
    assert (price.value, price.unit) == (48_000, "EUR")


def test_where_numbers_are_no_single_value():
    text = "the T2 generator at 95-110 °C went from 12 to 7 % in 2023 to 3.5 %"
    spans = no_values(text)
    starts = {text.index(n) for n in ("2 generator", "95", "110")}
    assert all(any(a <= s < b for a, b in spans) for s in starts)
    assert not any(a <= text.index("12 to") < b for a, b in spans)  # a change after "from"
    assert not any(a <= text.index("3.5") < b for a, b in spans)  # a year, then a value


def kpi(text: str):
    answer = draft(text, BANK).answer(BANK.key_questions.kpi)
    return answer.measure if answer else None


def test_the_two_ends_of_a_range_are_never_a_baseline_and_a_target():
    assert kpi("Individual stoppages lasted from 3 hours to 2 days.") is None
    assert kpi("Each jam stopped the wrapper for anything from 20 minutes to 5 hours.") is None
    assert kpi("Repairs took from 2 hours to 6 hours each.") is None
    assert kpi("The plant ran the old system from 2019 to 2023.") is None
    assert kpi("Set-ups on the slitter take 25-40 minutes today; we commit to 15 minutes.") is None


def test_a_target_that_moves_the_wrong_way_is_no_target():
    assert kpi("We commit to bringing unplanned downtime from 4% to 9% of planned time.") is None
    assert kpi("We commit to bringing OEE on line 2 from 70% to 61%.") is None


def test_a_change_of_one_measure_is_read_exactly():
    measure = kpi("We commit to bringing scrap on the extruder from today's 5.6% down to 3.5%.")
    assert (measure.baseline, measure.target, measure.unit) == (5.6, 3.5, "%")
    assert "scrap" in measure.metric
    measure = kpi("OEE on the filling line went from 61% to 70% during the pilot.")
    assert (measure.baseline, measure.target) == (61, 70)


def test_an_amount_with_a_scale_is_one_number_in_the_reading():
    from reading import analyze
    [sentence] = analyze("The project saved $3.2M in the first year.").sentences
    assert [s.term for s in sentence.substance if s.kind == "number"] == ["$3.2M"]


def test_a_duration_range_across_units_is_one_range_and_a_year_has_no_unit():
    [span] = quantities("repairs took 1 hour to 2 days")
    assert (span.value, span.unit, span.high) == (1, "hour", 48)
    assert len(quantities("MTTR went from 2 hours to 45 minutes")) == 2  # a change, not a range
    assert quantities("in 2023 we logged 140 stops")[0].kind == "year"


def test_a_target_takes_its_baseline_from_its_own_sentence():
    measure = kpi("Your line stands about 15% of the shift today, and we want to bring that under 10%.")
    assert (measure.baseline, measure.target) == (15, 10)


def test_a_target_takes_its_baseline_from_the_sentence_just_before():
    measure = kpi("Your QA log shows 3.1% of good cans rejected.\nOur aim is to bring that below 1.2%.")
    assert (measure.baseline, measure.target) == (3.1, 1.2)


def test_the_target_is_the_one_the_commitment_leads_to():
    measure = kpi("The project targets 410 kWh/t as a yearly average, with compressed air kept below 6%.\n"
                  "Last year the plant used 455 kWh per tonne.")
    assert (measure.baseline, measure.target) == (455, 410)


def test_durations_in_other_units_are_converted():
    measure = kpi("Average wait for a spare gear: today 5 weeks, goal 4 days.")
    assert (measure.baseline, measure.target, measure.unit) == (35, 4, "days")
    measure = kpi("We commit to bringing the mean repair time from 2 hours to 50 minutes.")
    assert (measure.baseline, measure.target) == (120, 50)


def test_today_and_a_later_value_in_one_sentence_are_baseline_and_target():
    measure = kpi("Specific steam use: 2.4 t/t today (May average) to 2.1 t/t in 18 months.")
    assert (measure.baseline, measure.target) == (2.4, 2.1)


def test_a_measure_named_before_its_definition_names_the_figures_below_it():
    text = ("Scrap rate on press line 3, rejected stampings per thousand struck. Baseline 2.4%, last year's figure. "
            "Target 1.1% by June 2028, counted weekly in the quality log.")
    measure = kpi(text)
    assert (measure.baseline, measure.target) == (2.4, 1.1) and "scrap" in measure.metric


@pytest.mark.parametrize("text", ["the 8D report", "(8D log)", "after the 3C analysis", "a 2D code reader",
                                  "a 3D camera", "on the 2nd shift"])
def test_a_digit_with_letters_glued_on_that_are_no_unit_names_a_thing(text):
    assert quantities(text) == [] and no_values(text)


@pytest.mark.parametrize("text, value, unit", [("8h per shift", 8, "h per shift"), ("a 5s cycle", 5, "s"),
                                               ("3kg", 3, "kg")])
def test_a_digit_with_its_unit_glued_on_stays_a_value(text, value, unit):
    [found] = quantities(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize("text", ["Our Level 2 support answers", "the Gen 3 gateway", "goes live in week 12",
                                  "Tier 1 customers", "Phase 2 starts"])
def test_a_number_after_a_label_of_things_numbered_names_one(text):
    assert quantities(text) == [] and no_values(text)


@pytest.mark.parametrize("text, value", [("in phase 2 hours", 2), ("your plant 40 stops a month", 40)])
def test_a_number_after_a_label_before_its_unit_or_after_a_place_stays_a_value(text, value):
    assert [q.value for q in quantities(text)] == [value]
