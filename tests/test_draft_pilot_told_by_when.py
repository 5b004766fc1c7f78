"""In one site's story a pilot is how the return is measured only beside a measure ("the pilot compared scrap with the
eight weeks before"); a pilot told only by when ("two more lines were added after the pilot phase") is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
STORY = ("Brixen Dairy, a yoghurt maker in South Tyrol, faced frequent unplanned stops on its cup fillers. "
         "In 2024 the dairy chose Lintex to connect the filler PLCs. Lintex installed an edge box beside each filler. "
         "The box read the stop signals every second and sent them to a web dashboard. "
         "The shift leads checked the dashboard at each shift handover. ")


def measurement(text: str) -> list[str]:
    answer = draft(text, BANK).answer("return.measurement")
    return (answer.choices or [answer.choice]) if answer and (answer.choices or answer.choice) else []


def test_a_pilot_told_by_when_is_no_way_of_measuring():
    text = STORY + "Initial deployment was for one filler, with two more added shortly after the pilot phase."
    assert "pilot_baseline" not in measurement(text)


def test_a_pilot_beside_a_measure_is_the_way_of_measuring():
    text = STORY + "The pilot on filler 1 compared the stop minutes with the eight weeks before go-live."
    assert measurement(text)
