"""Kinds of KPI misreading seen on tuning40, with other sentences: a baseline pairs with the target of its own measure
when a text tells two measures in one unit kind (a repair time beside a time between faults); a product's size ("on 4 g
sticks") is no value of a measure; a measuring window ("gemeten over de eerste 6 weken") is no target; a model number
("SP-10 will run at") holds no value; a bound told in words of other languages ("do co najmniej", "ten hoogste") leads
to the target; Polish perfective verbs ("podniesie", "skróci") commit as "will raise" does. Sentences written for
these tests."""
from kpi_corpus import offered_kpi
from reading.spelled import Spelled


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_repair_time_pairs_with_the_repair_target_not_the_time_between_faults():
    text = ("Last year a conveyor breakdown took on average 130 minutes to fix, and breakdowns came every 55 hours of "
            "running per line.\n"
            "With a spares cabinet at each line we guarantee a mean time to repair of no more than 1.5 hours per "
            "breakdown from month four.")
    assert _ends(text) == (130, 90)


def test_a_time_between_faults_told_alone_still_pairs():
    text = ("Faults came every 40 hours of running per press in 2025.\n"
            "We guarantee a mean time between faults of at least 60 hours per press.")
    assert _ends(text) == (40, 60)


def test_a_products_size_after_the_target_is_no_value():
    text = ("Your plant fills 250 ml and 500 ml bottles on a line that runs at 180 bottles per minute today.\n"
            "The new filler FL-12 will run at 260 bottles per minute or more on 500 ml bottles, guaranteed over an "
            "8-hour acceptance run.")
    assert _ends(text) == (180, 260)


def test_a_size_that_is_the_measure_still_reads():
    text = ("Giveaway today is 4.5 g per pack.\n"
            "We guarantee to bring giveaway down to 2 g per pack.")
    assert _ends(text) == (4.5, 2)


def test_a_dutch_measuring_window_is_no_target_and_ten_hoogste_is_no_ten():
    text = ("Doel: ten hoogste 2,0% van de tegels mag nog worden afgekeurd.\n"
            "Dat garanderen wij voor uw fabriek in Tiel, gemeten over de eerste 8 weken na de ingebruikname.\n"
            "Op dit moment wordt 6,4% van de tegels afgekeurd, volgens uw eigen registraties van 2026.")
    assert _ends(text) == (6.4, 2.0)


def test_ten_is_a_number_in_english_and_no_number_in_ten_hoogste():
    spelled = Spelled(["hours"], idioms=["ten hoogste", "ten minste"])
    assert spelled.digits("ten hours a week") == "10 hours a week"
    assert spelled.digits("ten hoogste 3 uur") == "ten hoogste 3 uur"
    assert spelled.digits("ten minste 95 %") == "ten minste 95 %"


def test_a_polish_raise_to_at_least_is_a_committed_target():
    text = ("W 2026 roku uzysk filetu wyniósł 41,2% masy ryb.\n"
            "Nowa linia filetująca podniesie uzysk filetu do co najmniej 44,0% masy ryb.")
    assert _ends(text) == (41.2, 44.0)


def test_a_polish_cut_to_no_more_than_is_a_committed_target():
    text = ("Obecnie przezbrojenie prasy trwa średnio 70 minut.\n"
            "System szybkiej wymiany form skróci przezbrojenie do nie więcej niż 25 minut.")
    assert _ends(text) == (70, 25)


def test_a_polish_result_in_the_past_commits_nothing():
    text = ("W zakładzie referencyjnym uzysk wyniósł 41,2% masy ryb.\n"
            "Linia podniosła tam uzysk do 44,0% masy ryb w 2024 roku.")
    got = offered_kpi(text)
    assert got is None or got.baseline is None


def test_a_model_number_before_at_is_no_value_held():
    text = ("Today the wrapper runs at 90 packs per minute.\n"
            "The new wrapper FW-20 will run at 140 packs per minute, which we guarantee.")
    assert _ends(text) == (90, 140)
