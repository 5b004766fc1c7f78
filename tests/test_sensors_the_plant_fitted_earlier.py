"""Sensors the plant fitted earlier, its own staff the passive's agent ("were installed by your maintenance team in
2018"), or the reader's machines as they stand ("your presses are equipped with vibration sensors"), are kit the
plant has: no new sensors (drafting.yaml roles existing_after, existing_ahead). Sensors the offer supplies, put in
by the plant's hands ("will be installed by your team"), stay new."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LEAD = "Offer for monitoring the extruders at your plant. Our software shows each extruder's status on a dashboard. "


def _sources(sentence: str) -> list[str]:
    answer = draft(LEAD + sentence, BANK).answer("data.sources")
    return answer.choices if answer else []


@pytest.mark.parametrize("sentence", [
    "The temperature probes on the extruders were installed by your maintenance team in 2019; our gateway reads them.",
    "The vibration sensors were fitted by the plant's electricians in 2020, and our edge box reads them over Modbus.",
    "Your extruders are equipped with melt pressure sensors, which our gateway reads over OPC UA.",
    "Les sondes de température des extrudeuses ont été installées par votre équipe de maintenance en 2019 et notre "
    "passerelle les lit.",
    "Los sensores de temperatura de las extrusoras fueron instalados por su equipo de mantenimiento en 2019 y "
    "nuestra pasarela los lee.",
    "I sensori di temperatura degli estrusori sono stati installati dal vostro team di manutenzione nel 2019 e il nostro "
    "gateway li legge.",
])
def test_sensors_the_plant_fitted_earlier_are_no_new_sensors(sentence):
    assert "new_sensors" not in _sources(sentence)


@pytest.mark.parametrize("sentence", [
    "The 12 vibration sensors we supply will be installed by your maintenance team under our supervision.",
    "We equip your extruders with melt pressure sensors.",
])
def test_sensors_the_offer_supplies_stay_new(sentence):
    assert "new_sensors" in _sources(sentence)
