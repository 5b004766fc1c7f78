"""A number right after a rate's "per" is the base the rate is counted on ("2 hours or less per 48 hours of running"):
never the target, nor today's value. Sentences written for these tests."""
from kpi_corpus import kpi_ends
from questions import load_bank
from reading.draft_rules import rules_for
from reading.kpi_sentence import read_target

RULES = rules_for(load_bank())


def test_a_ceiling_per_a_period_aims_at_the_ceiling_not_the_period():
    target = read_target("- Cleaning time of 2 hours or less per 48 hours of running", RULES)
    assert (target.baseline, target.target) == (None, 2.0)


def test_a_ceiling_per_a_period_drafts_no_change_from_the_ceiling_to_the_period():
    assert kpi_ends("Cleaning time of 2 hours or less per 48 hours of running.") is None
