"""A contract term's question (a liability cap, acceptance by silence, the vendor using the plant's data, a contract
that renews itself, two documents stating a term differently) was sent in English in a letter written in the vendor's
language, the whole question with it. Each is now worded in every letter language (questions/letter_languages.yaml),
the vendor's sentence quoted as written and the term's figures and the documents' names kept."""
from __future__ import annotations

from datetime import date

import pytest

from questions.loader import load_terms
from reading.draft import draft
from reports.letter_round import letter
from reports.letter_words import letter_language, letter_words
from scoring import score
from scoring.contract_terms import contract_terms
from scoring.rounds import freeze

LANGUAGES = ("de", "fr", "es", "it", "pl", "nl")
FIELDS = {"quote": "Die Haftung ist auf 20.000 € begrenzt.", "document": "Angebot.pdf", "value": "EUR 20.000",
          "order": "EUR 85.000", "name": "Gewährleistung", "first": "Angebot.pdf", "second": "Anlage_2.pdf",
          "first_quote": "Gewährleistung 24 Monate.", "second_quote": "Gewährleistung 12 Monate.",
          "first_value": "24 months", "second_value": "12 months"}


def _asks() -> list[str]:
    spec = load_terms()
    asks = [words[key] for words in spec["against"].values() for key in ("ask", "amount_ask") if key in words]
    return [ask.format(**FIELDS) for ask in [*asks, spec["differs"]["ask"]]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_term_question_is_worded_in_each_letter_language_with_its_quotes_and_figures(language):
    for ask in _asks():
        said = letter_words().question(ask, language)
        assert said is not None and said != ask, (language, ask)
        for field in ("quote", "value", "order", "first", "second", "first_quote", "second_quote"):
            assert FIELDS[field] in said or FIELDS[field] not in ask, (language, field, said)


ANGEBOT = ("Angebot: KI-Plattform für die vorausschauende Instandhaltung\n\n"
           "Sehr geehrte Damen und Herren, vielen Dank für Ihre Anfrage und das Gespräch in Ihrem Werk in Linz. Wir "
           "bieten Ihnen die Überwachung der fünf Hydraulikpressen mit unserer Plattform an.\n\n"
           "Die Plattform erkennt drohende Ausfälle, bevor sie auftreten. Wir montieren Schwingungs- und "
           "Temperatursensoren an den Hauptantrieben der Pressen.\n\n"
           "Gesamtpreis: 85.000 € netto.\n\n"
           "Die Haftung des Auftragnehmers ist auf 20.000 € begrenzt.\n\n"
           "Der Vertrag verlängert sich automatisch um 12 Monate, sofern er nicht gekündigt wird.\n")


def test_a_german_offer_s_letter_asks_its_term_flags_in_german():
    drafted = draft(ANGEBOT, proposal="PressWatch", vendor="Instandwerk GmbH")
    flags = contract_terms(drafted).flags
    assert {f.title for f in flags} >= {"Liability capped below the order value", "The contract renews itself"}
    sent = freeze(drafted, score(drafted), "Anna Huber", date(2026, 12, 7))
    assert letter_language(sent) == "de"
    shown = letter(sent, sent.rounds[-1])
    asked = " ".join(q.text for q in sent.rounds[-1].questions)
    said = " ".join(q.text for q in shown.questions)
    for flag in flags:
        assert flag.follow_up in asked and flag.follow_up not in said
    assert shown.in_english == ()
    assert "Ihre Bedingungen begrenzen Ihre Haftung auf EUR 20.000 („Die Haftung des Auftragnehmers" in said
    assert "Ihre Bedingungen sagen „Der Vertrag verlängert sich automatisch" in said
