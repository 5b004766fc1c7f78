"""A first read asks fewer rules of each sentence (bench/PROFILE_EDIT.md, replyspeed10): a settled topic is read no further
(replyspeed9's cut), a tied sentence's kinds are read only where what it surely names falls short, and a few looks are
tried only where they can match. Each gives what reading everything gave: on the speed aim's reply (tuning/ to tuning3/
only) and on random texts made of the words and characters the rules look for."""
import random

import pytest

from questions import load_bank
from questions.models import Answer, Evaluation
from reading import reply as reply_module
from reading import reply_general
from reading.reply_answers import Tied, specific_where_tied
from reading.reply_drafting import _cells
from reading.reply_marks import SaidOn, settled
from reading.reply_quotes import Quoting
from reading.reply_wrapped import one_line
from rounds_corpus import speed_round
from scoring.rounds import reply_reader

BANK = load_bank()
READER = reply_reader(BANK)
RULES = READER.rules
_, SENT, REPLY = speed_round()
QUESTIONS = SENT.rounds[0].questions


def _texts(pieces: list[str], seed: int, count: int = 20_000, most: int = 12):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def _read(questions, monkeypatch, settle: bool):
    READER.forget()
    if not settle:
        monkeypatch.setattr(reply_module, "settled", lambda *_: False)
    calls = []
    kinds_read = type(READER).kinds_read
    monkeypatch.setattr(type(READER), "kinds_read", lambda self, *a: calls.append(a[:2]) or kinds_read(self, *a))
    read = READER.read(questions, REPLY.text)
    monkeypatch.undo()
    return read, len(calls)


@pytest.mark.parametrize("asked", [len(QUESTIONS), 4], ids=["every topic asked", "four asked"])
def test_a_settled_topic_read_no_further_marks_the_reply_as_reading_every_sentence(asked, monkeypatch):
    questions = QUESTIONS[:asked]
    every, every_reads = _read(questions, monkeypatch, settle=False)
    cut, cut_reads = _read(questions, monkeypatch, settle=True)
    assert cut == every
    assert cut_reads < every_reads  # the long reply settles topics early: later sentences on them are not read


def test_a_topic_is_settled_only_with_every_part_named_and_its_quotes_full_where_asked():
    needs, full = [["data"], ["system"]], Quoting().rules.most
    asked = Quoting()
    assert settled(SaidOn(specific=["a"] * full, parts={0, 1}), needs, "data", asked)
    assert not settled(SaidOn(specific=["a"] * full, parts={0}), needs, "data", asked)  # a part still open
    few = SaidOn(specific=["a"] * (full - 1), parts={0, 1})
    assert not settled(few, needs, "data", asked)  # a quote more may still be shown
    assert settled(few, needs, "data")  # an unasked topic shows none


def test_a_topic_is_not_settled_while_its_quotes_answer_other_questions():
    """A question quotes the sentences that answer it itself (reply_quotes.py): three sentences on the topic that each
    answer another question leave room for a later one of its own."""
    needs = [["data"]]
    elsewhere = Quoting(own={"a": frozenset({"kpi"}), "b": frozenset({"kpi"}), "c": frozenset({"data"})})
    assert not settled(SaidOn(specific=["a", "b", "c"], parts={0}), needs, "data", elsewhere)
    assert settled(SaidOn(specific=["c", "c", "c"], parts={0}), needs, "data", elsewhere)


def _tied() -> dict[str, list[Tied]]:
    READER.forget()
    said, at = READER.placed(REPLY.text, QUESTIONS)
    return READER.tied(said, {q.topic for q in QUESTIONS}, frozenset(), at, READER.headed(REPLY.text, QUESTIONS))


def test_what_a_tied_sentence_surely_names_is_a_part_of_its_kinds_and_counts_no_more_than_its_signals():
    tied = _tied()
    pairs = [(s.least(), s) for said in tied.values() for s in said]  # before any kinds are read
    links = [sure for (sure, _), s in pairs if s in tied[RULES.links.topic]]
    assert len(pairs) > 100
    for (sure, least), s in pairs:
        assert sure <= s.kinds and least <= s.signals
    assert any(sure for (sure, _), _s in pairs)  # most name something for sure: their kinds need not be read
    assert links and not any(links)  # reading links may take a kind away: nothing sure there


def test_an_answer_is_raised_where_tied_as_when_every_tied_sentence_s_kinds_are_read_first():
    lazy = _tied()
    eager = {t: [Tied(s.text, set(s.kinds), s.signals, s.section) for s in said] for t, said in _tied().items()}
    topic_of = RULES.topic_of
    answers = [Answer(question=q, evidence="vendor_claim", text="said", quotes=[s.text], drafted=True)
               for q, t in topic_of.items() for s in eager.get(t, [])[:12]]
    drafted = Evaluation(bank_version=BANK.version, proposal="p", answers=answers)
    raised = specific_where_tied(drafted, lazy, topic_of, RULES.topics)
    assert raised == specific_where_tied(drafted, eager, topic_of, RULES.topics)
    evidence = {a.evidence for a in raised.answers}
    assert evidence == {"vendor_claim", "specific"}  # some sentences name what is asked, some do not
    assert sum(s._kinds is None for said in lazy.values() for s in said) > 0  # and some kinds were never read


def test_a_list_of_alternatives_is_found_where_the_pattern_tried_at_every_word_finds_it():
    pieces = ["SAP", "Oracle", "Dynamics 365", "MES", "the", "Mr", "a/b", "x.y", "-", "1", "B", "c", "\u00c9tat", "_x",
              " and ", " or ", "and", "or", ",", ", ", ",\t", ",\n", ",\u00a0", " ", "  ", "\n", "\u2009", ";", "(", ")"]
    texts = list(_texts(pieces, 53, 30_000, 14))
    spans = [[m.span() for m in reply_general._LIST.finditer(text)] for text in texts]
    assert [[m.span() for m in reply_general._lists(text)] for text in texts] == spans
    assert any(spans) and not all(spans)


def test_a_track_record_and_a_standard_are_found_where_their_patterns_find_them():
    track, general = READER.track, READER.general
    pieces = [*RULES.track_record.measures[:4], *RULES.track_record.past[:3], " 2025", "99.9", "%", " percent",
              " per cent", "percent", " ", " ", "ISO", "ISO 27001", "IEC 62443", "iso", "EN", "-", "123", "your", "x", "."]
    texts = list(_texts(pieces, 59))
    for text in texts:
        lower = text.lower()
        plain = track.measure.search(lower) and track.percent.search(lower) and track.past.search(lower) and not any(
            w and w.search(lower) for w in (track.promise, track.plant))
        assert bool(track.why(lower)) == bool(plain)
        if general.standard.search(text):
            assert not general._none_general(text)  # a standard's number: a clause may be general
    assert any(track.why(t.lower()) for t in texts) and any(general.standard.search(t) for t in texts)


def test_a_line_with_no_bar_is_one_cell():
    pieces = ["Network", ":", " ", "\n", "  ", "OPC UA", "| ", "|", " | ", "KPI", "\t", "9.7 kg"]
    texts = list(_texts(pieces, 61, 5_000))
    for text in texts:
        if "|" not in one_line(text):
            assert _cells(text) == one_line(text)
    assert any("|" in t for t in texts)
