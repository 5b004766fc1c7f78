"""Money with a scale reads the same in a sentence and in a table's cell: its number as written, the scale and the
currency as one unit, as a buyer keeps a budget line ("$3.2M" is 3.2 "musd"; "1,2 Mio. €" 1.2 "meur"; "£450k" 450
"kgbp"), where a table's cells read 3,200,000 "USD" and "1,2 Mio. €" had no currency. A currency sign after the figure
("350 €") is money. Proposal texts written for these tests."""
import pytest

from kpi_corpus import offered_kpi
from reading.quantities import quantities


def _read(text: str):
    got = offered_kpi(text)
    return got and (got.unit, got.baseline, got.target)


@pytest.mark.parametrize("sentence, table, unit, ends", [
    ("We commit to cut your annual scrap cost from $3.2M to $2.1M.",
     "Metric | Today | Target\nScrap cost | $3.2M | $2.1M\n", "musd", (3.2, 2.1)),
    ("We commit to cut the yearly maintenance cost from EUR 350K to EUR 240K.",
     "KPI | Baseline | Goal\nMaintenance cost | EUR 350K | EUR 240K\n", "keur", (350, 240)),
    ("Wir verpflichten uns, die Energiekosten von 1,2 Mio. € auf 0,9 Mio. € im Jahr zu senken.",
     "KPI | Baseline | Goal\nEnergy cost per year | 1,2 Mio. € | 0,9 Mio. €\n", "meur", (1.2, 0.9)),
    ("We commit to cut your energy bill from £450k per year to £320k per year.",
     "KPI | Baseline | Goal\nEnergy bill | £450k per year | £320k per year\n", "kgbp", (450, 320)),
])
def test_a_scaled_amount_reads_alike_in_a_sentence_and_a_table(sentence, table, unit, ends):
    told, laid_out = _read(sentence), _read(table)
    assert told[1:] == laid_out[1:] == ends
    assert told[0].startswith(unit) and laid_out[0].startswith(unit)


def test_a_scale_in_words_before_the_currency_reads_as_the_amount():
    assert _read("We commit to cut energy cost from 1.2 million to 0.9 million euros a year.") == \
        ("meur a year", 1.2, 0.9)
    assert _read("Nos comprometemos a reducir el coste energético de 3 millones a 2,5 millones de euros al año.")[1:] \
        == (3, 2.5)


def test_a_sign_after_the_figure_and_a_scale_with_its_dot_are_money():
    [price] = quantities("350 €")
    assert (price.value, price.unit, price.kind) == (350, "EUR", "currency")
    [scaled] = quantities("1.2 Mio. € per year")
    assert (scaled.value, scaled.unit, scaled.kind, scaled.scale) == (1_200_000, "EUR", "currency", 1e6)
