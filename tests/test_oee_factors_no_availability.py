"""OEE told by its factors ("live OEE per line (availability, performance, quality)", "OEE = Verfügbarkeit x Leistung x
Qualität", "disponibilidad, rendimiento y calidad") commits no availability of the service: no quote for "What
availability is committed?"; an availability the vendor commits still is one (walk73). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.prefill import Prefiller
from reading.text import reader_for

BANK = load_bank()
READER, PREFILL = reader_for(BANK), Prefiller(BANK)


def _quotes(sentence: str) -> list[str]:
    return [s.quote for s in PREFILL.suggest(READER.read(sentence)).get("reliability.commitment", [])]


@pytest.mark.parametrize("sentence", [
    "The board shows live OEE per press (availability, performance, quality) and the top five stop reasons.",
    "Die OEE wird als Verfügbarkeit x Leistung x Qualität je Schicht berechnet und angezeigt.",
    "El panel muestra el OEE por línea (disponibilidad, rendimiento y calidad) cada 5 minutos.",
])
def test_oee_told_by_its_factors_commits_no_availability(sentence):
    assert _quotes(sentence) == []


def test_an_availability_the_vendor_commits_is_still_quoted():
    sentence = "We commit to 99.5 % availability of the platform per calendar month, with service credits."
    assert _quotes(sentence) == [sentence]
