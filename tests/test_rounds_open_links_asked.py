"""A round's letter after a reply that answered the question on connections in part asks only what each link still
lacks, by its system ("For the connection to Production / MES (OPC UA), who owns it, on your side and on ours?"), as the
other topics ask only their gap's own question once answered in part, not the whole question again (walk of round 68:
the ERP link answered, the MES link not, round 2 asked the whole question); a first letter asks as before."""
from __future__ import annotations

import pytest

from questions import load_bank
from reports.letter_words import letter_words
from rounds_corpus import Mail, sent_out
from scoring import score
from scoring.rounds import letter_problems, open_questions

BANK = load_bank()
OFFER = """Dear Ms. Berger,

our offer for the energy monitoring of your extrusion lines.
The energy per order is sent to your SAP ERP every night.
The stop reasons go to your MES via OPC UA.
We fit energy meters on the four extruders.

Best regards,
Vendor"""
ASKED = ("> Which of our systems (maintenance, inventory/ERP, scheduling, quality, finance) receive the data, in what "
         "format, in which direction, and who owns each connection?")
MAIL = Mail("Dear Ms. Berger,", "Best regards,\nVendor")


@pytest.fixture(scope="module")
def sent():
    return sent_out(OFFER, "Energy", "Berger")


def _next(done) -> dict[str, str]:
    asked = open_questions(done.evaluation, score(done.evaluation), BANK)
    assert letter_problems(done.evaluation, score(done.evaluation), asked, BANK) == []
    return {q.topic: q.text for q in asked}


def test_the_first_letter_asks_the_topics_question(sent):
    first = {q.topic: q.text for q in sent.rounds[0].questions}
    assert first["integrations"].startswith("Which of our systems"), first["integrations"]


@pytest.mark.parametrize("erp", [
    "The ERP (SAP S/4HANA) receives the energy per order every night as a CSV file, one way; the interface is owned by "
    "your SAP team.",
    "Das ERP (SAP S/4HANA) erhält die Energie pro Auftrag jede Nacht als CSV-Datei; verantwortlich für die "
    "Schnittstelle ist Ihr SAP-Team.",
])
def test_after_a_reply_that_answered_one_link_the_letter_asks_only_what_the_other_lacks(sent, erp):
    done = MAIL.read(sent, f"{ASKED}\n\n{erp}")
    links = {q.topic: q for q in done.round.questions}["integrations"]
    assert links.status == "partly", (links.status, links.why)
    ask = _next(done)["integrations"]
    assert ask == "For the connection to Production / MES (OPC UA), who owns it, on your side and on ours?", ask


def test_a_link_the_reply_completes_for_a_reviewed_answer_is_not_asked_again_before_the_buyer_takes_it(sent):
    # the buyer's own rows stand until the buyer takes the reply's answer: the ERP link, named without its way, is asked
    # its way, its direction and its owner; the MES link the reply completed is not asked again
    reviewed = sent.model_copy(update={"answers": [a.model_copy(update={"reviewed": True}) for a in sent.answers]})
    done = MAIL.read(reviewed, "The MES link over OPC UA is owned by your OT team.")
    ask = _next(done)["integrations"]
    assert ask == ("For the connection to Inventory / ERP, which way does the data go, by what method or format, "
                   "and who owns it?"), ask


@pytest.mark.parametrize("language, said", [
    ("de", "Für die Verbindung zu Production / MES (OPC UA), wer verantwortet sie, auf Ihrer Seite und auf unserer?"),
    ("fr", "Pour la connexion avec Production / MES (OPC UA), qui en est responsable, de votre côté et du nôtre ?"),
])
def test_the_open_links_question_is_worded_in_the_vendors_language(language, said):
    text = "For the connection to Production / MES (OPC UA), who owns it, on your side and on ours?"
    assert letter_words().question(text, language) == said
