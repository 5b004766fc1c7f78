"""A case study is read as one site's story, not as a product page (issue 14): a title that names the text a case
study, a case study's furniture ("The Challenge") over what the site did, and the site's own deeds told in the past
give specific evidence; a vendor's page that sets out a challenge and its solution in the present stays a page."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for
from reading.kind_lines import titled as _titled
from reading.phrases import normalise, tokens

BANK = load_bank()
DRAFTER = drafter_for(BANK)

# A case study with its furniture: few lines name "the plant" or an offer's terms, but the site's deeds are told.
FURNISHED_STORY = """Keeping a bottling hall running

The Challenge
Northfield Beverages fills soft drinks on four lines at its hall near Leeds.
Unplanned stops on the labellers were logged by hand at the end of each shift.
Nobody knew which labeller lost the most time or why.

The Solution
Northfield chose a downtime tracking system with a stop terminal at each labeller.
Technicians fitted a sensor on every labeller motor and wired it to a small gateway.
Operators picked a stop reason on the terminal whenever a labeller halted for more than two minutes.
The gateway sent every stop to a database every 30 seconds.

The Results
Within four months the maintenance team found two worn drive belts that caused most of the stops.
Stops on the labellers fell by 31% over the first year.
"""

# The same furniture on a vendor's page: the challenge and its solution told in the present, for any plant.
FURNISHED_PAGE = """LabelGuard for bottling lines

The challenge
Labellers stop often and the reasons are rarely recorded.
Manual logs are slow and incomplete at the end of a shift.
A model must be robust, precise and easy to run.

The solution
We develop a stop terminal that sits at each labeller.
The terminal shows the operator a list of stop reasons when a labeller halts.
A sensor on the labeller motor sends every stop to the database every 30 seconds.
Dashboards show the stops per shift and per line.
Alerts reach the maintenance team on their phones.
LabelGuard runs on any line with any labeller.
"""


def _seen(text: str):
    _evaluation, seen = DRAFTER.drafted_pass([pasted(text)])
    return seen


def test_a_title_that_ends_on_case_study_names_the_text_one():
    declared = DRAFTER.rules.product_page.declared
    assert _titled("Fortune 500 Bottler Halves Labeller Stops - Case Study", declared)
    assert _titled("Northfield Beverages: Customer Story", declared)


def test_a_call_to_download_a_case_study_names_no_text_one():
    declared = DRAFTER.rules.product_page.declared
    assert not _titled("Download the case study", declared)
    assert not _titled("Case Study", declared)  # opening a line is the other rule (Pass.declared)


def test_a_challenge_heading_over_the_sites_deeds_reads_as_a_story():
    seen = _seen(FURNISHED_STORY)
    assert seen.declared
    assert seen.story


def test_a_challenge_heading_told_in_the_present_stays_a_page():
    seen = _seen(FURNISHED_PAGE)
    assert not seen.declared
    assert not seen.story


def _evidence_of_quote(text: str, quote: str) -> set[str]:
    evaluation = DRAFTER.draft(text)
    return {a.evidence for a in evaluation.answers if any(quote in q for q in a.quotes)}


def test_a_sites_deed_in_its_story_is_specific_evidence():
    deed = "The plant made significant investments to install energy meters on every compressor."
    story = f"""How a dairy cut its energy bill

Westdale Dairy had no view of where its power went and faced rising energy costs.
The plant joined a regional energy programme in 2019 and wanted a clear baseline.
{deed}
The energy team reviewed the meter data every week and found two compressors running at night.
The plant replaced the controls on both compressors and saved 12% of its power in the first year.
"""
    assert _seen(story).story
    assert _evidence_of_quote(story, deed[:40]) == {"specific"}


def test_made_is_a_deed_after_a_subject_and_no_verb_after_a_preposition():
    story = DRAFTER.story
    assert story.in_past(tokens(normalise("The plant made significant investments in metering.")))
    assert not story.in_past(tokens(normalise("A maker of made-to-order corrugated sheets.")))


def test_a_subject_qualified_by_where_it_is_still_tells_its_deed():
    story = DRAFTER.story
    told = tokens(normalise("The maintenance team at the Leeds bottling plant replaced every labeller belt in May."))
    assert story.tells(told)
    told = tokens(normalise("The food processor in this application decided to read the code on every can."))
    assert story.tells(told)


def test_a_product_in_a_place_tells_no_deed():
    story = DRAFTER.story
    assert not story.tells(tokens(normalise("The gateway in the cabinet sent every reading to the cloud.")))
