"""KPI nonsense kinds by structure (issue 14, tuning16): a range of sizes told after a value of the things it
counts is never a baseline and a target, and a measure only hoped for with its guarantee denied is no
commitment. Texts written for these tests."""
from kpi_corpus import kpi_ends as ends
from questions import load_bank
from reading.draft import drafter_for
from reading.kpi_sentence import read_change
from reading.kpi_source import committed, firm
from reading.phrases import normalise, tokens

RULES = drafter_for(load_bank()).rules


def test_a_range_of_sizes_after_a_counted_share_is_no_change():
    said = "The leak test rejects no more than 0.4 % of tubes from 40 to 160 mm after the upgrade."
    assert read_change(said, RULES) is None


def test_a_change_after_its_measures_name_is_still_read():
    said = "We will cut the reject rate of tubes from 1.2 % to 0.4 %."
    measure = read_change(said, RULES)
    assert (measure.baseline, measure.target) == (1.2, 0.4)


def test_a_range_of_sizes_repeated_in_the_commitment_leaves_the_share_paired():
    text = ("Your leak test rejects 1.1 % of copper tubes from 40 to 160 mm today (your QA log, 2026).\n"
            "With the new brazing cell we guarantee that the leak test rejects no more than 0.4 % of tubes from "
            "40 to 160 mm, counted over 5,000 tubes.\n")
    assert ends(text) == (1.1, 0.4)


def test_a_guarantee_denied_in_its_clause_commits_nothing():
    said = "We expect rework to fall as well, perhaps to below 3 %, but we cannot guarantee it."
    assert not committed(said, RULES)
    assert not firm(tokens(normalise(said)))


def test_a_guarantee_not_denied_still_commits():
    said = "We guarantee rework below 3 %, not counting trial runs."
    assert committed(said, RULES)
    assert firm(tokens(normalise(said)))


def test_a_hoped_for_measure_is_not_drafted_beside_a_denied_guarantee():
    text = ("Around 6 % of the glazed tiles are reworked today (your line reports, 2026).\n"
            "We expect rework to fall to perhaps 3 %, but we do not guarantee it because it depends on your clay.\n")
    assert ends(text) is None


def test_a_guarantee_kept_beside_a_denied_one_still_commits():
    said = "We guarantee rework below 3 %; we do not guarantee the energy use, which depends on your clay."
    assert committed(said, RULES)


def test_a_range_of_sizes_after_a_rate_for_the_things_made_is_no_change():
    for said in ("We guarantee a throughput of 55 m/h for profiles from 40 to 120 mm wide.",
                 "We guarantee that the press makes 55 parts per hour of blanks from 0.6 to 2.5 mm."):
        assert read_change(said, RULES) is None


def test_a_change_after_how_much_it_changes_is_still_read():
    measure = read_change("We will reduce energy use by 15 % on the kiln from 520 to 442 kWh/t.", RULES)
    assert (measure.baseline, measure.target) == (520.0, 442.0)


def test_a_sizes_range_beside_a_guaranteed_rate_leaves_the_rate_paired():
    text = ("Today the line makes 42 m/h of good profile (your shift reports).\n"
            "We guarantee a good-profile throughput of 55 m/h for profiles from 40 to 120 mm wide.\n")
    assert ends(text) == (42.0, 55.0)
