"""In one site's story, a plain line tied to the site (its past, a unit of it, its names) is described specifically,
however few units it names: a case study that tells what one plant got outranks a page that claims (issue 14)."""
from questions import load_bank
from reading.draft import draft

STORY = """Case study: press monitoring at Plastikos

Plastikos, a moulder in Erie, struggled with presses that stood idle unnoticed for hours.
The company decided in 2019 to connect its moulding floor.
Plastikos installed the ALS system on its Arburg presses over one summer.
{line}
Maintenance technicians now see which press is down from the shop office.
Production planning decided when each machine goes down for service.
The moulder went on to add more plants in 2021.
"""


def _captured(line: str):
    return draft(STORY.format(line=line), load_bank()).answer("data.captured")


def test_a_story_line_naming_the_sites_presses_is_described_specifically():
    answer = _captured("The four Sumitomo presses are also tied into ALS, which can display machine status.")
    assert answer.choices == ["machine_status"]
    assert answer.evidence == "specific"


def test_a_line_to_the_reader_in_the_story_stays_the_vendors_claim():
    answer = _captured("Like Plastikos, you can tie your own presses into ALS, which can display machine status.")
    assert answer is None or answer.evidence != "specific"


def test_a_line_to_any_plant_in_the_story_stays_the_vendors_claim():
    answer = _captured("Plastikos, like many manufacturers, uses ALS, which can display machine status.")
    assert answer is None or answer.evidence != "specific"


def test_a_story_line_opening_on_the_site_as_its_subject_is_described_specifically():
    answer = _captured("The company also displays machine status on a screen in the shop office.")
    assert answer.choices == ["machine_status"]
    assert answer.evidence == "specific"
