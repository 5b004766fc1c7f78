"""Walk 65: the German offer's price read as Compare said it, "Summe netto: Gesamtpreis 93.100,00 €; zzgl. 19 % MwSt:
Gesamtpreis 17.689,00 €" (a VAT line as a second price, the yearly maintenance left out), and the PDF scorecard stated
no price at all. A tax's line is no price in any language, a yearly fee is part of the price even offered as an option,
and the scorecard and every export of it state the price as Compare does."""
from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import kit
from kit import shown
from questions.models import Document
from reading.fees import stated_in
from reports import to_csv, to_html, to_markdown, to_pdf, to_xlsx
from scoring import compare, score

ANGEBOT = """Preise

Pos: 1; Beschreibung: Edge-Box VT-EdgeX 4 inkl. Montage; Menge: 1 Stk; Einzelpreis: 18.900,00 €; Gesamtpreis: 18.900,00 €
Pos: 2; Beschreibung: Softwarelizenz PoroScan AI, unbefristet; Menge: 1 Lizenz; Einzelpreis: 48.500,00 €; Gesamtpreis: 48.500,00 €
Pos: 4; Beschreibung: Integration und Inbetriebnahme vor Ort; Menge: 12 Tage; Einzelpreis: 1.150,00 €; Gesamtpreis: 13.800,00 €
Beschreibung: Summe netto; Gesamtpreis: 93.100,00 €
Beschreibung: zzgl. 19 % MwSt; Gesamtpreis: 17.689,00 €
Beschreibung: Gesamtbetrag brutto; Gesamtpreis: 110.789,00 €
Pos: O1; Option: Anbindung MES (OPC UA), pauschal; Preis: 6.400,00 €
Pos: O3; Option: Wartungs- und Updatevertrag, jährlich; Preis: 7.850,00 € / Jahr
Pos: O4; Option: Zusätzliche Bauteilvariante (Training); Preis: 3.900,00 €
"""
PRICE = ("Summe netto: 93.100,00 € excl. MwSt (110.789,00 € incl. MwSt); Wartungs- und Updatevertrag, jährlich: "
         "7.850,00 € / Jahr")
# as the scorecard, Compare and the exports show it: the line the vendor headed "Option:" marked as an option (compare67)
SHOWN = PRICE.replace("; Wartungs-", "; option: Wartungs-")


def test_the_german_offer_s_price_is_its_net_total_and_yearly_maintenance_no_vat_line():
    assert "; ".join(stated_in(ANGEBOT)) == PRICE


@pytest.mark.parametrize("rows, said", [
    (["Total | EUR 40.000", "VAT 19 % | EUR 7.600", "Total incl. VAT | EUR 47.600"],
     "Total: EUR 40.000 excl. VAT (EUR 47.600 incl. VAT)"),
    (["Total HT | 40 000 €", "TVA 20 % | 8 000 €", "Total TTC | 48 000 €"], "Total HT: 40 000 € excl. TVA (48 000 € incl. TVA)"),
    (["Total | 40.000 €", "IVA 21% | 8.400 €", "Total IVA incluido | 48.400 €"], "Total: 40.000 € excl. IVA (48.400 € incl. IVA)"),
    (["Totale | 40.000 €", "IVA 22% | 8.800 €", "Totale IVA inclusa | 48.800 €"],
     "Totale: 40.000 € excl. IVA (48.800 € incl. IVA)"),
    (["Summe | 40.000 €", "Umsatzsteuer 19 % | 7.600 €"], "Summe: 40.000 € excl. Umsatzsteuer"),
])
def test_a_tax_line_and_the_total_with_its_tax_are_no_second_price_in_any_language(rows, said):
    """(the total with its tax said in brackets beside the net total, each with its basis: walk 69)"""
    assert "; ".join(stated_in("\n".join(rows))) == said


def test_a_total_with_its_tax_stands_where_the_offer_states_no_other():
    assert stated_in("Installation | EUR 9.000\nTotal incl. VAT | EUR 47.600\nVAT 19 % | EUR 7.600") == (
        "Total incl. VAT: EUR 47.600",)


def test_an_option_s_one_off_price_stays_out_its_yearly_fee_is_in():
    said = stated_in(ANGEBOT)
    assert not any("MES" in line or "Bauteilvariante" in line for line in said)


def _priced(example):
    evaluation = example("a_")
    offer = Document(name="Angebot_AN-2026-0417.pdf", kind="proposal", text=ANGEBOT)
    return evaluation.model_copy(update={"documents": [*evaluation.documents, offer]})


def test_every_scorecard_export_states_the_price_as_compare_does(example):
    evaluation = _priced(example)
    card = score(evaluation)
    comp = compare([evaluation, example("b_")])
    assert comp.price(comp.proposals[0]) == SHOWN
    assert f"Price stated:** {SHOWN}" in to_markdown(evaluation, card).decode().replace("\\", "")
    assert SHOWN in to_html(evaluation, card).decode()
    pdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(evaluation, card))).pages)
    assert f"Price stated: {SHOWN}" in " ".join(pdf.split())
    sheet = load_workbook(io.BytesIO(to_xlsx(evaluation, card))).worksheets[0]
    assert ["Price stated", SHOWN] in [[c.value for c in row[:2]] for row in sheet.iter_rows()]
    header, *rows = csv.reader(io.StringIO(to_csv(evaluation, card).decode("utf-8-sig"), newline=""))
    assert {r[header.index("price_stated")] for r in rows} == {SHOWN}


def test_the_scorecard_page_states_the_price(store, example):
    eid = store.create(_priced(example)).id
    at = kit.open_app("scorecard", eid, timeout=60)
    assert not at.exception, at.exception
    assert f"Price stated: {SHOWN}" in shown(at).replace("**", "")
