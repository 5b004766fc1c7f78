"""The next round says "Nothing is open" only where no question is unanswered either: with questions left to add under
"Also ask" it says how many are still unanswered instead of hiding them (walk73)."""
from views.rounds import settled


def test_nothing_is_open_only_where_nothing_is_unanswered():
    assert settled(0) == ("success", "Nothing is open: the answers settle every gap, risk flag and essential question.")


def test_unanswered_questions_left_to_add_are_counted_not_hidden():
    kind, said = settled(3)
    assert kind == "info" and "Nothing is open" not in said and "3 questions are still unanswered" in said
    assert "1 question is still unanswered" in settled(1)[1]
