"""An offer's price told with its scale in words and a word joining it to the currency ("1,2 millones de euros",
"1,5 milioni di euro", "2 millions d'euros", "1,2 Millionen Euro") is read as its price, by the one list of scale words
the KPI reads amounts by (drafting.yaml kpi.amount_scales). Sentences written for these tests."""
import pytest

from reading.kpi_amounts import amounts_as_read
from reading.offer_prices import offer_prices


@pytest.mark.parametrize("sentence, said", [
    ("El precio del piloto es de 1,2 millones de euros.", "pilot 1,2 millones de euros"),
    ("Il prezzo del pilota è di 1,5 milioni di euro.", "pilot 1,5 milioni di euro"),
    ("Le prix du pilote est de 2 millions d'euros.", "pilot 2 millions d'euros"),
    ("Der Preis für das Pilotprojekt beträgt 1,2 Millionen Euro.", "pilot 1,2 Millionen Euro"),
    ("The pilot price is 1.2 million euros.", "pilot 1.2 million euros"),
    ("El precio del piloto es de 38.500 €", "pilot 38.500 €"),
])
def test_a_price_with_its_scale_in_words_is_read(sentence, said):
    assert offer_prices().stated(sentence) == [said]


def test_a_french_scale_joined_by_an_apostrophe_is_read_as_the_kpi_reads_it():
    assert amounts_as_read("de 2 millions d'euros à 1.5 million d'euros") == "de 2 meur à 1.5 meur"
