"""A reply's link sentences add the links the drafted answer lacks and give a way to its rows that name none
(reply_links.with_links): each clause's way is read only where a link is new or a row still names no way, the same rows
and quotes as reading every tied sentence's ways (random drafted rows, the speed aim's reply: tuning/ to tuning3/)."""
import random

from questions import load_bank
from questions.models import Answer, Evaluation, Integration
from reading import reply_drafting, reply_links
from reading.draft import drafter_for
from reading.reply_answers import Tied
from reading.reply_owners import areas_reader
from rounds_corpus import speed_round
from scoring.rounds import reply_reader

BANK = load_bank()
DRAFTER, READER = drafter_for(BANK), reply_reader(BANK)
LINKS = BANK.key_questions.integrations
_OFFER, SENT, REPLY = speed_round()
AREAS = ["maintenance", "quality", "inventory", "planning", "production", "energy", "costing", "lab"]


def _every_way_read(drafted: Evaluation, tied: list[Tied], areas_of) -> tuple[list, list]:
    """with_links' rows and quotes, every tied sentence's ways read (no formats, no own names)."""
    answer = drafted.answer(LINKS)
    rows, quotes = list(answer.integrations), list(answer.quotes)
    have = {row.system for row in rows}
    for said in (s for s in tied if s.least()[1] >= 2 or s.signals >= 2):
        named = reply_links._areas_before_owners(said.text, areas_of)
        owner = ""
        if not named:
            named, owner = reply_links._area_said(said.text, DRAFTER)
        new = [area for area in named if area not in have]
        ways = reply_links._ways(said.text, areas_of, DRAFTER)
        filled = reply_links._fill_methods(rows, {area: way for area, way in ways.items() if area not in new})
        for area in new:
            method = ways.get(area) or reply_links._way(DRAFTER, said.text)
            method = method or reply_links._formats(said.text, None) if owner else method
            rows.append(Integration(system=area, direction=DRAFTER._direction(said.text), method=method, owner=owner))
            have.add(area)
        if (new or filled) and said.text not in quotes:
            quotes.append(said.text)
    return rows, quotes[:reply_links.MAX_QUOTES]


def test_the_rows_and_quotes_of_a_replys_links_are_those_read_with_every_sentences_ways():
    sentences, placed = READER.placed(REPLY.text, SENT.rounds[0].questions)
    topic = READER.rules.topic_of[LINKS]
    tied = READER.tied(sentences, {topic}, frozenset(), placed)[topic]
    areas_of = areas_reader(DRAFTER, LINKS)
    rng, filled = random.Random(2), 0
    for _ in range(40):
        start = rng.randrange(len(tied))
        said = tied[start:start + rng.randint(1, 12)]
        rows = [Integration(system=a, method=rng.choice(["", "", "REST", "CSV file"])) for a in rng.sample(AREAS, rng.randint(1, 4))]
        drafted = Evaluation(bank_version=BANK.version, proposal="p", answers=[
            Answer(question=LINKS, evidence="specific", drafted=True, integrations=rows, quotes=["Offer text."])])
        reply_drafting.forget()
        got = reply_links.with_links(drafted, LINKS, said, areas_of, DRAFTER).answer(LINKS)
        want_rows, want_quotes = _every_way_read(drafted, said, areas_of)
        assert (got.integrations, got.quotes) == (want_rows, want_quotes)
        filled += sum(not a.method and bool(b.method) for a, b in zip(rows, got.integrations))
    assert filled > 3  # rows that named no way were given the way a later sentence says
