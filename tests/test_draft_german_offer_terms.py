"""A German offer's terms drafted as an English one's are (questions/german.yaml, prefill.yaml; walk61's moulding
offer stated them and none was drafted): a pressure named by its process step ("Einspritzdruck"), a quality record
("Ausschussmeldungen"), how long the data is kept ("24 Monate aufbewahrt"), a link that is only outbound ("nur
ausgehend"), the availability committed to ("Verfügbarkeit ... 99,5 % pro Monat") and the payback promised
("Amortisation ... in 14 Monaten"). Sentences of our own, written for these tests."""
import pytest

from reading.draft import draft

OFFER = """Angebot: Prozessüberwachung für Druckgießzellen
Wir binden Ihre 6 Druckgießzellen über OPC UA an. Je Zelle erfassen wir den Einspritzdruck mit 50 Hz.
Die Ausschussmeldungen der Zellen schreiben wir zurück ins MES.
Die Messwerte werden 36 Monate aufbewahrt.
Das Gateway baut die Verbindung nur ausgehend auf (TLS 1.3).
Verfügbarkeit der Plattform 99,7 % pro Monat.
Amortisation nach unserer Rechnung in 11 Monaten."""


@pytest.fixture(scope="module")
def drafted():
    return draft(OFFER)


@pytest.mark.parametrize("question, option", [
    ("data.captured", "pressure"),
    ("data.captured", "quality_events"),
    ("data.history", "months"),  # kept 36 months, no export told: not "years, exportable" (drafting.yaml told_too)
    ("security.model", "outbound_only"),
])
def test_a_german_offers_terms_draft_their_options(drafted, question, option):
    answer = drafted.answer(question)
    assert answer is not None and option in answer.choices


@pytest.mark.parametrize("question, said", [
    ("reliability.commitment", "Verfügbarkeit der Plattform 99,7 % pro Monat."),
    ("return.promise", "Amortisation nach unserer Rechnung in 11 Monaten."),
])
def test_a_german_offers_availability_and_payback_answer_their_questions(drafted, question, said):
    answer = drafted.answer(question)
    assert answer is not None and said in answer.quotes
