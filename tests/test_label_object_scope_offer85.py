"""A label's word whose object names a process or an asset of the plant is a scope, no label sold with nothing behind
it (walk82: an Italian quote's "Digitalizzazione dei cicli CIP" was marked a label sentence). Several languages; a
label with no such object ("Digital transformation of your plant", "La digitalizzazione è il futuro") is still a label
sentence, and an object past a phrase's end is no object of it."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.text import Reader

READER = Reader(load_bank())


def _kind(text: str) -> str:
    return READER.read(text).sentences[0].kind


@pytest.mark.parametrize("line", [
    "Digitalizzazione dei cicli di lavaggio della linea 3.",
    "Digitalisation of the HACCP records.",
    "Digitalisierung der Reinigungszyklen im Molkereibereich.",
    "Digitalización de los ciclos de limpieza.",
    "Oferta: cyfryzacja rejestru HACCP w zakładzie.",
    "Digitalisation des cycles de nettoyage.",
])
def test_a_label_word_with_a_process_as_its_object_is_substance(line):
    assert _kind(line) == "substance"


@pytest.mark.parametrize("line", [
    "Digital transformation of your plant.",
    "Predictive maintenance to reduce downtime.",
    "La digitalizzazione è il futuro della vostra azienda.",
    "Digitalisierung: der Schlüssel zum Erfolg, auch bei Reinigungszyklen.",
])
def test_a_label_word_without_a_process_as_its_object_stays_a_label(line):
    assert _kind(line) == "label"


def test_the_scope_line_s_reason_names_the_process():
    reason = READER.read("Digitalizzazione dei cicli CIP.").sentences[0].reason
    assert "cicli CIP" in reason
