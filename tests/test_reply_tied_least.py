"""A tied sentence's least reading (what it surely names, its kinds unread) is read once however often its question's
answers ask it, and gives way to its kinds once they are read."""
from reading.reply_answers import Tied


def test_the_least_reading_is_read_once_and_given_again():
    asked = []
    tied = Tied("The MES gets the counts via REST.", read=lambda: ({"system", "protocol", "data"}, 3),
                least=lambda: asked.append(1) or ({"system"}, 2))
    assert [tied.least() for _ in range(5)] == [({"system"}, 2)] * 5
    assert len(asked) == 1


def test_once_its_kinds_are_read_the_least_reading_is_its_kinds():
    tied = Tied("The MES gets the counts via REST.", read=lambda: ({"system", "protocol"}, 3), least=lambda: ({"system"}, 1))
    assert tied.least() == ({"system"}, 1)
    assert tied.kinds == {"system", "protocol"}
    assert tied.least() == ({"system", "protocol"}, 3)


def test_a_sentence_given_its_kinds_reads_no_least():
    tied = Tied("Owner: your planner.", kinds={"role"}, signals=1, least=lambda: 1 / 0)
    assert tied.least() == ({"role"}, 1) and tied.some()
