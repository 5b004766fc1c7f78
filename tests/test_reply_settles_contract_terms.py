"""A contract term's flag (liability capped low, acceptance by the buyer's silence, the vendor using the plant's data, a
contract that renews itself, two documents stating the warranty differently) stayed open whatever the vendor replied,
and was asked again in every round. A reply sentence of the term's kind that no longer works against the buyer and
says how it now stands settles it, in any letter language; a reply that keeps the term, restates it or says nothing
of it leaves it open."""
from __future__ import annotations

from datetime import date

import pytest

from questions.models import Document
from reading.draft import draft
from scoring import score
from scoring.contract_terms import contract_terms, terms_rows
from scoring.rounds import freeze, read_reply

OFFER = ("Offer: condition monitoring of the press line\n\n"
         "We monitor the five hydraulic presses with vibration and temperature sensors on the main drives.\n\n"
         "Total price: EUR 180,000.\n\n"
         "The Supplier's total liability is limited to EUR 50,000.\n\n"
         "If the customer raises no objection within 10 working days, acceptance is deemed given.\n\n"
         "The subscription renews automatically for 12 months unless terminated with 3 months' notice.\n\n"
         "The vendor may use the data collected from your machines, anonymised, to improve its models.\n")
TITLES = {"Liability capped below the order value", "Acceptance deemed given if the buyer is silent",
          "The contract renews itself", "The vendor owns or may use the plant's data"}


def _with(evaluation, *replies: str):
    added = [Document(name=f"Reply {n}.txt", kind="reply", text=text) for n, text in enumerate(replies, 1)]
    return evaluation.model_copy(update={"documents": [*evaluation.documents, *added]})


@pytest.fixture(scope="module")
def offer():
    return draft(OFFER, proposal="PressWatch", vendor="Presswatch Ltd")


@pytest.mark.parametrize("reply", [
    "We agree to raise our liability cap to the full order value. Acceptance will require your signed acceptance "
    "report. The contract ends after 36 months unless you renew it in writing. All data from your plant remain your "
    "property.",
    "Die Haftung erhöhen wir auf 200.000 €. Die Abnahme erfolgt mit einem unterschriebenen Abnahmeprotokoll. Der "
    "Vertrag endet nach 36 Monaten, eine Verlängerung nur schriftlich. Die Daten bleiben Eigentum des Kunden.",
    "Notre responsabilité est portée à 100 % du montant de la commande. La réception se fait par procès-verbal signé. "
    "Le contrat prend fin à son terme, sauf renouvellement par écrit. Les données restent la propriété du client.",
    "La responsabilidad se amplía al 100 % del valor del pedido. La recepción requiere un acta firmada. El contrato "
    "termina a su vencimiento salvo renovación por escrito. Los datos son propiedad del cliente.",
])
def test_a_reply_that_settles_each_term_closes_its_flag_in_each_language(offer, reply):
    assert {f.title for f in contract_terms(offer).flags} == TITLES
    read = contract_terms(_with(offer, reply))
    assert read.flags == [] and {f.title for f, _ in read.settled} == TITLES
    assert any(label.startswith("Term settled by the reply: ") for label, _ in terms_rows(_with(offer, reply)))


@pytest.mark.parametrize("reply", [
    "Unfortunately we cannot change our standard terms: our liability stays limited to EUR 50,000, and acceptance, "
    "renewal and the use of data remain as stated in our offer.",
    "Our liability is limited to 50 % of the order value. If you raise no objection within 10 days, acceptance is "
    "deemed given. The subscription renews automatically. We may use the data, anonymised.",
    "We will of course support you at every step, depending on your requirements. The data is sent every 5 minutes.",
    "Die Haftung ist auf 50.000 € begrenzt, das können wir leider nicht ändern.",
])
def test_a_reply_that_keeps_restates_or_dodges_the_terms_leaves_their_flags_open(offer, reply):
    assert {f.title for f in contract_terms(_with(offer, reply)).flags} == TITLES


def test_two_documents_differing_are_settled_by_a_reply_naming_one_length(example):
    evaluation = example("a_")
    documents = [Document(name="Offer.pdf", kind="proposal", text="Warranty: 24 months on hardware and software.\n"),
                 Document(name="Annex.pdf", kind="other", text="The warranty is 12 months.\n")]
    evaluation = evaluation.model_copy(update={"documents": [*evaluation.documents, *documents]})
    assert [f.title for f in contract_terms(evaluation).flags] == ["Warranty: the documents differ"]
    assert contract_terms(_with(evaluation, "The warranty is 24 months; we will correct the annex.")).flags == []
    assert contract_terms(_with(evaluation, "The warranty is as stated in our documents.")).flags != []


def test_a_round_s_term_questions_close_when_the_reply_settles_them(offer):
    sent = freeze(offer, score(offer), "Anna Huber", date(2026, 12, 7))
    asked = {s for q in sent.rounds[-1].questions for s in q.sources if s.startswith("term:")}
    assert len(asked) == 4
    reply = Document(name="Reply.txt", kind="reply", text=(
        "Re contract terms: We agree to raise our liability cap to the full order value. Acceptance will require your "
        "signed acceptance report. The contract ends after 36 months unless you renew it in writing. All data from "
        "your plant remain your property."))
    done = read_reply(sent, reply, today=date(2026, 12, 9)).round
    assert not asked & set(done.open_after)
    dodged = read_reply(sent, reply.model_copy(update={"text": "We will of course support you at every step."}),
                        today=date(2026, 12, 9)).round
    assert asked <= set(dodged.open_after)
