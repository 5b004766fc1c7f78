"""A German line is read as its English twin in sentence case would be (lang83): German capitalises every noun, so a
short line of nouns ending on a colon ("Schwingungssensoren (MEMS, 3 Achsen):") is no title-case label heading that
says nothing itself, as "Vibration Sensors (MEMS, 3 Axes):" is in English; it names what the offer installs, as
"Vibration sensors (MEMS, 3 axes):" does. Before, a German offer's sensor list drafted none of the data its
English twin drafts. French, Italian and Spanish write such lines in sentence case and drafted them already; an
English line in title case still heads the lines under it, whatever German text was read before it."""
import pytest
from drafting_corpus import drafted_items

from reading.draft import draft

SENSORS = {
    "en": "Offer for the Weber dairy in Kempten. We install new sensors on both filling lines.\n"
          "Vibration sensors (MEMS, 3 axes):\n- Filler: 2 units\n- Packer: 1 unit\n"
          "Pressure sensors (hydraulics):\n- Main pump: 1 unit",
    "de": "Angebot für die Molkerei Weber in Kempten. Wir installieren neue Sensoren an beiden Abfülllinien.\n"
          "Schwingungssensoren (MEMS, 3 Achsen):\n- Abfüller: 2 Stück\n- Verpacker: 1 Stück\n"
          "Drucksensoren (Hydraulik):\n- Hauptpumpe: 1 Stück",
}

METERS = {
    "en": "Offer for the Kessler brewery in Bamberg. We capture the consumption of the largest units.\n"
          "Energy meters (Modbus RTU):\n- Compressor station: 3 units\n- Refrigeration plant: 2 units\n"
          "Temperature probes (PT100):\n- Fermentation tanks: 12 units",
    "de": "Angebot für die Brauerei Kessler in Bamberg. Wir erfassen den Verbrauch der größten Anlagen.\n"
          "Energiezähler (Modbus RTU):\n- Kompressorstation: 3 Stück\n- Kälteanlage: 2 Stück\n"
          "Temperaturfühler (PT100):\n- Gärtanks: 12 Stück",
    "fr": "Offre pour la brasserie Kessler à Bamberg. Nous mesurons la consommation des plus grandes installations.\n"
          "Compteurs d'énergie (Modbus RTU) :\n- Station de compresseurs : 3 unités\n- Groupe froid : 2 unités\n"
          "Sondes de température (PT100) :\n- Cuves de fermentation : 12 unités",
    "it": "Offerta per il birrificio Kessler a Bamberga. Misuriamo il consumo dei maggiori impianti.\n"
          "Contatori di energia (Modbus RTU):\n- Stazione compressori: 3 pezzi\n- Gruppo frigo: 2 pezzi\n"
          "Sonde di temperatura (PT100):\n- Serbatoi di fermentazione: 12 pezzi",
    "es": "Oferta para la cervecería Kessler en Bamberg. Medimos el consumo de las mayores instalaciones de la "
          "planta y los datos se envían al servidor de la cervecería.\n"
          "Contadores de energía (Modbus RTU):\n- Estación de compresores: 3 unidades\n- Grupo de frío: 2 unidades\n"
          "Sondas de temperatura (PT100):\n- Tanques de fermentación: 12 unidades",
}

METERED = {("data.captured", "energy_consumption"), ("data.captured", "temperature"), ("data.sources", "meters")}


def _drafted(text, bank):
    return drafted_items(draft(text, bank, proposal="lang83"), bank)


def test_a_german_offers_sensor_list_under_noun_labels_drafts_its_english_twins_data(bank):
    english = _drafted(SENSORS["en"], bank)
    assert {("data.captured", "vibration"), ("data.captured", "pressure")} <= english
    assert english <= _drafted(SENSORS["de"], bank)


@pytest.mark.parametrize("language", ["de", "fr", "it", "es"])
def test_meters_and_probes_listed_under_a_label_draft_as_in_english(bank, language):
    assert METERED <= _drafted(METERS["en"], bank)
    assert METERED <= _drafted(METERS[language], bank)


def test_an_english_label_in_title_case_still_heads_its_lines_after_a_german_text(bank):
    _drafted(METERS["de"], bank)
    titled = METERS["en"].replace("Energy meters", "Energy Meters").replace("Temperature probes", "Temperature Probes")
    drafted = _drafted(titled, bank)
    assert ("data.sources", "meters") not in drafted and ("data.captured", "energy_consumption") not in drafted
