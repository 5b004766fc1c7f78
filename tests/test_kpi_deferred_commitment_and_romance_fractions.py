"""A commitment put off ("before we commit to any figure", "bevor wir uns ... verpflichten") commits to nothing: a
trial's size or a date for the offer in its sentence is no target paired with a value told before. And a cut told by
a fraction in French or Italian ("diviser par deux", "ridurre ... di un terzo") is of the measure named before the
fraction. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from reading.kpi_change import read_relative
from reading.kpi_numbers import as_read


@pytest.mark.parametrize("text", [
    "Your mixers run 14 batches a shift and the cleaning takes about 6 hours a week. We propose a pilot on one mixer "
    "of 800 litres before we commit to any number; a binding quote will follow within three weeks.",
    "Ihre Linie verliert heute rund 40 Minuten je Formatwechsel. Wir schlagen einen Versuch mit 2 Formaten von etwa "
    "250 mm vor, bevor wir uns auf eine Zahl verpflichten.",
])
def test_a_commitment_put_off_drafts_no_measure(text):
    assert kpi_ends(text) is None


def test_a_commitment_not_put_off_still_drafts_its_target():
    text = ("Your press line loses about 40 minutes per die change today. We commit to 25 minutes per die change "
            "before the end of the first quarter.")
    got = kpi_ends(text)
    assert got == (40, 25)


@pytest.mark.parametrize("sentence, factor, metric", [
    ("nous divisons par deux le taux de bouteilles refusées, mesuré sur 3 mois.", 0.5, "taux de bouteilles refusées"),
    ("ci impegniamo a ridurre gli scarti di un terzo entro un anno.", 2 / 3, "scarti"),
    ("ci impegniamo a ridurre i fermi di un quarto.", 0.75, "fermi"),
])
def test_a_romance_cut_by_a_fraction_changes_the_measure_named_before_it(sentence, factor, metric):
    found = read_relative(as_read(sentence))
    assert found and found.factor == pytest.approx(factor) and found.metric == metric


def test_an_italian_di_before_no_share_is_no_change():
    assert read_relative(as_read("il costo di 5 unità della linea è di 3.000 euro.")) is None


def test_a_french_halving_drafts_the_cut_from_todays_share():
    text = ("Aujourd'hui, 6,2 % des bouteilles sont refusées à l'inspection. "
            "Nous nous engageons à diviser par deux le taux de bouteilles refusées, mesuré sur les 3 premiers mois.")
    got = kpi_ends(text)
    assert got == pytest.approx((6.2, 3.1))
