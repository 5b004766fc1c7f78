"""A round's line shows its scores whole, as the scorecard does, and a move whole points would hide in words (the
walk's "score 50 -> 50" for 49.7 -> 50.2; then a decimal, "0.0 -> 0.1", beside a scorecard's 0)."""
from scoring.round_changes import _moved


def test_a_move_within_one_whole_point_is_said_in_words_not_by_a_decimal():
    assert _moved(49.7, 50.2) == "50 -> 50, up less than a point"
    assert _moved(0.1, 0.0) == "0 -> 0, down less than a point"


def test_whole_points_where_they_show_the_move_or_nothing_moved():
    assert _moved(42.4, 55.1) == "42 -> 55"
    assert _moved(50.0, 50.0) == "50 -> 50"
    assert _moved(None, 50.0) == "- -> 50"
