"""A German reply naming the data it captures as a list ("Wir erfassen Temperatur, Vibration und Stromaufnahme der
Hauptantriebe") left the data question open: a reply's nouns are read unglossed (german.yaml replies_read_nouns, as
vague lines read with them were made specific), so "Temperatur" and "Stromaufnahme" named nothing. A list of things,
two or more of them nouns the gloss knows, is now glossed (replies_read_listed); a reply's other nouns stay as they
were, and a vague line stays vague."""
from __future__ import annotations

from datetime import date

import pytest

from questions.models import Document
from reading.draft import draft
from reading.german import english_and_written
from reading.german_lists import listed
from scoring import score
from scoring.rounds import freeze, read_reply

ANGEBOT = ("Angebot: KI-Plattform für die vorausschauende Instandhaltung\n\n"
           "Sehr geehrte Damen und Herren, vielen Dank für Ihre Anfrage. Unsere Plattform erkennt drohende Ausfälle der "
           "fünf Hydraulikpressen in Ihrem Werk in Linz, bevor sie auftreten, und meldet sie der Instandhaltung.\n\n"
           "Preis: 48.000 € netto.\n")


@pytest.mark.parametrize("words, items", [
    ("wir erfassen temperatur , vibration und stromaufnahme der motoren", ["temperatur", "vibration", "stromaufnahme"]),
    ("druck oder temperatur werden erfasst", ["druck", "temperatur"]),
    ("wir unterstützen sie , selbstverständlich , bei der temperatur", []),  # commas of a clause, one noun
    ("die temperatur wird erfasst", []),  # one noun, no list
])
def test_a_list_s_known_nouns_are_found_and_a_clause_s_commas_are_no_list(words, items):
    known = {"temperatur", "vibration", "stromaufnahme", "druck"}.__contains__
    split = words.split()
    assert [split[i] for i in sorted(listed(split, known))] == items


def test_a_german_reply_s_list_is_glossed_and_its_other_nouns_are_not():
    line = "Wir erfassen Temperatur, Vibration und Stromaufnahme der Hauptantriebe jede Sekunde."
    read = english_and_written([line], replies=True)[0][line]
    assert {"temperature", "vibration", "current"} <= set(read) and "sekunde" in read


@pytest.fixture(scope="module")
def sent():
    drafted = draft(ANGEBOT, proposal="PressWatch", vendor="Instandwerk GmbH")
    return freeze(drafted, score(drafted), "Anna Huber", date(2026, 12, 7))


def _captured(sent, text: str) -> list[str]:
    reply = Document(name="Antwort.txt", kind="reply", text=text)
    outcome = read_reply(sent, reply, today=date(2026, 12, 9))
    answer = outcome.evaluation.answer("data.captured")
    return [*answer.choices, *answer.suggested] if answer else []


def test_a_german_reply_listing_its_data_drafts_them(sent):
    assert "data" in {q.topic for q in sent.rounds[-1].questions}
    said = _captured(sent, "Zu Frage 2: Wir erfassen Temperatur, Vibration und Stromaufnahme der Hauptantriebe, jede "
                           "Sekunde, über neue Sensoren an den fünf Pressen.")
    assert {"temperature", "vibration"} <= set(said)


def test_a_vague_german_reply_drafts_no_data(sent):
    said = _captured(sent, "Selbstverständlich unterstützen wir Sie bei allen Fragen rund um Ihre Daten, je nach Ihren "
                           "Anforderungen.")
    assert not {"temperature", "vibration"} & set(said)
