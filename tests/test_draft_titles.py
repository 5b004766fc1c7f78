"""A text's first line that is its title names the story, no deed: a title with a colon counts when it is
in title case ("Live Dashboards: What Shift Leads Really Need"), not a proposal's subject line
("Proposal: vibration sensors on the press motors of Line 2")."""
from questions import load_bank
from reading.draft import drafter_for

BANK = load_bank()
ROLES = drafter_for(BANK).roles


def first_role(text: str) -> str:
    return ROLES.roles(text.split("\n"))[0].kind


def test_a_title_case_title_with_a_colon_is_no_claim():
    assert first_role("Vibration Sensors Everywhere: Why Maintenance Planners Love Their New Alerts\n"
                      "A look at three plants.") == "furniture"


def test_a_subject_line_with_a_colon_still_tells_the_offer():
    assert first_role("Proposal: vibration sensors on the eight press motors of your Line 2\n"
                      "We fit the sensors in week 12.") != "furniture"
