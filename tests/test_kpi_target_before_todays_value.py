"""A target said before today's value (issue kpi68): the value a word of today marks, before it or after it in its
clause ("nu is dat 6 %", "contre 5 % aujourd'hui", "frente a 40 minutos hoy", "against 11 today", "mot dagens 9"),
is the baseline and never the target, whatever the order; a bare count so marked counts in the target's unit.
Sentences written for these tests, in several languages."""
import pytest

from kpi_corpus import kpi_ends


@pytest.mark.parametrize("text, ends", [
    ("Gwarantujemy maksymalnie 3 % braków, obecnie jest to 7 %.", (7.0, 3.0)),
    ("Garantizamos un tiempo de cambio de 20 minutos, frente a los 45 minutos actuales.", (45.0, 20.0)),
    ("Objetivo: 15 minutos de cambio de formato, frente a 40 minutos hoy.", (40.0, 15.0)),
    ("Garantiamo un tempo di cambio formato di 15 minuti, rispetto ai 40 minuti attuali.", (40.0, 15.0)),
    ("Our guarantee: no more than 4 stops per shift, against 11 today.", (11.0, 4.0)),
    ("Wij beloven hooguit 3 storingen per week, tegenover 8 nu.", (8.0, 3.0)),
    ("Vi lovar högst 3 stopp per vecka mot dagens 9.", (9.0, 3.0)),
    ("Mål: 30 minuter omställningstid mot dagens 70 minuter.", (70.0, 30.0)),
    ("Cel: maksymalnie 20 minut przezbrojenia, dziś to 45 minut.", (45.0, 20.0)),
    ("From today on we guarantee at most 2 % scrap, against 6 % today.", (6.0, 2.0)),
    ("We guarantee 45 minutes per changeover instead of today's 80.", (80.0, 45.0)),
    ("Wij garanderen 40 minuten per omstelling, tegen 65 minuten nu.", (65.0, 40.0)),
])
def test_the_value_marked_as_todays_is_the_baseline_after_the_target(text, ends):
    assert kpi_ends(text) == ends


def test_a_bounded_duration_guaranteed_beside_todays_value_is_a_measure_no_term_of_the_offer():
    assert kpi_ends("Today a changeover takes 95 minutes; we guarantee at most 70 min.") == (95.0, 70.0)
