"""Walks 69-71: every "Price stated" line was wrong in a way the buyer notices. A reply's answer joined into the price
(walk 69), a licence of "3 x 4.800,00 € + IVA anuales" read as 4.800 € a year, a total with IVA compared with a
competitor's total without it and no word of it; a revised price sheet (rev C) uploaded after the offer (rev B) ignored
and its amounts printed bare ("46200", walk 70); an Indian quotation's lakh-grouped totals and its "₹6.5 L" pilot
missed, and a reference customer's tool cost per piece read as a price (walk 71). Each kind in several languages and
currencies."""
from __future__ import annotations

import pytest

from questions.models import Document
from reading.fees import fees, stated_in
from reading.quantities import quantities
from scoring import compare
from scoring.compare import stated_price


def _with(example, *documents: Document):
    evaluation = example("a_")
    return evaluation.model_copy(update={"documents": [*evaluation.documents, *documents]})


# --- a reply's answer is read sentence by sentence ---------------------------------------

@pytest.mark.parametrize("line", [
    "- Sistemas: SAP Business One recibe un CSV diario por SFTP con el consumo de gas por m²; responsable: jefe de "
    "mantenimiento. Esta integración tiene un coste adicional de 3.200,00 € + IVA.",
    "- Systems: SAP receives a daily CSV over SFTP with the gas used per m²; owner: maintenance manager. This "
    "integration has an extra cost of EUR 3,200 plus VAT.",
])
def test_a_reply_s_answer_of_sentences_is_no_price_row(line):
    assert not any("SAP" in said for said in stated_in(line, True))


# --- a count times a unit price --------------------------------------------------------

@pytest.mark.parametrize("sentence, said", [
    ("Licencia a partir del segundo año: 3 x 4.800,00 € + IVA anuales, incluye soporte remoto.",
     "licence 3 x 4.800,00 € = 14.400,00 € a year excl. IVA"),
    ("From year two the licence is 2 x EUR 1,200 per year.", "licence 2 x EUR 1,200 = EUR 2,400 a year"),
    ("Die Lizenz kostet ab dem zweiten Jahr 4 x 2.500 € jährlich zzgl. MwSt.",
     "licence 4 x 2.500 € = 10.000 € a year excl. MwSt"),
])
def test_a_count_times_a_unit_price_is_their_product(sentence, said):
    assert said in fees().stated(sentence)


# --- each total's tax basis, compared like with like ------------------------------------

OFERTA = """Concepto: Licencia KilnSense (primer año); Uds: 3; Precio unit. (€): 4.800,00; Importe (€): 14.400,00
Concepto: Base imponible; Importe (€): 75.950,00
Concepto: IVA 21 %; Importe (€): 15.949,50
Concepto: TOTAL (IVA incluido); Importe (€): 91.899,50"""
ECC = """Concepto: Instalación; Cantidad: 1; Importe: 2.400,00 €
Concepto: Total sin IVA; Importe: 11.450,00 €
Concepto: IVA 21 %; Importe: 2.404,50 €
Concepto: Total con IVA; Importe: 13.854,50 €"""


def test_the_net_total_stands_first_with_its_basis_and_the_total_with_tax_beside_it():
    assert stated_in(OFERTA) == ("Base imponible: 75.950,00 € excl. IVA (91.899,50 € incl. IVA)",)
    assert stated_in(ECC) == ("Total sin IVA: 11.450,00 € (13.854,50 € incl. IVA)",)


def test_compare_puts_two_offers_net_totals_side_by_side(example):
    comp = compare([_with(example, Document(name="Oferta.pdf", kind="proposal", text=OFERTA)),
                    _with(example, Document(name="Presupuesto.docx", kind="price_sheet", text=ECC))])
    first, second = (comp.price(name) for name in comp.proposals)
    assert first.startswith("Base imponible: 75.950,00 € excl. IVA") and second.startswith("Total sin IVA: 11.450,00 €")


@pytest.mark.parametrize("text, said", [
    ("Item: Total one-off; One-off (GBP): 264405\nPrices exclude VAT. Valid 90 days",
     "Total one-off: GBP 264,405 excl. VAT"),
    ("Position: Gesamtsumme; Preis: 48.000,00 €\nAlle Preise zzgl. MwSt.", "Gesamtsumme: 48.000,00 € excl. MwSt"),
    ("Item: Total; Amount: $52,000\nTaxes: GST @ 10% extra as applicable.",
     "Total: $52,000 excl. GST (currency not stated)"),  # "$" alone: which dollar, nothing tells
])
def test_a_document_s_word_on_its_tax_says_each_total_s_basis(text, said):
    assert stated_in(text) == (said,)


# --- a later revision supersedes --------------------------------------------------------

REV_B = "Proposal AIS-UK-2026-0417 rev B\nItem: Total one-off (base); One-off (GBP): 271,550"
REV_C = ("Price schedule rev C (14 December 2026)\nItem: SmartPress subscription; Annual (GBP): 46200\n"
         "Item: Total one-off (base); One-off (GBP): 264405\nItem: Total annual (base); Annual (GBP): 58800")


@pytest.mark.parametrize("earlier, later, said", [
    (Document(name="Proposal_revB.pdf", kind="proposal", text=REV_B),
     Document(name="Price_Sheet_revC.xlsx", kind="price_sheet", text=REV_C),
     ["Total one-off (base): GBP 264,405", "Total annual (base): GBP 58,800"]),
    (Document(name="Angebot_Version_2.pdf", kind="proposal", text="Gesamtsumme netto: 93.100,00 €"),
     Document(name="Preisblatt_Version_3.xlsx", kind="price_sheet", text="Gesamtsumme netto: 88.400,00 €"),
     ["Gesamtsumme netto: 88.400,00 €"]),
    (Document(name="Offre.pdf", kind="proposal", text="Offre du 03/11/2026\nMontant total HT : 40 000 €"),
     Document(name="Offre_mise_a_jour.pdf", kind="proposal", text="Offre du 20/11/2026\nMontant total HT : 37 500 €"),
     ["Montant total HT: 37 500 €"]),
])
def test_a_later_revision_s_prices_supersede_the_earlier_ones(example, earlier, later, said):
    assert stated_price(_with(example, earlier, later)) == said


def test_a_yearly_total_says_its_yearly_rows_once_and_bare_amounts_in_the_document_s_currency():
    assert stated_in(REV_C) == ("Total one-off (base): GBP 264,405", "Total annual (base): GBP 58,800")


# --- Indian grouping, lakh and crore, a result's cost per piece -------------------------

QUOTATION = """Sr. |Item Qty Unit Rate (Rs.) Amount (Rs.)
| 1 | Hardware supply (sensors, meters, gateways, | 1 Lot | 18,45,000 | 18,45,000 |
| Sub Total | 28,55,000 |
| GST @ 18% | 5,13,900 |
| GRAND TOTAL | 33,68,900 |"""


def test_an_indian_quotation_s_lakh_grouped_totals_under_a_rupee_header():
    assert stated_in(QUOTATION) == ("Sub Total: Rs. 28,55,000 excl. GST (Rs. 33,68,900 incl. GST)",)


@pytest.mark.parametrize("said, value", [("@ ₹6.5 L + GST", 650_000), ("Rs. 2 Cr", 20_000_000),
                                         ("INR 3.2 lakh", 320_000), ("6.5 l of coolant", 6.5)])
def test_lakh_and_crore_short_after_a_currency(said, value):
    assert quantities(said)[0].value == value


def test_a_pilot_told_in_a_chat_is_the_price_a_reference_s_cost_per_piece_is_not(example):
    chat = ("[11/12/26, 4:52 PM] Rahul: pls note pilot option also possible – Press line 3 + 6 CNC in cell C2 for 10 "
            "weeks @ ₹6.5 L + GST, fully adjustable against final PO.\n"
            "[11/12/26, 4:53 PM] Rahul: Ref customer: Sai Precision Forgings – tool cost/pc came down from ₹41 to ₹31 "
            "in 5 months on 12 CNC.")
    said = stated_price(_with(example, Document(name="Reply to round 2", kind="reply", text=chat)))
    assert said == ["option: pilot ₹6.5 L excl. GST"]  # "pilot option also possible": offered, marked as an option


@pytest.mark.parametrize("sentence", [
    "At our reference plant the tool cost per piece came down from EUR 4.20 to EUR 3.10.",
    "Beim Referenzkunden sanken die Kosten pro Stück von 4,20 € auf 3,10 €.",
    "En Valladolid el costo por pieza bajó de 4,20 € a 3,10 €.",
])
def test_a_result_s_cost_per_piece_is_no_price(sentence):
    assert fees().stated(sentence) == []


def test_a_reply_s_bare_cost_prices_what_its_answer_is_about_not_the_offer(example):
    reply = "3. Systems: SAP Business One is linked nightly. Cost Rs. 2,75,000 + GST, one time."
    assert stated_price(_with(example, Document(name="Reply to round 1", kind="reply", text=reply))) == []


def test_a_net_total_two_documents_state_is_listed_once_whether_or_not_one_adds_its_gross(example):
    summary = Document(name="Resumen.pdf", kind="proposal", text="Concepto: Base imponible; Importe: 75.950,00 €")
    said = stated_price(_with(example, Document(name="Oferta.pdf", kind="proposal", text=OFERTA), summary))
    assert said == ["Base imponible: 75.950,00 € excl. IVA (91.899,50 € incl. IVA) "
                    "(in Proposal Oferta.pdf and Proposal Resumen.pdf)"]
