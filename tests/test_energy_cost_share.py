"""The plant's energy cost told as a share, not as "energy costs are rising": energy named as one of its largest costs
("Electricity is our biggest cost after raw materials"), the share of the site's electricity one part of the plant
draws ("the ovens draw about 45 % of site electricity", "rund 40 % des Stromverbrauchs", "el 35 % del consumo
eléctrico"), or a cut in a kind of energy the offer promises ("will cut compressed-air energy by 10%"): the problem
"Energy cost is rising" (walk73). Another cost or share names no energy problem. Sentences written for these tests."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _problems(sentence: str) -> list[str]:
    answer = draft("Offer for Harbour Bakery Ltd\n\n" + sentence + "\n", BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


@pytest.mark.parametrize("sentence", [
    "Electricity is the bakery's biggest cost after raw materials, and it keeps climbing.",
    "The tunnel ovens alone draw about 45 % of site electricity.",
    "Die Kälteanlage verursacht rund 40 % des Stromverbrauchs am Standort.",
    "La climatización representa el 35 % del consumo eléctrico de la planta.",
    "FlowSight will cut compressed-air energy by 10% in the first year.",
])
def test_energy_told_as_a_cost_share_or_a_cut_is_the_energy_cost_problem(sentence):
    assert "energy_cost" in _problems(sentence)


@pytest.mark.parametrize("sentence", [
    "Labor is the largest cost in the plant; downtime follows.",
    "The dashboard covers 80% of the machines on site.",
    "FlowSight will cut changeover time by 20%.",
])
def test_another_cost_or_share_is_no_energy_problem(sentence):
    assert "energy_cost" not in _problems(sentence)
