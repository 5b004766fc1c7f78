"""German compounds and clauses the gloss reads (issue 14, german4, reading/german.py, reading/german_nouns.py,
questions/german.yaml): a compound whose first part is a compound itself, a head left to the last of a list
("Strom- und Gaskosten"), English loan heads ("Energiemonitoring"), heads that make a measure ("Energiekostenanteil")
or name what a compound is for ("Stillstandsgründe"), trouble told again and again, a unit after a figure, worn
machine parts and a maintenance plan. German sentences of our own, read with nouns on."""
import dataclasses

import pytest

from questions import load_bank
from reading.draft import draft
from reading.german import gloss_rules
from reading.phrases import normalise, tokens

RULES = dataclasses.replace(gloss_rules(), on=True, nouns_on=True)


def read(text: str) -> str:
    return " ".join(RULES.gloss(text, tokens(normalise(text))))


@pytest.mark.parametrize("german, english", [
    ("Energiemanagementsystem", "energy management system"),
    ("Zustandsüberwachungssoftware", "condition monitoring software"),
])
def test_a_compound_whose_first_part_is_a_compound_reads_every_part(german, english):
    assert read(german) == english


@pytest.mark.parametrize("german, english", [
    ("Die Strom- und Gaskosten stiegen.", "the power cost and gas cost"),
    ("Wir messen die Wasser-, Strom- und Dampfverbräuche.", "water consumption , power consumption and steam consumption"),
])
def test_a_head_left_to_the_last_compound_of_a_list_is_read_on_every_part(german, english):
    assert english in read(german)


def test_a_part_whose_list_ends_on_an_unknown_word_gets_no_head():
    assert read("Die Vor- und Nachteile der Lösung.").split()[1:4] == ["before", "and", "nachteile"]


@pytest.mark.parametrize("german, english", [
    ("Energiemonitoring", "energy monitoring"),
    ("Energiereport", "energy report"),
])
def test_an_english_loan_head_of_a_german_compound_is_read(german, english):
    assert read(german) == english


@pytest.mark.parametrize("german, english", [
    ("Energiekostenanteil", "energy cost share"),
    ("Energiebedarf", "energy demand"),
    ("Verbrauchswerte", "consumption values"),
    ("Stillstandsgründe", "downtime reasons"),
    ("Qualitätskontrolle", "quality control"),
    ("Verbrauchsanalyse", "consumption analysis"),
])
def test_a_head_that_makes_a_measure_or_names_a_purpose_is_read_with_the_noun_before_it(german, english):
    assert read(german) == english


def test_trouble_that_keeps_coming_back_reads_as_repeatedly():
    assert "repeatedly" in read("Bisher kam es immer wieder zu Lagerschäden.").split()


@pytest.mark.parametrize("german, english", [
    ("Die Papiermaschine ist 160 Meter lang.", "160 metres"),
    ("Jährlich laufen neun Millionen Meter Stoff durch die Anlage.", "millionen metres"),
])
def test_meter_after_a_figure_is_the_unit_not_a_meter(german, english):
    assert english in read(german)


def test_meter_with_no_figure_before_it_stays_a_meter():
    assert "metres" not in read("Ein neuer Meter misst den Verbrauch.")


@pytest.mark.parametrize("german, english", [
    ("Lagerschäden am Hauptgetriebe", "damage"),
    ("Lagerschäden am Hauptgetriebe", "gearbox"),
    ("Der Wartungsplan wurde geändert.", "the maintenance plan"),
    ("Der Austausch der Lager", "the replacement"),
    ("Die Wartungsintervalle", "maintenance intervals"),
])
def test_worn_parts_and_a_maintenance_plan_are_read(german, english):
    assert english in read(german)


CASE = ("Schwingungen im Blick: Wie ein Walzwerk seine Getriebe überwacht\n"
        "Das Walzwerk Nordstahl walzt seit 1962 Bleche in Niedersachsen und beschäftigt heute 800 Mitarbeiter.\n"
        "Bisher kam es immer wieder zu Lagerschäden an den Getrieben der Walzgerüste.\n"
        "Die Instandhaltung tauschte die Lager nach festen Intervallen aus, oft zu früh und manchmal zu spät.\n"
        "Im Jahr 2021 installierte das Werk an allen Getrieben neue Schwingungssensoren.\n"
        "Die Sensoren erfassen die Schwingungen jedes Getriebes alle zehn Minuten.\n"
        "Die Software zeigt den Verschleiß der Lager als Trend über viele Wochen.\n"
        "Daraufhin wurde der Wartungsplan angepasst und der Austausch eines Lagers um drei Monate verschoben.\n"
        "Die Schwingungsdaten werden außerdem in das Instandhaltungssystem integriert.\n"
        "Nach einem Jahr lagen die ungeplanten Stillstände um 30 Prozent niedriger als zuvor, sagt der Werksleiter.\n")


def test_a_german_condition_monitoring_story_drafts_its_maintenance_plan():
    drafted = {a.question: a.choices for a in draft(CASE, load_bank()).answers}
    assert "maintenance_plan" in drafted["workflow.outputs"]
    assert "vibration" in drafted["data.captured"] and "trends" in drafted["workflow.analytics"]


def test_bearing_damage_told_again_and_again_is_the_plant_s_problem():
    drafted = {a.question: a.choices for a in draft(CASE, load_bank()).answers}
    assert "other" in drafted["problem.plant_problems"]
