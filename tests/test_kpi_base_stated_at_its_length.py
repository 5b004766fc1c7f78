"""A rate's base stated at its length ("per press per 12-hour shift") counts per that base as its bare name does
("per press per shift"): today's value told with the length pairs with a target told without it. Sentences written
for these tests."""
from kpi_corpus import kpi_ends


def test_a_base_with_its_length_pairs_with_the_bare_base():
    text = ("Hi Dana,\nFrom your logs, the 12 presses average 9 misfeeds per press per 12-hour shift right now.\n"
            "We'd fit servo feeders and new guides. We're happy to put in writing that misfeeds will come down to "
            "3 per press per shift or fewer.\nBest, Sam")
    assert kpi_ends(text) == (9, 3)


def test_a_base_of_another_thing_does_not_pair():
    text = ("Hi Dana,\nFrom your logs, the 12 presses average 9 misfeeds per coil per 12-hour shift right now.\n"
            "We'd fit servo feeders and new guides. We're happy to put in writing that misfeeds will come down to "
            "3 per press per shift or fewer.\nBest, Sam")
    got = kpi_ends(text)
    assert got is None or got[0] != 9
