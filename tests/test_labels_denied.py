"""A label's word is no label the vendor sells with where the sentence denies it or says it is not needed, or where it
is part of a product's name in a title line (questions/glossary.yaml `denied`, `product_names`; reading/label_denials.py):
a quotation that runs on premises and says so is not sold as cloud, and gets no cloud gaps."""
import json
from pathlib import Path

import pytest

from reading import analyze
from reading.draft import draft
from scoring import score

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("sentence", [
    "The historian is installed on a server in your plant; we need no cloud subscription for it.",
    "Everything runs locally, without any cloud.",
    "The alarm logic is plain thresholds and does not need AI.",
    "The tablets don't require a cloud connection.",
    "A connection to the cloud is not required for operation.",
    "Die Auswertung läuft auf dem Anlagenrechner, es ist kein Cloud-Zugang nötig.",
    "Die Daten bleiben im Werk, ganz ohne Anbindung an die Cloud.",
    "Eine Cloud-Anbindung ist nicht erforderlich.",
    "Le logiciel fonctionne sans cloud, sur un serveur de l'usine.",
    "Aucune connexion au cloud n'est nécessaire.",
    "No data is sent to the cloud.",
])
def test_a_label_the_sentence_denies_or_says_is_not_needed_is_no_label(sentence):
    reading = analyze(sentence)
    assert reading.labels == [] and reading.sentences[0].kind != "label"


@pytest.mark.parametrize("sentence, label", [
    ("Our cloud platform shows every feeder's load.", "cloud_edge"),
    ("The gateway runs AI at the edge, so no cloud connection is required.", "cloud_edge"),  # the edge is sold
    ("Our AI does not need a cloud connection.", "ai"),  # only the cloud is denied
    ("Die KI-Plattform läuft in der Cloud.", "cloud_edge"),
    ("Une plateforme cloud pour vos usines.", "cloud_edge"),
    ("No downtime surprises: our AI predicts failures.", "ai"),  # the "no" is another clause's, denying nothing
])
def test_a_label_sold_beside_a_denial_or_a_negation_elsewhere_is_still_read(sentence, label):
    assert label in analyze(sentence).labels


@pytest.mark.parametrize("sentence, label", [
    ("Without AI, your inspectors will keep missing hairline cracks.", "ai"),  # a condition: what goes wrong
    ("Sans cloud, impossible de partager les recettes entre les sites.", "cloud_edge"),
    ("Finding a 0.2 mm scratch on a moving web without AI is impossible.", "ai"),  # a need told
    ("The line cannot keep its recipes in step without the cloud.", "cloud_edge"),
    ("Until now the dairy was running without real-time data on its tanks.", "real_time"),  # the plant's lack
    ("| No predictive maintenance | Bearings fail without warning |", "predictive_maintenance"),
    ("A digital twin without live data is only a 3-D drawing.", "real_time"),
])
def test_a_label_told_as_a_lack_a_condition_or_a_need_is_still_sold(sentence, label):
    assert label in analyze(sentence).labels


def test_the_labels_a_denial_reads_are_glossary_labels(bank):
    from questions.loader import load_label_reading
    assert set(load_label_reading()["denied"]["labels"]) <= {label.id for label in bank.labels}


def test_a_wrapped_line_of_prose_naming_a_product_is_no_title():
    text = "Every batch makes colour matching a guessing game.\nTintMind AI learns from each reading and each correction"
    assert analyze(text).labels == ["ai"]


def test_a_denied_sentence_s_other_labels_and_substance_stay():
    sentence = analyze("Vibration is read every second over OPC UA, without any cloud, and our AI flags bearings.").sentences[0]
    assert sentence.kind == "substance" and sentence.labels == ["ai"]


def test_a_label_word_in_a_product_s_name_in_a_title_line_is_no_label():
    reading = analyze("Datenblatt GlarusTrack Edge GT-220\n\nDer Sensor misst Schwingung jede Sekunde über Modbus TCP.")
    assert reading.labels == [] and reading.sentences[0].kind == "neutral"
    assert analyze("KilnWatch AI Monitor\n\nThe monitor reads 12 thermocouples.").labels == []


def test_a_product_s_name_in_a_title_still_sells_the_label_the_text_sells_elsewhere():
    text = "Datenblatt GlarusTrack Edge GT-220\n\nDie Analyse läuft direkt am Gerät: Edge Computing ohne Verzögerung."
    assert analyze(text).labels == ["cloud_edge"]


def test_a_label_in_a_title_with_no_product_s_name_beside_it_is_still_read():
    assert analyze("Edge Computing for Your Presses").labels == ["cloud_edge"]
    assert analyze("AI-Powered Monitoring for the EX-400 Press").labels == ["ai"]  # the code names the press
    assert analyze("The GlarusTrack Edge GT-220 runs our cloud analytics.").labels == ["cloud_edge"]  # no title


ON_PREMISES = """Compressor energy monitoring - quotation for Plant 2

What we install
- 40 clamp-on power meters on the sub-distribution boards
- One data logger reading the meters over Modbus RTU every 60 seconds

Data and software
Energy per feeder and per shift, with peak demand alarms. The software is installed on a virtual server in your plant network; no cloud connection is required.

Security
Read-only Modbus access on a separate VLAN; no remote access unless you open a VPN session.
"""


def test_a_quotation_that_runs_on_premises_and_denies_the_cloud_is_not_sold_as_cloud(bank):
    evaluation = draft(ON_PREMISES, bank)
    assert "cloud_edge" not in evaluation.labels
    card = score(evaluation)
    assert not any("cloud" in gap.reason.lower() for gap in card.gaps)
    security = next(a for a in card.answers if a.question == "security.model")
    assert not any("restates the label" in reason for reason in security.reasons)


# what each example's text sells with, as read before label words were weighed (example b's labels were set by its
# evaluator: its text names none)
EXAMPLE_LABELS = {"a_dashboard_sold_as_industry_4_0.json": ["industry_4_0", "smart_factory", "real_time"],
                  "b_downtime_loop_industry_4_0.json": [],
                  "c_ai_predictive_without_data.json": ["ai", "predictive_maintenance", "industry_4_0"],
                  "d_iiot_cloud_ot_access.json": ["cloud_edge", "iiot", "real_time"]}


@pytest.mark.parametrize("name", sorted(EXAMPLE_LABELS))
def test_the_examples_still_read_the_labels_their_texts_sell_with(name):
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    text = "\n\n".join(d["text"] for d in data.get("documents", [])) or data.get("proposal_text", "")
    assert analyze(text).labels == EXAMPLE_LABELS[name]


def test_a_buzzword_in_a_street_name_is_an_address_not_selling():
    from questions import load_bank
    from reading.draft import drafter_for
    reader = drafter_for(load_bank()).reader
    [address] = reader.read("Kestrel Automation GmbH, Smart Park 4, 70565 Stuttgart").sentences
    assert address.kind == "neutral" and not address.buzzwords
    [selling] = reader.read("Our smart platform drives innovation on your lines.").sentences
    assert selling.kind == "label" and selling.buzzwords
