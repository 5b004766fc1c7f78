"""A label's word inside a company's name ("Northbeam Industrial AI, Inc.", "Kessler Smart Factory GmbH", "Nuvola
Cloud Systems S.r.l.") or a web or mail address ("www.northbeam-ai.example", "vertrieb@iot-werk.de") is the vendor's
name, not a label it sells with; the same word in the sentence's prose still is (walk73). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.text import reader_for

READER = reader_for(load_bank())


def _labels(text: str) -> list[str]:
    return [label for s in READER.read(text).sentences for label in (s.labels or [])]


@pytest.mark.parametrize("line", [
    "Prepared by: Dana Reyes, Senior Solutions Architect, Northbeam Industrial AI, Inc.",
    "Mit freundlichen Grüßen, Jonas Berg, Kessler Smart Factory GmbH",
    "Offerta preparata da Nuvola Cloud Systems S.r.l. per Caseificio Alpino",
    "Contact: 1180 Lakeshore Dr | www.northbeam-ai.example | (312) 555-0188",
    "Bei Fragen: vertrieb@iot-werk.de oder +49 711 5550",
])
def test_a_label_word_in_a_company_name_or_address_sells_no_label(line):
    assert _labels(line) == []


@pytest.mark.parametrize("line, label", [
    ("Northbeam Industrial AI, Inc. uses AI models to recommend compressor setpoints.", "ai"),
    ("Kessler Smart Factory GmbH turns your plant into a smart factory.", "smart_factory"),
])
def test_the_same_word_in_prose_beside_the_name_still_sells_the_label(line, label):
    assert label in _labels(line)
