"""German "zu" before an infinitive ("die Ausschussquote ... pro Jahr zu senken") is no word of a unit nor of a measure's
name: the unit is "% pro Jahr", the name "Ausschussquote". Sentences written for these tests."""
from kpi_corpus import whole_kpi


def test_an_infinitives_zu_ends_the_unit():
    got = whole_kpi("Angebot\nWir verpflichten uns, die Ausschussquote von 4,2 % auf 2,5 % pro Jahr zu senken.")
    assert (got.metric, got.unit, got.baseline, got.target) == ("Ausschussquote", "% pro Jahr", 4.2, 2.5)


def test_an_infinitives_zu_ends_the_name():
    got = whole_kpi("Angebot für Ihr Werk\nDie Ausschussquote liegt heute bei 4,2 % pro Jahr laut Ihren "
                    "Qualitätsberichten. Unser Ziel ist es, die Ausschussquote pro Jahr zu senken, auf 2,5 % pro Jahr, "
                    "das sagen wir vertraglich zu.")
    assert (got.unit, got.baseline, got.target) == ("% pro Jahr", 4.2, 2.5) and not got.metric.endswith("zu")
