"""A loss told with its verb ("sticks lose on average 32.0 % of their weight") is the value of the weight loss a
change is of. Sentences written for these tests."""
from kpi_corpus import kpi_ends
from reading.kpi_naming import stems


def test_the_verb_of_a_loss_is_alike_to_the_loss():
    assert stems(["lose"]) & stems(["loss"]) and stems(["lost"]) & stems(["loss"])


def test_a_cut_of_a_weight_loss_takes_the_share_told_with_lose():
    text = ("Your 20 kg salami sticks lose on average 32.0 % of their weight in the drying rooms (your weighing records "
            "of 2025). We commit to cutting the drying weight loss by a quarter, for the same recipe, measured over the "
            "first 8 weeks.")
    assert kpi_ends(text) == (32.0, 24.0)
