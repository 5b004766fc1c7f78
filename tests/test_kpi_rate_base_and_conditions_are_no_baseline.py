"""Of the numbers a committing sentence says after its target, the base a rate is counted on ("per 40 kg bag") is no
value of today's, so a target told before its baseline pairs with the value the later line gives for the measure.
Sentences written for these tests."""
from kpi_corpus import kpi_ends


def test_the_base_a_target_is_counted_per_is_no_baseline():
    text = ("What we guarantee: a spillage of 0.5 kg or less per 40 kg bag of flour, measured over 10 shifts on your "
            "current recipes. Where you stand today: your filler data from May show a spillage of 1.4 kg per 40 kg bag.")
    assert kpi_ends(text) == (1.4, 0.5)


def test_a_condition_the_target_holds_at_in_its_own_sentence_is_no_baseline():
    text = ("In the spring campaign your lab found 3.4 % of tablets broken at the coater. We commit to a broken tablet "
            "rate of 1.0 % at a press load of 80 %, measured over the first 20 batches.")
    assert kpi_ends(text) == (3.4, 1.0)


def test_the_metric_named_right_after_a_value_is_that_values_not_the_next_ones():
    text = ("Last month 6.1 % of loaves were misshapen after proofing to 95 % humidity. We commit to a misshapen loaf "
            "rate of 2.0 % at 95 % humidity, measured over your current recipes.")
    assert kpi_ends(text) == (6.1, 2.0)


def test_an_abbreviation_in_brackets_names_the_value_before_it_not_a_level_after():
    text = ("In May your final audits found 9.2 defects per hundred units (DHU) on pockets; the retailer's own AQL 1.5 "
            "checks passed every lot. With the new folders we commit to a DHU of 4.0 on pockets, measured by your QA "
            "team over 6 weeks.")
    assert kpi_ends(text) == (9.2, 4.0)


def test_a_name_after_a_value_in_another_unit_belongs_to_the_next_value():
    text = ("Press line 2 (servo presses, 420 strokes per hour) Rejected blanks from burrs are 3.5 % of pressed blanks. "
            "We commit to cutting this reject rate by 40 % within four months.")
    assert kpi_ends(text) == (3.5, 2.1)


def test_the_year_a_bare_target_is_due_is_no_baseline_and_the_count_records_show_is():
    text = "Your maintenance log shows 46 in 2025; we commit to at most 12 in 2027, counted from the same work orders."
    assert kpi_ends(text) == (46.0, 12.0)
