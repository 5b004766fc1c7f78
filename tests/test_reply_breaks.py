"""A reply's paragraph breaks are found once per text (reading/reply_breaks.py) and shared by the layout's and the
paragraph rules' walks: the record answers as asking afresh does, for each text it is asked of, in any order."""
import random

from reading.reply_breaks import breaks, paragraph_break
from scoring.rounds import reply_reader
from questions import load_bank

_PIECES = ["a", "Ab", ".", " ", "\t", "\n", "\n\n", " \n \n", "[09:14] ", "[9:14 am] ", "12:30 ", "\f", "\xa0"]


def _texts(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def test_the_record_of_a_text_answers_every_offset_as_the_break_found_afresh():
    rng = random.Random(11)
    texts = _texts(rng, 300)
    for _ in range(6_000):  # texts asked in turns, each offset asked again and again
        text = rng.choice(texts)
        start = rng.randint(0, len(text))
        assert breaks(text)[start] == paragraph_break(text, start), (text, start)


def test_a_text_equal_to_one_recorded_is_answered_as_that_text_and_another_as_its_own():
    first = "Our answer.\n\nA new paragraph."
    breaks(first)[13]
    same, other = "".join(["Our answer.\n\nA new ", "paragraph."]), "Our answer. A new paragraph, still one."
    assert breaks(same)[13] and breaks(same) is breaks(first)
    assert not breaks(other)[13]


def test_forgetting_a_reader_empties_the_records():
    text = "Line one.\n\nLine two."
    record = breaks(text)
    reply_reader(load_bank()).forget()
    assert breaks(text) is not record and breaks(text)[11] == record[11]
