"""A time of day is a time, never a length of time nor a number with the unit "h" (words.yaml `clock`, reading/clock.py):
walk77's "Tiempo de respuesta ... de 8:00 a 18:00 h" counted "00 h" among the answer's specific things."""
import pytest

from questions import Answer, Evaluation, load_bank
from reading.quantities import quantities
from reading.text import reader_for
from scoring import score

BANK = load_bank()
READER = reader_for(BANK)


def numbers(text: str) -> set[str]:
    return {key for kind, key in READER.substance(text) if kind == "number"}


@pytest.mark.parametrize("sentence, left", [
    ("El soporte atiende de lunes a viernes de 6:00 a 18:00 h y responde en 4 horas.", {"4 horas"}),
    ("Die Hotline ist Mo-Fr bis 22.00 Uhr erreichbar und reagiert innerhalb von 8 Stunden.", {"8 stunden"}),
    ("L'assistance répond de 8h00 à 18h00, avec une intervention sous 24 heures.", {"24 heures"}),
    ("Il supporto è attivo dalle 8:00 alle 18:00 ore, con risposta in 4 ore.", {"4 ore"}),
    ("De helpdesk is bereikbaar van 7.00 tot 17.00 uur en reageert binnen 2 uur.", {"2 uur"}),
    ("Support hours are Mon-Fri 8-18 h, with a response within 4 h.", {"4 h"}),
    # a range of whole hours to one past noon, each with its "h", or closed by "Uhr"
    ("Astreinte de 6h à 22h, intervention sous 4 h.", {"4 h"}),
    ("Soporte de 6 h a 18 h, respuesta en 4 h.", {"4 h"}),
    ("Die Hotline ist von 6 bis 22 Uhr besetzt, Reaktion in 4 h.", {"4 h"}),
    ("Assistenza dalle 8h alle 17h, intervento entro 8 ore.", {"8 ore"}),
])
def test_a_time_of_day_names_no_number_with_a_unit_where_a_length_of_time_beside_it_does(sentence, left):
    assert numbers(sentence) == left


@pytest.mark.parametrize("sentence, left", [
    ("La capacitación dura de 8 a 16 horas por técnico.", {"16 horas"}),
    ("Training takes from 6 to 8 h per operator.", {"8 h"}),
    ("Die Montage dauert von 6 bis 8 h je Zelle.", {"8 h"}),
])
def test_a_range_of_lengths_ending_before_noon_or_in_a_long_word_stays_a_length(sentence, left):
    assert numbers(sentence) == left


def test_a_support_window_alone_names_no_number():
    assert numbers("Servicio técnico: L-V de 8:00 a 18:00 h.") == set()
    assert READER.read("Servicio técnico: L-V de 8:00 a 18:00 h.").sentences[0].kind == "neutral"


@pytest.mark.parametrize("text, durations", [
    ("soporte de 6:00 a 18:00 h, respuesta dentro de 4 h", [4.0]),
    ("assistance de 8h00 à 18h00, intervention sous 1.30 h", [1.3]),
    ("Soporte anual L-V 8-18 h; paro medio de 2.5 h por turno", [2.5]),
    ("Support bis 22.00 Uhr, Reaktion in 8 h", [8.0]),
    ("astreinte de 6h à 22h, intervention sous 4 h", [4.0]),
])
def test_the_quantity_reader_takes_no_time_of_day_for_a_duration(text, durations):
    assert [q.value for q in quantities(text) if q.kind == "duration"] == durations


def test_the_scorecard_counts_no_clock_time_among_an_answers_specific_things():
    quote = "Tiempo de respuesta del soporte: 1 día hábil en horario L-V de 8:00 a 18:00 h; póliza 24/7 en 4 horas."
    answer = Answer(question="reliability.commitment", text=quote, quotes=[quote], evidence="specific", drafted=True)
    card = score(Evaluation(bank_version=BANK.version, proposal="P", answers=[answer]), BANK)
    reasons = " ".join(next(a for a in card.answers if a.question == "reliability.commitment").reasons)
    assert "4 horas" in reasons and "00 h" not in reasons and "18 h" not in reasons
