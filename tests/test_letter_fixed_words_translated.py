"""Every fixed word of a letter in the letter's language (walk77): the buyer's added question on how the result is
measured, a reply cited by the app's name for it ("Reply to round 1"), and the PDF's footer."""
import pytest

from reports.letter_words import letter_words

LANGUAGES = ["es", "de", "fr", "it", "pl", "nl"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_measurement_and_reference_questions_are_worded(language):
    said = letter_words().question(
        "How will the result be measured? Which reference customer or pilot shows a measured result?", language)
    assert said is not None and "measured" not in said


@pytest.mark.parametrize("language,cited,expected", [
    ("es", "Reply to round 1 p. 2", "Respuesta a la ronda 1 p. 2"),
    ("de", "Reply to round 1", "Antwort zu Runde 1"),
    ("fr", "Reply 2 to round 3", "Réponse 2 au tour 3"),
    ("en", "Reply to round 1", "Reply to round 1"),
])
def test_reply_named_by_its_round_is_cited_in_the_language(language, cited, expected):
    assert letter_words().source(cited, language) == expected


def test_reply_file_keeps_its_own_name():
    assert letter_words().source("Reply respuesta_IIN.txt", "es") == "Respuesta respuesta_IIN.txt"


@pytest.mark.parametrize("language,footer,page", [
    ("es", "Evaluación de propuesta Winnow", "Página 1 de 2"),
    ("de", "Winnow Angebotsbewertung", "Seite 1 von 2"),
    ("fr", "Évaluation de proposition Winnow", "Page 1 sur 2"),
    ("en", "Winnow proposal evaluation", "Page 1 of 2"),
])
def test_pdf_footer_in_the_letter_language(language, footer, page):
    words = letter_words()
    assert words.say("pdf_footer", language) == footer
    assert words.say("page_of", language, number="1", total="2") == page
