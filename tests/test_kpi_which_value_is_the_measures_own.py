"""Which value is the measure's own, by structure (issue 14): a rate's baseline is never the count it was worked out
from, a value held "the same" is a condition, a bound after "by" keeps a share the amount of a change, a time a change is
measured over is no value, "the share of X" names X. Sentences written for these tests."""
from kpi_corpus import kpi_ends, offered_kpi_ends


def test_a_rate_takes_the_rate_today_not_the_count_it_was_worked_out_from():
    text = ("Your press log counts 3,120 misfeeds on 52,000,000 sheets, which is 60 misfeeds per million sheets. "
            "We guarantee no more than 20 misfeeds per million sheets after start-up.")
    assert offered_kpi_ends(text) == (60.0, 20.0)


def test_a_value_held_the_same_is_a_condition_not_the_baseline():
    text = ("Last season your mill's sugar extraction averaged 94.2 % of sugar in cane. "
            "At the same 12.5 % fibre in cane we guarantee an extraction of 95.6 % of sugar in cane.")
    assert offered_kpi_ends(text) == (94.2, 95.6)


def test_a_drift_told_with_by_and_a_bound_is_no_target():
    text = ("Membrane modules M-40 and M-80 - data sheet\nPermeate purity 99.8 %; flux falling by no more than "
            "0.5 % per 1,000 operating hours.\nDesigned to ISO 9001.")
    assert kpi_ends(text) is None


def test_a_rate_per_thing_takes_the_count_told_for_each_thing():
    text = ("Tender - paint shop for tractor cabs\nIn 2025 each cab needed on average 5.0 paint touch-ups before "
            "dispatch, from our quality records.\nAcceptance criterion: paint touch-ups shall not exceed an average "
            "of 2.0 per cab over the first 100 cabs.")
    assert kpi_ends(text) == (5.0, 2.0)


def test_a_downtime_share_told_as_standing_still_takes_a_cut_in_words():
    text = ("Last quarter your looms stood still for 12 % of planned running time for unplanned reasons. "
            "We commit to cutting unplanned downtime on the looms by a quarter, measured over 10 weeks.")
    assert offered_kpi_ends(text) == (12.0, 9.0)


def test_a_guarantee_shortened_in_a_summary_reads_as_one_sentence():
    text = ("Press line PL-4 - service offer\nToday: MTBF PL-4: 30 h (maint. log).\n"
            "Guar. MTBF after measures: >= 60 h, measured over 8 wks.\nMTTR: exp. < 30 min (not guar.).")
    assert kpi_ends(text) == (30.0, 60.0)


def test_a_consumption_shortened_before_a_bracket_keeps_its_value():
    text = ("Evaporator upgrade - tech. summary\nSpec. steam cons. (evap., avg. 2026): 0.40 t stm/t water.\n"
            "Evap. temp. 85 degC at 0.6 bar(a); 3 effects.\nScope: 1 add. effect.\nGuar. spec. steam cons. after scope: 0.30 t stm/t water, 14 d test.")
    assert kpi_ends(text) == (0.40, 0.30)


def test_the_share_of_things_names_the_things_as_what_changes():
    from reading.kpi_change import read_relative
    from reading.kpi_numbers import as_read
    got = read_relative(as_read("We will lower the proportion of glazed tiles sent back for refiring by 30 %."))
    assert got.metric.startswith("proportion of glazed tiles") and got.factor == 0.7


def test_a_cut_by_a_share_is_never_applied_to_the_weeks_right_after_it():
    text = ("Over the last two quarters 8.0 % of coated panels needed touch-up after the gloss check. "
            "We commit to reducing the share of coated panels needing touch-up by 25 %, measured over 4 weeks "
            "of normal production after sign-off.")
    assert offered_kpi_ends(text) == (8.0, 6.0)
