"""A record kept of each lot, named once by its noun in an article read through the gloss ("Nachverfolgung",
"la trazabilidad"), is drafted, not only suggested: the trail is the output itself, whatever the sentence does with it
(german.yaml and romance.yaml drafting_repeats "workflow.outputs: quality_holds"; recall85a). Other options named once
stay suggested. Articles of our own."""
import dataclasses

from questions import load_bank
from reading import german_drafting
from reading.draft import draft
from reading.german import gloss_rules

BANK = load_bank()
GERMAN = ("Energiekosten im Griff: Wie die Brauerei Hofmann ihren Verbrauch sichtbar macht\n"
          "Die Brauerei Hofmann braut seit 1870 Bier in Oberfranken und beschäftigt heute 120 Mitarbeiter.\n"
          "Bisher kannte der Betrieb seinen Energieverbrauch nur aus der monatlichen Rechnung des Versorgers.\n"
          "Im Jahr 2022 installierte die Brauerei an allen Sudkesseln und Kältemaschinen neue Stromzähler.\n"
          "Die Zähler erfassen den Energieverbrauch jeder Anlage im Takt von 15 Minuten.\n"
          "Ein Gateway sendet die Messwerte jede Nacht an die Software des Anbieters.\n"
          "Der Braumeister sieht den Energieverbrauch seiner Anlagen nun auf einem Bildschirm im Sudhaus.\n"
          "Seitdem ist auch die Nachverfolgung jedes Suds vom Kessel bis zum Fass lückenlos.\n"
          "Nebenbei erzählt er, dass er zu Hause auch den Wasserverbrauch seines Gartens misst.\n"
          "Nach einem Jahr lag der Verbrauch der Kälteanlage um 14 Prozent niedriger als zuvor.\n"
          "Die Brauerei plant, das System im nächsten Jahr auf die Abfüllung auszuweiten.\n"
          "Das Projekt hat sich nach zwei Jahren bezahlt gemacht, sagt der Geschäftsführer.\n")
SPANISH = ("Menos papel en la quesería: cómo la Quesería Robles sigue sus lotes\n"
           "La Quesería Robles elabora queso en León desde 1952 y emplea hoy a 85 personas.\n"
           "Hasta ahora los operarios rellenaban varios formularios en papel para cada lote.\n"
           "En 2023 la empresa instaló un nuevo sistema de producción en todas sus líneas de envasado.\n"
           "Las líneas registran la temperatura de cada cuba cada minuto.\n"
           "Una pasarela envía los valores al software del proveedor cada noche.\n"
           "Desde entonces la trazabilidad de cada lote es total, desde la cuba hasta el palé.\n"
           "El jefe de producción ve ahora la temperatura de cada cuba en una pantalla de la sala.\n"
           "Las alarmas llegan al móvil del maestro quesero cuando una cuba se calienta demasiado.\n"
           "Antes del proyecto la empresa perdía cada año varias cubas por un fallo de frío.\n"
           "La quesería quiere ampliar el sistema el próximo año a la planta de yogures.\n"
           "El proyecto se pagó en dos años, según el director general.\n")


def outputs(text: str):
    return next(a for a in draft(text, BANK).answers if a.question == "workflow.outputs")


def test_a_lots_traceability_a_german_article_names_once_is_drafted():
    assert "quality_holds" in outputs(GERMAN).choices


def test_a_lots_traceability_a_spanish_article_names_once_is_drafted():
    assert "quality_holds" in outputs(SPANISH).choices


def test_without_the_options_own_count_the_german_trail_is_only_suggested(monkeypatch):
    given = {k: v for k, v in gloss_rules().drafting_repeats.items() if k != "workflow.outputs: quality_holds"}
    monkeypatch.setattr(german_drafting, "gloss_rules", lambda: dataclasses.replace(gloss_rules(), drafting_repeats=given))
    drafted = outputs(GERMAN)
    assert "quality_holds" not in drafted.choices and "quality_holds" in drafted.suggested


def test_another_option_the_german_article_names_once_stays_suggested():
    captured = next(a for a in draft(GERMAN, BANK).answers if a.question == "data.captured")
    assert "utility_usage" not in captured.choices and "utility_usage" in captured.suggested  # the garden, once
