"""A reply's paragraph breaks are found once per text (reading/reply_breaks.py) and shared by the layout's and the
paragraph rules' walks: the record answers as asking afresh does, for each text it is asked of, in any order."""
import random

from reading.reply_breaks import breaks, older, paragraph_break
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


_LINES = ["Our answers are below.", "", "Best regards,", "Thabo Nkosi", "From: Thabo Nkosi <t@mill.co.za>",
          "Sent: Monday, 2 November 2026", "To: Dave Price <d@buyer.com>", "-----Original Message-----",
          "On 2 Nov, Anna Berg wrote:", "> Which system holds the data?", "Von: Karl <k@mixmind.de>", "PS: one more thing.",
          "The MES gets the counts.", "Subject: RE: questions"]


def test_the_older_messages_walked_once_are_those_a_fresh_walk_finds():
    paragraphs = reply_reader(load_bank()).paragraphs
    rng = random.Random(13)
    texts = ["\n".join(rng.choice(_LINES) for _ in range(rng.randint(0, 14))) for _ in range(400)]
    found = 0
    for _ in range(1_500):
        text = rng.choice(texts)
        assert older(paragraphs, text) == tuple(paragraphs._older(text)), text
        found += bool(older(paragraphs, text))
    assert found > 100  # texts with an older message under them were asked
