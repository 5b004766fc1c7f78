"""An informal commitment said with a gerund ("we are comfortable putting our name to 93 %") commits as "we'd put our
name to" does, and a kind of measure named only by a phrase of several words ("first time through") names the metric.
Sentences written for these tests."""
from kpi_corpus import whole_kpi
from questions import load_bank
from reading.draft_rules import rules_for
from reading.kpi_kinds import kind_phrase

RULES = rules_for(load_bank())


def test_a_commitment_said_with_a_gerund_drafts_the_measure():
    text = ("Over the last month 81 % of the kettles got through the leak test first time. Having looked at the data, "
            "we are comfortable putting our name to 93 % first time through on the new tester, measured over the "
            "first six weeks.")
    got = whole_kpi(text)
    assert (got.metric, got.baseline, got.target) == ("first time through", 81.0, 93.0)


def test_a_kind_named_only_by_a_phrase_of_several_words_is_found():
    assert kind_phrase("93 % first time through on the new tester", RULES) == "first time through"


def test_a_single_word_kind_is_found_before_a_phrase():
    assert kind_phrase("right first time and unplanned downtime", RULES) == "unplanned downtime"
