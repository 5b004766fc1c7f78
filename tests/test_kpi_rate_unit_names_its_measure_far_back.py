"""A value in a compound unit ("0.52 kWh/m3", "1.9 GJ/t") names its measure however short the lines around it: a
guarantee in that very unit several lines later takes it as today's value, as one naming the measure's kind would.
Sentences written for these tests."""
from kpi_corpus import kpi_ends


def test_a_value_in_the_targets_rate_unit_several_lines_back_is_today():
    text = ("Chiller revamp - summary\nBefore: 0.62 kWh/m3 chilled water (avg. Jan-Sep, 6 °C supply).\n"
            "Two screw compressors at 70 % load most of the year.\nScope: VSD retrofit, new condenser fans.\n"
            "Guaranteed: max. 0.50 kWh/m3 at same supply temperature, 30-day avg. after handover.")
    assert kpi_ends(text) == (0.62, 0.5)


def test_a_value_in_another_rate_unit_is_not_today():
    text = ("Chiller revamp - summary\nAs is: 410 m3/h chilled water flow (avg. Jan-Sep, 6 °C supply).\n"
            "Two screw compressors at 70 % load most of the year.\nScope: VSD retrofit, new condenser fans.\n"
            "Guaranteed: max. 0.50 kWh/m3 at same supply temperature, 30-day avg. after handover.")
    got = kpi_ends(text)
    assert got is None or got[0] != 410
