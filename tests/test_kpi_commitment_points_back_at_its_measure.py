"""A firm commitment that names the measure with "this" or "that" ("We guarantee this cycle time") points back at the
value the sentence before it reaches, even when it tells how the target is measured ("measured over 50 batches"):
what a target is measured on is never its value. Sentences written for these tests."""
from kpi_corpus import kpi_ends
from questions import load_bank
from reading.draft_rules import rules_for
from reading.kpi_sentence import read_target

RULES = rules_for(load_bank())

TEXT = ("Spray dryer 3 - offer\n"
        "Your dryer runs a batch cycle of 6.2 hours today (average of 140 batches, spring 2026).\n"
        "With the new nozzle set and inlet air control the batch cycle comes down to 5.1 hours.\n"
        "We guarantee this cycle time on both dryers, measured over 50 batches after start-up.")


def test_a_count_a_target_is_measured_over_is_no_target():
    assert read_target("We guarantee the changeover time, measured over 30 changeovers after handover.", RULES) is None


def test_a_commitment_naming_this_measure_points_back_at_the_value_before_it():
    assert kpi_ends(TEXT) == (6.2, 5.1)


def test_variants_after_a_preposition_are_no_target():
    assert read_target("We put this cut in the contract for 330 ml and 500 ml cans.", RULES) is None
