"""Walks 72-73: a price is what the vendor charges for what it offers. The cost of the plant's problem ("customer
complaints ... cost about EUR 310 000 in 2025"), an optional phase's price the offer puts outside its value, a sheet's
row included at 0, and a sheet's item rows listed ahead of the total the offer states were all shown as "Price stated";
a monthly unit price lost its month. Each kind in other sentences, English and German, and where it must not fire."""
from __future__ import annotations

import pytest

from questions.models import Document
from reading.fees import as_offered, stated_in
from scoring.compare import stated_price


@pytest.mark.parametrize("sentence", [
    "Warranty claims from your OEM customers cost the plant about USD 95,000 last year.",
    "Die Reklamationen wegen Lunkern kosteten Sie 2025 rund 240.000 EUR.",
    "Les réclamations clients ont coûté environ 120 000 € en 2025.",
])
def test_what_the_plant_s_complaints_cost_it_is_no_price(sentence):
    assert stated_in(sentence) == ()


@pytest.mark.parametrize("sentence", [
    "• Price USD 64,000 net; delivery earliest 3 months after go-live; not part of this offer's order value.",
    "Preis 52.000,00 EUR netto, nicht Bestandteil dieses Angebots.",
    "Analytics module: price EUR 18,500, quoted separately on request.",
])
def test_an_amount_the_sentence_puts_outside_the_offer_s_value_is_no_price(sentence):
    assert stated_in(sentence) == ()


@pytest.mark.parametrize("sentence, said", [
    ("From the second year the maintenance costs EUR 12,400 per year.", "maintenance EUR 12,400 a year"),
    ("Der Gesamtpreis beträgt 86.500,00 EUR netto.", "total 86.500,00 EUR"),
])
def test_the_offer_s_own_prices_are_still_stated(sentence, said):
    assert any(line.startswith(said) for line in stated_in(sentence))


def test_a_sheet_row_included_at_zero_is_no_price_and_a_monthly_row_keeps_its_month():
    sheet = ("Line: 1; Description: Commissioning and training; Type: One-time; Qty: 1; Unit price (EUR): 18000; "
             "Extended (EUR): 18000\n"
             "Line: 2; Description: Gateway GW-4; Type: One-time; Qty: 4; Unit price (EUR): 0; Extended (EUR): 0\n"
             "Line: 3; Description: Platform licence; Type: Monatlich x 24; Qty: 24; Unit price (EUR): 1200; "
             "Extended (EUR): 28800")
    said = stated_in(sheet)
    assert not any("Gateway" in line for line in said)
    assert "Platform licence: Unit price EUR 1,200 a month; Extended EUR 28,800" in said


def test_a_row_that_names_its_period_itself_gets_none_added():
    said = stated_in("Pos: 2; Description: Annual support; Qty: 1; Unit price EUR: 2800; Remarks: per year")
    assert said == ("Annual support: EUR 2,800",)


def test_the_stated_total_leads_and_a_sheet_without_one_keeps_only_its_fees_beside_it(example):
    sheet = Document(name="prices.xlsx", kind="price_sheet", text=(
        "Line: 1; Description: Implementation; Qty: 1; Unit price (USD): 40000; Extended (USD): 40000\n"
        "Line: 2; Description: Cloud subscription; Type: Monthly x 36; Qty: 36; Unit price (USD): 2100; "
        "Extended (USD): 75600\n"
        "Line: 3; Description: Travel (cap); Qty: 1; Unit price (USD): 3000; Extended (USD): 3000"))
    offer = Document(name="proposal.pdf", kind="proposal", text="Total 3-year investment: USD 115,600 excluding taxes.")
    evaluation = example("a_")
    said = stated_price(evaluation.model_copy(update={"documents": [sheet, offer]}))
    assert said[0].startswith("Total 3-year investment: USD 115,600")
    assert any("Cloud subscription" in line and "a month" in line for line in said)
    assert not any("Implementation" in line or "Travel" in line for line in said)


def test_a_sheet_alone_still_lists_its_rows():
    said = as_offered([(True, ["Implementation: USD 40,000", "Travel (cap): USD 3,000"])])
    assert said == ["Implementation: USD 40,000", "Travel (cap): USD 3,000"]


@pytest.mark.parametrize("lines", [
    ["Pilot: EUR 18,000", "Licence: EUR 9,600 a year"],  # the one-off first, as written
    ["Wartung: 4.800 EUR a year", "Inbetriebnahme: 12.000 EUR"],  # the fee first, as written
])
def test_the_offer_s_own_lines_keep_the_order_it_writes_them_in(lines):
    assert as_offered([(False, lines)]) == lines


def test_a_total_written_last_still_leads_the_lines_written_before_it():
    said = as_offered([(False, ["Pilote : 24 000 €", "Licence : 8 000 € a year", "Total du projet : 96 000 €"])])
    assert said == ["Total du projet : 96 000 €", "Pilote : 24 000 €", "Licence : 8 000 € a year"]
