"""KPI statements a sixth corpus author wrote (tuning6) read by their kind: a target told in numbers
spelled out, an expectation or a design aim with no change word, a right-first-time rate, another
site named by its place, a pointer to a value told before, a duration per thing against a plain
duration. Texts written for these tests."""
from kpi_corpus import drafted_kpi, kpi_ends as ends
from reading.phrases import PhraseSet, normalise, tokens


def _found(phrase: str, text: str) -> bool:
    return bool(PhraseSet.of([phrase], "x").find(tokens(normalise(text))))


def test_a_number_spelled_with_a_hyphen_is_one_number_not_a_range_of_two():
    assert not _found("<n> <n> %", "an OEE of fifty-two percent")
    assert _found("<n> <n> %", "cuts downtime 30-50%")
    assert _found("up to <n> %", "up to thirty-five percent")


def test_an_expectation_in_spelled_numbers_pairs_with_todays_value():
    text = ("Over the last quarter your packing hall ran at an OEE of fifty-two percent, most of it lost to "
            "format changes. With the new format parts we expect seventy-one percent within a year.\n")
    assert ends(text) == (52, 71)


def test_a_right_first_time_objective_rises_from_its_own_rate_not_the_share_beside_it():
    text = ("Your dye house: right first time of 83 % on cotton lots in 2025; 17 % of lots need a re-dye.\n"
            "Objective with automatic dosing: 94 % right first time within a year.\n")
    assert ends(text) == (83, 94)


def test_a_plant_named_by_its_place_tells_another_sites_result():
    text = ("A cereal plant in Ontario fitted our dosing unit in 2023.\n"
            "Its overfill went from 2.6 % to 0.9 % in six months.\n")
    assert ends(text) is None


def test_halving_that_rate_takes_the_value_told_before_it_not_after():
    text = ("Warped boards run at 5.4 % of output this year. The new press control will halve that rate.\n"
            "The pump reaches 30 bar in 2 s.\n")
    assert ends(text) == (5.4, 2.7)


def test_what_the_offer_is_designed_to_do_for_the_plant_is_its_target():
    text = ("Your logs give a mean time between failures of 38 hours on the capper. Our rebuild is designed to "
            "raise that to at least 100 hours.\n")
    assert ends(text) == (38, 100)


def test_a_duration_per_thing_today_and_a_plain_duration_target_are_one_measure():
    assert ends("Re-tooling takes 3 hours per die today. We commit to under 100 minutes.\n") == (180, 100)


def test_a_duration_per_month_and_a_plain_duration_stay_two_measures():
    assert ends("Downtime is 12 hours a month today. We commit to under 90 minutes.\n") is None


def test_a_ceiling_told_with_no_more_than_leaves_no_word_of_it_in_the_metric():
    got = drafted_kpi("Our guarantee: an overfill of no more than 1.5 %, measured monthly. Your QA team measured "
                      "3.2 % in May.\n")
    assert (got.metric, got.baseline, got.target) == ("overfill", 3.2, 1.5)
