"""German grammar the gloss reads (issue 14, reading/german.py, questions/german.yaml): the verb second with its
subject after it, a separable verb's particle at the clause's end, a noun's plural, case and feminine endings and its
umlaut plural, frequency words; and drafting's gates that re-read an option's sentences (told_with) read a German
sentence as glossed, as its option was read. German sentences of our own, read with nouns and subjects on."""
import dataclasses

import pytest

from reading.draft_rules import draft_data
from reading.german import gloss_rules
from reading.phrases import normalise, tokens
from reading.story import StoryReader

RULES = dataclasses.replace(gloss_rules(), on=True, nouns_on=True, subjects_on=True)
STORY = StoryReader.from_data(draft_data()["product_page"])


def read(text: str) -> str:
    return " ".join(RULES.gloss(text, tokens(normalise(text))))


@pytest.mark.parametrize("german, english", [
    ("Danach installierte der Kunde zwölf Sensoren.", "danach the customer installed"),
    ("Danach installierte der Betreiber zwölf Sensoren.", "the betreiber installed zwölf"),  # "-er" after "der": a noun
    ("Im Jahr 2022 wurde die neue Presse angeschlossen.", "the new presse was connected"),
    ("Um Kosten zu sparen, entschied sich die Firma für Funkzähler.", "the company decided"),
    ("Seit dem Umbau nutzten wir die Daten täglich.", "we used the data daily"),
])
def test_a_sentence_opened_by_something_else_reads_its_subject_before_its_verb(german, english):
    assert english in read(german)


def test_a_story_told_with_the_verb_second_is_read_as_a_story():
    assert STORY.tells(read("Anschließend installierte das Unternehmen 40 Stromzähler.").split())
    assert not STORY.tells(tokens(normalise("Anschließend installierte das Unternehmen 40 Stromzähler.")))


def test_a_subject_already_first_keeps_its_place():
    assert read("Die Firma installierte die Sensoren im Mai.").startswith("the company installed the sensors")


@pytest.mark.parametrize("german, english", [
    ("Die Brauerei tauschte im Frühjahr alle Zähler aus.", "the brauerei replaced in the"),
    ("Der Kunde führte 2021 eine Betriebsdatenerfassung ein.", "the customer introduced 2021"),
    ("Das Gateway stellt die Messwerte bereit.", "the gateway provides the"),
])
def test_a_separable_verb_is_read_with_its_particle_from_the_clause_end(german, english):
    glossed = read(german)
    assert glossed.startswith(english) and tokens(normalise(german))[-1] not in glossed.split()


def test_a_particle_with_no_verb_of_its_own_stays_where_it_is():
    assert read("Die Linie läuft seit Mai wieder an.").split()[-1] == "an"


@pytest.mark.parametrize("noun, english", [
    ("Messungen", "measurement"),
    ("Instandhalterin", "maintenance technicians"),
    ("Stromverbräuche", "power consumption"),
    ("Stromzählern", "power meter"),
])
def test_a_noun_is_read_once_its_plural_case_or_feminine_ending_is_off(noun, english):
    assert read(f"Wir prüfen die {noun}.").endswith(f"the {english}")


def test_an_unknown_word_is_not_cut_to_a_known_stem_by_a_long_ending():
    assert read("Die Zeitenwende kam.").split()[1] == "zeitenwende"


@pytest.mark.parametrize("german, english", [("wöchentlich", "weekly"), ("täglich", "daily"), ("stündlich", "hourly")])
def test_how_often_reads_as_the_english_frequency(german, english):
    assert english in read(f"Der Bericht kommt {german} per E-Mail.").split()


CASE = """Energiedaten in der Molkerei Nordhof

Die Molkerei Nordhof stand vor stark steigenden Energiekosten. Bisher wurde der Verbrauch nur einmal im Monat am Hauptzähler abgelesen.
Im Jahr 2021 installierte das Unternehmen 40 Stromzähler an den Pasteuren, Kältemaschinen und Kompressoren.
Seitdem erfasst die Molkerei den Energieverbrauch jeder Anlage im Viertelstundentakt.
Anschließend senkte der Betrieb den Stromverbrauch um 12 Prozent."""


def _drafted(monkeypatch) -> dict:
    from questions import load_bank
    from reading.draft import drafter_for
    monkeypatch.setattr("reading.german.gloss_rules", lambda: RULES)
    evaluation = drafter_for(load_bank()).draft(CASE)
    return {a.question: a.choices for a in evaluation.answers}


def test_a_german_case_study_drafts_the_data_it_tells_captured(monkeypatch):
    drafted = _drafted(monkeypatch)
    assert "energy_consumption" in drafted["data.captured"] and "meters" in drafted["data.sources"]


def _drafted_told_with(monkeypatch, words: frozenset[str]) -> dict:
    """Drafted with a `told_with` rule on the data captured (drafting.yaml holds none today): an option is kept only
    where one of its sentences holds one of `words`."""
    from dataclasses import replace
    from reading import draft as draft_module
    made = draft_module.drafter_for

    def with_rule(bank):
        drafter = made(bank)
        monkeypatch.setattr(drafter, "rules", replace(drafter.rules, told_with={"data.captured": words}), raising=False)
        return drafter
    monkeypatch.setattr(draft_module, "drafter_for", with_rule)
    return _drafted(monkeypatch)


def test_told_with_reads_a_german_sentence_as_glossed_not_as_written(monkeypatch):
    from reading.draft_pass import Pass
    told = frozenset({"captures", "captured"})
    assert "energy_consumption" in _drafted_told_with(monkeypatch, told).get("data.captured", [])
    monkeypatch.setattr(Pass, "said_words", lambda self, text: tokens(normalise(text)))  # as written: German
    assert "energy_consumption" not in _drafted_told_with(monkeypatch, told).get("data.captured", [])


@pytest.mark.parametrize("german, english", [
    ("Die Firma hat im Mai 40 Sensoren installiert.", "the company has installed"),
    ("Bisher wurden die Energiekosten nicht erfasst.", "were not captured"),
])
def test_a_participle_at_the_clause_end_is_read_after_its_auxiliary(german, english):
    assert english in read(german)


def test_a_participle_is_not_moved_across_a_second_clause_joined_by_und():
    assert read("Die Firma hat Sensoren installiert und die Daten erfasst.").split()[-1] == "captured"


def test_a_subjunctive_reads_as_what_would_be_not_what_is():
    assert read("Wären die Daten zugänglich, hätte er es leichter.").split()[:2] == ["would", "be"]


@pytest.mark.parametrize("german, english", [
    ("Anschließend senkte der Betrieb den Stromverbrauch um 12 Prozent.", "reduced the power consumption by 12"),
    ("Der Verbrauch sank von 4,1 auf 3,2 kWh.", "fell from 4,1 to 3,2"),
    ("Die Kosten wurden um über 300.000 Euro gesenkt.", "reduced by over 300.000"),
])
def test_a_preposition_before_a_figure_reads_as_a_change_by_or_from_to(german, english):
    assert english in read(german)


def test_a_result_told_with_its_figure_is_a_site_s_measured_result():
    assert STORY.reports(read("Danach sank der Energieverbrauch um 12 Prozent.").split())


def test_um_before_a_clause_is_no_change_by():
    assert "by" not in read("Um Energie zu sparen, entschied sich die Firma.").split()
