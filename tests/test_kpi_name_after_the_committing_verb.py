"""A drafted measure is named by what the commitment commits to, never by the committing verb: "... we guarantee a
seal failure rate of ..." names the seal failure rate, "we're prepared to commit to torn labels of ..." the torn
labels; a commitment naming nothing ("we guarantee 0.5 mislabels per 1,000 cartons") names the things its unit counts.
Sentences written for these tests."""
from kpi_corpus import whole_kpi


def test_a_name_is_what_follows_the_verb_that_commits():
    text = ("Hot press offer\nDelamination runs at 2.8 % of boards today, per your boil tests. "
            "On the new hot press we guarantee a delamination rate of 1.0 % over 6 weeks.")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (2.8, 1.0) and got.metric == "delamination rate"


def test_a_name_after_commit_to_is_what_it_commits_to():
    text = ("Hi Lee,\nTorn labels are at 4.5 % at the moment, from your line counter.\n"
            "We're prepared to commit to torn labels of 1.5 % or less once the new applicator runs.\nCheers, Kim")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (4.5, 1.5) and got.metric == "torn labels"


def test_a_commitment_naming_nothing_names_the_things_its_unit_counts():
    text = ("Cartoner offer\nYour cartoner logged 2.4 mislabels per 1,000 cartons over the last quarter. "
            "We guarantee 0.5 mislabels per 1,000 cartons after the upgrade.")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (2.4, 0.5) and "guarantee" not in got.metric and "mislabels" in got.metric


def test_a_name_ending_in_who_counted_names_the_things_counted():
    text = ("Sorter offer\nLast quarter your QA staff counted 5.2 misroutes per 1,000 totes on the loop sorter. "
            "We commit to no more than 2.0 misroutes per 1,000 totes after go-live.")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (5.2, 2.0) and "counted" not in got.metric and "misroutes" in got.metric


def test_a_name_after_we_shorten_is_what_is_shortened():
    text = ("Kiln offer\nThe firing cycle on kiln 2 takes 31 hours today, averaged over 90 cycles. "
            "With new burners and staged cooling air we shorten the firing cycle to 26 hours, which we guarantee.")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (31, 26) and got.metric == "firing cycle"


def test_a_name_told_as_a_rate_keeps_it_over_the_records_a_value_came_from():
    text = ("Warehouse offer\nYour order data show 0.52 % of lines shipped short, according to your customer claims. "
            "We commit to a short-ship rate of 0.15 % of order lines or lower after go-live.")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (0.52, 0.15) and got.metric == "short-ship rate"


def test_things_counted_of_a_known_kind_name_it_over_who_logged_them():
    text = ("Hi Sam,\nYour crews logged an average of 24 micro-stops per shift on the capper in May.\n"
            "We'll commit to no more than 9 micro-stops per shift on the capper after the retrofit.\nBest, Jo")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (24, 9) and got.metric == "micro-stops"


def test_a_name_after_the_test_that_finds_them_is_what_it_finds():
    text = ("Brazing offer\nYour pressure test currently finds leaks on 3.1 % of brazed tubes, per your Q2 report. "
            "We guarantee no more than 1.0 % of tubes after the retrofit.")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (3.1, 1.0) and got.metric == "leaks"


def test_a_participle_and_where_stays_in_the_name():
    text = ("Scrap offer\nScrap measured at final inspection is 4.2 % today. "
            "We guarantee scrap measured at final inspection of 2.0 %.")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (4.2, 2.0) and got.metric.startswith("scrap")
