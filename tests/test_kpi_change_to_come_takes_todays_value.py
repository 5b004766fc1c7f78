"""A committed change told after what changes, in the present or with "will" ("the reject share on press 4 goes
down by 1.5 percentage points", "the fill yield will rise by 2 points"), is one to come: its target is today's value
told in another sentence plus or minus the points; a number in what it names ("press 4") is no value of today, and a
change told in the past ("scrap fell by 2 points last year") stays a result of its own. Sentences written for these
tests."""
import pytest

from kpi_corpus import kpi_ends


@pytest.mark.parametrize("text, ends", [
    ("Press shop offer\nTrimmed housings from press 4 are rejected at 5.2 % today, per your QA log. "
     "Our firm commitment: the reject share on press 4 goes down by 1.5 percentage points, counted over 6 weeks.",
     (5.2, 3.7)),
    ("Filler offer\nYour fill yield this year is 91.0 % of the syrup dosed. "
     "We guarantee that the fill yield on filler 2 will rise by 2.5 percentage points.",
     (91.0, 93.5)),
])
def test_a_change_to_come_is_today_plus_or_minus_its_points(text, ends):
    assert kpi_ends(text) == ends


def test_a_number_in_the_name_of_what_changes_is_no_value_of_today():
    text = ("Dryer offer\nYour dryer yield is 88.0 % of the wet feed. "
            "Our binding commitment: the yield on dryer 3 rises by 2.0 percentage points on grade B, measured over "
            "10 days of production after the performance test.")
    assert kpi_ends(text) == (88.0, 90.0)


def test_a_change_told_in_the_past_is_no_change_to_come():
    text = ("Dryer offer\nYour dryer scrap is 4.0 % of the wet feed. "
            "At another plant we supplied, scrap fell by 2.0 percentage points.")
    assert kpi_ends(text) is None


def test_a_change_to_come_that_commits_nothing_takes_no_value_of_today():
    text = ("Packaging offer\nYour OEE on the cartoner is 58 % today. With our system OEE rises by 9 percentage points.")
    assert kpi_ends(text) is None
