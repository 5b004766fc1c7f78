"""The topics a reply answers that no question asked: read from its sentences that answer no asked question by their
place. A sentence in the paragraph a heading or a number gives an asked question ("ERP connection. ... Each night the
gateway posts the energy used per order, so finance sees kWh and cost per order") answers that question, whatever
other topic its words touch (a frequency and "sees" are how fast a person sees a stop only where said of that); an
offer the letter did not ask for is said in a place of its own ("Although you did not ask, ...")."""
from __future__ import annotations


def unasked(reader, sentences: list, at: dict[int, str], asked: set[str], people, quoting) -> list[str]:
    """Topic ids not `asked` that the sentences placed at no asked question (`at`: start -> topic) answer in full."""
    own = [said for said in sentences if at.get(said[0].start) not in asked]
    said = reader.said_on(own, people, asked, quoting)
    return [t.id for t in reader.rules.topics if t.id not in asked and len(said[t.id].parts) == len(t.needs)]
