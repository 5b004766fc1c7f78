"""The scorecard's section bars, technology table and answers, in plain HTML.

A Vega-Lite chart made the first scorecard in a tab wait ~1.5 s for Streamlit's chart bundle (770 kB
of JavaScript) and ~0.5 s on the server for Altair; a data grid or Arrow table cost the browser
~0.4 s of script for nine rows; the answers, as Markdown under each section's fold, ~0.3-0.6 s of the
first scorecard's drawing (the browser parses Markdown in script). Plain HTML needs none of it. The bars take the colours and score
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
.winnow-answers p, .winnow-answers ul {margin: 0 0 1rem;}
.winnow-answers ul {padding-left: 1.5rem;}
.winnow-answers li {margin: 0.2em 0;}
.winnow-answers > :last-child {margin-bottom: 0;}
.winnow-answers .quote {font-size: 0.875em;}
.winnow-answers .unreviewed {color: #b34700;}
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


def _answer(a, evidence: str, unreviewed: bool) -> str:
    """One answer: its prompt, points, evidence and summary; its reasons; each quote with its source."""
    draft = ' · <span class="unreviewed">drafted, not yet reviewed</span>' if unreviewed else ""
    head = (f"<p><strong>{_text(a.prompt)}</strong><br>{a.points:g}/{a.max_points:g} points · {_text(evidence)} · "
            f"{_text(a.summary or 'no answer')}{draft}</p>")
    reasons = "".join(f"<li>{_text(r)}</li>" for r in a.reasons) or "<li>No reasons recorded.</li>"
    quotes = "".join(f'<p class="quote">Quoted: “{_text(quote)}”' + (f" · {_text(source)}" if source else "") + "</p>"
                     for quote, source in zip(a.quotes, a.sources or [""] * len(a.quotes)))
    return f"{head}<ul>{reasons}</ul>{quotes}"


def answers(rows: list, evidence: dict[str, str], unreviewed: set[str]) -> str:
    """A section's answers (scoring's AnswerScore rows), as the scorecard lists them under its fold."""
    body = "".join(_answer(a, evidence.get(a.evidence, a.evidence), a.question in unreviewed) for a in rows)
    return f'{STYLE}<div class="winnow-answers">{body}</div>'
