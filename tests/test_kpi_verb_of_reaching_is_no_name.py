"""A verb of reaching after a measure's name ("the cycle comes down to 32 minutes") and a clause of what a target is
measured on ("measured over 30 bakes") are no part of the metric. Sentences
written for these tests."""
from kpi_corpus import offered_kpi


def test_a_verb_of_reaching_is_cut_from_the_metric():
    text = ("Your oven runs a bake cycle of 40 minutes today.\n"
            "With the new burners and a faster ramp, the cycle comes down to 32 minutes door to door.\n"
            "We guarantee this cycle time on both ovens, measured over 30 bakes after the upgrade.")
    # no "cycle comes": the guarantee's own words name the measure ("this cycle time", a kind named by a phrase)
    assert offered_kpi(text).metric == "cycle time"


def test_a_clause_of_what_the_target_is_measured_on_names_no_metric():
    text = ("Your oven runs a bake cycle of 40 minutes today. With the new burners the cycle comes down to 32 minutes. "
            "We guarantee this cycle time, measured over 30 bakes.")
    assert offered_kpi(text).metric == "cycle time"
