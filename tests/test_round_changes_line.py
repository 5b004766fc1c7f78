"""A round's line shows a score move whole points would hide (the walk's "score 50 -> 50" for 49.7 -> 50.2)."""
from scoring.round_changes import _moved


def test_a_move_within_one_whole_point_shows_a_decimal():
    assert _moved(49.7, 50.2) == "49.7 -> 50.2"


def test_whole_points_where_they_show_the_move_or_nothing_moved():
    assert _moved(42.4, 55.1) == "42 -> 55"
    assert _moved(50.0, 50.0) == "50 -> 50"
    assert _moved(None, 50.0) == "- -> 50"
