"""Existing versus new sources: a system the plant had before the project, named in its before-state by its kind or its
product ("the engineers copied the values from the PI historian by hand"), is an existing source the project reads;
the old way named as a whole ("the existing system relied on manual checks") is what the project replaces, none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def sources(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.sources")
    return answer.choices if answer else []


def test_a_historian_the_plant_used_before_the_project_is_an_existing_source():
    text = ("The challenge\n\nBefore the project, the shift engineers at the Linz press shop copied oven temperatures "
            "from the Wonderware historian into a spreadsheet by hand every morning.\n\nThe solution\n\n"
            "We built a report that now reads those values itself and mails it to the plant manager at 6:00.")
    assert "existing_systems" in sources(text)


def test_the_old_way_named_as_the_existing_system_is_no_source():
    text = ("The challenge\n\nBefore the project, the existing system at the Linz press shop relied on manual checks "
            "and paper forms.\n\nThe solution\n\n"
            "We built a report that mails the oven temperatures to the plant manager at 6:00.")
    assert "existing_systems" not in sources(text)


def test_the_probes_the_plant_has_told_after_them_are_an_existing_source():
    text = ("For your press line 3 we offer a dashboard that uses the probes you have on the four hydraulic presses "
            "and warns the shift leader by SMS when oil temperature rises.")
    assert sources(text) == ["existing_systems"]
