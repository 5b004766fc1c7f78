"""Several documents per proposal: the format, the upgrade from one proposal text, where each quote
comes from, and one reading for every way in."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from paths import ROOT
from proposals import extract_text
from proposals.layout import join_pages
from questions import Evaluation, evaluation_from_bytes, load_bank, load_evaluation
from questions.models import Answer, Document
from reading import analyze
from reading.documents import Citations, kind_from_name, pasted, titles
from reports import to_csv, to_html, to_markdown
from scoring import score
from store import Store

BANK = load_bank()
RELEASE_2026_11 = Path(__file__).parent / "data" / "db" / "winnow_2026_11.sqlite"
WRAPPED = ("LineSight reads machine status from the press PLCs over OPC UA every 5 seconds and\n"
           "books each stop reason in SAP PM.\r\nOperators confirm the reason on the HMI within two\n"
           "minutes of a stop, and the maintenance planner reviews the top losses every week with the plant manager.\n")


def pdf_document(pages: list[str], ocr: list[int] = (), name: str = "offer.pdf", kind: str = "proposal") -> Document:
    return Document(name=name, kind=kind, format="pdf", pages=len(pages), ocr_pages=list(ocr), text=join_pages(pages))


# --- the format ----------------------------------------------------------------------------------

def test_a_version_1_file_imports_with_its_proposal_text_as_one_document():
    old = json.loads((ROOT / "tests" / "data" / "v1_evaluation.json").read_text())
    evaluation = evaluation_from_bytes(json.dumps(old).encode())
    assert evaluation.schema_version == 2
    [document] = evaluation.documents
    assert (document.name, document.kind, document.text) == ("Proposal text", "proposal", old["proposal_text"])
    assert document.added_at == evaluation.created_at  # the same file upgrades to the same evaluation
    assert evaluation.proposal_text == old["proposal_text"]
    assert [a.question for a in evaluation.answers] == [a["question"] for a in old["answers"]]


def test_a_version_1_file_without_proposal_text_has_no_documents():
    old = json.loads((ROOT / "tests" / "data" / "v1_evaluation.json").read_text())
    del old["proposal_text"]
    assert evaluation_from_bytes(json.dumps(old).encode()).documents == []


def test_a_version_2_file_with_a_proposal_text_field_is_refused_naming_it():
    bad = {"schema_version": 2, "bank_version": BANK.version, "proposal": "P", "proposal_text": "text"}
    with pytest.raises(Exception, match="proposal_text"):
        evaluation_from_bytes(json.dumps(bad).encode())


def test_the_examples_are_version_2_files_with_one_document_each():
    for path in sorted((ROOT / "examples").glob("*.json")):
        raw = json.loads(path.read_text())
        assert raw["schema_version"] == 2 and "proposal_text" not in raw
        assert len(load_evaluation(path).documents) == 1


def test_the_2026_11_database_is_moved_to_documents_and_its_history_still_reads(tmp_path):
    db = tmp_path / "winnow.db"
    db.write_bytes(RELEASE_2026_11.read_bytes())
    with sqlite3.connect(db) as connection:
        before = dict(connection.execute("SELECT id, json FROM evaluations").fetchall())
    store = Store(f"sqlite:///{db}")
    store.list()
    with sqlite3.connect(db) as connection:
        after = dict(connection.execute("SELECT id, json FROM evaluations").fetchall())
        revisions = connection.execute("SELECT evaluation_id, version, json FROM evaluation_revisions").fetchall()
    for id, text in after.items():
        old, new = json.loads(before[id]), json.loads(text)
        assert new["schema_version"] == 2 and "proposal_text" not in new
        # the text itself is kept once in document_texts (migration 0005): the row holds its hash
        assert [(d["text"], d["text_sha256"]) for d in new.get("documents", [])] == (
            [("", hashlib.sha256(old["proposal_text"].encode()).hexdigest())] if old.get("proposal_text") else [])
        assert store.get(id).evaluation == Evaluation.model_validate_json(before[id])
    assert all(json.loads(text)["schema_version"] == 1 for _, _, text in revisions)  # history is never rewritten
    for id, version, text in revisions:
        assert store.revision(id, version).proposal_text == json.loads(text).get("proposal_text", "")


# --- where each quote comes from -------------------------------------------------------------------

def test_a_quote_cites_its_document_and_page_and_says_when_the_page_was_read_by_ocr():
    offer = pdf_document(["We read OPC UA every 5 seconds.", "Alerts go to the shift lead by SMS.",
                          "Stops over 10 minutes open a work order in SAP PM."], ocr=[2])
    sheet = pdf_document(["Vibration sensor, 5 kHz, IP67."], name="sensor.pdf", kind="datasheet")
    cited = Citations([offer, sheet])
    assert cited.cite("We read OPC UA every 5 seconds.") == "Proposal p. 1"
    assert cited.cite("Alerts go to the shift lead by SMS.") == "Proposal p. 2, read by OCR"
    assert cited.cite("Stops over 10 minutes open a work order in SAP PM.") == "Proposal p. 3"
    assert cited.cite("Vibration sensor, 5 kHz, IP67.") == "Datasheet p. 1"
    assert cited.cite("A sentence the buyer typed.") == ""


def test_an_empty_page_still_counts_so_later_pages_keep_their_numbers():
    cited = Citations([pdf_document(["Cover.", "", "The integration plan names SAP PM."])])
    assert cited.cite("The integration plan names SAP PM.") == "Proposal p. 3"


def test_a_document_without_pages_cites_the_section_heading_above_the_quote():
    text = ("# Scope\n\nWe monitor presses 1-4.\n\nIntegration with your systems\n"
            "Each stop over ten minutes opens a work order in SAP PM through a BAPI call.")
    cited = Citations([pasted(text, "statement_of_work", "sow.md")])
    assert cited.cite("We monitor presses 1-4.") == "Statement of work, section \u201cScope\u201d"
    assert cited.cite("Each stop over ten minutes opens a work order in SAP PM through a BAPI call.") == \
        "Statement of work, section \u201cIntegration with your systems\u201d"


def test_a_numbered_heading_that_lists_its_topics_with_commas_is_a_section():
    # a Word proposal's "6. Security, Support and Training": its sentences were cited under section 5
    text = ("5. Commercial Terms\nTotal project price: $1.2M for both phases, including sensors.\n"
            "6. Security, Support and Training\nThe platform is hosted in a cloud. Gateways connect outbound only.\n"
            "Dear Ms Carter,\nThank you for your questions, which we answer below.")
    cited = Citations([pasted(text, "proposal", "p.docx")])
    assert cited.cite("Gateways connect outbound only.") == "Proposal, section \u201c6. Security, Support and Training\u201d"
    assert cited.cite("Thank you for your questions, which we answer below.") == \
        "Proposal, section \u201c6. Security, Support and Training\u201d"  # a salutation heads no section


def test_two_documents_of_one_kind_are_told_apart_by_their_names():
    cited = Citations([pdf_document(["Pump A, 4-20 mA."], name="pump.pdf", kind="datasheet"),
                       pdf_document(["Gateway, OPC UA."], name="gateway.pdf", kind="datasheet")])
    assert cited.cite("Gateway, OPC UA.") == "Datasheet gateway.pdf p. 1"


def test_every_sentence_of_the_documents_read_together_knows_its_document_and_page():
    documents = [pdf_document(["Page one says OPC UA.", "Page two says SAP PM."]),
                 pasted("The security paper says MFA.", "security", "security.txt")]
    evaluation = Evaluation(bank_version=BANK.version, proposal="P", documents=documents)
    cited = Citations(documents)
    found = {s.text: cited.at(s.start) for s in analyze(evaluation.proposal_text, BANK).sentences}
    assert found == {"Page one says OPC UA.": "Proposal p. 1", "Page two says SAP PM.": "Proposal p. 2",
                     "The security paper says MFA.": "Security paper"}


def test_the_scorecard_and_every_export_name_each_quotes_document_and_page():
    documents = [pdf_document(["Intro.", "The gateway reads spindle load over OPC UA every 5 seconds."]),
                 pdf_document(["Data never leaves the plant network."], ocr=[1], name="sec.pdf", kind="security")]
    quotes = ["The gateway reads spindle load over OPC UA every 5 seconds.", "Data never leaves the plant network."]
    evaluation = Evaluation(bank_version=BANK.version, proposal="P", documents=documents, answers=[
        Answer(question="data.protocols", evidence="specific", text="OPC UA", quotes=quotes)])
    card = score(evaluation, BANK)
    answer = next(a for a in card.answers if a.question == "data.protocols")
    assert answer.sources == ["Proposal p. 2", "Security paper p. 1, read by OCR"]
    assert [d.title for d in card.documents] == ["Proposal", "Security paper"]
    for export in (to_markdown, to_html, to_csv):  # (the letter quotes only what a question asks about)
        out = " ".join(export(evaluation, card).decode().split())
        assert "Proposal p. 2" in out and "Security paper p. 1, read by OCR" in out, export.__name__
    assert "Security paper (sec.pdf, 1 page, read by OCR)" in to_markdown(evaluation, card).decode()


# --- one reading for every way in ------------------------------------------------------------------

def test_the_same_text_pasted_and_uploaded_as_a_file_gives_the_same_sentences():
    typed = pasted(WRAPPED)
    uploaded = extract_text("proposal.txt", WRAPPED.encode())
    assert typed.text == uploaded.text
    assert [s.text for s in analyze(typed.text, BANK).sentences] == [s.text for s in analyze(uploaded.text, BANK).sentences]
    assert len(analyze(typed.text, BANK).sentences) == 2  # the hard-wrapped lines are sentences again


def test_drafting_from_one_text_reads_it_as_a_pasted_document():
    from reading.draft import drafter_for
    drafter = drafter_for(BANK)
    once = drafter.draft(WRAPPED)
    assert [d.text for d in once.documents] == [pasted(WRAPPED).text]
    assert once.answers == drafter.draft_documents([pasted(WRAPPED)]).answers


def test_drafting_reads_every_document_and_quotes_each_from_its_own():
    from reading.draft import drafter_for
    offer = pasted("The gateway reads machine status from the S7 PLCs over OPC UA every 5 seconds.")
    security = pasted("Remote access uses a VPN with multi-factor authentication; data stays on site.",
                      "security", "security.txt")
    drafted = drafter_for(BANK).draft_documents([offer, security])
    cited = Citations(drafted.documents)
    sources = {cited.cite(q) for a in drafted.answers for q in a.quotes}
    assert sources == {"Proposal", "Security paper"}


@pytest.mark.parametrize("name, first, kind", [
    ("Acme offer.pdf", True, "proposal"), ("Acme offer.pdf", False, "proposal"), ("Cover note.txt", False, "other"),
    ("Angebot_Kaltwalzwerk.pdf", False, "proposal"), ("reply to our offer.txt", False, "reply"),
    ("LX-4_Datenblatt_de.pdf", False, "datasheet"), ("Fiche technique LX-4.pdf", False, "datasheet"),
    ("PM5560_datasheet.pdf", False, "datasheet"), ("IT-Security concept.docx", False, "security"),
    ("SOW_v2.docx", False, "statement_of_work"), ("reply to round 1.txt", False, "reply"),
    ("response.pdf", True, "reply"), ("Sowing machine.pdf", False, "other")])
def test_a_files_kind_is_guessed_from_its_name_and_a_named_offer_is_the_proposal_whenever_it_comes(name, first, kind):
    assert kind_from_name(name, first) == kind


def test_a_file_and_a_paste_have_the_same_limit_on_a_documents_text():
    from proposals import MAX_TEXT_CHARS, ExtractionError
    from views.documents import MAX_PASTE_CHARS
    assert MAX_PASTE_CHARS == MAX_TEXT_CHARS
    line = "The gateway reads OPC UA tags every 5 seconds.\n"
    over = (line * (MAX_TEXT_CHARS // len(line) + 1)).encode()  # about 2 MB: within the 20 MB file limit
    with pytest.raises(ExtractionError, match=r"big\.txt: its text is [\d,]+ characters, over the 2,000,000-character"):
        extract_text("big.txt", over)
    assert extract_text("fits.txt", line.encode() * 1000).text.count("OPC UA") == 1000


def test_a_documents_name_that_says_its_kind_is_not_said_twice():
    replies = [pasted("We use REST.", "reply", "Reply to round 1"), pasted("We use MQTT.", "reply", "Reply to round 2"),
               pasted("Pump data.", "datasheet", "pump.pdf"), pasted("Valve data.", "datasheet", "valve.pdf")]
    assert titles(replies) == ["Reply to round 1", "Reply to round 2", "Datasheet pump.pdf", "Datasheet valve.pdf"]


def test_the_documents_list_names_a_file_once_where_its_title_already_names_it():
    from views.documents import _facts
    scan = Document(name="Nachtrag_scan.png", kind="other", format="image", pages=1, ocr_pages=[1], text="Keine Anbindung.")
    sheet = Document(name="Angebot.pdf", kind="proposal", format="pdf", pages=3, text="Wir liefern zwölf Sensoren.")
    assert _facts(scan, titles([scan])[0]) == "1 page · 1 read by OCR · 2 words"  # "Other document Nachtrag_scan.png"
    assert _facts(sheet, titles([sheet])[0]).startswith("Angebot.pdf · 3 pages")  # "Proposal": the name still said
