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


def test_a_share_told_in_brackets_after_one_in_so_many_is_the_things_counted():
    text = ("Sorting offer\nAbout one in twelve jars (8 % over the last month, from your QC sheets) goes back for "
            "relabelling. With the new labeller, jars sent back for relabelling will be reduced by 50 %, which we "
            "commit to in the contract.")
    assert kpi_ends(text) == (8, 4)


def test_a_share_of_things_counted_beside_a_machine_number_is_their_value():
    text = ("Sealing offer\nToday 0.40 % of the pouches from sealer SX 2 are rejected at the burst test. "
            "With this we reduce the burst rejects by 50 %, which we guarantee.")
    assert kpi_ends(text) == (0.4, 0.2)
