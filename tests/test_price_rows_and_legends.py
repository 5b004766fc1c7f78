"""A priced table's rows and a chart's legend read as the buyer reads them (issues 14 and 16, walk74): a header cut short
before its unit ("Prezzo unit. (€): 640,00") ends no sentence inside its row, so the row keeps its price; in a legend's
run of "label figure label figure" each figure belongs to the label before it, never to the next one."""
import pytest

from reading.offer_prices import offer_prices
from reading.splitting import splitter


@pytest.mark.parametrize("row", [
    "Pos: 3; Descrizione: Gateway edge con buffer locale; Q.tà: 3; Prezzo unit. (€): 2.150,00; Totale (€): 6.450,00",
    "Pos.: 2; Bezeichnung: Schwingungssensor; Stk. (St.): 12; Einzelpr. (EUR): 410,00; Gesamt (EUR): 4.920,00",
    "Item: 4; Description: Edge server; Qty. (pcs): 1; Unit pr. (USD): 7,900.00; Total (USD): 7,900.00"])
def test_a_header_cut_short_before_its_unit_keeps_the_row_whole(row):
    assert [s for _, s in splitter().sentences(row)] == [row]


def test_a_sentence_ending_on_a_short_word_before_a_bracket_still_ends():
    text = "We bill per unit. (See annex 2 for the rates.) The rest follows."
    assert len(list(splitter().sentences(text))) == 2


@pytest.mark.parametrize("legend, wanted, wrong", [
    ("Hardware e sensori (pos. 1-4) 33.430 € Software e licenze (pos. 5-6) 22.800 € Integrazione SAP (pos. 7) 16.500 €",
     "licence 22.800 €", "licence 33.430 €"),
    ("Hardware 12.000 EUR Lizenzen 8.000 EUR Schulung 3.000 EUR", "licence 8.000 EUR", "licence 12.000 EUR")])
def test_a_legends_figure_belongs_to_the_label_before_it(legend, wanted, wrong):
    said = offer_prices().stated(legend)
    assert wanted in said and wrong not in said


def test_a_figure_before_its_words_still_takes_them_outside_a_legend():
    assert offer_prices().stated("38.500 € for the pilot and 12.900 € for the licence") == \
        ["pilot 38.500 €", "licence 12.900 €"]
