"""Links a reply describes by what moves ("the daily gas per tonne goes to SAP CO as a CSV file", "the
board tally goes to your Dynamics NAV as an XML file"): the reply answers the question on systems in
such words, which drafting (reading/draft_integrations.py) reads as a link only beside its own words of
exchange. A sentence tied to that question and naming two things at least (a system, a format, an owner
...) gives each area it names a row where the drafted answer has none; reply_owners.py then names its
owner."""
from __future__ import annotations

from questions.models import Answer, Evaluation, Integration

from .reply_answers import Tied
from .reply_owners import before_owner

MAX_QUOTES = 3


def with_links(drafted: Evaluation, question: str, tied: list[Tied], areas_of, drafter) -> Evaluation:
    """`drafted` with a row for each area that a sentence of `tied` (the reply's answer to the question on
    systems) links and the answer lacks; `areas_of`: the areas a sentence names, as drafting reads them."""
    answer = drafted.answer(question)
    rows = list(answer.integrations) if answer is not None else []
    quotes = list(answer.quotes) if answer is not None else []
    have = {row.system for row in rows}
    for said in (s for s in tied if s.signals >= 2):
        new = [area for area in areas_of(before_owner(said.text)) if area not in have]  # "owner: the key user in finance" links nothing
        for area in new:  # drafting's own reading of the direction and the method, as for a proposal
            rows.append(Integration(system=area, direction=drafter._direction(said.text), method=drafter._method(said.text)))
            have.add(area)
        if new and said.text not in quotes:
            quotes.append(said.text)
    if answer is not None and len(rows) == len(answer.integrations):
        return drafted
    if answer is None:
        answer = Answer(question=question, evidence="specific", drafted=True)
        drafted = drafted.model_copy(update={"answers": [*drafted.answers, answer]})
    linked = answer.model_copy(update={"integrations": rows, "quotes": quotes[:MAX_QUOTES]})
    return drafted.model_copy(update={"answers": [linked if a is answer else a for a in drafted.answers]})
