"""A reply sentence's topics by a topic's own look (reading/reply_looks.py: the KPI's measure compared or moved by a year,
a measured accuracy, data held and sent after, a link's owner) are read with one look at its words for all the looks
together, each look asked only where one of its phrases is: the topics are those asking every look of every sentence
gives, on the speed aim's reply (tuning/ to tuning3/ only) and on random texts of the looks' own words."""
import random

from questions import load_bank
from reading.reply_looks import Looks
from reading.reply_wrapped import as_read
from rounds_corpus import speed_round
from scoring.rounds import reply_reader

READER = reply_reader(load_bank())
_, _SENT, REPLY = speed_round()
_WORDS = ["from", "to", "by", "until", "in", "during", "baseline", "against", "compared with", "the", "12 weeks", "before",
          "go-live", "2027", "2025", "4.1%", "2.5%", "detection", "detected", "caught", "of", "50", "97.8%", "false",
          "rejected", "good parts", "keeps", "14 days", "data", "and", "sends", "them", "after", "once the", "connection",
          "returns", "owns", "looks after", "the SAP link", "the OPC UA interface", "your IT", "team", ",", ".", ";",
          "the gateway keeps 14 days of data and sends them afterwards", "buffers it and uploads it once the link is back",
          "Mrs Keller from controls looks after the XML link to SAP", "the pilot reached 97.8% detection of cracks",
          "from 4.1% in 2025 to 2.5% by June 2027", "against the 12 weeks before go-live"]


def _every_look(topics: set[str], lower: str, found, substance, linked) -> set[str]:
    """What the reader asked of each sentence before: every look, ungated."""
    measured, reader = READER.measured, READER
    topics = set(topics)
    if measured.periods_in(lower) or reader.measures.due_in(lower):
        topics |= {measured.topic}
    if reader.accuracy.said(lower, reader.spelled.digits):
        topics |= {reader.accuracy.topic}
    if reader.resend.said(lower):
        topics |= {reader.resend.topic}
    return reader.links.owning(topics, found, reader.cue_topics, lower, substance, linked)


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 14)))


def _differs(looks: Looks, texts) -> int:
    wrong = 0
    for text in texts:
        read = READER.reader.read(text).sentences
        substance = read[0].substance if len(read) == 1 else []
        lower = text.lower()
        found = READER.cues_in(lower)
        cued = {t for cue in found for t in READER.cue_topics[cue]}  # as the reader's cues put it (reply.py)
        for on in (set(), cued, cued | {READER.links.topic}):
            wrong += looks.on(set(on), lower, found, substance, None) != _every_look(on, lower, found, substance, None)
    return wrong


def test_the_topics_of_the_reply_sentences_by_their_own_looks_are_those_every_look_finds():
    text = as_read(REPLY.text, READER.titled)
    assert _differs(READER.looks, [s.text for s in READER.read_as(text).sentences]) == 0


def test_the_topics_of_random_sentences_by_their_own_looks_are_those_every_look_finds():
    assert _differs(READER.looks, _texts(seed=12, count=3000)) == 0


def test_a_look_asked_without_the_phrase_it_needs_would_lose_topics():
    blind = Looks(READER)
    blind.keyed = {key: [(needs, look) for needs, look in said if look != "kpi"] for key, said in blind.keyed.items()}
    blind.keys = frozenset(k for k, said in blind.keyed.items() if said)
    assert _differs(blind, _texts(seed=12, count=3000)) > 0


def test_most_reply_sentences_ask_no_look():
    lowers = [s.text.lower() for s in READER.read_as(as_read(REPLY.text, READER.titled)).sentences]
    assert sum(not READER.looks.may(lower) for lower in lowers) > len(lowers) / 2
