"""A sentence the reply places under one question answers the outage or the upkeep too where it tells data held and
sent after, or the vendor doing the upkeep, and who uses it where roles each do something (Placing.answering): those two looks are asked only where the sentence is on
their topic, the same topics as asking both of every placed sentence (the speed aim's reply, tuning/ to tuning3/ only)."""
import random

from questions import load_bank
from reading.reply_tasks import tasked
from rounds_corpus import speed_round
from scoring.rounds import reply_reader

READER = reply_reader(load_bank())
_OFFER, SENT, REPLY = speed_round()
QUESTIONS = SENT.rounds[0].questions


def _both_asked(sentence, lower: str, on: set[str], asked: set[str], where: str) -> set[str]:
    """`answering` of a placed sentence with the outage's and the upkeep's looks asked of every sentence."""
    mine = (on & asked) - READER.unlinked(sentence, lower) if READER.links.topic in on else on & asked
    if where not in mine:
        return READER.answering(sentence, lower, on, asked, where)
    resend, parties = READER.resend, READER.parties
    acting = mine & READER.tasked if len(mine) > 1 and tasked(lower, READER.roles(sentence)) else set()  # roles' own acts
    return ({where} | (mine & {resend.topic} if resend.said(lower) else set())
            | (mine & {parties.topic} if parties.does(parties.topic, lower, sentence.text) else set()) | acting)


def test_a_placed_sentence_answers_the_outage_and_the_upkeep_as_when_both_looks_are_asked_of_each():
    sentences, _ = READER.placed(REPLY.text, QUESTIONS)
    every = {t.id for t in READER.rules.topics}
    rng, added = random.Random(7), 0
    for sentence, lower, _vague, on in sentences:
        for where in [*on, rng.choice(sorted(every))]:  # placed under each question it is on, and under any
            found = READER.answering(sentence, lower, on, every, where)
            assert found == _both_asked(sentence, lower, on, every, where), sentence.text
            added += len(found - {where})
    assert added > 5  # sentences that answer the outage or the upkeep besides the question they stand under were read


_DOING = ["The Supplier retrains the models every quarter.", "Remote monitoring from Dresden is included.",
          "The gateway keeps 14 days of data and sends them after.", "Our support in Tampere monitors remotely."]


def test_the_outage_and_the_upkeep_are_answered_by_a_placed_sentence_only_where_it_is_on_them():
    every = {t.id for t in READER.rules.topics}
    outage, upkeep = READER.resend.topic, READER.parties.topic
    for text in _DOING:
        sentence = READER.reader.read(text).sentences[0]
        lower = sentence.text.lower()
        for on in ({"kpi", outage, upkeep}, {"kpi", outage}, {"kpi", upkeep}, {"kpi"}):
            found = READER.answering(sentence, lower, on, every, "kpi")
            assert found == _both_asked(sentence, lower, on, every, "kpi"), (text, on)
            assert found <= on
    said = READER.reader.read(_DOING[2]).sentences[0]
    assert READER.answering(said, said.text.lower(), {"kpi", outage}, every, "kpi") == {"kpi", outage}
    done = READER.reader.read(_DOING[0]).sentences[0]
    assert READER.answering(done, done.text.lower(), {"kpi", upkeep}, every, "kpi") == {"kpi", upkeep}
