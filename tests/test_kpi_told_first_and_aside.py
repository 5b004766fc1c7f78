"""KPI pairing by structure (issue 14, tuning16): a target told before its baseline under a heading whose
name has a number, a definition in brackets between a measure and its value, and a bullet whose bound is
a bare '<'. Texts written for these tests."""
from kpi_corpus import kpi_ends as ends
from questions import load_bank
from reading.draft import drafter_for
from reading.kpi_bounds import bound
from reading.kpi_kinds import held_at
from reading.kpi_sentence import read_target

RULES = drafter_for(load_bank()).rules


def test_a_number_in_a_heading_before_a_labels_colon_makes_no_measuring_condition():
    said = "press 4 - offer in brief what we promise: cracked tiles at sorting of 0.8 % or less"
    assert not held_at(said, said.index("0.8"))


def test_a_value_told_before_at_of_in_the_same_clause_still_makes_a_condition():
    said = "guaranteed 1.5 t steam per t, proven in a test at nameplate capacity of 8 t/h"
    assert held_at(said, said.index("8 t/h"))


def test_a_target_told_first_under_a_numbered_heading_pairs_with_today_told_after_it():
    text = ("Kiln line 4 - offer summary for Northern Tiles\n"
            "What we commit to: cracked tiles at sorting of 0.8 % or less on kiln 4, measured over the first 90 days.\n"
            "Where you stand: 2.6 % of tiles are cracked at sorting (your quality database, 2026).\n")
    assert ends(text) == (2.6, 0.8)


def test_a_definition_in_brackets_before_was_names_the_measure_before_it():
    text = ("In 2025 the press line's right-first-time rate (panels that pass gauging and paint check without "
            "rework or scrap) was 88.0 % according to your shift records.\n"
            "We commit to a right-first-time rate of at least 94 % on the press line over 20 shifts.\n")
    assert ends(text) == (88.0, 94.0)


def test_a_bare_less_than_sign_bounds_a_target():
    measure = read_target("Guaranteed: seal leaks at the tester < 0.05 % of pouches on line 2, over 20,000 pouches after acceptance", RULES)
    assert (measure.target, measure.unit) == (0.05, "% of pouches")


def test_bullets_with_today_and_a_bare_less_than_sign_give_baseline_and_target():
    text = ("• Today: seal leaks at the tester 0.40 % of pouches (your MES, 2026)\n"
            "• Scope: new jaws and a servo drive\n"
            "• After the upgrade, guaranteed: seal leaks at the tester < 0.05 % of pouches on line 2, over 20,000 pouches\n")
    assert ends(text) == (0.4, 0.05)


def test_a_rate_in_spelled_out_metres_pairs_with_the_same_rate_in_short_units():
    text = ("The line draws an average of 120 metres of good tube per hour today (your shift reports).\n"
            "With the new puller we guarantee a good-tube output of 150 m/h over 20 shifts after acceptance.\n")
    assert ends(text) == (120.0, 150.0)


def test_a_target_told_first_pairs_with_the_next_line_naming_its_measure_without_a_today_word():
    text = ("What we commit to: cracked tiles at sorting of 0.8 % or less on kiln 4 over the first 90 days.\n"
            "Where you stand: 2.6 % of tiles are cracked at sorting, mostly from uneven firing.\n")
    assert ends(text) == (2.6, 0.8)


def test_a_second_commitment_after_a_target_gives_it_no_baseline():
    text = ("What we commit to: cracked tiles at sorting of 0.8 % or less on kiln 4.\n"
            "We also commit to cracked tiles at glazing of 2.6 % or less.\n")
    assert ends(text) is None  # the later line commits: no today's value, nor a target above a ceiling


def test_a_ceiling_told_after_its_value_bounds_the_target():
    assert bound("We commit to cracked tiles at glazing of 2.6 % or less.", 2.6) == -1
    assert bound("We commit to a first-pass yield of 96 % or more.", 96.0) == 1
    assert bound("Today 2.6 % of tiles crack at glazing.", 2.6) == 0
