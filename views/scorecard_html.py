"""The scorecard's section bars and technology table, in plain HTML.

A Vega-Lite chart made the first scorecard in a tab wait ~1.5 s for Streamlit's chart bundle (770 kB
of JavaScript) and ~0.5 s on the server for Altair; a data grid or Arrow table cost the browser
~0.4 s of script for nine rows. Plain HTML needs none of it. The bars take the colours and score
bands the HTML and PDF reports use, and show each score as text beside its bar. Every text is escaped."""
from __future__ import annotations

from html import escape

from questions.models import plain_name
from reports.style import score_colour
from scoring.scorecard import whole

STYLE = """<style>
.winnow-bars {width: 100%; border-collapse: collapse; border: none;}
.winnow-bars th, .winnow-bars td {border: none; padding: 0.2rem 0.4rem; vertical-align: middle;}
.winnow-bars th {font-weight: 400; text-align: left; width: 40%;}
.winnow-bars .track {background: #eceff4; height: 1.1rem; border-radius: 2px;}
.winnow-bars .fill {height: 100%; border-radius: 2px;}
.winnow-bars .shown {white-space: nowrap; text-align: right; width: 4.5rem;}
.winnow-table {width: 100%; border-collapse: collapse;}
.winnow-table th, .winnow-table td {border: 1px solid rgba(49, 51, 63, 0.2); padding: 0.25rem 0.5rem;
  text-align: left; vertical-align: top;}
.winnow-table th {font-weight: 600;}
</style>"""


def _row(section) -> str:
    width = max(0.0, min(100.0, section.score))
    detail = f"Weight {section.weight:g} · {section.answered}/{section.questions} answered"
    return (f'<tr title="{escape(detail)}"><th scope="row">{escape(plain_name(section.title))}</th>'
            f'<td><div class="track"><div class="fill" style="width: {width:.1f}%; '
            f'background: {score_colour(section.score)}"></div></div></td>'
            f'<td class="shown">{whole(section.score)}/100</td></tr>')


def section_bars(card) -> str:
    """One table row per section: its title, a bar as long as its score out of 100, the score."""
    rows = "".join(_row(s) for s in card.sections)
    return (f'{STYLE}<table class="winnow-bars" aria-label="Section scores out of 100">'
            f'<tbody>{rows}</tbody></table>')


def _text(value: object) -> str:
    return escape(plain_name(str(value)))


def table(rows: list[dict], label: str) -> str:
    """A static table with a header row: the columns are the first row's keys."""
    head = "".join(f'<th scope="col">{_text(name)}</th>' for name in rows[0]) if rows else ""
    body = "".join("<tr>" + "".join(f"<td>{_text(v)}</td>" for v in row.values()) + "</tr>" for row in rows)
    return (f'{STYLE}<table class="winnow-table" aria-label="{escape(label)}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{body}</tbody></table>')
