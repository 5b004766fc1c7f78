"""Another customer's case study handed in beside the offer (walk 57: "CASE STUDY: How Nordic Timber AB cut kiln energy
by 22%", read as the proposal, drafted Nordic Timber's old state as the buyer's problem, its downgrade rate as the return
promised and its SAP as the buyer's link): a document kind of its own, guessed by its name or by a title that names it
a case study of a named customer who is not the buyer, that drafts only the reference question with its results."""
from __future__ import annotations

import io
import json
import zipfile

from paths import EXAMPLES_BANK_VERSION
from questions import load_bank
from reading.documents import PASTED, kind_read, kinds_from_names, offer_missing, pasted, titles
from reading.draft import drafter_for
from reports import common as report_common
from reports.html_doc import to_html
from reports.json_file import to_json
from reports.md import to_markdown
from reports.xlsx import to_xlsx
from scoring import score

BANK = load_bank()
REFERENCE = "return.reference"
CASE = """CASE STUDY: How Nordic Timber AB cut kiln energy by 22% with KilnSense AI

Customer: Nordic Timber AB, sawmill and joinery plant in Växjö, Sweden
Solution: KilnSense AI, the smart factory platform for Industry 4.0 drying

The challenge
Before the project, Nordic Timber ran eight batch kilns on fixed schedules. Operators checked wood moisture by hand twice \
per shift and kiln energy was only visible on the monthly utility bill. Around 6% of boards were downgraded because of \
cracking and over-drying.

The solution
Vendor engineers installed wireless moisture probes in each stack and power meters on every kiln fan. The maintenance \
team receives predictive alerts when a fan bearing starts to vibrate abnormally, and the energy data flow into the \
customer's SAP S/4HANA through a certified connector.

The results
After 12 months, Nordic Timber reported:
- 22% less energy per cubic metre dried (from 310 kWh/m3 to 242 kWh/m3)
- downgrade rate reduced from 6% to 2.1%
- payback in 11 months
"""
OFFER = """Offer for kiln energy monitoring
Prepared for: Holzwerk Süd GmbH, Rosenheim

We install 12 power meters on kilns 1 to 6 and read them every 60 seconds over Modbus TCP. Your shift leader gets an \
alert on the kiln panel when the energy per batch runs 10 % above the recipe's value."""


def draft(*documents):
    return drafter_for(BANK).draft_documents(list(documents), proposal="KilnSense", vendor="Voltis")


def case(name: str = "Nordic Timber case study.txt"):
    return pasted(CASE, "case_study", name)


# --- the kind, guessed where a document is added ----------------------------------------------------------------

def test_a_file_named_a_case_study_is_one():
    assert kinds_from_names(["kilnsense_case_study.txt"], first=True) == ["case_study"]
    assert kinds_from_names(["offer.pdf", "Anwenderbericht Sägewerk.pdf"], first=True) == ["proposal", "case_study"]


def test_a_text_titled_a_case_study_of_a_named_customer_is_one_whatever_its_name():
    assert kind_read("proposal", PASTED, pasted(CASE).text) == "case_study"
    assert kind_read("other", "kiln.pdf", "Referenzbericht: Sägewerk Huber GmbH spart 18 % Energie\n\nDas Sägewerk ...") \
        == "case_study"
    assert kind_read("other", "kiln.pdf", "Line one\nHow Müller AG cut scrap by 30 % - a KilnSense success story\n...") \
        == "case_study"


def test_a_case_study_of_no_named_customer_is_not_guessed_one():
    assert kind_read("proposal", PASTED, "Case study\nHow a sawmill cut kiln energy by 22% with our system.") == "proposal"


def test_a_case_study_of_the_buyer_named_in_the_offer_is_not_another_customers():
    offer = pasted(OFFER.replace("Holzwerk Süd GmbH", "Nordic Timber AB"))
    assert kind_read("proposal", PASTED, pasted(CASE).text, [offer]) == "proposal"
    assert kind_read("proposal", PASTED, pasted(CASE).text, [pasted(OFFER)]) == "case_study"


def test_a_kind_the_file_name_names_stays_though_the_text_is_a_case_study():
    assert kind_read("proposal", "Voltis offer.txt", pasted(CASE).text) == "proposal"


def test_a_bare_pasted_text_is_still_drafted_as_one_proposal():
    drafted = drafter_for(BANK).draft(CASE)
    assert [d.kind for d in drafted.documents] == ["proposal"]
    assert drafted.answer("problem.statement") is not None  # the corpus reads a case study as a proposal, as before


# --- what it drafts ---------------------------------------------------------------------------------------------

def test_beside_an_offer_a_case_study_drafts_only_the_reference_with_its_results():
    offer_only = {a.question: a for a in draft(pasted(OFFER)).answers}
    drafted = draft(pasted(OFFER), case())
    both = {a.question: a for a in drafted.answers}
    assert set(both) == set(offer_only) | {REFERENCE}
    for qid, answer in offer_only.items():
        if qid != REFERENCE:
            assert both[qid] == answer, qid  # the offer's answers as the offer alone drafts them
    reference = both[REFERENCE]
    assert reference.quotes[0].startswith("CASE STUDY: How Nordic Timber AB")
    assert "- downgrade rate reduced from 6% to 2.1%" in reference.quotes
    assert reference.evidence == "specific"


def test_a_case_study_gives_no_problem_data_link_kpi_or_return_of_this_plant():
    drafted = draft(pasted(OFFER), case())
    quoted = [q for a in drafted.answers if a.question != REFERENCE for q in a.quotes]
    assert not any(q in CASE for q in quoted)
    assert not any("SAP" in (i.system + i.method) for a in drafted.answers for i in a.integrations)
    assert drafted.answer("return.promise") is None and drafted.answer("problem.statement") is None


def test_a_case_study_alone_drafts_the_reference_and_says_the_offer_is_missing():
    drafted = draft(case())
    assert [a.question for a in drafted.answers] == [REFERENCE]
    assert [d.kind for d in drafted.documents] == ["case_study"]
    assert offer_missing(drafted.documents) and not offer_missing([pasted(OFFER), case()])


def test_a_case_study_whose_sentences_name_no_reference_quotes_its_customer_and_results():
    text = "Anwenderbericht\nKunde: Sägewerk Huber GmbH, Rosenheim\n\nDowntime fell from 11.8% to 7.9% in 2025.\n"
    drafted = draft(pasted(OFFER), pasted(text, "case_study", "Huber.txt"))
    reference = drafted.answer(REFERENCE)
    assert reference is not None and reference.quotes[0] == "Kunde: Sägewerk Huber GmbH, Rosenheim"
    assert "Downtime fell from 11.8% to 7.9% in 2025." in reference.quotes


# --- named in the scorecard and the exports ---------------------------------------------------------------------

def test_the_case_study_is_named_so_in_citations_the_documents_line_and_every_export():
    offer = pasted(OFFER)
    assert titles([offer, case()]) == ["Proposal", "Case study (another customer)"]
    evaluation = draft(offer, case()).model_copy(update={"bank_version": EXAMPLES_BANK_VERSION})
    card = score(evaluation, BANK)
    named = "Case study (another customer) (Nordic Timber case study.txt)"
    assert named in report_common.documents_line(card)
    assert named in to_markdown(evaluation, card).decode()
    assert named in to_html(evaluation, card).decode()
    assert [d["kind"] for d in json.loads(to_json(evaluation, card))["documents"]] == ["proposal", "case_study"]
    with zipfile.ZipFile(io.BytesIO(to_xlsx(evaluation, card))) as book:
        assert any(named in book.read(n).decode() for n in book.namelist() if n.endswith(".xml"))
