"""A documentation page tells how a product works, in the present, to any reader ("you can set the stop reasons",
"operators enter the reason"): however concrete, and however often it says "you", it is a product description whose
answers are the vendor's claims, never a project "described specifically" (issue 14's marketing aim). An offer speaks
to one buyer of that buyer's own named things ("your Limble CMMS", "your 4 presses") or of "this proposal"."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_pass import Pass

BANK = load_bank()

# How the product works, told in the present to any reader: generic subjects, "you" and "your" said to anyone.
DOCS_PAGE = """StopPad user guide: recording downtime

When a machine stops for more than two minutes, the terminal asks the operator for a stop reason.
Operators enter the stop reason on the terminal with one tap, and the terminal stamps it with the time of the stop.
You can set up the list of stop reasons in the administration screen, grouped by machine type.
Supervisors see the shift list of every stop with its reason, its duration and the operator who entered it.
Stop reasons and durations are sent to the database every 30 seconds over OPC UA.
If your machines have a PLC, the terminal reads the running signal directly and detects the stop by itself.
You can export the stop list as a CSV file or send it to your ERP through the REST interface.
Maintenance technicians receive an e-mail alert when the same stop reason repeats three times in a shift.
The Pareto chart shows the ten most frequent stop reasons of the day, the week or the month.
Your team can add a comment and a photo to each stop from the terminal or from a phone.
The terminal then returns to the job screen with the current order, its quantity and its pace.
"""

# The same lines said to one buyer of its own named systems and counted machines.
OFFER = DOCS_PAGE.replace("StopPad user guide: recording downtime", "StopPad for your 4 presses and your Limble CMMS") \
    .replace("send it to your ERP", "send it to your SAP ERP")

# The same lines in a text that calls itself the offer ("this proposal").
PROPOSAL = DOCS_PAGE + "This proposal covers the terminals, their set-up and the training of two operators per shift.\n"


def _specific(text: str) -> list[str]:
    return [a.question for a in draft(text, BANK).answers if a.evidence == "specific"]


def _page(text: str) -> bool:
    drafter = drafter_for(BANK)
    reading = drafter.reader.read(text)
    seen = Pass(drafter, reading)
    drafter.read(reading, seen)
    brochure = seen.brochure(drafter.rules.marketing_document_below, drafter.story.least) and not seen.story
    return drafter.product_page(seen, brochure)


def test_a_documentation_page_that_says_you_to_any_reader_is_a_product_page():
    assert _page(DOCS_PAGE)


def test_a_documentation_page_drafts_nothing_as_described_specifically():
    answers = draft(DOCS_PAGE, BANK).answers
    assert answers  # it still drafts what the page claims ...
    assert _specific(DOCS_PAGE) == []  # ... as the vendor's claim


def test_the_same_lines_said_of_the_buyers_own_named_systems_stay_an_offer():
    assert not _page(OFFER)
    assert _specific(OFFER)


def test_a_text_that_calls_itself_the_proposal_stays_an_offer():
    assert not _page(PROPOSAL)
    assert _specific(PROPOSAL)
