"""Walk 68 (French): "Aujourd'hui, nous relevons des arrêts non planifiés à environ 35 heures par mois sur les presses et
un taux de rebut à 3,2 %." then "Objectif : réduire les arrêts non planifiés de 25 %" drafted "arrêts non planifiés: 3.2
-> 2.4 %", the scrap rate's value as the stops' baseline. Two measures told in one sentence, parted by the word that
joins them, each keep their own value, in every language an offer is written in (reading/kpi_clauses.py)."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _measure(text):
    answer = draft(text, BANK).answer(BANK.key_questions.kpi)
    return answer.measure if answer else None


STOPS_CUT = [
    ("Aujourd'hui, nous relevons des arrêts non planifiés à environ 35 heures par mois sur les presses et un taux de "
     "rebut à 3,2 %. Objectif : réduire les arrêts non planifiés de 25 %.", "heures par mois"),
    ("Today your presses lose about 35 hours a month to unplanned stops and the scrap rate is 3.2 %. Our goal: reduce "
     "unplanned stops by 25 %.", "hours a month"),
    ("Derzeit verzeichnen wir an den Pressen ungeplante Stillstände von rund 35 Stunden pro Monat und eine "
     "Ausschussquote von 3,2 %. Wir senken die ungeplanten Stillstände um 25 %.", "Stunden pro Monat"),
    ("Hoy registran paradas no planificadas de unas 35 horas al mes en las prensas y una tasa de rechazo del 3,2 %. "
     "Reduciremos las paradas no planificadas en un 25 %.", "horas al mes"),
    ("Oggi registrate fermi non pianificati di circa 35 ore al mese sulle presse e un tasso di scarto del 3,2 %. "
     "Ci impegniamo a ridurre i fermi non pianificati del 25 %.", "ore al mese"),
    ("Oggi registrate fermate non pianificate di circa 35 ore al mese sulle presse e un tasso di scarto del 3,2 %. "
     "Ci impegniamo a ridurre le fermate non pianificate del 25 %.", "ore al mese"),
]


@pytest.mark.parametrize("text, unit", STOPS_CUT)
def test_a_change_of_one_measure_takes_its_own_value_never_the_other_measures_in_its_sentence(text, unit):
    measure = _measure(text)
    assert (measure.baseline, measure.target, measure.unit) == (35, 26.25, unit)
    assert "scarto" not in measure.metric and "rebut" not in measure.metric  # the stops, named as the change names them


def test_the_other_measure_of_the_sentence_keeps_its_own_value_too():
    measure = _measure("Aujourd'hui, nous relevons des arrêts non planifiés à environ 35 heures par mois sur les presses "
                       "et un taux de rebut à 3,2 %. Objectif : réduire le taux de rebut de 25 %.")
    assert (measure.baseline, measure.target, measure.unit) == (3.2, 2.4, "%")


def test_one_measures_history_joined_by_and_is_one_clause_its_latest_year_today():
    measure = _measure("First pass yield at the final inspection was 86 % in 2023, 87 % in 2024 and 88 % in 2025, the "
                       "remaining rows needing rework on recline mechanisms. We commit to a first pass yield of 95 % at "
                       "final inspection by the end of 2027.")
    assert (measure.baseline, measure.target) == (88, 95)


@pytest.mark.parametrize("text, metric", [
    ("Unplanned downtime of 35 hours a month today; we commit to 20 hours a month.", "unplanned downtime"),
    ("Downtime costs you EUR 350K p.a. today; with the system we expect EUR 120K p.a.", "downtime costs"),
])
def test_a_measures_name_holds_no_value(text, metric):
    measure = _measure(text)
    assert measure.metric == metric and not any(c.isdigit() for c in measure.metric)
