"""Wrong ticks a case study's own words drafted (precision54): the terms of an offer a story only tells of (the
service levels it mentions, the integrator who built the line) are offered to check, no SLA or upkeep owner drafted;
an offer to the buyer that states them still drafts them."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

PALLETIZER_STORY = """Case study: a robotic palletizer for a cheese plant

The Challenge
Westfield Cheese packed 18 cases a minute by hand, and two packers were injured in 2022.

The Solution
The palletizing line was designed and built by the systems integrator Northway Automation.
Northway installed two robots and a stretch wrapper at the end of the packing line in 2023.
When we looked at the service levels Northway documented for the robots, we were sceptical.

The Results
Injuries fell to zero and the line now packs 24 cases a minute.
"""

def _answer(text: str, question: str):
    return next((a for a in draft(text, BANK).answers if a.question == question), None)


def test_a_case_study_naming_the_integrator_who_built_the_line_offers_it_as_upkeep_owner_only_to_check():
    owner = _answer(PALLETIZER_STORY, "upkeep.owner")
    assert owner is not None and "integrator" not in owner.choices and "integrator" in owner.suggested


def test_service_levels_a_case_study_mentions_are_offered_to_check_not_drafted_as_an_sla():
    measures = _answer(PALLETIZER_STORY, "reliability.measures")
    assert measures is not None and "sla" not in measures.choices and "sla" in measures.suggested


def test_an_offer_that_states_its_service_levels_and_integrator_still_drafts_them():
    text = ("Offer to Westfield Cheese for a robotic palletizer on your packing line 2.\n"
            "We will deliver two robots and a stretch wrapper in week 14.\n"
            "Our service level agreement guarantees a response within 4 hours and 99.5% availability.\n"
            "After handover our integration partner Northway Automation maintains the cell under a yearly contract.")
    assert "sla" in _answer(text, "reliability.measures").choices
    assert "integrator" in _answer(text, "upkeep.owner").choices
