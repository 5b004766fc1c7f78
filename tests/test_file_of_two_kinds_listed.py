"""A file holding two kinds, another customer's case study and then a price table, is drafted as two sections (the
case study the reference, the table the offer's prices) and listed under both kinds on the documents list (walk 67/68:
it was listed under one). Read by its text, such a file is the price sheet its table is, its case study drafted apart,
even where the case study names its customer on a field line (it was filed a case study whole, its prices unread)."""
from __future__ import annotations

import pytest

import kit
from paths import EXAMPLES_BANK_VERSION
from proposals import extract_text
from questions import Evaluation, load_bank
from reading.documents import from_file, kind_read, kinds_from_names
from reading.draft import drafter_for
from reading.draft_documents import listed_titles
from test_document_kinds62 import CASE_AND_PRICES, PRICES, _docx

BANK = load_bank()
LISTED = "Case study (another customer) and Price sheet"
CUSTOMER = [CASE_AND_PRICES[0], ("p", "Customer: Larsvik Sawmill AB, Småland"), *CASE_AND_PRICES[1:]]


def _read(name: str, blocks) -> object:
    data = _docx(blocks, PRICES)
    extracted = extract_text(name, data)
    guessed = kinds_from_names([name], first=True)[0]  # as the app reads a file added alone: its name, then its text
    return from_file(name, kind_read(guessed, name, extracted.text), extracted, data)


@pytest.mark.parametrize("name, blocks", [("kilnwatch_casestudy_pricelist.docx", CASE_AND_PRICES),
                                          ("kilnwatch_larsvik.docx", CASE_AND_PRICES),
                                          ("kilnwatch_larsvik.docx", CUSTOMER)])
def test_a_case_study_with_a_price_table_is_listed_under_both_kinds_and_drafts_both(name, blocks):
    document = _read(name, blocks)
    assert document.kind == "price_sheet" and listed_titles([document]) == [LISTED]
    drafted = drafter_for(BANK).draft_documents([document])
    reference, upkeep = drafted.answer("return.reference"), drafted.answer("upkeep.after_pilot")
    assert reference is not None and any("Results at Larsvik" in q for q in reference.quotes)
    assert upkeep is not None and any("Remote support desk" in q for q in upkeep.quotes)


def test_a_case_study_alone_or_a_price_sheet_alone_keeps_its_one_kind():
    case = _read("larsvik_story.docx", [*CUSTOMER[:-1]])
    sheet = _read("prices_2027.docx", [("h", "Prices 2027")])
    assert [case.kind, sheet.kind] == ["case_study", "price_sheet"]
    assert listed_titles([case, sheet]) == ["Case study (another customer)", "Price sheet"]


def test_the_documents_list_names_the_file_under_both_kinds(first_run):
    document = _read("kilnwatch_larsvik.docx", CASE_AND_PRICES)
    eid = first_run.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="KilnWatch", vendor="Voltis",
                                      documents=[document])).id
    at = kit.open_app("evaluate", eid, timeout=60)
    assert not at.exception, at.exception
    assert any(kit.unescape(t).startswith(f":material/description: **{LISTED}**") for t in kit.raw_text(at))
