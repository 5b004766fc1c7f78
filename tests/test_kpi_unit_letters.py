"""A unit's letters are read as its own: "8.5 m/min" is metres a minute (it read 8,500,000, "m" as a million) and
"µm/h" a unit (a figure in micrometres an hour read no value at all: blind KPI set tuning31's growth rate)."""
import pytest

from kpi_corpus import drafted_kpi as measure
from reading.quantities import quantities


@pytest.mark.parametrize("unit", ["m/min", "µm/h", "µS/cm", "mm/h"])
def test_a_key_figures_list_in_any_unit_reads_its_baseline_and_target(unit):
    found = measure(f"Key figures:\n- Coating speed today: 6.5 {unit}\n- Coating speed committed after the retrofit: "
                    f"9.0 {unit}\n- Price: 48,000 EUR")
    assert found is not None and (found.baseline, found.target) == (6.5, 9.0)
    assert found.unit.lower() == unit.lower()


def test_a_letter_before_a_slash_is_a_units_not_a_scale():
    [speed] = [q for q in quantities("the web runs at 8.5 m/min") if q.value < 100]
    assert speed.value == 8.5
    assert any(q.value == 3.2e6 for q in quantities("a budget of $3.2m for the line"))
