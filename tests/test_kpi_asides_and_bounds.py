"""A change told with an aside between its two values (when or where today's was counted) and a target given as
a count's bound ("to fewer than 5") is still one change: today's value is the one after "from", never a number in
the aside ("8D log" names a report, it counts nothing). Sentences written for these tests."""
import pytest

from kpi_corpus import offered_kpi_ends
from questions import load_bank
from reading.draft import draft
from reading.draft_rules import rules_for
from reading.kpi_sentence import read_change, read_target

BANK = load_bank()


@pytest.mark.parametrize("sentence, change", [
    ("Customer failures would go from 23 in 2025 (8D log) to fewer than 5 in 2027.", (23, 5)),
    ("Complaints fell from 41 (see the 8D report) to 12 a year.", (41, 12)),
    ("Customer failures went from 23 in 2025 to fewer than 5 in 2027.", (23, 5)),
    ("Our goal is to cut the returns from 212 to under 100 a year.", (212, 100)),
])
def test_a_change_with_an_aside_or_a_bound_keeps_todays_value_and_the_target(sentence, change):
    assert offered_kpi_ends(sentence) == change


def test_a_sentence_with_two_changes_keeps_the_first_one_stated_plainly():
    sentence = ("Measure the KPI: giveaway from 3.1% to 1.5% by September 2027, and kWh per tonne from 148 "
                "(2025, sub-meter) to 135.")
    assert offered_kpi_ends(sentence) == (3.1, 1.5)


@pytest.mark.parametrize("sentence", ["Our goal is to cut the returns from 212 to under 100 a year.",
                                      "Our goal is to cut customer returns from 212 to under 100 a year.",
                                      "Our goal is to cut scrap from 6% to 3%."])
def test_a_goal_with_a_counted_change_drafts_the_return_promised(sentence):
    answer = draft("Quotation for your plant\n\n" + sentence, BANK).answer("return.promise")
    assert answer and any(number in answer.text for number in ("212", "6%"))


def test_a_goal_without_a_number_promises_no_return():
    assert draft("Quotation for your plant\n\nOur goal is to cut the returns.", BANK).answer("return.promise") is None


@pytest.mark.parametrize("row", ["1 | Kick-off; first target: overrun on F3/F4 | FreezeLogic PM",
                                 "1 | Workshop; first goal: scrap on L2 | our project lead",
                                 "Phase 2 | target: OEE on lines L3/L4 | week 6"])
def test_a_plan_rows_week_and_machine_names_are_no_target(row):
    rules = rules_for(BANK)
    assert read_change(row, rules) is None and read_target(row, rules) is None
