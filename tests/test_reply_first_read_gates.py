"""The cheap looks a first read of a reply takes before a closer one (bench/PROFILE_EDIT.md, replyspeed6): each skips
only texts the closer look would find nothing in, on random texts made of the words the rules look for."""
import random
import re

from questions import load_bank
from reading import reply_built, reply_phrases
from reading.reply_general import General
from reading.spelled import _ANY, _WORD, Spelled
from scoring.rounds import reply_reader

RULES = reply_reader(load_bank()).rules


def _texts(pieces: list[str], seed: int, count: int = 20_000, most: int = 10):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def test_a_sentence_no_clause_of_which_can_be_general_is_general_nowhere(monkeypatch):
    general = General(RULES.general)
    rules = RULES.general
    pieces = [*rules.marks[:12], *rules.unnamed, *rules.plant[:6], *rules.standards[:3], *rules.ranges[:3], *rules.bounds[:3],
              "27001", "9001", " 12", " line speed ",
              "SAP", "Oracle", "MES", ", ", " and ", " or ", "; ", ": ", ", so ", "It ", "the line", " ", "x", "."]
    texts = list(_texts(pieces, 17, 6_000))
    gated = [general.why(text, before) for text, before in zip(texts, [*texts[1:], ""])]
    monkeypatch.setattr(General, "_none_general", lambda self, text: False)
    assert gated == [general.why(text, before) for text, before in zip(texts, [*texts[1:], ""])]
    assert any(gated) and not all(gated)


def test_numbers_in_words_are_read_as_digits_where_the_whole_search_reads_them():
    spelled = Spelled(["hour", "hours", "week"])
    pieces = ["one", "two", "twenty", "ninety", "seven", "s", "x", "2", "_", "-", " ", ".", "\u00e9", "\n", "One ",
              " hour", " week", "-five", "K", "\u212a"]
    for text in _texts(pieces, 19):
        old = _WORD.sub(spelled._value, text) if _ANY.search(" " + text.lower()) else text
        assert spelled.digits(text) == old, repr(text)


def test_a_clause_that_marks_a_person_lies_in_a_sentence_that_does():
    pieces = ["he", "his", "her", "she", "himself", "by eye", "by hand", "manually", "who", "to ", "for ", "with ",
              "the sawyer", " ", ".", ";", ":", "x", "-", "sees", "\u00e9", "2", "the", "hand", "eye"]
    for text in _texts(pieces, 23):
        clauses = re.split(r"[.;:]", text)
        if any("who" in clause or reply_built._MARK.search(clause) for clause in clauses):
            assert "who" in text or reply_built._MARK.search(text), repr(text)
        assert reply_built._may_mark(text) == bool(reply_built._MARK.search(text)), repr(text)
        old_person = ("he" in text or "his" in text) and reply_built._PRONOUN.search(text) is not None
        assert reply_built._person(text) == (reply_built._PERSON.search(text) is not None if "who" in text else old_person)


def test_one_word_phrases_let_a_text_through_as_the_full_check_does():
    rng = random.Random(29)
    for _ in range(500):
        words = list({"".join(rng.choice("ab -") for _ in range(rng.randint(1, 6))).strip() or "a"
                      for _ in range(rng.randint(1, 6))})
        gated = reply_phrases.phrases(words, plural=rng.random() < 0.5)
        for text in _texts(["a", "b", "ab", "s", "es", " ", "-", "."], rng.randint(0, 10**6), 30, 12):
            held = reply_phrases.runs(text)
            full = gated.keys is None or any(needs <= held for key in gated.keys & held for needs in gated.keyed[key])
            assert gated.may(text) == full, (words, text)


def test_a_sentence_skipped_for_the_plants_own_systems_names_none():
    links = reply_reader(load_bank()).links
    pieces = ["your", "Your ", "the existing", "THE EXISTING ", "Stock", "AKVA CCS", " ", "stock ", "(Timbersoft)",
              *links.own_kinds, "SYSTEM", "\u017fystem", "x", "-"]
    for text in _texts(pieces, 31, most=8):
        if not links._may_own(text):
            assert not list(links.own.finditer(text)), repr(text)


def test_a_sentence_skipped_for_comparisons_compares_nothing():
    measured = reply_reader(load_bank()).measured
    pieces = [*RULES.measure.compared, " ", "-", ".", "x", "the 12 weeks before", "\u00fc", "s"]
    for text in _texts(pieces, 37, most=6):
        if not measured.comparing.may(text):
            assert not list(measured.compared.finditer(text)), repr(text)


def test_a_name_is_found_where_the_look_back_first_pattern_finds_it():
    old = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*(?:[-.][A-Z]?[a-z]+)*(?![\w-])")
    pieces = ["A", "Ab", "Abc", "abc", "x", ".", "-", " ", "_", "1", "\u00e9", "\u00c9", "McK", "Graz", "ab-Cd", "Q"]
    for text in _texts(pieces, 41):
        assert [m.span() for m in reply_built._NAME.finditer(text)] == [m.span() for m in old.finditer(text)], repr(text)


def test_a_sentence_skipped_for_names_data_moves_to_names_none():
    links = reply_reader(load_bank()).links
    pieces = [*RULES.links.movers, *[m.upper() for m in RULES.links.movers[:4]], " ", "FishTalk ", "the ", "Your ",
              "SAP PM ", " feed", " stock levels", ".", ";", "x", "s", "\u017f", "\u212a", "2"]
    for text in _texts(pieces, 41, 8_000, most=8):
        if text.isascii() and not links.movers.may(text.lower()):
            assert not list(links.mover.finditer(text)), repr(text)


def test_a_text_skipped_for_team_names_names_no_team():
    links = reply_reader(load_bank()).links
    pieces = [*RULES.links.teams, *[t.upper() for t in RULES.links.teams[:4]], " ", "the SAP ", "MES ", "owned by ",
              "owns ", "Herr Vogel from ", ".", "x", "-", "2", "\u212a", "\u017f"]
    for text in _texts(pieces, 43, 8_000, most=8):
        if text.isascii() and not links.team_words.may(text.lower()):
            assert links.team_name.search(text) is None, repr(text)
