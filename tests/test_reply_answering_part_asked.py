"""General.answering_part asks why a clause answers nothing only of a sentence of two statements or more (cut at a
semicolon): a sentence of one statement has no part that stands apart, whatever its clause's verdict. The spans are
those of asking every clause, on random sentences and verdicts."""
import random

from questions import load_bank
from reading.reply_general import _STANDS_ALONE
from scoring.rounds import reply_reader

GENERAL = reply_reader(load_bank()).general
PIECES = ["the edge PC connects only outbound over HTTPS", "our cloud is ISO 27001 certified", "your MES team owns it",
          "we read the meters every 10 s", "it connects to all major MES", "; ", "; ", ", and ", " - "]


def _asking_every_clause(text: str, before: str, why):
    cuts = [0, *(at for m in _STANDS_ALONE.finditer(text) for at in (m.start(), m.end())), len(text)]
    spans = list(zip(cuts[::2], cuts[1::2]))
    general = [bool(why(text[a:b], before if not i else "")) for i, (a, b) in enumerate(spans)]
    rest = [i for i, g in enumerate(general) if not g]
    if not rest or len(rest) == len(spans) or rest != list(range(rest[0], rest[-1] + 1)):
        return None
    return spans[rest[0]][0], spans[rest[-1]][1]


def test_the_answering_part_is_that_of_asking_every_clause():
    rng = random.Random(16)
    found = 0
    for _ in range(4_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6))).strip()
        verdicts = {}
        why = lambda clause, before: verdicts.setdefault(clause, rng.choice(["", "general"]))
        got = GENERAL.answering_part(text, "before", why)
        assert got == _asking_every_clause(text, "before", why), text
        found += got is not None
    assert found > 200  # parts that stand apart were found


def test_a_sentence_of_one_statement_has_no_clause_asked():
    asked = []
    why = lambda clause, before: asked.append(clause) or "it describes the market"
    assert GENERAL.answering_part("Our platform connects to all major MES, and it learns fast.", "", why) is None
    assert asked == []
    assert GENERAL.answering_part("We read the meters every 10 s; our cloud is certified.", "",
                                  lambda clause, before: "general" if "cloud" in clause else "") == (0, 29)
