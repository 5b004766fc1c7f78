"""A number right after "line" names the line ("downtime on line 2 shall be 4 %"), never a value: a requirement's
target is the value it sets, paired with today's the text gives. Sentences written for these tests."""
from kpi_corpus import kpi_ends


def test_a_required_target_after_a_numbered_line_pairs_with_todays_value():
    text = ("Target for the mixer: after the retrofit, unplanned downtime on line 2 shall be 4 % of planned time or "
            "less. Today line 2 loses 11.5 % of planned time to unplanned stops.")
    assert kpi_ends(text) == (11.5, 4.0)
