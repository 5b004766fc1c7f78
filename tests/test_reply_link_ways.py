"""A link's way (drafting's `_method`) is read once per sentence or clause in a reply's read (reply_links._way) and
a record's name is looked for only after a verb that makes one: the same ways as reading each afresh, in full."""
import random

from questions import load_bank
from reading import reply_drafting, reply_links
from reading.draft import drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()
DRAFTER = drafter_for(BANK)
_WORDS = ["the", "MES", "gets", "orders", "via", "REST", "API", "as", "a", "CSV", "file", "creates", "booked",
          "quality", "notification", "work", "order", "in", "SAP", "PM", "over", "OPC", "UA", "an", "XML", "export",
          "files", "ticket", "raised", ",", "and", "SFTP", "opens", "maintenance", "request"]


def _method_words_in_full(quote: str) -> list[tuple[int, str]]:
    """`_method_words` with a record's name looked for in every sentence, made by a verb or not."""
    rules, words = DRAFTER.rules, tokens(normalise(quote))
    made = rules.made.find(words)
    found = rules.methods.find(words) + [
        (min(a for a, b, _ in made if b <= start and start - b <= rules.made_window), end, key)
        for start, end, key in rules.records.find(words)
        if any(b <= start and start - b <= rules.made_window for _, b, _ in made)]
    return [(a, b) for a, b, _ in found]


def _sentences(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_a_records_name_is_read_as_the_full_look_reads_it_with_a_verb_that_makes_one_or_without():
    told = 0
    for quote in _sentences(3, 3_000):
        words = tokens(normalise(quote))
        spans = {(a, b) for a, b in _method_words_in_full(quote)}
        widest = [(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)]
        assert len(DRAFTER._method_words(quote)) == len(set(widest)), quote
        told += bool(DRAFTER.rules.records.find(words)) and not DRAFTER.rules.made.find(words)
    assert told > 100  # sentences naming a record without a verb that makes one were asked


def test_a_way_read_once_is_the_way_drafting_reads_each_time():
    reply_drafting.forget()
    for quote in _sentences(5, 1_500):
        assert reply_links._way(DRAFTER, quote) == DRAFTER._method(quote), quote


def test_forgetting_a_reply_empties_the_ways_read():
    reply_links._way(DRAFTER, "The MES gets the orders via REST API.")
    reply_drafting.forget()
    assert reply_links._way.cache_info().currsize == 0


_NEGATING = ["no", "not", "without", "don't", "never", "none", ":", "needed", "or", "nor", "MES", "ERP", "cloud",
             "remote", "access", "link", "the", "box", "reads", "PLC", ",", "until", "signs", "off", "SAP", "API"]


def test_a_sentences_cues_read_each_negation_once_as_reading_it_twice_does(monkeypatch):
    rng = random.Random(9)
    sentences = [" ".join(rng.choice(_NEGATING + _WORDS) for _ in range(rng.randint(2, 16))) for _ in range(1_500)]
    once = [DRAFTER.cues(s) for s in sentences]
    monkeypatch.setattr(type(DRAFTER), "_denied", lambda self, known, *a: self._negated(*a))
    assert once == [DRAFTER.cues(s) for s in sentences]
    assert sum(bool(c) for c in once) > 300  # sentences with cues were read
