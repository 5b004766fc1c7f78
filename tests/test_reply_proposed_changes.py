"""What a vendor's reply proposes to answers the buyer made, and what it drafts into answers nobody reviewed: a reply
adds to the buyer's answer and never takes away from it, proposes nothing on a question it drafts nothing for, and a
sentence that answers one asked question is no written answer to a question the letter never asked."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from questions import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from reading.draft import drafter_for
from scoring import engine_for
from scoring.rounds import freeze, read_reply

BANK = load_bank()
EXAMPLE = Path(__file__).parent.parent / "examples" / "d_iiot_cloud_ot_access.json"
REPLY = """Hello,

1. Systems: nightly energy totals go one way to your SAP PM as IDoc; that connection is owned by your IT department.
2. Data: every reading is yours, exported as CSV at any time without a fee.
3. KPI: compressed-air energy per tonne, 165 kWh/t measured Jan-Oct 2026, to 140 kWh/t by 30 June 2027.
4. Network: the gateway opens one outbound TLS connection, nothing inbound, in its own VLAN behind your firewall.
5. Outage: the gateway keeps 21 days of readings and sends them afterwards; your machines run as before.

Kind regards
"""


@pytest.fixture(scope="module")
def example() -> Evaluation:
    return Evaluation.model_validate(json.loads(EXAMPLE.read_text()))


def _read(evaluation: Evaluation):
    sent = freeze(evaluation, engine_for(BANK).score(evaluation), "Buyer", date(2026, 12, 5), BANK)
    return read_reply(sent, pasted(REPLY, "reply", "Reply to round 1"), BANK)


def test_a_proposed_change_keeps_every_connection_and_option_the_buyer_listed(example):
    outcome = _read(example)
    for change in outcome.proposed:
        kept = {i.system for i in change.current.integrations}
        assert kept <= {i.system for i in change.proposed.integrations}, change.question
        if change.current.text.strip():
            assert change.current.text.strip() in change.proposed.text, change.question
    links = next(c for c in outcome.proposed if c.question == "connect.integrations")
    assert any(i.method == "IDoc" for i in links.proposed.integrations)


def test_only_questions_the_reply_answers_get_a_proposed_change(example):
    outcome = _read(example)
    proposed = {c.question for c in outcome.proposed}
    assert {"connect.data_ownership", "reliability.offline"} <= proposed
    # the reply says nothing of who opens the system daily nor what it produces: the buyer's answers stand
    assert not proposed & {"users.daily_use", "decision.improved", "workflow.outputs", "data.captured"}


def test_a_sentence_on_an_asked_link_drafts_no_written_answer_the_letter_never_asked(example):
    fresh = drafter_for(BANK).draft_documents(example.documents, example.proposal, example.vendor)
    done = _read(fresh).evaluation
    for question in ("users.daily_use", "decision.improved"):
        answer = done.answer(question)
        assert answer is None or not any("IDoc" in q for q in answer.quotes), question


def test_options_a_reply_adds_to_a_draft_the_buyer_rejected_carry_the_replys_evidence():
    """Walk 55 took a reply's roles over a rejected draft: the answer kept "not answered" and earned nothing."""
    from questions import Answer
    from questions.answer_edits import take_proposed
    from reading.reply_combine import added
    from scoring import score
    rejected = Answer(question="users.roles", evidence="not_answered", drafted=True, reviewed=True)
    reply = Answer(question="users.roles", choices=["maintenance_techs", "quality"], evidence="specific",
                   quotes=["Your two maintenance technicians and the quality manager use the app daily."])
    laid = added(rejected, reply, "choices")
    assert laid.choices == ["maintenance_techs", "quality"] and laid.evidence == "specific"
    base = Evaluation(bank_version=BANK.version, proposal="P", answers=[rejected])
    taken = take_proposed(base, laid)
    roles = next(a for a in score(taken, BANK).answers if a.question == "users.roles")
    assert roles.points > 0
    kept = Answer(question="users.roles", choices=["operators"], evidence="vendor_claim", reviewed=True)
    assert added(kept, reply, "choices").evidence == "vendor_claim"  # the buyer's claim still bounds what it holds
