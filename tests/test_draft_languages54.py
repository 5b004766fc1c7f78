"""Non-English proposal texts read by the forms of their words the lists do not spell out (reading/german_verbs.py,
reading/german.py). Sentences of our own."""
import dataclasses

import pytest

from reading.german import gloss_rules
from reading.german_verbs import sibling_form
from reading.phrases import normalise, tokens

GERMAN = dataclasses.replace(gloss_rules(), on=True, nouns_on=True, subjects_on=True)


def german(text: str) -> str:
    return " ".join(GERMAN.gloss(text, tokens(normalise(text))))


@pytest.mark.parametrize("text, english", [
    # the past's plural, read as the listed singular's past
    ("Die Schichtleiter erfassten jeden Stillstand im Werk Passau.", "captured"),
    # the past's plural and singular of a verb only its present|participle is listed for
    ("Die Instandhalter analysierten die Messwerte der Pumpen.", "analysed"),
    ("Das Tablet visualisierte jede Störung der Abfüllanlage.", "displayed"),
    # the infinitive or the present's plural: the English base form
    ("Wir analysieren die Verbräuche jeder Halle einmal pro Woche.", "we analyse"),
    ("Die Zähler protokollieren den Strom der Kompressoren.", "log"),
])
def test_a_german_weak_verbs_form_no_list_spells_is_read_from_its_listed_sibling(text, english):
    assert english in german(text)


def test_a_word_whose_sibling_is_no_verb_is_left_as_written():
    assert sibling_form("daten", GERMAN.words) is None  # a noun: no "date", "dat" listed
    assert sibling_form("kosten", GERMAN.words) is None
    assert sibling_form("warnten", GERMAN.words) is None  # "warnt: warns" tells no past, and no "-en" base from "-t"
