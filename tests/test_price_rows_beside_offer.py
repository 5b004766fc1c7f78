"""A price list sent beside an offer (issue 14, walk 67: an Italian offer, its Excel price list and an English
datasheet): the list's rows are prices. Added to the offer, in XLSX, CSV, Word or PDF tables, they never push out the
offer's own answers: the offer is still read in its language (a row of codes and amounts is in no language, so it does
not thin the share of the offer's Italian words: reading/romance.py), and a priced row is suggested only for what upkeep
costs and who is paid to keep it (prefill.yaml `priced_rows`), never for the problem, the data or the workflow. Every
file is built here; every sentence is new, none of the walk's."""
from __future__ import annotations

import csv
import io

import pytest
from docx import Document as Docx
from fpdf import FPDF
from openpyxl import Workbook

from proposals import extract_text
from questions import load_bank
from reading.documents import from_file, kind_from_name, kind_read, pasted
from reading.draft import drafter_for
from reading.german import normalise, tokens
from reading.prefill import Prefiller
from reading.romance import romance_rules

BANK = load_bank()

OFFER = """Caseificio Monte Verde - Offerta tecnica n. 2026/044
Spett.le Caseificio Monte Verde, alla c.a. del responsabile di stabilimento.
Oggi le temperature delle caldaie di coagulazione sono annotate a mano dai casari su un foglio di carta ogni ora.
Nel 2025 la caldaia 3 e' andata fuori temperatura 22 volte, con circa 1,8 t di cagliata scartata al mese.
La nostra soluzione prevede 12 sonde di temperatura sulle caldaie e un gateway industriale collegato al PLC Siemens S7-1200 tramite OPC UA.
Le letture sono inviate alla piattaforma cloud ogni 30 secondi.
Il casaro riceve un allarme sul tablet quando la temperatura esce dalla fascia di 2 gradi.
Il responsabile qualita' conferma ogni lotto sul cruscotto prima del rilascio.
I dati restano di proprieta' del cliente e possono essere esportati in CSV in qualsiasi momento.
"""

HEADER = ("Pos", "Codice", "Descrizione", "Q.ta'", "Prezzo unitario", "Totale")
ITEMS = [("SNS-T10", "Sonda temperatura PT100 inox", 12, 180), ("GW-IND", "Gateway industriale Modbus OPC UA", 1, 2400),
         ("TAB-10", "Tablet rugged reparto", 2, 900), ("SW-PLC", "Integrazione PLC Siemens", 1, 3200),
         ("INST", "Installazione sonde caldaie", 3, 650), ("CFG", "Configurazione cruscotto qualita'", 1, 1800),
         ("CAB", "Cablaggio bus campo", 40, 12), ("QE-01", "Quadro elettrico ausiliario", 1, 1100),
         ("UPS-1", "Gruppo continuita' gateway", 1, 420), ("ANT-4G", "Antenna esterna router", 1, 95),
         ("CERT", "Certificati dispositivo X.509", 2, 60), ("DOC", "Documentazione impianto", 1, 350)]
FEE = ("LIC-01", "Licenza annuale piattaforma cloud e assistenza", 1, "4.200,00 EUR / anno")


def _euro(value: int) -> str:
    return f"{value:,.2f} EUR".replace(",", "X").replace(".", ",").replace("X", ".")


def _rows() -> list[tuple[str, ...]]:
    rows = [(str(i), code, what, str(qty), _euro(price), _euro(qty * price))
            for i, (code, what, qty, price) in enumerate(ITEMS, 1)]
    return [HEADER, *rows, (str(len(ITEMS) + 1), FEE[0], FEE[1], str(FEE[2]), FEE[3], FEE[3])]


def _xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Offerta 2026-044"
    for row in _rows():
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv() -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(_rows())
    return out.getvalue().encode("utf-8")


def _docx() -> bytes:
    document = Docx()
    document.add_paragraph("Listino prezzi")
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in _rows():
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    pdf = FPDF(orientation="landscape")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.cell(0, 8, "Listino prezzi", new_x="LMARGIN", new_y="NEXT")
    with pdf.table() as table:
        for row in _rows():
            cells = table.row()
            for value in row:
                cells.cell(value.replace("'", ""))
    return bytes(pdf.output())


FILES = [("listino.xlsx", _xlsx), ("listino.csv", _csv), ("listino.docx", _docx), ("listino.pdf", _pdf)]


def _price_list(name: str, make) -> object:
    data = make()
    extracted = extract_text(name, data)
    return from_file(name, kind_read(kind_from_name(name, False), name, extracted.text), extracted, data)


@pytest.fixture(scope="module")
def alone():
    return drafter_for(BANK).draft_documents([pasted(OFFER)])


@pytest.fixture(scope="module", params=FILES, ids=[name for name, _ in FILES])
def price_list(request):
    return _price_list(*request.param)


def _priced(quote: str) -> bool:
    return "EUR" in quote


def test_the_price_list_is_read_as_one(price_list):
    assert price_list.kind == "price_sheet"
    assert sum("EUR" in line for line in price_list.text.splitlines()) >= len(ITEMS)


def test_an_offer_drafted_with_its_price_list_uploaded_first_keeps_every_answer_it_has_alone(alone, price_list):
    drafted = drafter_for(BANK).draft_documents([price_list, pasted(OFFER)])
    answers = {a.question: a for a in drafted.answers}
    for answer in alone.answers:
        assert answer.question in answers, f"{answer.question} drafted from the offer alone, lost beside its price list"
        assert answers[answer.question].evidence == answer.evidence, answer.question
        assert answers[answer.question].choices == answer.choices, answer.question
    assert answers["problem.plant_problems"].evidence == "specific"
    for answer in drafted.answers:  # a price names no problem, data, workflow or user
        if not answer.question.startswith(("upkeep.", "return.")):
            assert not any(_priced(q) for q in answer.quotes), (answer.question, answer.quotes)


def test_a_price_row_is_suggested_for_what_upkeep_costs_never_for_the_problem_or_the_data(price_list):
    text = "\n\n".join([price_list.text, pasted(OFFER).text])
    found = Prefiller(BANK).suggest(drafter_for(BANK).reader.read(text), limit=5)
    for qid in ("problem.statement", "data.captured", "data.sources", "workflow.outputs", "users.roles"):
        assert not any(_priced(s.quote) for s in found.get(qid, [])), (qid, [s.quote for s in found[qid]])
    assert any("22 volte" in s.quote for s in found["problem.statement"])
    assert any("Licenza annuale" in s.quote for s in found["upkeep.after_pilot"])


def test_money_the_plant_loses_in_a_row_is_still_the_problem():
    text = "Downtime cost of vat 3: EUR 48,000 a year\n\nToday the cheese makers write the temperatures down by hand."
    found = Prefiller(BANK).suggest(drafter_for(BANK).reader.read(text), limit=5)
    assert any("EUR 48,000" in s.quote for s in found.get("problem.statement", []))


def test_rows_of_codes_and_amounts_do_not_thin_the_offers_language():
    rules = romance_rules()
    said = [tokens(normalise(line)) for line in OFFER.splitlines() if line.strip()]
    rows = [tokens(normalise("; ".join(f"{h}: {c}" for h, c in zip(HEADER, row)))) for row in _rows()[1:]] * 3
    assert rules.language(said).name == "it"
    assert rules.language(said + rows).name == "it"
