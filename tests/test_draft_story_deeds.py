"""What a case study tells its site did is a deed, however it is worded (issue 14): in one site's story a sentence
that tells in the past what was done there drafts what was done, buzzwords notwithstanding, but not a boast nor a link
it praises; a trouble the named customer is told to have had is the site's problem, though no listed problem names it."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for

from drafting_corpus import drafted_items

BANK = load_bank()
DRAFTER = drafter_for(BANK)

STORY = """How a cheese dairy stopped losing whole vats

Holmfirth Creamery makes hard cheese in twelve vats at its plant in Yorkshire.
In 2022 the creamery lost three vats of curd because a cooling valve stuck overnight.
Nobody noticed until the morning shift arrived.
The dairy chose a monitoring system from Valecto in early 2023.
Technicians fitted a temperature sensor to each vat and wired the sensors to a gateway in the control room.
{deed}
The supervisors checked the vat temperatures on a screen in the control room every morning.
Since then no vat has been lost to a stuck valve.
"""

PAST = "The team deployed a revolutionary, next-generation, AI-powered platform that sent seamless alerts to the shift supervisor's phone."
PRESENT = "The team deploys a revolutionary, next-generation, AI-powered platform that sends seamless alerts to the shift supervisor's phone."
BOAST = ("The team deployed a revolutionary, next-generation, AI-powered platform that sent seamless alerts to the shift "
         "supervisor and cut spoilt curd by up to 40%.")
LINK = ("The team deployed a revolutionary, next-generation, AI-powered platform that integrated seamlessly with the SAP "
        "ERP system and sent data to it.")


def _drafted(text: str) -> set[tuple[str, str]]:
    evaluation, seen = DRAFTER.drafted_pass([pasted(text)])
    assert seen.story
    return drafted_items(evaluation, BANK)


def test_a_story_deed_told_with_buzzwords_drafts_what_was_done():
    assert ("workflow.outputs", "alerts") in _drafted(STORY.format(deed=PAST))


def test_the_same_sentence_told_in_the_present_still_sells():
    assert ("workflow.outputs", "alerts") not in _drafted(STORY.format(deed=PRESENT))


def test_a_story_deed_that_boasts_still_sells():
    assert ("workflow.outputs", "alerts") not in _drafted(STORY.format(deed=BOAST))


def test_a_link_a_story_deed_praises_with_buzzwords_drafts_no_integration():
    assert not any(q == "connect.integrations" for q, _o in _drafted(STORY.format(deed=LINK)))


NAMED_TROUBLE = """Dunmore Tiles: a kiln line that cracked fewer tiles

Dunmore Tiles fires floor tiles in two tunnel kilns at its works near Stoke.
Before the project, Dunmore struggled with glaze that flaked off after firing, and nobody knew which kiln zone caused it.
The company installed thermocouples in every kiln zone in 2023.
Technicians wired the thermocouples to a data logger that recorded the zone temperatures every ten seconds.
The kiln foremen checked the temperature trends on a screen in the kiln office each morning.
After six months the works found that zone four ran hot on night shifts.
"""


def test_a_trouble_told_of_the_named_customer_states_a_problem_no_list_names():
    assert ("problem.plant_problems", "other") in _drafted(NAMED_TROUBLE)
