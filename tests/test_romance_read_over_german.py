"""A text whose words are mostly French, Spanish, Italian or Portuguese is read in that language, even where its many
"des" or "das" pass German's share of markers (german.Gloss.rival, romance.RomanceGloss.language): a French offer's
exclusions and plain words are glossed as French, not left unread as German (walk68, issue 14). A German text with a
few "das", "des" stays German."""
from reading.german import english_and_written
from reading.phrases import normalise, tokens
from reading.text_language import text_language

FRENCH = ("Nous installons des capteurs de vibration sur 12 presses et envoyons une alerte par SMS au technicien de "
          "maintenance d'astreinte. Hors périmètre : interface avec l'ERP SAP Business One, modification des automates "
          "des presses.")
GERMAN = ("Das Werk hat 2024 ein System zur Überwachung der Pressen eingeführt. Die Instandhaltung des Werks erhält "
          "seitdem jeden Morgen einen Bericht über die Stillstände der Nacht und plant die Wartung danach.")


def _said(text):
    return [tokens(normalise(line)) for line in text.splitlines() if line.strip()]


def test_a_french_text_full_of_des_is_french():
    assert text_language(FRENCH) == "fr"


def test_a_french_text_full_of_des_is_glossed_as_french():
    english, written = english_and_written([FRENCH])
    glossed = " ".join(english[FRENCH])
    assert "out of scope" in glossed and "sensors" in glossed
    assert written  # read through the French gloss, its words as written kept


def test_a_german_text_with_das_and_des_stays_german():
    assert text_language(GERMAN) == "de"
