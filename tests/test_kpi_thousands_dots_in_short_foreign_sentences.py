"""Thousands grouped with the language's separator before a short unit are one value (issue kpi68): a dot in a short
sentence of a language that groups by dots ("Hoy el horno consume 1.250 kWh/t", "Oggi ... 2.450 kg/h", "De oven
verbruikt nu 1.250 kWh/t", "Hoje ... 2.450 kg/h", "Heute 12.500 m³/Monat", "Obecnie ... 1.850 Nm³/h"), as a space,
a narrow space or an apostrophe already are; an English sentence's "1.250" stays a decimal. Sentences written for
these tests."""
import pytest

from kpi_corpus import kpi_ends


@pytest.mark.parametrize("text, ends", [
    ("Hoy el horno consume 1.250 kWh/t; garantizamos como máximo 1.100 kWh/t.", (1250.0, 1100.0)),
    ("Oggi l'essiccatoio consuma 2.450 kg/h di vapore; garantiamo 2.100 kg/h.", (2450.0, 2100.0)),
    ("De oven verbruikt nu 1.250 kWh/t; wij garanderen maximaal 1.100 kWh/t.", (1250.0, 1100.0)),
    ("Hoje a caldeira consome 2.450 kg/h de vapor; garantimos 2.100 kg/h.", (2450.0, 2100.0)),
    ("Heute 12.500 m³/Monat Kühlwasser; Zielwert 9.800 m³/Monat.", (12500.0, 9800.0)),
    ("Obecnie zużycie sprężonego powietrza wynosi 1.850 Nm³/h; gwarantujemy maksymalnie 1.500 Nm³/h.",
     (1850.0, 1500.0)),
    ("Today the furnace uses 1.250 kWh/t; we guarantee at most 1.100 kWh/t.", (1.25, 1.1)),  # English: decimals
])
def test_dot_grouped_thousands_before_a_short_unit_read_whole_in_a_short_foreign_sentence_only(text, ends):
    assert kpi_ends(text) == ends
