"""A duration told in two units or in words is one value (issue kpi68): hours and minutes in any language's short
units ("1 godz. 25 min", "2 Std. 10 Min.", "1 uur en 20 minuten", the French "1 h 30") are minutes, an hour and a
half in words ("anderthalb Stunden", "una hora y media", "un'ora e mezza", "anderhalf uur", "1½ h") is 1.5 hours, and
the pair is read in the unit its other end is said in. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from reading.kpi_durations import durations_as_read


@pytest.mark.parametrize("text, ends", [
    ("Obecnie przezbrojenie trwa 1 godz. 25 min; gwarantujemy skrócenie go do 40 min.", (85.0, 40.0)),
    ("Heute dauert ein Formatwechsel anderthalb Stunden; wir garantieren höchstens 40 Minuten.", (90.0, 40.0)),
    ("Today a mould change takes 1½ h; we commit to 50 minutes.", (90.0, 50.0)),
    ("Aujourd'hui un changement de format prend 1 h 30 ; nous garantissons 45 minutes.", (90.0, 45.0)),
    ("Oggi il cambio formato richiede un'ora e mezza; garantiamo 40 minuti.", (90.0, 40.0)),
    ("Vandaag duurt een omstelling anderhalf uur; wij garanderen maximaal 40 minuten.", (90.0, 40.0)),
    ("Vandaag duurt een omstelling 1 uur en 20 minuten; wij garanderen maximaal 40 minuten.", (80.0, 40.0)),
    ("Today a changeover takes 95 minutes; we guarantee at most 1 h 10 min.", (95.0, 70.0)),
    ("Heute dauert ein Formatwechsel zweieinhalb Stunden; wir garantieren höchstens 2 Stunden.", (2.5, 2.0)),
])
def test_a_duration_in_words_or_two_units_pairs_as_one_value(text, ends):
    assert kpi_ends(text) == ends


@pytest.mark.parametrize("said, read", [
    ("1 godz. 25 min", "85 minutes"), ("2 std. 10 min.", "130 minutes"), ("1h30 par poste", "90 minutes par poste"),
    ("una hora y media", "1.5 hora"), ("an hour and a half", "1.5 hour"), ("2 and a half hours", "2.5 hours"),
    ("eine halbe stunde", "30 minutes"), ("półtorej godziny", "1.5 godziny"),
])
def test_each_language_s_duration_reads_as_one_number_and_unit(said, read):
    assert durations_as_read(said) == read


def test_hours_then_a_share_or_another_count_are_no_duration():
    assert durations_as_read("line 1 h 30 %") == "line 1 h 30 %"
    assert durations_as_read("the 24 h 365 days") == "the 24 h 365 days"


@pytest.mark.parametrize("text, ends", [
    ("Hoy un cambio de formato dura una hora y media; garantizamos reducirlo a 35 minutos.", (90.0, 35.0)),
    ("Oggi il cambio formato dura 50 minuti; garantiamo di ridurlo a 20 minuti.", (50.0, 20.0)),
])
def test_an_infinitive_with_its_object_pronoun_reads_its_a_as_to(text, ends):
    assert kpi_ends(text) == ends
