"""Of the numbers a committing sentence says after its target, the base a rate is counted on ("per 40 kg bag") is no
value of today's, so a target told before its baseline pairs with the value the later line gives for the measure.
Sentences written for these tests."""
from kpi_corpus import kpi_ends


def test_the_base_a_target_is_counted_per_is_no_baseline():
    text = ("What we guarantee: a spillage of 0.5 kg or less per 40 kg bag of flour, measured over 10 shifts on your "
            "current recipes. Where you stand today: your filler data from May show a spillage of 1.4 kg per 40 kg bag.")
    assert kpi_ends(text) == (1.4, 0.5)
