"""A product FAQ or manual may speak for its writer and to its reader throughout ("we calibrate", "you will see"), so it is
not quiet; but tied to no project, naming no site's unit and no offer's own term, and hardly saying anything in the
past, it describes a product, not one plant: its answers are the vendor's claims, never "described specifically"
(drafting.yaml product_page.described.looks_back_below; issue 14's marketing aim). An offer's own term, or a text
that names itself a case study, keeps its answers as they were."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

# A meter vendor's questions and answers: "we", "our", "will" in many lines, every line in the present or future.
FAQ = """Frequently asked questions about the WattGrid meters

How often does the meter send its readings?
Our meters send the kWh reading and the power every 15 minutes to the WattGrid server over Modbus TCP.
Do we need new wiring for the meters?
We clip the current transformers around the existing cables, so no cable has to be cut.
Which data do we keep and for how long?
We keep every reading for five years and you can export it as a CSV file at any time.
Will the meters work when the network is down?
Each meter stores up to 30 days of readings and will send them once the network is back.
Who gets an alert when consumption rises?
You choose the recipients, and the energy manager gets an e-mail when the load exceeds the threshold.
Can we connect the meters to our ERP?
Our REST interface sends the daily consumption per cost centre to the ERP every night.
How is the data shown?
The dashboard shows the load curve of every meter, the peak of the day and the consumption per shift.
"""

# The same lines with an offer's own term: a quotation to one buyer.
QUOTED = FAQ + "The fixed price of this offer covers twelve meters, their installation and one day of training.\n"


def _specific(text: str) -> list[str]:
    return [a.question for a in draft(text, BANK).answers if a.evidence == "specific"]


def test_a_faq_that_speaks_for_its_writer_but_never_looks_back_drafts_nothing_described_specifically():
    answers = draft(FAQ, BANK).answers
    assert answers  # it still drafts what the page claims ...
    assert _specific(FAQ) == []  # ... as the vendor's claim


def test_the_same_faq_with_an_offers_own_term_stays_described_specifically():
    assert _specific(QUOTED)
