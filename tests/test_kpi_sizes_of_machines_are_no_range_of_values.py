"""Two sizes of one unit joined as a range that name the machines they size ("the 400 t to 800 t presses") tell which
machines: neither end is a baseline or a target, and the sizes are no words of the measure's name (walk 70: "t to 800
t presses: 48 -> 30 minutes", and "400 -> 800 t"). Paragraphs written for these tests."""
from kpi_corpus import offered_kpi
from reading.quantities import sized_things


def _read(text: str):
    got = offered_kpi(text)
    return got and (got.metric, got.baseline, got.target)


def test_a_range_of_press_sizes_is_which_presses():
    text = "today die changes on the 400 t to 800 t presses take 48 minutes."
    assert [text[a:b] for a, b in sized_things(text)] == ["400 t to 800 t"]


def test_a_change_told_in_one_unit_is_no_size_of_machines():
    assert sized_things("we cut the die change from 48 minutes to 30 minutes on all presses.") == []


def test_the_sizes_are_no_change_and_no_part_of_the_name():
    text = "Your die changes on 400 t to 800 t presses take 48 minutes. Target for the 400 t to 800 t presses: 30 minutes."
    metric, baseline, target = _read(text)
    assert (baseline, target) == (48.0, 30.0) and "t" not in metric.split() and "400" not in metric


def test_a_change_on_sized_presses_names_its_measure_without_the_sizes():
    text = "Objective: reduce die change time on the 400 t to 800 t presses from 48 to 30 minutes."
    metric, baseline, target = _read(text)  # named by its change ("die change"), never by the presses' sizes
    assert (baseline, target) == (48.0, 30.0) and "change" in metric and not {"400", "800", "t"} & set(metric.split())
