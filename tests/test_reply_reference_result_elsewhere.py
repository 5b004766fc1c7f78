"""Another customer's measured result, told at a sentence's opening as drafting tells a case in an offer (reading/
references.py: a customer by its name or by its trade after "at" or "for", "At a Tier-1 supplier in Ohio, scrap dropped
from 4% to 1.5%"), is a reference in an English reply as in the others: it leaves the question on this plant's KPI open,
partly at most, and drafts no baseline or target of this plant, nor answers its problem (walk of round 68: it read as the
buyer's KPI)."""
from __future__ import annotations

import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

MAIL = Mail("Dear Mr. Novak,", "Best regards,\nVendor")
OFFER = """Dear Mr. Novak,

our offer for the AI vision inspection of your stamping line 3.
The camera checks every part for cracks and burrs. It will reduce your scrap rate.
The price is EUR 85,000.

Best regards,
Vendor"""


@pytest.fixture(scope="module")
def sent():
    return sent_out(OFFER, "Vision", "Novak")


def _kpi(done):
    return {q.topic: q for q in done.round.questions}["kpi"], done.evaluation.answer("decision.kpi")


@pytest.mark.parametrize("body", [
    "> Which KPI moves, from what measured baseline of ours to what target?\n\nAt a Tier-1 supplier in Ohio, scrap "
    "dropped from 4% to 1.5% within six months of go-live.",
    "KPI: for a mid-sized automotive supplier in Texas we reduced the scrap rate from 4% to 1.5% in six months.",
    "3. KPI: At Hartmann Stanztechnik the scrap rate fell from 4% to 1.5% in 2025.",
])
def test_another_customers_result_leaves_this_plants_kpi_and_problem_open(sent, body):
    done = MAIL.read(sent, body)
    question, answer = _kpi(done)
    assert not question.closed and question.status in ("partly", "not_answered"), (question.status, question.why)
    assert answer is None or answer.measure is None or answer.measure.baseline != 4.0, answer
    problem = {q.topic: q for q in done.round.questions}["problem"]  # nor is another plant's scrap this plant's problem
    assert not problem.closed, problem.why


def test_a_commitment_for_this_plant_beside_a_reference_still_answers(sent):
    question, answer = _kpi(MAIL.read(sent, "KPI: we commit to cut your scrap rate on line 3 from 4% to 1.5% by June "
                                            "2027. At a Tier-1 supplier in Ohio, scrap dropped from 4.2% to 1.4%."))
    assert question.status == "answered" and answer.measure.target == 1.5, (question.why, answer)


@pytest.mark.parametrize("text, elsewhere", [
    ("At a dairy in Bavaria, the changeover time fell from 45 to 20 minutes.", True),
    ("For Keller Foods we cut the changeovers by 30% in 2024.", True),
    ("At your plant, scrap dropped from 4% to 1.5% in the pilot.", False),  # this plant's own
    ("For line 3 the scrap rate dropped from 4% to 1.5%.", False),  # a part of this plant
    ("For Maximo, work orders are sent every 15 minutes.", False),  # a system, no customer
    ("At Hoffmann Stamping the scrap rate is 4% today.", False),  # no result told
])
def test_a_result_is_anothers_where_its_opening_names_another_customer(text, elsewhere):
    reader = reply_reader(load_bank())
    sentence = reader.reader.read(text).sentences[0]
    assert bool(reader.held.reference(text.lower(), sentence)) == elsewhere
