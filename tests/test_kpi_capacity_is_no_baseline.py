"""A value told as what a machine or plant can make, its nameplate or rating ('against a nameplate of 1,600 kg/h',
'rated at 40 t/h'), is a capacity: never today's value of what it makes, so a target pairs with the output told.
Sentences written for these tests."""
from kpi_corpus import offered_kpi


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_an_output_target_pairs_with_the_output_made_not_the_nameplate_beside_it():
    text = ("Your six extruders turn out an average of 2,100 kg of pellets per hour (bagged output, your shift reports "
            "May to October), against a nameplate of 2,800 kg/h. Die changes and strand breaks are the main losses.\n"
            "We guarantee a pellet output of at least 2,450 kg per hour across the six extruders, averaged over 20 "
            "production days.")
    assert _ends(text) == (2100, 2450)


def test_a_rated_capacity_is_no_baseline_for_an_output_target():
    text = ("Your dryer is rated at 12 t/h.\n"
            "We guarantee a dryer output of 13 t/h after the retrofit.")
    got = offered_kpi(text)
    assert got is None or got.baseline is None


def test_a_share_of_capacity_used_is_still_a_value():
    text = ("Your filling line runs at a capacity of 72 % today, by your MES.\n"
            "We commit to a capacity utilisation of 85 % on the filling line.")
    assert _ends(text) == (72, 85)
