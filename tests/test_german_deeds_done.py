"""A German deed told in the perfect or the past passive (issue 14, germanstory): a participle no word list glosses,
closing its clause after "hat" or "haben" ("hat ein System entwickelt"), reads as a past the story rules count; and a
German report in the third person of what happened is not judged a brochure by the English sentence reader. German
sentences of our own."""
import dataclasses

from questions import load_bank
from reading.draft import drafter_for
from reading.documents import pasted
from reading.draft_rules import draft_data
from reading.german import gloss_rules
from reading.phrases import normalise, tokens
from reading.story import StoryReader

RULES = dataclasses.replace(gloss_rules(), on=True, nouns_on=True, subjects_on=True)
STORY = StoryReader.from_data(draft_data()["product_page"])


def past(text: str) -> bool:
    return STORY.in_past(RULES.gloss(text, tokens(normalise(text))))


def test_a_participle_without_ge_after_hat_is_a_deed_told_in_the_past():
    assert past("Die Gießerei hat im Frühjahr ein neues Prüfsystem entwickelt.")
    assert past("Der Zulieferer hat die Umstellung auf papierlose Aufträge begonnen.")


def test_a_participle_with_ge_after_haben_is_a_deed_told_in_the_past():
    assert past("Gemeinsam mit dem Lieferanten haben die Planer eine neue Feinplanung aufgebaut.")


def test_the_same_participle_after_the_present_passive_tells_no_past():
    assert not past("Jede Stunde wird die Schichtplanung neu berechnet.")
    assert not past("Die Anlage ist mit einem Schaltschrank verbunden.")


def test_a_noun_written_capitalised_at_the_clauses_end_is_no_participle():
    assert not past("Der Betrieb hat seit vielen Jahren große Erfahrungen.")


DRAFTER = drafter_for(load_bank())

REPORT = """Wie ein Sägewerk seine Kreissägen überwacht

Ein Ingenieurbüro aus Graz hat ein System entwickelt, das den Zustand von Sägeblättern am Klang erkennt.
Das Sägewerk hat das System im vergangenen Winter an zwei Linien erprobt.
Ein Mikrofon misst den Schall direkt an der Säge.
Die Software bestimmt daraus in Echtzeit den Zustand des Blattes.
Wird das Blatt zu laut, stoppt die Anlage den Vorschub für eine Sekunde.
Bei gefrorenem Holz schwingen die Blätter oft weit aus ihrer Ebene.
Das kann in Bruchteilen einer Sekunde zum Bruch des Blattes führen.
Der Schnitt beginnt dann versetzt und das Holz wird beschädigt.
Die Zahl der gebrochenen Blätter ist seitdem deutlich gesunken.
Auch die Standzeit der Werkzeuge hat sich spürbar verlängert.
Die Techniker prüfen die Blätter nun nur noch einmal pro Schicht.
Der Hersteller plant bereits eine zweite Version für Bandsägen.
"""

VENDOR = REPORT.replace("Ein Ingenieurbüro aus Graz hat", "Unser Ingenieurbüro hat").replace(
    "Die Techniker prüfen", "Unsere Techniker prüfen").replace("Der Hersteller plant", "Wir planen")


def test_a_german_report_of_what_happened_is_no_brochure():
    _evaluation, seen = DRAFTER.drafted_pass([pasted(REPORT)])
    assert seen.written and seen._reported()
    assert not seen.brochure(DRAFTER.rules.marketing_document_below, DRAFTER.story.least)


def test_a_german_text_that_speaks_for_its_writer_is_no_report():
    _evaluation, seen = DRAFTER.drafted_pass([pasted(VENDOR)])
    assert not seen._reported()


def test_a_deed_not_done_is_no_past():
    assert not past("Der Hersteller hat die neue Software bis heute nicht entwickelt.")
