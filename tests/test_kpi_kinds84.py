"""KPI kinds left at kpi84, each in other words and languages than the texts that showed them: a count's unit is its
noun and period, never the qualifier that comes with it ("75 unscheduled line stops a week" is in stops a week and
measures unscheduled line stops; "22 fermate impreviste al mese" in fermate al mese); a unit of any Latin alphabet read
whole ("arrêts", never "arr"); a name that is a verb's or a pronoun's tail takes the measure told before it; an
infinitive with an object pronoun written onto it ("ridurle", "reducirlas", "reduzi-los") points back at the value told
before, as "reduce it" does; Polish, Czech, Dutch, Swedish and Portuguese cuts of a value per period with its thousands
grouped by a space, named by the noun after the unit where a verb of having tells it ("ma obecnie 2 300 h/rok
awarii"). Sentences written for these tests."""
import pytest

from kpi_corpus import offered_kpi


def _read(text):
    got = offered_kpi(text)
    return got and (got.metric, got.unit, got.baseline, got.target)


@pytest.mark.parametrize("text, read", [
    ("Your press shop logged 75 unscheduled line stops a week in 2025. We commit to bring that down to 30 unscheduled "
     "line stops a week.", ("unscheduled line stops", "stops a week", 75.0, 30.0)),
    ("The kitchen currently throws away 18 burnt trays per day. We guarantee no more than 5 burnt trays per day.",
     ("burnt trays", "trays per day", 18.0, 5.0)),
    ("Die Presse hat heute 28 ungeplante Werkzeugwechsel pro Woche. Wir garantieren, sie auf 10 ungeplante "
     "Werkzeugwechsel pro Woche zu senken.", ("ungeplante Werkzeugwechsel", "Werkzeugwechsel pro Woche", 28.0, 10.0)),
])
def test_a_counts_unit_is_its_noun_never_the_qualifier_before_it(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    ("La presse compte aujourd'hui 16 changements imprévus par semaine. Nous nous engageons à les ramener à 6 "
     "changements imprévus par semaine.", ("changements imprévus", "changements par semaine", 16.0, 6.0)),
    ("La linea registra oggi 22 fermate impreviste al mese. Ci impegniamo a ridurle del 50 %.",
     ("fermate impreviste", "fermate al mese", 22.0, 11.0)),
    ("La prensa acumula hoy 36 paradas imprevistas al mes. Nos comprometemos a reducirlas en un 25 %.",
     ("paradas imprevistas", "paradas al mes", 36.0, 27.0)),
])
def test_a_count_told_noun_first_is_in_its_noun_and_named_with_its_qualifier(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    ("Les rebuts représentent aujourd'hui 140 pièces par équipe. Nous visons à les réduire de 50 %.",
     ("rebuts", "pièces par équipe", 140.0, 70.0)),
    ("Il consumo di vapore del reparto è oggi di 3,6 t/h. Ci impegniamo a ridurlo del 25 %.",
     ("consumo di vapore del reparto", "t/h", 3.6, 2.7)),
    ("El consumo de agua de la planta es hoy de 8,4 m³/t. Nos comprometemos a reducirlo en un 25 %.",
     ("consumo de agua de la planta", "m³/t", 8.4, 6.3)),
])
def test_a_name_ends_before_the_link_and_a_pronoun_written_on_the_verb_points_back(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    ("Zakład ma obecnie 2 300 h/rok awarii. Gwarantujemy ich redukcję o 40 %.", ("awarii", "h/rok", 2300.0, 1380.0)),
    ("Lis má dnes 1 500 h/rok poruch. Zaručujeme jejich snížení o 40 %.", ("poruch", "h/rok", 1500.0, 900.0)),
    ("De pers heeft nu 2 500 h/jaar storingen. Wij garanderen die met 40 % te verminderen.",
     ("storingen", "h/jaar", 2500.0, 1500.0)),
    ("Pressen har i dag 1 600 h/år driftstopp. Vi garanterar att minska det med 40 %.",
     ("driftstopp", "h/år", 1600.0, 960.0)),
    ("A prensa tem hoje 2 400 h/ano de avarias. Garantimos reduzi-las em 40 %.", ("avarias", "h/ano", 2400.0, 1440.0)),
])
def test_a_cut_of_a_value_per_period_in_polish_czech_dutch_swedish_and_portuguese(text, read):
    assert _read(text) == read


def test_an_accented_to_between_two_values_is_no_unit():
    """"de 0,9 à 0,55 kWh" told of another plant: 0,9 is in kWh like 0,55, never in "à"."""
    assert _read("Sur la station de Lyon, la consommation est passée de 0,9 à 0,55 kWh par m³. Objectif pour votre "
                 "station : –35 % sur la facture.") is None
