"""The topics a reply answers that no question asked: read from its sentences that answer no asked question by their
place. A sentence in the paragraph a heading or a number gives an asked question ("ERP connection. ... Each night the
gateway posts the energy used per order, so finance sees kWh and cost per order") answers that question, whatever
other topic its words touch (a frequency and "sees" are how fast a person sees a stop only where said of that); an
offer the letter did not ask for is said in a place of its own ("Although you did not ask, ...")."""
from __future__ import annotations


def said_unasked(reader, sentences: list, at: dict[int, str], asked: set[str], people, quoting) -> dict:
    """What the sentences placed at no asked question (`at`: start -> topic) say on each topic: the one reading both
    which topics were answered unasked and the sentences shown for them (scoring/round_unasked.py) come from."""
    own = [said for said in sentences if at.get(said[0].start) not in asked]
    return reader.said_on(own, people, asked, quoting)


def unasked(reader, sentences: list, at: dict[int, str], asked: set[str], people, quoting) -> list[str]:
    """Topic ids not `asked` that the sentences placed at no asked question answer in full."""
    said = said_unasked(reader, sentences, at, asked, people, quoting)
    return [t.id for t in reader.rules.topics if t.id not in asked and len(said[t.id].parts) == len(t.needs)]
