"""A baseline per unit made is the measure per unit (issue kpi68): "today 0.42 kWh per can" is the baseline of "0.35 kWh
per can", never a total per shift or per year of the same energy unit told beside it ("1,850 kWh per shift"), in
whatever order and language ("par canette", "por lata", "pro Dose"); a total restated per unit ("1,850 MWh a year, or
0.42 kWh per can") gives its per-unit value. Sentences written for these tests."""
import pytest

from kpi_corpus import drafted_kpi, kpi_ends
from reading.kpi_numbers import in_unit


@pytest.mark.parametrize("text, ends", [
    ("Today the filler uses 0.42 kWh per can and 1,850 kWh per shift in total; we guarantee 0.35 kWh per can.",
     (0.42, 0.35)),
    ("Today 0.42 kWh per can; we guarantee 1,500 kWh per shift, 0.35 kWh per can.", (0.42, 0.35)),
    ("We guarantee 0.35 kWh per can; the line today uses 1,850 MWh a year, or 0.42 kWh per can.", (0.42, 0.35)),
    ("Nous garantissons 0,35 kWh par canette ; aujourd'hui la ligne consomme 1 850 kWh par poste, soit 0,42 kWh par "
     "canette.", (0.42, 0.35)),
    ("Wir garantieren 0,35 kWh pro Dose; heute braucht die Linie 1.850 kWh pro Schicht, also 0,42 kWh pro Dose.",
     (0.42, 0.35)),
])
def test_the_per_unit_baseline_is_read_beside_a_total(text, ends):
    assert kpi_ends(text) == ends


def test_a_total_per_shift_is_no_baseline_of_a_rate_per_can():
    assert kpi_ends("Today the line uses 1,850 kWh per shift; we guarantee 0.35 kWh per can.") is None
    assert in_unit(1850, "kwh per shift", "kwh per can") is None
    assert in_unit(5, "kg/h", "kg per hour") == 5 and in_unit(0.42, "kwh", "kwh per can") == 0.42


@pytest.mark.parametrize("text, unit", [
    ("Aujourd'hui 0,42 kWh par canette, objectif 0,35 kWh par canette.", "kWh par canette"),
    ("Hoy 0,42 kWh por lata, objetivo 0,35 kWh por lata.", "kWh por lata"),
])
def test_a_rate_per_unit_in_french_or_spanish_keeps_what_it_is_per(text, unit):
    measure = drafted_kpi(text)
    assert (measure.unit, measure.baseline, measure.target) == (unit, 0.42, 0.35)
