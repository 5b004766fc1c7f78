"""A likeness told as a condition of the measurement ("measured over 6 weeks with a comparable product mix") names no
other site: the commitment is this plant's. "At a comparable plant" or "with a similar plant" still tells another
site's result. Sentences written for these tests."""
from kpi_corpus import kpi_ends

TODAY = ("Bottle labelling - proposal for your hall 2\n"
         "Your line logs show 6.0 label misplacements per thousand bottles over the last month.\n")


def test_a_cut_measured_with_a_comparable_mix_reads_the_plants_kpi():
    text = TODAY + ("We will cut label misplacements by a third on both labellers, measured over 4 weeks of "
                    "production with a comparable product mix.")
    assert kpi_ends(text) == (6.0, 4.0)


def test_a_result_at_a_comparable_plant_stays_another_sites():
    text = ("Bottle labelling - reference\n"
            "At a comparable plant we cut label misplacements from 6.0 to 2.0 per thousand bottles.")
    assert kpi_ends(text) is None
