"""reading/word_regex.py: the one alternation the reading rules build from a word list of questions/*.yaml."""
import re

import pytest

from reading.word_regex import alternation


def _first(words, text: str) -> str:
    return re.search(rf"(?:{alternation(words)})", text).group()


@pytest.mark.parametrize("words, text, read", [
    (["per", "per hour"], "12 units per hour", "per hour"),  # the longer word wins where both start
    (["pro", "pro Stunde"], "12 Teile pro Stunde", "pro Stunde"),
    (["par", "par heure"], "12 pièces par heure", "par heure"),
    (["al", "al mes"], "12 piezas al mes", "al mes"),
    (["na", "na godzinę"], "12 sztuk na godzinę", "na godzinę"),
])
def test_a_longer_word_is_tried_before_the_shorter_word_it_starts_with(words, text, read):
    assert _first(words, text) == read


@pytest.mark.parametrize("word, near_miss", [
    ("p.a.", "pxax"),  # a dot is a dot, no character whatever
    ("z.B.", "zwBw"),
    ("(ca.)", "ca!"),
    ("k€+", "k€€"),
    ("[A]", "A"),
])
def test_a_word_is_matched_as_written_its_regex_characters_escaped(word, near_miss):
    assert re.fullmatch(alternation([word]), word)
    assert not re.fullmatch(alternation([word]), near_miss)


def test_numbers_read_from_yaml_are_matched_as_their_text():
    pattern = alternation([24, 7.5, "hours"])  # YAML reads 24 and 7.5 as numbers
    assert re.fullmatch(pattern, "24") and re.fullmatch(pattern, "7.5") and not re.fullmatch(pattern, "7x5")


def test_no_words_match_nothing_not_every_empty_string():
    assert re.search(alternation([]), "any text at all") is None


def test_a_word_given_twice_is_one_alternative():
    assert alternation(["bis", "bis", "to"]).split("|") == ["bis", "to"]


def test_spaced_words_match_across_any_whitespace_but_not_without_it():
    pattern = alternation(["not included", "nicht enthalten"], spaced=True)
    assert re.fullmatch(pattern, "not\n  included") and re.fullmatch(pattern, "nicht\tenthalten")
    assert not re.fullmatch(pattern, "notincluded")
