"""A rate whose counted things are named in three words before its base ("labelling rack errors per 1,000 racks") keeps
them in its unit, so a sample counted in the base's things is never its baseline; a buyer's ceiling whose own words are
the commitment ("shall use not more than 1.1 litres") aims at that ceiling, not a limit told later in a bracket.
Sentences written for these tests."""
from kpi_corpus import kpi_ends
from questions import load_bank
from reading.draft_rules import rules_for
from reading.kpi_sentence import read_target

RULES = rules_for(load_bank())


def test_a_rate_with_three_words_before_its_base_is_not_the_sample_it_came_from():
    text = ("Picking offer\nYour auditors found 7.5 rack labelling errors per 1,000 racks last spring, from a sample of "
            "4,800 racks checked at dispatch.\nWe commit to no more than 1.5 rack labelling errors per 1,000 racks, "
            "checked over 6 weeks.")
    assert kpi_ends(text) == (7.5, 1.5)


def test_a_ceiling_said_with_not_more_than_aims_at_it_not_at_a_later_bracketed_limit():
    target = read_target("Requirement: the new rinser shall use not more than 0.8 litres of water per keg, with kegs as "
                         "clean as today (below 200 RLU).", RULES)
    assert (target.unit, target.target) == ("litres of water per keg", 0.8)


def test_a_buyers_ceiling_with_a_bracketed_limit_pairs_with_the_measured_rate():
    text = ("Request for quotation - keg rinser\nOur meter readings give a water consumption of 2.1 litres per keg.\n"
            "Requirement: the new rinser shall use not more than 0.8 litres of water per keg, with kegs as clean as "
            "today (below 200 RLU).")
    assert kpi_ends(text) == (2.1, 0.8)


def test_a_bracketed_aside_between_a_measure_and_its_value_leaves_the_value_the_measures():
    text = ("Moulding offer\nScrap on your press line (flash not counted; short shots and sink marks) averaged 5.0 % "
            "of good output this year.\nWe commit to reducing scrap on the press line by 30 %.")
    assert kpi_ends(text) == (5.0, 3.5)


def test_a_value_told_inside_brackets_still_reads_its_own_clause():
    text = ("Moulding offer\nYour press line runs well (scrap 5.0 % of good output this year).\n"
            "We commit to reducing scrap on the press line by 30 %.")
    assert kpi_ends(text) == (5.0, 3.5)
