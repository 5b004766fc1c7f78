"""A target named by a label that names no measure ('Perf. guarantee: <= 2.1 kWh/kg') is of the kind its unit measures
(kWh is energy use): a line further back that names that kind may give its baseline. Sentences written for these
tests."""
from kpi_corpus import offered_kpi


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_guarantee_in_kwh_pairs_with_the_energy_line_four_lines_back():
    text = ("Milk powder dryer D-3, energy retrofit (techn. summary)\n"
            "Energy per kg powder, D-3: 2.6 kWh/kg\n"
            "Inlet air 190 °C, outlet 85-90 °C\n"
            "Cap. approx. 2.5 t/h powder, 3 x 8 h shifts\n"
            "Scope: heat recovery on the exhaust air, VFDs on the main fans\n"
            "Perf. guarantee: ≤ 2.1 kWh/kg powder, verified in a 14-day perf. test")
    assert _ends(text) == (2.6, 2.1)
