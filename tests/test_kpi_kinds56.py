"""KPI kinds still misread (issue 14 item 2): the plant's yearly throughput is the base a rate per tonne is measured
on, never its baseline; a target's label of commitment ("Guarantee:", "Zusage:") names no measure; an input a unit of
output needs goes down, so a target above today's is none; a section's rating is a capacity, never today's value.
Texts written for these tests."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def measure(text: str):
    answer = draft(text, BANK).answer("decision.kpi")
    m = answer.measure if answer else None
    return m if m and m.baseline is not None and m.target is not None else None


def test_a_yearly_throughput_in_tonnes_is_no_baseline_of_a_rate_per_tonne():
    text = "The mill processes 18,000 t of beet a year. We guarantee steam use of 0.7 t per tonne."
    assert measure(text) is None


def test_a_german_yearly_throughput_is_no_baseline_of_a_rate_pro_tonne():
    text = "Die Anlage verarbeitet jährlich 18.000 t Rüben. Wir garantieren einen Dampfverbrauch von 0,7 t pro Tonne."
    assert measure(text) is None


def test_a_rate_per_tonne_still_pairs_with_todays_rate_beside_the_throughput():
    text = ("The mill processes 18,000 t of beet a year. Steam use is 0.9 t per tonne today. "
            "With our system we will cut steam use to 0.7 t per tonne.")
    m = measure(text)
    assert (m.baseline, m.target) == (0.9, 0.7)


def test_a_guarantee_label_before_the_target_takes_the_measure_named_today():
    m = measure("Today a mould change on press 4 takes 52 minutes. Guarantee: 35 minutes per mould change.")
    assert (m.baseline, m.target) == (52, 35)
    assert "mould change" in m.metric


def test_a_german_zusage_label_is_no_metric_name():
    m = measure("Heute dauert ein Formatwechsel an Linie 3 48 Minuten. Zusage: 30 Minuten pro Formatwechsel nach dem Pilot.")
    assert (m.baseline, m.target) == (48, 30)
    assert "zusage" not in m.metric.lower()


def test_an_input_needed_per_unit_of_output_is_never_drafted_moving_up():
    text = ("Your press makes about 6,000 litres of juice a day at 45 % sugar before dilution to 11 % and 30 %. "
            "From your 2025 records you use on average 1.8 kg of apples for each litre of juice. With our enzyme "
            "dosing we will reduce the apples needed per litre of juice at 45 % sugar by 10 %.")
    m = measure(text)
    assert m is None or m.target < m.baseline


def test_a_rating_of_the_next_machine_is_no_baseline_of_the_output():
    text = ("The cartoner on line 2 is rated for 14,000 bottles per hour. "
            "We guarantee 11,000 bottles per hour on the 0.5 l format after startup.")
    assert measure(text) is None
