"""An answer drafted from a label's words alone and the gap that label leaves open agree (walk53): a selling letter's
"real-time insight" ticked "Within minutes" and its "predictive quality" the analysis "Prediction", beside the gaps
"Real-time: no stated delay" and "AI: no analysis beyond trends and charts". The ticks stay (buyers tick "within minutes"
from "real-time" told of a system about as often as not: MEASURED.md, datasheet53), their points are withheld, and the
reason says the claim names what the gap asks for only as the vendor's claim, not that it "only restates the label"
while it ticks what the gap says is missing."""
from reading.draft import drafter_for
from reading.documents import pasted
from scoring import score

LETTER = """Subject: LineMind 4.0 - your smart factory starts here

Dear Ms. Ferreira,

It was a pleasure to meet you at the automation fair. LineMind is an AI-powered, cloud-native platform that gives you
a real-time digital twin of your whole bottling hall.

With LineMind you get:

- AI-powered anomaly detection and predictive quality
- A living digital twin of every filler and capper
- Actionable dashboards for every level of the organisation

We would love to show you a live demo.

Best regards,
Tomas Berg
Sales Director"""


def _card(bank):
    ev = drafter_for(bank).draft_documents([pasted(LETTER)], proposal="LineMind")
    return ev, score(ev, bank)


def test_a_tick_drafted_from_a_label_s_word_is_withheld_as_a_claim_of_what_its_gap_asks_for(bank):
    ev, card = _card(bank)
    latency = ev.answer("decision.latency")
    assert latency is not None and "minutes" in latency.choices + latency.suggested
    scored = next(a for a in card.answers if a.question == "decision.latency")
    assert scored.points == 0
    assert not any("restates the label" in r for r in scored.reasons)
    assert any("no stated delay" in r and "names what the gap asks for" in r for r in scored.reasons)
    analysis = next(a for a in card.answers if a.question == "workflow.analytics")
    assert analysis.points == 0 and not any("restates the label" in r for r in analysis.reasons)


def test_the_gap_a_label_leaves_open_stays_beside_the_tick_drafted_from_it(bank):
    _, card = _card(bank)
    assert any(g.label == "real_time" and "no stated delay" in g.missing for g in card.gaps)
