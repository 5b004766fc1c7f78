"""A project told by a third party (a press release, a trade journal's article) in the third person, with the plant
as its subject and the vendor's product as a proper name (issue 14: such texts drafted little). A report told in the
past that names its organisations and a site of theirs is one site's story, however few of its sentences name a
project (story.reported); in one site's story a deed told in the present perfect by the site ("Brakwell has moved")
is a told deed as one told in the past is (story.done)."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_pass import Pass

BANK = load_bank()
DRAFTER = drafter_for(BANK)

REPORT = """Smart sensors keep the kilns firing at Halvern

Kiln fan failures were a regular cause of lost firing days at the Halvern plant of Brakwell Bricks in Derbyshire.
Six Veltro Smart Sensors were fitted to the kiln fans in 2023, and readings reach the maintenance team within ten minutes.
A loose coupling on the number two exhaust fan was found in March, weeks before it would have failed.
The repair was done during a planned weekend shutdown.
Each of the two tunnel kilns is fired around the clock.
A fan failure stops a kiln for up to two days.
Brakwell Bricks belongs to the Corrin Group, which runs four brickworks across England.
The Veltro Smart Sensors measure vibration and bearing temperature.
Readings go over a cellular gateway to the Veltro portal.
Maintenance planners at Halvern now schedule fan work around the firing plan.
"""

STORY = """Brick kilns at Halvern run on planned maintenance

Brakwell Bricks has cut unplanned stops at its Halvern plant in Derbyshire after fitting wireless monitors to the kiln fans.
{deed}
The works engineer, Dana Okafor, said the first warning came within a month.
The monitors flagged a loose coupling on the number two exhaust fan in March.
The fan was repaired during a planned weekend shutdown.
The Halvern plant makes about 60 million facing bricks a year for housebuilders in the Midlands.
Each of its two tunnel kilns is fired around the clock, and a fan failure stops the kiln for up to two days.
Brakwell Bricks is part of the Corrin Group, which runs four brickworks across England.
The Veltro Smart Sensors measure vibration and bearing temperature every ten minutes.
Readings are sent over a cellular gateway to the Veltro portal, where the maintenance team sees each fan's condition.
"""
PERFECT = ("By installing Veltro Smart Sensors on six of the kiln fans, Brakwell has been able to move to an entirely "
           "predictive maintenance schedule.")


def _seen(text: str) -> Pass:
    seen = Pass(DRAFTER, DRAFTER.reader.read(text))
    DRAFTER._not_selling(seen.reading, seen)  # counts what each sentence says, as drafting does first
    return seen


def _words(sentence: str) -> list[str]:
    return Pass(DRAFTER, DRAFTER.reader.read(sentence)).words[0]


def test_a_third_person_report_of_a_named_plant_is_one_sites_story():
    seen = _seen(REPORT)
    assert DRAFTER.untied(seen)  # hardly a sentence names an offer or a project: it would read as a product page
    assert DRAFTER.case_study(seen)


def test_a_report_that_names_no_site_is_no_sites_story():
    seen = _seen(REPORT.replace("the Halvern plant of", "the Halvern business of"))
    assert DRAFTER.untied(seen) and not DRAFTER.case_study(seen)


def test_a_report_needs_its_names_and_its_third_person():
    story, plant = DRAFTER.story, [["the", "plant", "was", "quiet"]]
    names = frozenset({"brakwell", "halvern", "derbyshire", "veltro", "corrin", "england"})
    assert story.reported(12, 0, 4, names, plant)
    assert not story.reported(12, 0, 4, frozenset({"veltro", "halvern"}), plant)  # a page names its product only
    assert not story.reported(12, 4, 4, names, plant)  # "we", "your": a vendor's page or an offer speaks
    assert not story.reported(12, 0, 0, names, plant)  # nothing told in the past: a description


def test_a_deed_in_the_present_perfect_by_the_site_is_done():
    story, names = DRAFTER.story, frozenset({"brakwell", "halvern"})
    assert story.done(_words("Brakwell has moved its kilns to planned maintenance."), names)
    assert story.done(_words("Brakwell, based in Halvern, has switched to planned stops."), names)
    assert story.done(_words("The plant has been able to plan every fan repair."), names)
    # a writer's boast and a general truth name no site that did it; a plan is not done
    assert not story.done(_words("The agency has developed numerous guides on fan upkeep."), names)
    assert not story.done(_words("It has been shown that fans fail without warning."), names)
    assert not story.done(_words("Brakwell will move its kilns to planned maintenance."), names)


def test_a_selling_sentence_told_in_the_present_perfect_drafts_in_a_story():
    done = draft(STORY.format(deed=PERFECT), BANK).answer("workflow.analytics")
    assert done is not None and "prediction" in done.choices
    planned = draft(STORY.format(deed=PERFECT.replace("has been able", "will be able")), BANK).answer("workflow.analytics")
    assert planned is None or "prediction" not in planned.choices
