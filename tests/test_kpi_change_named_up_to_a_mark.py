"""What a change names ends at the first mark of its clause: in 'halve press scrap, counted over 6 weeks' the change
is of press scrap, and the window after the comma is no part of its name. Sentences written for these tests."""
from kpi_corpus import offered_kpi
from reading.kpi_change import read_relative
from reading.kpi_numbers import as_read


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_window_after_a_comma_is_no_part_of_what_a_halving_names():
    change = read_relative(as_read("We commit to halving press scrap, counted over 6 weeks after handover."))
    assert change and change.metric == "press scrap"


def test_a_halving_told_with_its_window_pairs_with_the_share_told_earlier_not_an_hourly_output():
    text = ("Scrap at the press stage is running at 3.2 % (cracks and burrs; your ERP, March to June).\n"
            "The two presses each make about 1,800 cups an hour with tools changed every 30 minutes.\n"
            "With die monitoring we commit to halving press scrap, counted over 6 weeks after handover.")
    assert _ends(text) == (3.2, 1.6)


def test_a_semicolon_ends_the_name_of_what_a_cut_changes_too():
    change = read_relative(as_read("We will cut glaze rework by 30 %; the kiln stays as it is."))
    assert change and change.metric == "glaze rework"
