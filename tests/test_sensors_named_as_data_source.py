"""Sensors named only as where the data comes from ("trained on signals from vibration sensors", "the readings from
the temperature sensors") are the plant's as they stand, no kit the project fits (drafting.yaml sourced_from). New
kit named there ("from the 12 additional thermocouples we fit") and kit merely supplied "from" a maker stay new."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LEAD = "Offer for monitoring the dryers at your plant. Our software shows each dryer's status on a dashboard. "


def _sources(sentence: str) -> list[str]:
    answer = draft(LEAD + sentence, BANK).answer("data.sources")
    return answer.choices if answer else []


@pytest.mark.parametrize("sentence", [
    "The anomaly model is trained on signals from vibration sensors and alarms.",
    "The historian stores the readings from the humidity sensors on each dryer.",
    "Das Modell wird mit den Signalen aus den Schwingungssensoren der Trockner trainiert.",
    "Le modèle est entraîné sur les signaux provenant des capteurs de vibrations des séchoirs.",
    "El modelo se entrena con las señales procedentes de los sensores de vibración de los secadores.",
])
def test_sensors_named_as_where_data_comes_from_are_no_new_kit(sentence):
    assert "new_sensors" not in _sources(sentence)


@pytest.mark.parametrize("sentence", [
    "Readings from the 12 additional thermocouples we fit are sent every minute.",
    "We supply a kit from Siemens with vibration sensors for each dryer.",
])
def test_new_kit_named_with_from_stays_new(sentence):
    assert "new_sensors" in _sources(sentence)
