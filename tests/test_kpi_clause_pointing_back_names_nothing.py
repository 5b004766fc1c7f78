"""A clause that ends pointing back ('Based on that,', 'Given this,') names what was told before, no measure of its
own: the target after it is named by its unit or its words and pairs with today's value. Sentences written for these
tests."""
from kpi_corpus import offered_kpi


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_guarantee_after_given_this_pairs_with_the_rejects_counted_before():
    text = ("Your vision system rejected 4,200 ppm of caps for short shots in March, by your QA report.\n"
            "The capper runs 48 heads at 900 caps a minute.\n"
            "We propose hot-runner balancing and a new cooling circuit.\n"
            "Given this, we guarantee no more than 1,500 ppm of caps rejected on the capper.")
    assert _ends(text) == (4200, 1500)


def test_a_commitment_after_based_on_that_pairs_with_the_count_logged_three_lines_before():
    text = ("Your operators logged an average of 27 jams per shift on the wrapper in May.\n"
            "The wrapper runs at about 1,400 bars a minute.\n"
            "We're proposing a new infeed and a film splicer.\n"
            "Based on that, we'll commit to no more than 9 jams per shift on the wrapper.")
    assert _ends(text) == (27, 9)
