"""German read as English (issue 14, reading/german.py): a German text's words glossed into the English words the
drafting rules read, by kind: past tenses and participles (a story), before-state, offer, possible and general cues,
option nouns and compounds by their last part; words the rules already name in German stay as written. Drafting
reads German through it only where questions/german.yaml says read_in_drafting (off: see the note there)."""
import dataclasses

import pytest

from reading.german import english_words, gloss_rules
from reading.phrases import normalise, tokens
from reading.story import StoryReader
from reading.draft_rules import draft_data

RULES = dataclasses.replace(gloss_rules(), on=True, nouns_on=True, subjects_on=True)


def read(text: str) -> str:
    return " ".join(RULES.gloss(text, tokens(normalise(text))))


def test_a_german_past_tense_after_its_subject_tells_a_story():
    story = StoryReader.from_data(draft_data()["product_page"])
    assert story.tells(read("Der Kunde installierte im Herbst 40 Sensoren.").split())
    assert not story.tells(read("Das System erfasst die Temperatur jede Sekunde.").split())


def test_a_participle_after_its_auxiliary_is_read_as_past_not_present():
    assert read("Bisher wurden die Energiekosten nicht erfasst.").endswith("not captured")
    assert read("Das System erfasst die Temperatur.").startswith("the system captures")


@pytest.mark.parametrize("german, english", [
    ("Bisher wurden die Stillstände auf Papier notiert.", "previously"),
    ("Bis dahin lief die Linie ohne Daten.", "until then"),
    ("Wir liefern zwei Gateways.", "we supply"),
    ("Die Cloud-Anbindung ist auf Wunsch erhältlich.", "on request"),
    ("Viele Unternehmen verlieren Geld durch Stillstände.", "many companies"),
])
def test_role_cues_in_german_read_as_their_english_twins(german, english):
    assert english in read(german)


@pytest.mark.parametrize("compound, english", [
    ("Schwingungssensoren", "vibration sensors"),
    ("Energiekosten", "energy cost"),
    ("Temperaturfühler", "temperature sensor"),
    ("Druckluftverbrauch", "compressed air consumption"),
])
def test_a_compound_is_read_as_its_parts_with_the_last_the_head(compound, english):
    assert read(f"Wir messen die {compound} im Werk.") == f"we measure the {english} in the plant"


def test_a_german_phrase_the_rules_already_name_stays_as_written(monkeypatch):
    from questions import load_bank
    from reading.draft import drafter_for
    monkeypatch.setattr("reading.german.gloss_rules", lambda: RULES)
    find = drafter_for(load_bank()).rules.scan.find
    text = "Wird das Blatt zu laut, stoppt das System den Vorschub."
    assert "stoppt das system" in " ".join(english_words([text], find)[text])
    assert "stops the system" in read(text)  # glossed, were the rules not to name it


def test_the_reader_addressed_mid_sentence_is_you_not_they():
    assert read("Danach sehen Sie alle Störungen.").split()[1] == "see" and " you " in read("Danach sehen Sie alles.")


def test_an_english_text_is_never_glossed(monkeypatch):
    monkeypatch.setattr("reading.german.gloss_rules", lambda: RULES)
    text = ["The plant installed 40 sensors on the presses.", "Die was cast before the line stopped."]
    assert english_words(text) == {t: tokens(normalise(t)) for t in text}


def test_a_german_text_is_glossed_whole_even_its_short_lines(monkeypatch):
    monkeypatch.setattr("reading.german.gloss_rules", lambda: RULES)
    text = ["Der Kunde hat die Anlage mit einem neuen System ausgestattet.", "Schwingungssensoren:"]
    assert english_words(text)["Schwingungssensoren:"] == ["vibration", "sensors", ":"]


def test_a_clause_in_the_past_perfect_reads_as_the_plant_before():
    assert read("Zuvor hatte die Gruppe eine eigene MDE eingeführt.").split()[0] == "previously"
    assert read("Sukzessive hatte die Gruppe (an allen Standorten) eine MDE eingeführt.").split()[0] == "previously"
    assert "previously" not in read("Der Kunde hatte hohe Kosten.")


def test_german_words_spelt_as_english_ones_are_not_read_as_english():
    assert "not" not in read("Die Not-Reparatur kostete 8.500 Euro.").split()
    assert read("Was der Kunde will, ist klar.").split()[0] == "what"


def test_a_german_case_study_drafts_what_its_customer_installed_and_what_its_system_does_alone():
    from questions import load_bank
    from reading.draft import draft
    text = ("Wie ein Sägewerk seine Kreissägen überwacht\n\n"
            "Das Sägewerk hatte früher an jeder Säge eine Kamera installiert.\n"
            "Im Jahr 2023 installierte der Kunde an allen Sägen Mikrofone.\n"
            "Die Mikrofone hören, wenn die Sägeblätter zu schwingen beginnen.\n"
            "Wird das Blatt zu laut, stoppt das System den Vorschub.\n"
            "Seit der Einführung wurde kein Sägeblatt mehr beschädigt.\n"
            "Der Betriebsleiter sagte, die Investition habe sich in einem Jahr bezahlt gemacht.\n")
    answers = {a.question: a for a in draft(text, load_bank()).answers}
    sources = answers.get("data.sources")
    assert sources is not None and "new_sensors" in sources.choices and sources.drafted
    assert "closed_loop" in answers["workflow.analytics"].choices


def test_a_german_offer_still_drafts_its_kpi_from_the_words_as_written():
    """The gloss reads "senken wir ... auf" as "senken we ... on": the KPI reader reads the German itself."""
    from questions import load_bank
    from reading.draft import draft
    bank = load_bank()
    text = ("Angebot 12-044 für die Lackieranlage, Werk Süd.\n"
            "Ausgangslage: Der Ausschuss lag im Jahr 2025 bei 4,8 % der lackierten Teile.\n"
            "Mit der Kamerakontrolle nach dem Trockner und der Regelung der Ofentemperatur senken wir den Ausschuss "
            "auf 2,5 %, nachgewiesen über drei Monate nach Abnahme.\n")
    assert gloss_rules().is_german([text])  # the whole text is read through the gloss
    measure = draft(text, bank).answer(bank.key_questions.kpi).measure
    assert (measure.baseline, measure.target) == (4.8, 2.5)
