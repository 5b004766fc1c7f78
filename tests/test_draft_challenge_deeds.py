"""A case study that sets out "The Challenge" and tells its solution under that heading, with no "Solution" heading
after it (issue 14): a sentence there that tells a deed of the project in the past ("the gateways were configured",
"the mill selected ...", "the network provided") is the project's; the rest of the section stays the plant's
before-state, and a participle or a history of the plant is no deed. Texts written for these tests."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens
from reading.roles import BEFORE, CLAIM

BANK = load_bank()
DRAFTER = drafter_for(BANK)
ROLES = DRAFTER.roles

STORY = ("The Challenge\n"
         "Stops on the two extruders at the Halden plant were written on a clipboard at the end of each shift.\n"
         "Nobody could say which screw zone ran hot before a stop.\n"
         "The OptiLine gateways were configured to read the barrel temperature from each extruder PLC every second.\n"
         "The plant manager saw too late which line lost the most hours.")


def kinds(text: str) -> list[str]:
    return [role.kind for role in ROLES.roles(text.split("\n"))]


def test_a_deed_of_the_project_under_the_challenge_heading_is_the_projects():
    assert kinds(STORY)[3] == CLAIM


def test_the_challenge_section_goes_on_with_the_before_state_after_the_deed():
    assert kinds(STORY)[1:3] == [BEFORE, BEFORE] and kinds(STORY)[4] == BEFORE


def test_a_deed_told_under_the_challenge_heading_drafts_what_the_project_reads():
    answers = {a.question: a.choices for a in draft(STORY, BANK).answers if a.choices}
    assert "temperature" in answers.get("data.captured", [])


@pytest.mark.parametrize("sentence", [
    "The new vibration sensors were then mounted on the six fan motors.",
    "Hillmann's edge boxes were selected from five offers because they spoke the plant's fieldbus.",
    "The wireless network provided what the maintenance team needed.",
    "The site decided to adopt a cloud historian for its filler data.",
])
def test_a_finite_past_deed_is_told_as_done(sentence):
    assert DRAFTER.roles.deeds.told(tokens(normalise(sentence)))


@pytest.mark.parametrize("sentence", [
    "The kilns are fitted with thermocouples installed on the outer shell.",  # participles before a place
    "Parts move between work centres connected by conveyors.",
    "The six presses were connected by a shuttle conveyor.",  # the plant's layout, no deed
    "The old line relied on manually configured limits.",  # an adverb in -ly, no subject
    "The plant used paper logs for every batch.",  # "used": the plant's own way before
    "Inspections created a bottleneck at each shift change.",  # what causes a problem, no deed
])
def test_a_participle_the_plants_old_way_or_a_cause_of_trouble_is_no_deed(sentence):
    assert not DRAFTER.roles.deeds.told(tokens(normalise(sentence)))


def test_a_deed_under_a_solution_heading_stays_a_claim():
    text = ("Our Solution\nThe OptiLine gateways were configured to read the barrel temperature every second.")
    assert kinds(text) == [CLAIM, CLAIM]
