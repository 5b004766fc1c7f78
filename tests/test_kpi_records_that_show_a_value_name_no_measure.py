"""What records show a value ("customer returns and your own line checks show 1,800 defective caps per million") names
where the value was read; the measure is the one the value's own unit names. Sentences written for these tests."""
from kpi_corpus import whole_kpi


def test_the_records_a_value_is_shown_by_do_not_name_its_measure():
    text = ("Customer returns and your own line checks this year show 1,800 defective caps per million. We commit to no "
            "more than 500 defective caps per million, counted the same way over the first 5,000,000 caps.")
    got = whole_kpi(text)
    assert (got.metric, got.baseline, got.target) == ("defective caps per million", 1800.0, 500.0)
