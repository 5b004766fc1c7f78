"""views/score_bars.py: the scorecard's section scores as HTML bars, each with its score as text."""
import re

from reports.style import score_colour
from scoring import score
from scoring.scorecard import whole
from views.score_bars import section_bars


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
