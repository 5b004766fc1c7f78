"""Walks 69 and 70: "Your proposal says:" quoted sentences that did not bear on the question, so the vendor could not
answer to them: a personal-data line and another customer's case-study bullet under the machine data, a die change's
"first-off approval" under who reviews the AI, a gateway's MTBF under what the system predicts, the signature under who
uses it. A quote is now a sentence the question's answer drafts from that bears on its topic: never another customer's
case, a signature, a datasheet's rating the reader puts on no part of the topic, or a sentence whose words the topic
puts off it (questions/rounds.yaml `not_output`); an offer that answers the question itself is quoted first. Every
sentence here is new."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for
from scoring import score
from scoring.rounds import open_questions

OFFER = """Proposal KD-2026-31 for Kestrel Drinks Ltd, Leeds: LineView 4.0, the smart factory with AI for your bottling hall
Kestrel operates four Krones fillers on lines 1 to 4 at the Leeds site over two shifts. Today your shift leaders write the stops on paper and type them into a spreadsheet the next day.
We will install one edge box per line. The edge box reads the Siemens S7-1500 of each filler over OPC UA every second: machine status, part count and cycle time.
When a filler stops for more than 3 minutes, the operator selects the downtime reason on the HMI at the filler.
Format change: the line lead starts and ends a format change on the HMI, which records the time per step (parts swap, adjustment, first-off approval), so that the slowest step can be worked on.
Operators log in at the HMI with their badge. Personal data processed is limited to the operator's badge number and name.
Our AI predicts failures before they happen.

Case study: Harwood Bottling Ltd, Hull, 6 fillers
- Paperless stop capture in 5 weeks
- Unplanned downtime down by 18%

Kind regards,
Operations Director, Linewise Analytics Ltd
"""
SHEET = """GW-20 Edge Gateway - Datasheet
Processor: ARM quad-core 1.6 GHz
Ethernet: 2x GbE, OPC UA client, MQTT
MTBF: 200,000 h (Telcordia SR-332)
"""
READS = ("The edge box reads the Siemens S7-1500 of each filler over OPC UA every second: machine status, part count "
         "and cycle time.")
CASE = "- Paperless stop capture in 5 weeks"
PERSONAL = "Personal data processed is limited to the operator's badge number and name."
SIGNED = "Operations Director, Linewise Analytics Ltd"
FIRST_OFF = OFFER.splitlines()[4]
MTBF = "MTBF: 200,000 h (Telcordia SR-332)"
STOPS = "When a filler stops for more than 3 minutes, the operator selects the downtime reason on the HMI at the filler."


def _asked(quotes: dict[str, list[str]], claimed: tuple[str, ...] = ()) -> dict:
    """Topic -> the letter's question, the drafted answers quoting `quotes` (as the walks' drafting quoted them) and
    the answers to `claimed` only the vendor's claim."""
    drafted = drafter_for(load_bank()).draft_documents([pasted(OFFER), pasted(SHEET, "datasheet", "GW-20 datasheet")],
                                                       "LineView", "Linewise")
    answers = [a.model_copy(update={"quotes": quotes.get(a.question, a.quotes),
                                    **({"evidence": "vendor_claim"} if a.question in claimed else {})})
               for a in drafted.answers]
    evaluation = drafted.model_copy(update={"answers": answers})
    return {q.topic: q for q in open_questions(evaluation, score(evaluation))}


def test_a_case_study_bullet_and_a_person_s_data_are_not_quoted_under_the_machine_data():
    data = _asked({"data.captured": [CASE, PERSONAL, READS]})["data"]
    assert CASE not in data.proposal_quotes and PERSONAL not in data.proposal_quotes
    assert data.proposal_quotes[0] == READS  # what the offer states, quoted first


def test_a_signature_is_no_quote_under_who_uses_it():
    assert SIGNED not in _asked({"users.roles": [SIGNED, STOPS]})["users"].proposal_quotes


def test_a_first_off_approval_is_no_human_review_of_the_ai():
    review = _asked({"upkeep.human_review": [FIRST_OFF]}, claimed=("upkeep.human_review",)).get("human_review")
    assert review is not None and review.proposal_quotes == []


def test_a_datasheet_rating_is_no_quote_under_what_the_system_predicts():
    analytics = _asked({"workflow.analytics": [MTBF]}, claimed=("workflow.analytics",)).get("analytics")
    assert analytics is not None and MTBF not in analytics.proposal_quotes
