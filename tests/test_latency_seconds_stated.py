"""How soon the decision-maker sees it: a stop shown "within 3 seconds" is read in every language the offer is written
in (walk78: "binnen 5 seconden op het scherm" was not read), and where the offer states two latencies for the same, the
specific faster one in seconds is quoted first, before a vaguer "within minutes" said elsewhere. Every sentence is new."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()

CASES = {
    "nl": ("Wij bieden u een systeem voor de bewaking van lijn 4 aan. De gegevens worden via OPC UA uit de "
           "Siemens-besturing gelezen. Afwijkingen worden binnen enkele minuten gemeld. ",
           "Een stilstand staat binnen 3 seconden op het scherm van de ploegleider.", " De installatie duurt twee weken."),
    "de": ("Wir bieten Ihnen ein System zur Überwachung der Linie 4 an. Die Daten werden über OPC UA aus der "
           "Siemens-Steuerung gelesen. Berichte werden innerhalb weniger Minuten aktualisiert. ",
           "Ein Stillstand erscheint innerhalb von 3 Sekunden auf dem Bildschirm des Schichtleiters.",
           " Die Installation dauert zwei Wochen."),
    "fr": ("Nous proposons un système de surveillance de la ligne 4. Les données sont lues depuis l'automate Siemens "
           "via OPC UA. Les rapports sont mis à jour en quelques minutes. ",
           "Un arrêt s'affiche en moins de 3 secondes sur l'écran du chef d'équipe.", " L'installation dure deux semaines."),
    "es": ("Ofrecemos un sistema de supervisión de la línea 4. Los datos se leen del autómata Siemens mediante OPC UA. "
           "Los informes se actualizan en pocos minutos. ",
           "Una parada aparece en la pantalla del jefe de turno en menos de 3 segundos.", " La instalación dura dos semanas."),
    "it": ("Offriamo un sistema di monitoraggio della linea 4. I dati vengono letti dal PLC Siemens tramite OPC UA. "
           "I report vengono aggiornati in pochi minuti. ",
           "Un fermo appare sullo schermo del capoturno entro 3 secondi.", " L'installazione dura due settimane."),
    "en": ("We offer a monitoring system for line 4. Data is read from the Siemens PLC over OPC UA. "
           "Deviations are reported within minutes. ",
           "A stoppage shows on the shift lead's screen within 3 seconds.", " Installation takes two weeks."),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_stop_seen_within_seconds_is_read_and_quoted_before_a_vaguer_minutes(language):
    before, seconds, after = CASES[language]
    answer = draft(before + seconds + after, BANK).answer("decision.latency")
    assert answer is not None and answer.choices == ["minutes"]
    assert answer.quotes[0] == seconds


@pytest.mark.parametrize("language", ["nl"])
def test_a_stop_seen_within_seconds_alone_is_read(language):
    before, seconds, after = CASES[language]
    opening = before.split(". ")[0] + ". "
    answer = draft(opening + seconds + after, BANK).answer("decision.latency")
    assert answer is not None and answer.choices == ["minutes"] and answer.quotes == [seconds]
