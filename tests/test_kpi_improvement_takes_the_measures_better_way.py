"""A verb of betterment ('improve', 'verbessern') moves a measure the way its kind is better: up for OEE or a yield,
down for scrap or a changeover time; a thing improved that names no kind of measure ('improve the line') gives no
KPI. Sentences written for these tests."""
from kpi_corpus import offered_kpi


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_improving_oee_by_points_raises_the_share_told_as_oee():
    text = ("Your bottling line ran at an OEE of 58 % over the last quarter, by your MES.\n"
            "We commit to improving the line's OEE by 10 percentage points, measured over 8 weeks.")
    assert _ends(text) == (58, 68)


def test_improving_scrap_by_a_share_cuts_it():
    text = ("Scrap on your press line averages 5.0 % of parts, by your ERP.\n"
            "We commit to improving press scrap by 20 %.")
    assert _ends(text) == (5.0, 4.0)


def test_improving_a_time_by_minutes_shortens_it():
    text = ("Changeover on your filler takes 40 minutes today, by your logs.\n"
            "We commit to improving changeover time by 10 minutes.")
    assert _ends(text) == (40, 30)


def test_improving_what_names_no_kind_of_measure_gives_no_kpi():
    text = "Your line runs at 58 % today.\nWe will improve the line by 10 %."
    assert offered_kpi(text) is None
