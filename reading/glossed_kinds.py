"""A sentence of a text read through a gloss (german.py, romance.py) weighed as its English reads.

The sentence reader (text.py) marks a sentence label, substance or neutral by words.yaml's English words: "Chaque
alerte est confirmée par le technicien de maintenance de poste" names no English role, so it reads neutral, and every
answer it drafts is only the vendor's claim, where its translation ("Each alert is confirmed by the shift maintenance
technician") is described specifically. Drafting already reads such a text in the gloss's English words; the grade it
gives a sentence is read there too, so the same proposal grades alike in every language the gloss knows. The reading the
buyer is shown keeps the sentence as written: only drafting weighs the gloss."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .text import Reading, Sentence

if TYPE_CHECKING:  # annotations only
    from .text import Reader

SUBSTANCE = "substance"


def glossed_kinds(reading: Reading, english: dict[str, list[str]], written: dict[str, list[str]],
                  reader: Reader) -> Reading:
    """`reading` with each glossed sentence (a text of `written`) that its gloss (`english`, its words) reads as
    substance marked so, its labels as written: the reading itself where no sentence changes."""
    if not written:
        return reading
    glossed: dict[str, Sentence | None] = {}  # a line said again is read once
    sentences = []
    for sentence in reading.sentences:
        if sentence.kind != SUBSTANCE and sentence.text in written:
            if sentence.text not in glossed:
                glossed[sentence.text] = _as_glossed(sentence, english[sentence.text], reader)
            sentence = _at(glossed[sentence.text], sentence) or sentence
        sentences.append(sentence)
    if all(a is b for a, b in zip(sentences, reading.sentences)):
        return reading
    return Reading(sentences, reading.labels, reading.substance_ratio, reading.claimed_scope)


def _as_glossed(sentence: Sentence, words: list[str], reader: Reader) -> Sentence | None:
    """The sentence marked substance, with what its gloss names, where the gloss reads as substance; else None."""
    said = [s for s in reader.read(" ".join(words)).sentences if s.kind == SUBSTANCE]
    if not said:
        return None
    named = list(dict.fromkeys(signal for s in said for signal in s.substance))
    return Sentence(sentence.text, sentence.start, sentence.end, SUBSTANCE, None, list(sentence.labels), named,
                    sentence.buzzwords, reader)


def _at(found: Sentence | None, sentence: Sentence) -> Sentence | None:
    """`found` where `sentence` stands (a line said again stands elsewhere)."""
    if found is None or found.start == sentence.start:
        return found
    return found.moved(sentence.start - found.start)
