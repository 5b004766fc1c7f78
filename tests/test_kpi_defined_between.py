"""What a measure is, said between its name and its value ("First-pass yield at the end-of-line test, boards that pass
without rework, was 91.2 % last year"), leaves the name and the value one baseline (blind KPI set tuning31 read none)."""
import pytest

from kpi_corpus import drafted_kpi as measure


@pytest.mark.parametrize("text, baseline, target", [
    ("First-pass yield at the end-of-line test, boards that pass without rework or re-test, was 91.2 % in 2025. "
     "With our test adapters we commit to a first-pass yield of at least 96 % from month 4.", 91.2, 96),
    ("Overfill, the product given away above the declared weight, is 2.8 g per pack today. We guarantee to bring "
     "overfill to 1.2 g per pack within three months.", 2.8, 1.2),
])
def test_a_definition_between_a_measure_and_its_value_keeps_the_baseline(text, baseline, target):
    found = measure(text)
    assert found is not None and (found.baseline, found.target) == (pytest.approx(baseline), pytest.approx(target))


def test_an_aside_with_a_number_is_still_the_value():
    found = measure("Scrap, 6 % of all parts last year, will be halved by our new die heating, which we guarantee.")
    assert found is not None and (found.baseline, found.target) == (pytest.approx(6), pytest.approx(3))
