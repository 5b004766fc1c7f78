"""The HTML report: one self-contained, printable page. Every piece of text goes through html.escape."""
from __future__ import annotations

from html import escape
from string import Template

from plaintext.chars import HIDDEN
from questions.models import Evaluation
from scoring.round_history import ALSO_ANSWERED
from scoring.scorecard import OFFERED_PILOT, Scorecard

from . import common as c
from . import round_parts as rounds
from . import style

CSS = Template("""
*{box-sizing:border-box}
body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:$ink;max-width:960px;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.7rem;margin:.2rem 0 .8rem}h2{font-size:1.25rem;border-bottom:2px solid $blue;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}h4{font-size:.95rem;margin:.8rem 0 .3rem}.kicker{text-transform:uppercase;letter-spacing:.08em;color:$grey;font-size:.75rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}dl.meta dt{color:$grey}dl.meta dd{margin:0}
.verdict{display:flex;gap:1.2rem;align-items:center;background:$pale;border-left:6px solid $blue;padding:1rem;margin:1.2rem 0}
.overall{font-size:2.4rem;font-weight:700;color:$blue;white-space:nowrap}.overall small{font-size:1rem;color:$grey}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #dde;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6fa;font-size:.85rem}td.num{text-align:right;white-space:nowrap}
.card{border:1px solid #dde;border-radius:6px;padding:.7rem 1rem;margin:.7rem 0}.card p{margin:.3rem 0}
.ask{background:#fff8e6;padding:.3rem .6rem;border-radius:4px}
.sev{display:inline-block;padding:0 .5rem;border-radius:3px;color:#fff;font-size:.75rem;font-weight:700;text-transform:uppercase}
.sev-high{background:$high}.sev-medium{background:$medium}.sev-low{background:$low}
.yes{color:$good;font-weight:600}.no{color:#8a8f98}ul.reasons{margin:.2rem 0;padding-left:1.1rem}
blockquote{margin:.3rem 0;padding:.1rem .6rem;border-left:3px solid #aab;color:#444;font-style:italic}
@page{size:A4;margin:16mm}
@media print{body{margin:0;max-width:none;font-size:11px}.part{break-before:page}.card,tr,blockquote{break-inside:avoid}
h2,h3{break-after:avoid}.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
""").substitute(blue=style.BLUE, ink=style.INK, grey=style.GREY, pale=style.PALE, good=style.GOOD, **style.SEVERITY)


def _e(text: object) -> str:
    """Text as text: markup escaped, control and direction-override characters dropped."""
    return escape(HIDDEN.sub("", str(text)), quote=True)


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in pairs)


def _table(head: list[str], rows: list[list[str]]) -> str:
    """A table; cells are already-escaped HTML."""
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _td(text: object, cls: str = "") -> str:
    return f'<td class="{cls}">{_e(text)}</td>' if cls else f"<td>{_e(text)}</td>"


def _chart(card: Scorecard) -> str:
    """Horizontal bars of the section scores; built from numbers and bank titles only."""
    row, label_w, bar_w = 24, 300, 360
    parts = [f'<svg role="img" aria-label="Section scores" width="100%" '
             f'viewBox="0 0 {label_w + bar_w + 50} {row * len(card.sections) + 6}">']
    for i, s in enumerate(card.sections):
        y, w = i * row + 3, max(0.0, min(100.0, s.score)) * bar_w / 100
        colour = style.score_colour(s.score)
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" font-size="12">{_e(c.clip(s.title, 46, " ,"))}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="18" fill="#eceff4"/>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="18" fill="{colour}"/>'
                     f'<text x="{label_w + bar_w + 6}" y="{y + 15}" font-size="12">{c.whole(s.score)}</text>')
    return "".join(parts) + "</svg>"


def _head(evaluation: Evaluation, card: Scorecard) -> str:
    return (f'<header><div class="kicker">Winnow proposal evaluation</div><h1>{_e(c.name(card.proposal))}</h1>'
            f'<dl class="meta">{_rows(c.meta(evaluation, card)[1:] + c.price_rows(evaluation) + c.terms_rows(evaluation) + c.drafted_rows(evaluation))}</dl></header>'
            f'<div class="verdict"><div class="overall">{c.whole(card.overall)}<small>/100</small></div>'
            f"<div><strong>Verdict.</strong> {_e(card.verdict)}</div></div>")


def _scores(card: Scorecard) -> str:
    rows = [[_td(s.title), _td(c.whole(s.score), "num"), _td(c.score_text(s.points, s.max_points), "num"),
             _td(f"{s.answered}/{s.questions}", "num"), _td(f"{s.weight:g}", "num")] for s in card.sections]
    return (f"<section><h2>Scores</h2>{_chart(card)}"
            f"{_table(['Section', 'Score /100', 'Points', 'Answered', 'Weight'], rows)}</section>")


def _scope(card: Scorecard) -> str:
    return f'<section><h2>Claimed vs delivered scope</h2><dl class="meta">{_rows(c.scope_rows(card))}</dl></section>'


def _gap(gap) -> str:
    return (f'<div class="card"><strong>{_e(gap.label_name)}</strong>: {_e(gap.missing)}<p>{_e(gap.reason)}</p>'
            f"<p><em>Why it matters:</em> {_e(gap.why)}</p><p class=\"ask\"><strong>Ask:</strong> {_e(gap.follow_up)}</p></div>")


def _gaps_and_flags(card: Scorecard) -> str:
    gaps = "".join(_gap(g) for g in card.gaps) or f"<p>{_e(card.no_gaps_said())}</p>"
    flags = "".join(f'<div class="card"><span class="sev sev-{_e(f.severity)}">{_e(f.severity)}</span> <strong>{_e(f.title)}</strong>'
                    f'<p>{_e(f.reason)}</p><p class="ask"><strong>Ask:</strong> {_e(f.follow_up)}</p></div>'
                    for f in c.flags_by_severity(card)) or "<p>No risk flags.</p>"
    return f'<section class="part"><h2>Label gaps</h2>{gaps}<h2>Risk flags</h2>{flags}</section>'


def _fit_and_tech(card: Scorecard) -> str:
    fit = card.problem_fit
    yes = lambda v: f'<td class="{"yes" if v else "no"}">{"yes" if v else "no"}</td>'  # noqa: E731
    rows = [[_td(t.name), yes(t.claimed), yes(t.backed), _td(t.backing)] for t in card.technologies]
    facts = [("Status", c.FIT_NAMES.get(fit.status, fit.status)), ("Problems", ", ".join(fit.problems) or "none named"),
             ("KPI", fit.kpi or "none"), ("Reason", fit.reason)]
    return (f'<section class="part"><h2>Problem fit</h2><dl class="meta">{_rows(facts)}</dl>'
            f"<h2>The nine technologies</h2>{_table(['Technology', 'Claimed', 'Backed', 'Backed when'], rows)}</section>")


def _first_phase(card: Scorecard) -> str:
    p = card.first_phase
    asks = "".join(f"<li>{_e(q)}</li>" for q in p.questions)
    reading = c.reading_rows(card)
    more = f'<h2>Proposal text reading</h2><dl class="meta">{_rows(reading)}</dl>' if reading else ""
    offered = "".join(f"<li>{_e(q)}</li>" for q in p.offered)
    offered = f"<p>{_e(OFFERED_PILOT)}:</p><ul>{offered}</ul>" if offered else ""
    return (f'<section><h2>Recommended first phase</h2><dl class="meta">'
            f"{_rows(p.rows())}</dl>{offered}"
            f"{'<p>Settle before the pilot:</p><ol>' + asks + '</ol>' if asks else ''}{more}</section>")


def _answer_cells(a, evaluation=None) -> list[str]:
    reasons = "".join(f"<li>{_e(r)}</li>" for r in a.reasons)
    quotes = "".join(f"<blockquote>{_e(q)}" + (f" <cite>{_e(s)}</cite>" if s else "") + "</blockquote>"
                     for q, s in c.cited(a))
    return [f"<td><strong>{_e(a.prompt)}</strong><br><small>{_e(a.question)}</small></td>",
            _td(c.score_text(a.points, a.max_points), "num"), _td(c.evidence_said(evaluation, a)), _td(a.said),
            f'<td><ul class="reasons">{reasons}</ul>{quotes}</td>']


def _answers(card: Scorecard, evaluation=None) -> str:
    head = ["Question", "Points", "Evidence", "Answer", "Reasons and quoted evidence"]
    body = "".join(f"<h3>{_e(title)}</h3>{_table(head, [_answer_cells(a, evaluation) for a in answers])}"
                   for title, answers in c.answers_by_section(card))
    return f'<section class="part"><h2>Answers question by question</h2>{body}</section>'


def _rounds(evaluation: Evaluation, card: Scorecard) -> str:
    told = "".join(_round(r) for r in rounds.rounds(evaluation, card))
    seen = "".join(f"<li>{_e(line)}</li>" for line in c.record_lines(evaluation))
    return ((f"<section><h2>Clarification rounds</h2>{told}</section>" if told else "")
            + (f"<section><h2>Evidence seen</h2><ul>{seen}</ul></section>" if seen else ""))


def _round(told) -> str:
    """A round: its heading and line, its facts, a table of its questions, one of what the reply answered unasked."""
    asked = _table(rounds.QUESTION_HEAD, [[_td(cell) for cell in row] for row in rounds.question_rows(told)])
    facts = "".join(f"<dt>{_e(key)}</dt><dd>{'<br>'.join(_e(v) for v in values)}</dd>" for key, values in rounds.facts(told))
    unasked = rounds.unasked_rows(told)
    also = (f"<h4>{_e(ALSO_ANSWERED)}</h4>" + _table(rounds.UNASKED_HEAD, [[_td(cell) for cell in row] for row in unasked])
            if unasked else "")
    return (f'<div class="round"><h3>{_e(told.head())}</h3><p>{_e(told.change.line())}</p>'
            f'<dl class="meta">{facts}</dl>{asked}{also}</div>')


def to_html(evaluation: Evaluation, card: Scorecard) -> bytes:
    body = "".join([_head(evaluation, card), _scores(card), _scope(card), _gaps_and_flags(card),
                    _fit_and_tech(card), _first_phase(card), _rounds(evaluation, card), _answers(card, evaluation)])
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Winnow evaluation: {_e(c.name(card.proposal))}</title><style>{CSS}</style></head><body>{body}</body></html>")
    return page.encode("utf-8")
