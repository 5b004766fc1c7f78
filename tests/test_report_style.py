"""The look the HTML and PDF reports share (reports/style.py) and the one clipping helper."""
from reports import common as c
from reports import style
from reports.pdf import BLUE, GREY, SEVERITY


def test_a_score_of_67_or_more_is_green_34_or_more_amber_and_below_red():
    assert [style.score_colour(s) for s in (100, 67, 66.9, 34, 33.9, 0)] == \
        [style.GOOD, style.GOOD, style.SEVERITY["medium"], style.SEVERITY["medium"], style.SEVERITY["high"],
         style.SEVERITY["high"]]


def test_the_pdf_draws_the_same_colours_as_the_html():
    assert BLUE == (43, 87, 151) and GREY == (102, 102, 119)
    assert SEVERITY == {"high": (179, 38, 30), "medium": (199, 119, 0), "low": (90, 107, 123)}


def test_the_html_styles_use_the_shared_colours():
    from reports.html_doc import CSS
    assert f"border-left:6px solid {style.BLUE}" in CSS and f".sev-high{{background:{style.SEVERITY['high']}}}" in CSS


def test_clipping_cuts_with_an_ellipsis_and_trims_what_it_is_told_before_it():
    assert c.clip("Short", 10) == "Short"
    assert c.clip("Data, and more", 6) == "Data,\u2026"
    assert c.clip("Data, and more", 6, " ,") == "Data\u2026"


def test_clipped_text_is_one_line_first():
    assert c.clipped("a\n\tb  c d e", 6) == "a b c\u2026"
