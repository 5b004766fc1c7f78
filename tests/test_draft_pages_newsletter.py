"""A newsletter that carries another customer's story beside its product news and calls to the reader is the
vendor's marketing, not one plant's project: the story is a reference, and nothing it drafts is "described
specifically" (issue 14's marketing aim). A case study told as one stays one site's story."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

NEWSLETTER = """FlowMetric News - March

Compressed air is your most expensive utility

Your energy auditor, your insurer and your own controller all ask the same thing: where does the air go?
FlowMetric shows you the answer on one screen.

Customer story: how a Danish packaging maker found its leaks
Last spring a packaging maker fitted FlowMetric flow sensors to its compressed air network.
Within two weeks the software found leaks that nobody had heard on the night shift.
The maintenance lead now gets a leak list every Monday, and the company has saved 14 % on compressor power.
"The sensors paid for themselves before the summer," the plant director says.

New in FlowMetric 3
- Leak ranking by cost per hour for every branch of the network
- Forecast of your compressor energy costs for the next 6 months
- Export of the monthly air balance to your ERP
- 10-second flow and pressure readings from any FlowMetric sensor

Join our online demo on 14 April and bring your own questions.
"""

# A case study told as one: the customer's story in the past, from its trouble to its result.
CASE_STUDY = """Case study: Nordpack cuts compressed air losses by 14 %

Nordpack, a packaging maker in Aarhus, ran four screw compressors for two production halls.
The plant had no flow metering and the maintenance team only heard leaks when the lines stopped.
In March the company installed eight FlowMetric flow sensors on the main branches of the air network.
The sensors sent flow and pressure readings every 10 seconds to the FlowMetric server on site.
Within two weeks the team found 23 leaks and repaired them during the weekend shutdowns.
The maintenance lead received a ranked leak list every Monday and planned the repairs from it.
Compressor power fell from 212 kW to 182 kW on average over the following three months.
Nordpack saved 14 % on compressor energy and stopped one of the four compressors.
"""


def _specific(text: str) -> list[str]:
    return [a.question for a in draft(text, BANK).answers if a.evidence == "specific"]


def test_a_newsletter_carrying_a_customer_story_drafts_nothing_as_described_specifically():
    answers = draft(NEWSLETTER, BANK).answers
    assert answers  # it still drafts what the newsletter claims ...
    assert _specific(NEWSLETTER) == []  # ... as the vendor's claim


def test_a_case_study_told_in_the_past_keeps_specific_evidence():
    assert _specific(CASE_STUDY)
