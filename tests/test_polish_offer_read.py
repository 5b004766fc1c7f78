"""A Polish offer read as English (issue 14, questions/polish.yaml through reading/romance.py): the language told by
its function words, its inflected nouns read from their listed form, a genitive modifier after its noun read before it
in the singular, and an offer drafting the data, sources, outputs and roles it names. Sentences of our own; German
offers' alerts, approvals and work orders, and single English cues, alike. An English or Spanish text reads as before."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.german import english_words
from reading.phrases import normalise, tokens
from reading.romance import romance_rules

RULES = romance_rules()

POLISH = ("Oferujemy system monitoringu dla trzech pras w Państwa zakładzie. Na każdej prasie zamontujemy nowe "
          "czujniki drgań i czujnik temperatury łożysk, a dane ze sterowników PLC zbierze bramka przemysłowa. "
          "Operatorzy wprowadzają przyczyny postojów na ekranie dotykowym. System wysyła alarmy SMS do działu "
          "utrzymania ruchu, a kierownik zmiany otrzymuje raport dzienny. Szkolenie na miejscu dla operatorów "
          "i techników utrzymania ruchu: 2 dni.")


def read(text: str) -> str:
    said = tokens(normalise(text))
    return " ".join(RULES.gloss(said, RULES.languages["pl"]))


def test_a_polish_text_is_told_by_its_function_words():
    assert RULES.language([tokens(normalise(POLISH))]).name == "pl"


@pytest.mark.parametrize("polish, english", [
    ("czujniki drgań", "vibration sensors"),           # a plural head, its genitive modifier before it
    ("czujników temperatury", "temperature sensors"),  # genitive plural and a feminine genitive
    ("licznik energii", "energy meter"),
    ("w chmurze", "in cloud"),                         # a locative read from the listed form
    ("zdalny dostęp", "remote access"),
    ("konserwacja predykcyjna", "predictive maintenance"),  # an adjective after its noun
    ("nowych czujników", "new sensors"),               # an adjective's case read from its "-y" form
])
def test_polish_word_forms_read_from_their_listed_form(polish, english):
    assert english in read(polish)


def test_a_polish_offer_drafts_what_it_names():
    bank = load_bank()
    drafted = {(a.question, c) for a in draft(POLISH, bank, proposal="pl").answers for c in a.choices}
    for item in [("data.captured", "vibration"), ("data.captured", "temperature"), ("data.sources", "new_sensors"),
                 ("workflow.outputs", "alerts"), ("users.roles", "operators")]:
        assert item in drafted, item


@pytest.mark.parametrize("text", [
    "The plant installed vibration sensors on two presses and the shift leader gets a daily report by e-mail.",
    "La planta instaló sensores de vibración en dos prensas y el jefe de turno recibe un informe diario.",
])
def test_an_english_or_spanish_text_is_not_read_as_polish(text):
    found = RULES.language([tokens(normalise(text))])
    assert found is None or found.name != "pl"


@pytest.mark.parametrize("german, english", [
    ("Alarme gehen per SMS an den Bereitschaftsdienst der Instandhaltung.", "alarms"),
    ("Der Bericht wird erst nach Freigabe durch die Qualitätssicherung versendet.", "approval"),
    ("Das System erzeugt eine Instandhaltungsmeldung im SAP PM.", "maintenance request"),
    ("Die Schulung findet vor Ort an zwei Tagen statt.", "on site"),
])
def test_a_german_offer_s_alerts_approvals_and_work_orders_are_glossed(german, english):
    text = german + " Wir liefern die Sensoren und das Gateway für Ihre Anlage und sind für die Wartung zuständig."
    assert english in " ".join(english_words([german, text])[text])


@pytest.mark.parametrize("sentence, item", [
    ("We fit electricity meters on the four compressors and read them every minute.",
     ("data.captured", "energy_consumption")),
    ("The camera at the gate logs the car count per hour for the paint shop.", ("data.captured", "production_count")),
    ("A monthly cost summary goes to your accounts team.", ("users.roles", "finance")),
])
def test_single_english_cues_draft_their_option(sentence, item):
    bank = load_bank()
    drafted = {(a.question, c) for a in draft(sentence, bank, proposal="x").answers for c in a.choices}
    assert item in drafted
