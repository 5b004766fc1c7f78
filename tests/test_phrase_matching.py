"""The phrase trie that drafting, roles and labels share (reading/phrases.py)."""
from __future__ import annotations

from reading.phrases import PhraseSet, normalise, tokens


def found(phrases: PhraseSet, text: str) -> list[tuple[str, str]]:
    return [target for _start, _end, key in phrases.find(tokens(normalise(text))) for target in phrases.targets[key]]


def test_a_phrase_as_written_beats_another_phrase_s_plural_spelled_the_same():
    for order in (["defects", "defect"], ["defect", "defects"]):
        listed = {"defect": [("q", "defect")], "defects": [("q", "repeats")]}
        phrases = PhraseSet({phrase: listed[phrase] for phrase in order})
        assert found(phrases, "the defects came back") == [("q", "repeats")], order
        assert found(phrases, "one defect") == [("q", "defect")], order


def test_a_phrase_finds_its_plural_when_no_phrase_is_written_so():
    phrases = PhraseSet({"stop reason": [("q", "reasons")], "batch": [("q", "batch")]})
    assert found(phrases, "stop reasons per shift") == [("q", "reasons")]
    assert found(phrases, "all batches") == [("q", "batch")]


def test_a_two_letter_word_takes_no_es_plural_so_us_is_not_uses():
    phrases = PhraseSet.of(["us", "box"], "tie")
    assert phrases.find(tokens(normalise("The line uses two cameras."))) == []
    assert [key for _s, _e, key in phrases.find(tokens(normalise("Talk to us about the boxes.")))] == ["us", "box"]


def test_a_number_its_comma_ends_starts_no_range_with_the_next():
    """A comma after a number lists ("tankhouse 2, 6,2 %", "en 2025, 12 %"): no range "<n> <n> %" a boast reads;
    a range written with its dash, and a number after the comma alone, still are found."""
    phrases = PhraseSet.of(["<n> <n> %", "<n> %"], "boast")
    keys = lambda text: [key for _s, _e, key in phrases.find(tokens(normalise(text)))]
    assert "<n> <n> %" in keys("it cuts downtime 40-60% at most sites")
    for text in ("shorts in tankhouse 2, 6,2 % off-grade cathodes", "die Anlage 3, 14 % Ausschuss im Jahr 2025",
                 "la ligne 4, 7,5 % de rebuts en 2025"):
        assert keys(text) == ["<n> %"], text
