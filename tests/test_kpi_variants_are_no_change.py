"""Numbers that name the variants a thing comes in ("for the 500 ml and 1 l bottles", "the 6-, 12- and 18-slot trays")
or a count after "all" ("on all three ovens") are never a baseline or a target: the commitment about them points to
the value said before. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from questions import load_bank
from reading.draft_rules import rules_for
from reading.kpi_sentence import read_target

RULES = rules_for(load_bank())


@pytest.mark.parametrize("sentence", [
    "We guarantee this for the 500 g and 900 g tubs, measured over 3 weeks after handover.",
    "We stand behind that for the 6-, 12- and 18-slot trays.",
    "We commit to that on all three ovens, over six weeks after the last one is rebuilt.",
])
def test_variants_and_counts_of_machines_are_no_target(sentence):
    assert read_target(sentence, RULES) is None


def test_a_guarantee_for_two_pack_sizes_keeps_the_overfill_change():
    text = ("Spread filling line 2 - offer\n"
            "Today the average overfill on the 500 g tubs is 9,4 g per tub, measured by your checkweigher.\n"
            "With the servo filler we reduce the average overfill to 3,0 g per tub. This value we guarantee for the "
            "500 g and 900 g tubs, measured over 3 weeks after handover.")
    assert kpi_ends(text) == (9.4, 3.0)


@pytest.mark.parametrize("sentence", [
    "We will set a target for your presses, which also stamp small brackets in lots of 50 and 200 pieces.",
    "We commit to a figure once the trial is over; the kiln also fires tiles of 8, 10 and 12 mm.",
])
def test_sizes_listed_after_of_at_a_clause_end_are_no_target(sentence):
    assert read_target(sentence, RULES) is None


def test_a_commitment_whose_only_numbers_are_sizes_pairs_with_no_earlier_duration():
    text = ("Case study: coating at a bakery supplier\n"
            "\"The coater paid for itself in 14 months,\" says their plant manager.\n"
            "For your bakery we will propose a figure once one week of data exists for your ovens, which also "
            "bake smaller trays of 3 and 6 kg.")
    assert kpi_ends(text) is None
