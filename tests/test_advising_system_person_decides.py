"""Who reviews what the system decides: a system that only alerts, advises or suggests while a named person decides,
releases or approves IS human review (walk78: "geeft alleen een melding, de operator beslist", "schlägt nur vor, der
Schichtleiter gibt frei" were not read: the question stayed open). Read in every language the offer may be written
in; the sentences here are new. Where the sentence also says the system acts on nothing ("schlägt nur vor"), "it
decides nothing on its own" is as right (the tuning sets label it so; both score in full)."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()

_AROUND = {
    "en": ("We offer a monitoring system for line 4. Data is read every minute from the Siemens PLC over OPC UA. "
           "The software detects deviations in the energy use of the chillers. ", " Installation takes two weeks."),
    "de": ("Wir bieten Ihnen ein System zur Überwachung der Linie 4 an. Die Daten werden jede Minute aus der "
           "Siemens-Steuerung über OPC UA gelesen. Die Software erkennt Abweichungen beim Energieverbrauch der "
           "Kältemaschinen. ", " Die Installation dauert zwei Wochen."),
    "nl": ("Wij bieden u een systeem voor de bewaking van lijn 4 aan. De gegevens worden elke minuut via OPC UA uit de "
           "Siemens-besturing gelezen. De software herkent afwijkingen in het energieverbruik van de koelmachines. ",
           " De installatie duurt twee weken."),
    "fr": ("Nous proposons un système de surveillance de la ligne 4. Les données sont lues chaque minute depuis "
           "l'automate Siemens via OPC UA. Le logiciel détecte les écarts de consommation d'énergie des groupes "
           "froids. ", " L'installation dure deux semaines."),
    "pl": ("Oferujemy system monitorowania linii 4. Dane są odczytywane co minutę ze sterownika Siemens przez OPC UA. "
           "Oprogramowanie wykrywa odchylenia w zużyciu energii. ", " Instalacja trwa dwa tygodnie."),
}


def review(language: str, sentence: str):
    before, after = _AROUND[language]
    answer = draft(before + sentence + after, BANK).answer("upkeep.human_review")
    return answer.choices if answer else []


@pytest.mark.parametrize("language, sentence", [
    ("en", "The model only raises an alert; the maintenance planner decides what happens next."),
    ("de", "Das Modul gibt nur einen Hinweis, der Instandhaltungsplaner entscheidet über den Auftrag."),
    ("nl", "De module geeft alleen een advies, de ploegleider beslist of de instelling wordt aangepast."),
    ("nl", "Het model doet alleen voorstellen; de onderhoudsplanner keurt elke werkorder goed."),
    ("fr", "Le module ne fait que proposer des consignes, le chef d'équipe décide."),
    ("pl", "System tylko podpowiada nastawy, a kierownik zmiany decyduje."),
])
def test_a_system_that_only_advises_while_a_person_decides_is_human_review(language, sentence):
    assert review(language, sentence) == ["human_approves"]


def test_a_system_that_only_suggests_while_a_person_releases_is_read_as_a_person_deciding():
    sentence = "Die Software schlägt nur Sollwerte vor, der Schichtleiter gibt jede Änderung frei."
    assert review("de", sentence) in (["human_approves"], ["no_automation"])


def test_a_system_that_decides_nothing_with_no_person_named_still_decides_nothing():
    assert review("en", "The software is advisory only and does not write anything to the PLC.") == ["no_automation"]
