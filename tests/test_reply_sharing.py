"""Reading a reply shares its work (a sentence's cues found once, drafting's pass over the reply reused, what a text
read remembered across reads within bounds): the same reading as doing it all afresh."""
import random
import re

from questions import load_bank
from reading import reply_drafting
from reading.documents import pasted
from reading.reply import _phrases
from reading.reply_drafting import draft_with_reply
from reading.text import reader_for
from reading.reply_structure import paragraph_break
from reading.reply_wrapped import titles
from reading.spelled import _ANY, ONES, TENS
from rounds_corpus import cases, sent_out
from scoring.rounds import _read_whole, read_reply, reply_reader

BANK = load_bank()


def _flat(words: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?:e?s)?(?![\w-])")


def test_phrases_find_what_a_flat_longest_first_list_finds():
    rng = random.Random(7)
    for _ in range(500):
        words = list({"".join(rng.choice("abc -") for _ in range(rng.randint(1, 5))).strip() or "a"
                      for _ in range(rng.randint(1, 8))})
        texts = ["".join(rng.choice("abc -s.,") for _ in range(rng.randint(0, 25))) for _ in range(10)]
        trie, flat = _phrases(words, plural=True), _flat(words)
        for text in texts:
            assert trie.findall(text) == flat.findall(text)
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def _outcome(done) -> tuple:
    return ([(q.topic, q.status, q.why, q.quotes) for q in done.round.questions],
            [a.model_dump() for a in done.evaluation.answers], done.round.unasked)


def test_a_reply_read_again_warm_or_first_reads_the_same():
    _, case = cases("tuning2")[0]
    sent = sent_out(case["proposal"], "Proposal", "Buyer")
    reply = pasted(next(iter(case["replies"].values()))["text"], "reply", "Reply")
    first = _outcome(read_reply(sent, reply))
    warm = _outcome(read_reply(sent, reply))
    reply_reader(BANK).forget()
    reply_drafting.forget()
    assert first == warm == _outcome(read_reply(sent, reply))


def test_the_selling_memo_shared_by_sessions_stays_bounded(monkeypatch):
    monkeypatch.setattr(reply_drafting._sold, "kept", 5)
    reply_drafting.forget()
    _, case = cases("tuning2")[0]  # its replies judge a dozen sentences' selling
    sent = sent_out(case["proposal"], "Proposal", "Buyer")
    for reply in case["replies"].values():
        read_reply(sent, pasted(reply["text"], "reply", "Reply"))
        assert 0 < len(reply_drafting._sold._found) <= 5


def test_general_words_as_a_trie_find_what_a_flat_list_finds():
    from reading.reply_general import _words
    rng = random.Random(11)
    for _ in range(300):
        words = list({"".join(rng.choice("ab c") for _ in range(rng.randint(1, 5))).strip() or "a"
                      for _ in range(rng.randint(1, 8))})
        flat = re.compile(rf"\b({'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})\b")
        for text in ("".join(rng.choice("abc .,") for _ in range(rng.randint(0, 25))) for _ in range(10)):
            assert _words(words).findall(text) == flat.findall(text)


def test_word_lists_skip_only_texts_they_cannot_match():
    from reading.reply_phrases import Phrases, phrases
    rng = random.Random(13)
    for _ in range(1000):
        words = list({"".join(rng.choice("aab1é -") for _ in range(rng.randint(1, 9))).strip() or "a"
                      for _ in range(rng.randint(0, 6))})
        plural = rng.random() < 0.5
        gated = phrases(words, plural=plural, not_before=["b"] if rng.random() < 0.3 else ())
        assert isinstance(gated, Phrases)
        for text in ("".join(rng.choice("aabAB1és -.,") for _ in range(rng.randint(0, 40))) for _ in range(20)):
            assert gated.findall(text) == gated.compiled.findall(text)
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.compiled.finditer(text)]
            assert bool(gated.search(text)) == bool(gated.compiled.search(text))


def test_a_bound_or_deadline_is_looked_for_only_where_its_words_may_be():
    from reading.signal_patterns import may_hold
    check = may_hold(["in under", "Until"])
    assert check("ready IN UNDER two weeks") and check("until June") and check("bis zum Mai\u212a")
    assert not check("ready in two weeks")


def test_a_shared_memo_makes_each_value_once_and_never_holds_more_than_its_bound():
    from reading.memo import Bounded
    made = []
    memo = Bounded(3)
    for key in [1, 2, 1, 3, 4, 5, 1]:
        memo.get(key, lambda key=key: made.append(key) or key * 10)
        assert len(memo._found) <= 3
    assert made[:3] == [1, 2, 3] and memo.get(5, lambda: -1) == 50


def test_a_paragraph_break_is_found_as_the_blank_line_pattern_before_the_offset_finds_it():
    blank = re.compile(r"\n[ \t]*\n\s*$")  # the pattern over the 80 characters before the offset
    rng = random.Random(3)
    pieces = ["a", ".", " ", "\t", "\n", "\r", "\f", "\xa0", "\u2028", "\u3000"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 100)))
        start = rng.randint(0, len(text))
        assert paragraph_break(text, start) == bool(blank.search(text[max(0, start - 80):start])), repr(text[:start])


def test_titles_full_stops_are_replaced_as_the_whole_pattern_replaces_them():
    rules = reply_reader(BANK).rules
    titled = titles(rules.titles, rules.months)
    rng = random.Random(5)
    pieces = [*rules.titles, *rules.months[:4], "30", "7", ".", ". ", " ", "\t", "\n", "SAP", "PM", "Koch", "a", ",", "-"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = re.sub(titled.pattern, lambda m: m.group()[:-1] + " ", text)
        assert titled.sub(lambda m: m.group()[:-1] + " ", text) == expected, repr(text)


def test_a_number_word_is_found_where_a_whole_word_pattern_finds_it():
    old = re.compile(rf"\b(?:{'|'.join(ONES[1:] + TENS)})\b")
    rng = random.Random(7)
    pieces = ["one", "two", "twenty", "ninety", "s", "x", "2", "_", "-", " ", ".", "\u00e9", "\n"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert bool(_ANY.search(" " + text)) == bool(old.search(text)), repr(text)


def test_scoring_reads_a_reply_and_its_offer_as_drafting_and_the_reply_reader_read_them():
    reader, whole = reply_reader(BANK), reader_for(BANK)
    joined = 0
    for name, case in cases("tuning") + cases("tuning2"):
        sent = sent_out(case["proposal"], name, "Buyer")
        for reply_name, reply in case["replies"].items():
            reply = pasted(reply["text"], "reply", f"Reply {reply_name}").model_copy(update={"kind": "reply"})
            reader.read(sent.rounds[-1].questions, reply.text)
            drafted, _, offer = draft_with_reply(sent.model_copy(update={"documents": [*sent.documents, reply]}), BANK, reader)
            read = _read_whole(drafted.documents, reply, offer, reader)
            if read is not None:
                full = whole.read(drafted.proposal_text)
                assert (read.sentences, read.labels, read.substance_ratio, read.claimed_scope) == \
                       (full.sentences, full.labels, full.substance_ratio, full.claimed_scope)
                joined += 1
    assert joined >= 20


def test_a_text_that_ends_on_a_results_by_is_read_whole_with_the_text_after_it():
    whole = reader_for(BANK)
    offer, reply = "Our model reduced scrap by", "12% in the first year."
    parts = [(offer, whole.read(offer)), (reply, whole.read(reply))]
    assert whole.read(f"{offer}\n\n{reply}").sentences[0].kind == "substance" != whole.read(offer).sentences[0].kind
    assert whole.joined(parts) is None  # the result verb's figure follows the blank line: read whole
    assert whole.joined(parts[1:]).sentences == whole.read(reply).sentences


def test_what_sentences_own_is_remembered_within_bounds_and_forgotten_for_a_first_read(monkeypatch):
    links = reply_reader(BANK).links
    monkeypatch.setattr(links.spans, "kept", 3)
    reply_reader(BANK).forget()
    _, case = cases("tuning2")[0]  # its replies say who owns each link
    sent = sent_out(case["proposal"], "Proposal", "Buyer")
    for reply in case["replies"].values():
        read_reply(sent, pasted(reply["text"], "reply", "Reply"))
        assert len(links.spans._found) <= 3
    assert links.spans._found and links.owner_of._found
    reply_reader(BANK).forget()
    assert not links.spans._found and not links.owner_of._found
