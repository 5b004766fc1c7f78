"""A warranty is a commitment as a guarantee is ('We warrant a leak rate of 300 ppm or lower'): its target pairs with
today's value told before. Sentences written for these tests."""
from kpi_corpus import offered_kpi


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_warranted_ceiling_pairs_with_the_rejects_counted_today():
    text = ("Your helium test on the valve line rejected 1,800 ppm of bodies for leaks in 2026 (QA report, "
            "2,400,000 bodies tested).\n"
            "The line runs two shifts at 40 bodies a minute.\n"
            "Our offer adds a second sealing station. We warrant a leak reject rate of 600 ppm or lower on the valve "
            "line, measured over 60 production days after acceptance.")
    assert _ends(text) == (1800, 600)
