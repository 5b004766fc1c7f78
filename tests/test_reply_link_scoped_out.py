"""A link the reply takes out of what is offered ("SAP S/4HANA is not part of phase 1", "Die Anbindung an SAP ist nicht
Teil dieses Angebots", "l'interface avec le MES n'est pas incluse dans cette phase") is none: the drafted row to that
system goes (from an answer the buyer reviewed, as a change proposed), and the question on links reads answered or
partly, since the reply said which systems (walk of round 68: the scoped-out system stayed an open row)."""
from __future__ import annotations

import pytest

from questions import load_bank
from questions.answer_edits import take_proposed
from rounds_corpus import Mail, sent_out
from views.round_words import in_words

BANK = load_bank()
OFFER = """Dear Ms. Berger,

our offer for the vision inspection of line 2.
The production orders are read from your SAP S/4HANA via IDoc.
Every rejected part is written to your MES through OPC UA.
Camera images are stored for 30 days.

Best regards,
Vendor"""
MAIL = Mail("Dear Ms. Berger,", "Best regards,\nVendor")


@pytest.fixture(scope="module")
def sent():
    return sent_out(OFFER, "Inspection", "Berger")


def _rows(evaluation) -> dict[str, str]:
    answer = evaluation.answer("connect.integrations")
    return {row.system: row.owner for row in (answer.integrations if answer else [])}


def _links(done):
    return {q.topic: q for q in done.round.questions}["integrations"]


def test_the_offer_drafts_the_erp_and_the_mes_links(sent):
    assert {"inventory", "production"} <= _rows(sent).keys(), _rows(sent)


@pytest.mark.parametrize("scoped", [
    "SAP S/4HANA is not part of phase 1; we can discuss it for phase 2.",
    "The interface to SAP is out of scope for this offer.",
    "Die Anbindung an SAP ist nicht Teil dieses Angebots.",
    "L'interface avec SAP n'est pas incluse dans cette phase.",
    "La integración con SAP no forma parte de esta fase.",
    "Il collegamento con SAP non fa parte di questa fase.",
])
def test_a_system_the_reply_scopes_out_leaves_no_row_and_the_question_reads_answered(sent, scoped):
    done = MAIL.read(sent, f"{scoped}\nThe MES link over OPC UA is owned by your OT team.")
    rows = _rows(done.evaluation)
    # the orders' planning row came only from the sentence naming SAP: SAP's link too
    assert "inventory" not in rows and "planning" not in rows and rows.get("production"), rows
    links = _links(done)
    assert links.status == "answered" and links.closed, (links.status, links.why)


def test_a_scope_out_alone_answers_which_systems_partly_naming_the_link_still_open(sent):
    done = MAIL.read(sent, "Die Anbindung an SAP ist nicht Teil dieses Angebots.")
    links = _links(done)
    assert "inventory" not in _rows(done.evaluation) and "production" in _rows(done.evaluation)
    assert links.status == "partly" and not links.closed, (links.status, links.why)
    assert "Inventory / ERP out of the offer" in links.why and "production" in links.why, links.why


def test_what_else_is_not_included_takes_no_link_out(sent):
    done = MAIL.read(sent, "MES licences are not included in the price, and any changes to your SAP are not included.")
    assert {"inventory", "production"} <= _rows(done.evaluation).keys(), _rows(done.evaluation)


def test_a_reviewed_answer_is_proposed_without_the_row_and_keeps_it_until_the_buyer_takes_it(sent):
    reviewed = sent.model_copy(update={"answers": [a.model_copy(update={"reviewed": True}) for a in sent.answers]})
    done = MAIL.read(reviewed, "Il collegamento con SAP non fa parte di questa fase.")
    assert "inventory" in _rows(done.evaluation)  # the buyer's own answer stands
    change = next(p for p in done.proposed if p.question == "connect.integrations")
    assert {row.system for row in change.proposed.integrations} == {"production"}, change.proposed.integrations
    assert any("non fa parte" in q for q in change.proposed.quotes)
    question = BANK.questions()["connect.integrations"]
    said = in_words(change.proposed, question, BANK, change.current)  # the Follow-up page says what goes
    assert "- inventory" in said and "(taken out)" in said, said
    taken = take_proposed(done.evaluation, change.proposed)
    assert "inventory" not in _rows(taken)
