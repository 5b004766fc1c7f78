"""A text that tells no site's story, names no offer's term and says little in the past is written for ONE buyer's plant
only when it names something of that plant by structure (reading/one_plant.py, drafting.yaml product_page.one_plant):
a unit of the site, a unit by its code, a count of the reader's own things, the reader's own system by its name, a day
of the project. Otherwise what it says is said to any plant: never "described specifically" (issue 14)."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()

# A short page of my own: a feature told concretely, the vendor and the reader named, nothing of one plant.
PAGE = """Leak alerts for compressed air

Find leaks in the compressed air network before they cost you money.
A text message gives the flow, the pressure and the time at which the night-time flow rose above its usual level.
We set up the flow meters and the alert limits, and you can change the limits yourself in the web portal.
Alerts can be set for the main header and for each branch, per hour or per shift.
Each weekly report lists the branches with the highest flow when production is stopped.
The portal compares every branch with its usual flow for the same hour of the week.
Our technicians clamp the flow meters onto the pipe without cutting it or stopping the air supply.
Each meter sends its readings over the mobile network every minute to the portal.
Our portal shows maintenance planners the open leaks on a plan of the network with their estimated cost.
A leak that is repaired is closed in the portal with a photo and the flow measured afterwards.
"""


def _specific(text: str) -> list[str]:
    return [a.question for a in draft(text, BANK).answers if a.evidence == "specific"]


def _ties(*sentences: str) -> bool:
    drafter = drafter_for(BANK)
    return drafter.one_plant.ties(list(sentences), [tokens(normalise(s)) for s in sentences], drafter.sites)


def test_a_page_written_for_no_plant_drafts_nothing_described_specifically():
    answers = draft(PAGE, BANK).answers
    assert answers  # it still drafts what the page claims ...
    assert _specific(PAGE) == []  # ... as the vendor's claim


@pytest.mark.parametrize("tie", [
    "The flow meters go on your two main headers in hall B.",  # a count of the reader's own things
    "The branch to airlock C-104 is metered as well.",  # a unit by its code
    "The alerts also go to your existing Maximo work order list.",  # the reader's own system by its name
])
def test_the_same_page_naming_one_plants_things_is_described_specifically(tie):
    assert _specific(PAGE + tie + "\n")


def test_a_day_and_its_month_tie_a_text_to_one_project():
    assert _ties("Date: 12 Oct, 10:00-11:30, meeting room 2")
    assert _ties("We send the revised quote by November 20 after the line trial.")


def test_a_date_with_its_year_is_a_byline_or_a_history_and_ties_nothing():
    assert not _ties("By Hazel Green on June 23, 2025")
    assert not _ties("The company was founded on 27 February 1989 in Busan.")


def test_a_month_that_is_also_a_word_is_no_date():
    assert not _ties("The report shows 3 may be late and 2 march on.")


def test_words_a_product_page_says_to_any_plant_tie_it_to_none():
    assert not _ties("Transform Your Operations with real-time insight.",  # a heading's capitals, no name
                     "Our 25 years of experience serve 400 customers.",  # the vendor's own count
                     "Cut CO2 emissions and comply with ISA-95.",  # a gas and a standard, no unit's code
                     "Industry 4.0. Send alerts to your ERP and your MES.")  # a version, kinds of system


def test_a_pitch_too_short_to_tell_is_left_to_the_description_rule():
    short = "\n".join(PAGE.splitlines()[:5]) + "\n"  # a title and four sentences: `described` judges it
    drafter = drafter_for(BANK)
    _evaluation, seen = drafter.drafted_pass(draft(short, BANK).documents)
    assert not drafter.one_plant.for_no_plant(seen, drafter.sites, drafter.story.least)


def test_a_text_that_tells_its_sites_past_is_left_to_the_case_study_rules():
    told = PAGE + ("The plant installed AirWatch in 2024 and found 40 leaks in the first week.\n"
                   "The maintenance team fixed them and the night flow fell by a third.\n")
    drafter = drafter_for(BANK)
    _evaluation, seen = drafter.drafted_pass(draft(told, BANK).documents)
    assert not drafter.one_plant.for_no_plant(seen, drafter.sites, drafter.story.least)
