"""A relative change of the things counted ("halve the torn bags", "cut the dented cans by 40 %") takes their share
or rate told today as its baseline, never a count the sentence also holds (what a bag holds, a pallet's size); with
no share told, the value in its own unit stays. Sentences written for these tests."""
from kpi_corpus import kpi_ends


def test_a_halving_of_things_counted_takes_their_share_not_a_count_beside_it():
    text = ("Bagging offer\nBags filled with less than the declared 25 kg of feed are 2.4 % of all bags today, "
            "per your check-weigher. With the new auger we will halve the light bags, which we guarantee.")
    assert kpi_ends(text) == (2.4, 1.2)


def test_a_cut_of_things_counted_takes_their_share_beside_a_pallet_size():
    text = ("Can line offer\nDented cans from the 1,200-can pallets run at 0.80 % of output today. "
            "We guarantee to cut the dented cans by 25 %.")
    assert kpi_ends(text) == (0.8, 0.6)


def test_a_cut_of_things_counted_with_no_share_keeps_its_count():
    text = ("Loom offer\nYour looms show 12 broken ends per shift today. We guarantee to halve the broken ends.")
    assert kpi_ends(text) == (12, 6)
