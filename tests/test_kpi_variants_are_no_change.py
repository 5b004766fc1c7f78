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
