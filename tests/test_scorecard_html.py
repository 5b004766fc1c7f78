"""views/scorecard_html.py: the scorecard's section bars and technology table as HTML, every text escaped."""
import re

from reports.style import score_colour
from scoring import score
from scoring.scorecard import whole
from views.scorecard_html import section_bars, table


def test_every_section_has_a_bar_as_long_as_its_score_and_the_score_as_text(example):
    card = score(example("b_"))
    html = section_bars(card)
    widths = [float(w) for w in re.findall(r"class=\"fill\" style=\"width: ([\d.]+)%", html)]
    assert widths == [round(s.score, 1) for s in card.sections]
    for s in card.sections:
        assert f">{s.title}</th>" in html and f"{whole(s.score)}/100</td>" in html
    assert {score_colour(s.score) for s in card.sections} <= set(re.findall(r"background: (#\w+)", html))


def test_a_section_title_with_markup_is_shown_as_text(example):
    card = score(example("a_"))
    card.sections[0].title = '<img src=x onerror="alert(1)"> Data'
    html = section_bars(card)
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Data" in html


def test_a_table_has_a_header_per_column_and_escapes_every_cell():
    html = table([{"Technology": "<b>AI</b>", "Claimed": "Yes"}, {"Technology": "Cloud", "Claimed": "No"}], "Techs")
    assert '<th scope="col">Technology</th><th scope="col">Claimed</th>' in html
    assert "<td>&lt;b&gt;AI&lt;/b&gt;</td><td>Yes</td>" in html and "<td>Cloud</td><td>No</td>" in html
