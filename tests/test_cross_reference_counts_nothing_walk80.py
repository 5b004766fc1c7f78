"""A number a cross-reference leads ("voir §5", "see page 4", "véase el apartado 5") is no count of the plant's own
state, so a claim that names scrap or stops with one states no problem of the plant (drafting.yaml roles
cross_references, reading/draft_filters.py unreferenced): walk80's "L'interface avec SAP Business One (ordres de
fabrication, quantités produites, rebuts) n'est pas comprise ... (voir §5)" drafted repeating quality issues for its
"5"."""
import pytest

from reading.draft import draft

PROBLEMS = "problem.plant_problems"


def _problems(text, bank):
    answer = next((a for a in draft(text, bank).answers if a.question == PROBLEMS), None)
    return answer.choices if answer else []


@pytest.mark.parametrize("text", [
    "L'interface avec SAP Business One (ordres de fabrication, quantités produites, rebuts) n'est pas comprise dans la "
    "présente offre ; elle peut être chiffrée en option (voir §5).",
    "La interfaz con SAP (órdenes, cantidades, rechazos) no está incluida; puede cotizarse como opción (véase el "
    "apartado 5).",
    "The dashboard shows scrap per shift (see page 4).",
    "Le tableau de bord affiche les rebuts par équipe (voir page 4).",
])
def test_a_cross_reference_number_states_no_plant_problem(text, bank):
    assert "quality_repeats" not in _problems(text, bank)


def test_a_count_of_the_plant_still_states_its_problem(bank):
    assert "quality_repeats" in _problems("Your scrap rate is 4 % on line 2 and rising.", bank)
