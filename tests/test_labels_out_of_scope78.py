"""A label's word the base offer is not sold with (walk77, a Spanish integrator's on-premise offer and its reply;
questions/glossary.yaml `out_of_scope`, `headings`, `product_names`; reading/label_scope.py, label_denials.py):
named only as an option, left out or not offered; a numbered section heading's word; a denial told subject first
("nothing goes to a cloud"); a product's name the word is hyphen-joined into or a maker's product it names."""
import pytest

from reading import analyze
from reading.draft import draft
from scoring import score


@pytest.mark.parametrize("sentence", [
    "Predictive maintenance with AI: this is option C and not part of the fixed price.",
    "The AI module is optional and quoted separately.",
    "Optional: an AI model that ranks scrap causes, priced after the pilot.",
    "Option 2: digital twin of the furnace, price on request.",
    "We do not offer a digital twin for the furnace.",
    "Der digitale Zwilling ist eine Option und nicht im Angebot enthalten.",
    "KI-Modul: optional, gegen Aufpreis.",
    "Option B: digitaler Zwilling der Gießform, Preis nach dem Pilot.",
    "Le jumeau numérique du four est en option et ne fait pas partie du prix de base.",
    "Module d'IA : optionnel, hors périmètre.",
    "El gemelo digital del horno es opcional y se cotiza por separado.",
    "Opción 2: gemelo digital del horno, precio a definir.",
    "Módulo de IA: no incluido en esta fase.",
    "Il gemello digitale è opzionale e non fa parte dell'offerta.",
])
def test_a_label_named_only_as_an_option_excluded_or_not_offered_is_no_label(sentence):
    reading = analyze(sentence)
    assert reading.labels == [] and reading.sentences[0].kind != "label"


@pytest.mark.parametrize("sentence, label", [
    ("Our AI flags worn bearings and sends optional SMS alerts.", "ai"),  # the option is the alerts'
    ("The digital twin is not included, but our AI ranks every stop.", "ai"),  # a contrast ends the reach
    ("No optional extras: the AI module is in the fixed price.", "ai"),
    ("The AI is not optional: it runs on every press.", "ai"),
    ("Der digitale Zwilling simuliert jede Änderung, bevor sie an der Linie gilt.", "digital_twin"),
    ("Le module d'IA est inclus; seul le reporting mensuel est en option.", "ai"),
    ("La IA está incluida sin costo adicional y las alertas SMS son opcionales.", "ai"),
])
def test_a_label_sold_beside_an_option_or_an_exclusion_is_still_read(sentence, label):
    assert label in analyze(sentence).labels


@pytest.mark.parametrize("sentence", [
    "3.2 Edge and server: one gateway per furnace and a server in your plant network.",
    "4.1 Edge und Server: je Ofen ein Gateway, ein Server im Werksnetz.",
    "2.3 Edge et serveur : une passerelle par four, un serveur dans votre réseau.",
    "5.2 Edge y servidores: un gateway por horno, un servidor en su red.",
])
def test_a_numbered_section_heading_s_label_word_is_no_label(sentence):
    assert analyze(sentence).labels == []


def test_a_heading_s_body_still_sells_what_it_says():
    assert analyze("3.1 Platform: our SaaS portal shows every furnace.").labels == ["cloud_edge"]
    assert analyze("3. Our AI learns the normal behaviour of each furnace.").labels == ["ai"]


@pytest.mark.parametrize("sentence", [
    "The plant runs everything on premises; nothing is ever sent to a cloud.",
    "Aucune donnée n'est transmise au cloud.",  # the denial opens with what is (not) sent
    "Ningún dato sale hacia el cloud.",
    "Es werden keinerlei Daten in eine Cloud übertragen.",
    "The historian runs on your own server, not in a public cloud.",  # on premises instead of the cloud
    "Die Auswertung läuft auf dem Werksserver, nicht in der Cloud.",
    "Le modèle tourne sur votre serveur, pas dans le cloud.",
])
def test_a_denial_told_subject_first_is_no_label(sentence):
    assert analyze(sentence).labels == []


@pytest.mark.parametrize("sentence", [
    "Each furnace gets an IIoT-Connect box on its PLC.",
    "Les données passent par le module Cloud-Connect vers votre ERP.",
    "Los datos los lee el gateway IIoT-Link de cada horno.",
    "Die Kamera prüft jede Naht mit AI-Vision® in 40 ms.",
    "Data is buffered by Ignition Edge for up to three days.",
    "Los gateways guardan los datos con el store-and-forward de Litmus Edge.",
])
def test_a_label_word_in_a_product_s_name_is_no_label(sentence):
    assert analyze(sentence).labels == []


@pytest.mark.parametrize("sentence, label", [
    ("Das IoT-Gateway XY200 liest jede Presse über Modbus.", "iot"),  # a German compound: a common noun, a claim
    ("Die KI-Plattform erkennt Lagerschäden zwei Wochen im Voraus.", "ai"),
    ("Die Cloud-Plattform speichert alle Messwerte zwölf Monate lang.", "cloud_edge"),  # no German marker word
    ("IoT-Sensoren messen Schwingung alle zehn Sekunden pro Maschine.", "iot"),
    ("Cloud-Anbindung inklusive.", "cloud_edge"),  # too short to tell a language: a common noun's compound
    ("Our AI-Powered inspection finds every crack.", "ai"),  # a label's usual compound, no name
    ("The power of Industrial AI in your plant.", "ai"),
    ("Der Zugriff erfolgt über die Cloud von Microsoft.", "cloud_edge"),
    ("Our AI does not only run in the cloud but also at the edge.", "cloud_edge"),
])
def test_a_label_s_compound_or_a_claim_beside_a_name_is_still_read(sentence, label):
    assert label in analyze(sentence).labels


ON_PREMISES_OFFER = """Propuesta técnica No. FV-2026-118
2. Alcance
2.1 Sensores: 2 sensores de vibración por horno, muestreo cada 1 segundo vía IO-Link.
2.2 Edge y servidores: 1 gateway por horno; servidor en sitio con el historiador, en la red OT de la planta.
2.3 Alertas por correo al supervisor de turno.
3. Opcionales
Opción B: gemelo digital del horno con simulación térmica, precio a definir.
4. Seguridad
El servidor queda separado de la red corporativa por firewall. No se envía ningún dato a servicios cloud.
"""


def test_an_on_premises_offer_is_sold_neither_as_cloud_nor_as_its_option_s_label(bank):
    evaluation = draft(ON_PREMISES_OFFER, bank)
    assert "cloud_edge" not in evaluation.labels and "digital_twin" not in evaluation.labels
    card = score(evaluation)
    assert not any("cloud" in (gap.follow_up or "").lower() for gap in card.gaps)
    assert not any("twin" in (gap.follow_up or "").lower() for gap in card.gaps)


@pytest.mark.parametrize("sentence", [
    "Cloud connection: none.",
    "Digital twin: n/a",
    "- Cloud platform: none",
    "Cloud-Anbindung: keine",
    "Digitaler Zwilling: nicht vorhanden",
    "Intelligence artificielle : aucune.",
    "Jumeau numérique : non",
    "Gemelo digital: ninguno",
    "Inteligencia artificial: no",
])
def test_a_label_named_as_a_field_whose_value_denies_it_is_no_label(sentence):
    assert analyze(sentence).labels == []


@pytest.mark.parametrize("sentence, label", [
    ("Cloud connection: yes, hosted in Frankfurt.", "cloud_edge"),
    ("Our AI: none of the other bidders match it.", "ai"),  # the value goes on: a claim
    ("KI: keine Angabe nötig, unsere KI läuft überall.", "ai"),
    ("Jumeau numérique : inclus.", "digital_twin"),
])
def test_a_label_field_with_a_value_that_is_no_denial_still_sells(sentence, label):
    assert label in analyze(sentence).labels
