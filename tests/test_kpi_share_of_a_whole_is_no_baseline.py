"""A share told as what a part of the plant takes of the whole plant's use of a resource ("the kilns take 62 % of the
plant's gas", "el 62 % del gas natural de la planta") is no baseline of a change of that resource: the change takes
the measure's own value, or none (walk 69). A share of the plant's output stays a value. Paragraphs written for these
tests."""
from kpi_corpus import offered_kpi


def _read(text: str):
    got = offered_kpi(text)
    return got and (got.baseline, got.target)


def test_a_parts_share_of_the_plants_gas_is_no_baseline_of_a_cut():
    assert _read("The kilns take 62 % of the plant's gas. We will cut the kilns' gas use by 8 %.") is None


def test_the_cut_takes_the_measures_own_value_beside_the_share():
    text = "The kilns take 62 % of the plant's gas and today burn 1.9 kWh/m². We will cut the kilns' gas use by 8 %."
    assert _read(text) == (1.9, 1.748)


def test_a_spanish_share_of_the_plants_gas_leaves_the_stops_their_own_baseline():
    text = ("Los hornos consumen el 62 % del gas natural de la planta. Hoy la planta sufre 41 horas de paradas no "
            "planificadas al mes. Objetivos comprometidos: -8 % gas por m² y -30 % de paradas no planificadas.")
    assert _read(text) in (None, (41.0, 28.7))  # never 62 -> 57.04, the gas share cut by the gas target


def test_a_share_of_the_plants_output_is_still_a_value():
    assert _read("Scrap is 3.2 % of the plant's output. We will halve the scrap rate.") == (3.2, 1.6)
