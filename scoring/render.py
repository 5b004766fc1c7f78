"""Plain-text and JSON views of scorecards, comparisons and readings for the command line.
(Rich exports live in reports/; this module only lays out what scoring returned.)"""
from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .compare import Comparison
from .round_changes import changes
from .round_history import ALSO_ANSWERED, dated_before_sent
from .round_unasked import unasked
from .scorecard import OFFERED_PILOT, Scorecard, whole
from plaintext.markdown import CLI_MARKS, escape
from reading.text import Reading
from questions.wording import many


def _md(text: str) -> str:
    """Escape Markdown so user text shows literally."""
    return escape(text, CLI_MARKS).replace("\n", " ")


def scorecard_json(card: Scorecard, rounds: list | None = None, open_now: Collection[str] | None = None) -> dict[str, Any]:
    """The CLI's JSON: the headline fields first, then the full scorecard (and, given the
    evaluation's rounds, what each clarification round changed; `open_now`: scoring/round_now.py)."""
    full = card.model_dump(mode="json")
    extra = {"rounds": [changes(r, open_now).as_json() for r in rounds]} if rounds else {}
    return {
        "proposal": card.proposal, "overall": card.overall, "verdict": card.verdict,
        "claimed_scope": card.claimed_scope, "delivered_scope": card.delivered_scope,
        "sections": {s.id: s.score for s in card.sections},
        "gaps": full["gaps"], "flags": full["flags"], "problem_fit": full["problem_fit"],
        "first_phase": full["first_phase"], "technologies": full["technologies"],
        "answers": full["answers"], "proposal_reading": full["proposal_reading"],
        "bank_version": card.bank_version,
    } | extra


def scorecard_text(card: Scorecard, markdown: bool = False, rounds: list | None = None,
                   open_now: Collection[str] | None = None) -> str:
    esc = _md if markdown else (lambda s: s)
    h = (lambda level, s: f"{'#' * level} {s}") if markdown else (lambda level, s: s.upper() if level < 3 else s)
    bullet = "- "
    lines = [h(1, f"Scorecard: {esc(card.proposal)}"), ""]
    if card.vendor:
        lines.append(f"Vendor: {esc(card.vendor)}")
    lines += [esc(card.verdict), "", h(2, f"Overall {whole(card.overall)}/100"), ""]
    width = max(len(s.title) for s in card.sections)
    for s in card.sections:
        bar = "#" * round(s.score / 5)
        lines.append(f"{bullet}{s.title.ljust(width)}  {whole(s.score):3d}  {bar}" if not markdown
                     else f"{bullet}**{s.title}**: {whole(s.score)}/100 (weight {s.weight:g}, {s.answered}/{s.questions} answered)")
    lines += ["", h(2, "Scope"),
              f"Claimed: level {card.claimed_scope} ({card.claimed_scope_name})",
              f"Delivered: level {card.delivered_scope} ({card.delivered_scope_name}): {card.delivered_shows}"
              + (f" (held by: {'; '.join(card.delivered_from)})" if card.delivered_from else ""),
              card.scope_next, "", h(2, f"Label gaps ({len(card.gaps)})")]
    for g in card.gaps:
        lines += [f"{bullet}{g.reason}", f"  Why it matters: {g.why}", f"  Ask the vendor: {g.follow_up}"]
    lines += ["", h(2, f"Risk flags ({len(card.flags)})")]
    lines += [f"{bullet}[{f.severity}] {f.title}: {f.reason}  Ask: {f.follow_up}" for f in card.flags]
    fit = card.problem_fit
    lines += ["", h(2, "Problem fit"), f"{fit.status}: {fit.reason}"]
    if fit.problems:
        lines.append(f"Problems: {', '.join(fit.problems)}; KPI: {esc(fit.kpi) or 'none'}")
    lines += ["", h(2, "The nine Industry 4.0 technologies")]
    for t in card.technologies:
        mark = "[x]" if t.backed else ("[?]" if t.claimed else "[ ]")
        note = " claimed, not backed: needs " + t.backing if t.claimed and not t.backed else ""
        lines.append(f"{bullet}{mark} {t.name}{note}")
    phase = card.first_phase
    lines += ["", h(2, "Recommended first phase"), f"Pilot: {esc(phase.pilot_scope)}"]
    lines += [f"{OFFERED_PILOT}:", *[f"{bullet}{esc(q)}" for q in phase.offered]] if phase.offered else []
    lines += [f"KPI: {esc(phase.kpi)}", f"Owner: {esc(phase.owner)}", "Answer before signing:"]
    lines += [f"{bullet}{q}" for q in phase.questions] or [f"{bullet}(none)"]
    if card.proposal_reading:
        r = card.proposal_reading
        lines += ["", h(2, "Proposal text"), f"Substance ratio {r.substance_ratio:.0%} (of the sentences that use a label or name something concrete; {r.sentences} sentences read); labels: {', '.join(r.labels) or 'none'}"]
    if rounds:
        lines += ["", h(2, "Clarification rounds"), *[f"{bullet}{esc(changes(r, open_now).line())}" for r in rounds]]
    lines += ["", h(2, "Points and reasons")]
    for s in card.sections:
        lines += ["", h(3, s.title)]
        for a in (a for a in card.answers if a.section == s.id):
            lines.append(f"{bullet}{a.question}: {a.points:g}/{a.max_points:g} ({esc(a.summary)})")
            lines += [f"    {r}" for r in a.reasons]
    return "\n".join(lines) + "\n"


def comparison_json(comp: Comparison) -> dict[str, Any]:
    full = comp.model_dump(mode="json", exclude={"scorecards"})
    full["scorecards"] = [scorecard_json(c) for c in comp.scorecards]
    return full


def comparison_text(comp: Comparison, markdown: bool = False) -> str:
    esc = _md if markdown else (lambda s: s)
    head = "## " if markdown else ""
    lines = [f"{head}Ranking", ""]
    lines += [f"{i}. {esc(n)}: {whole(comp.overall[n])}" for i, n in enumerate(comp.ranking, 1)]
    lines += ["", f"Winner: {esc(comp.winner)} by {comp.winner_margin:.1f} points. {esc(comp.stability.text)}", "",
              f"{head}Sections", ""]
    for row in comp.sections:
        scores = "  ".join(f"{esc(n)} {whole(row.scores[n])}" for n in comp.proposals)
        lines.append(f"- {row.title} (weight {row.weight:g}): {scores}")
    lines += ["", f"{head}Where the substance differs", ""]
    for d in comp.differences:
        lines.append(f"- {d.question}: " + "; ".join(f"{esc(n)}: {esc(v)}" for n, v in d.answers.items()))
    lines += ["", f"{head}Label gaps", ""]
    for n in comp.proposals:
        lines.append(f"- {esc(n)}: {many(len(comp.gaps[n]), 'gap')}" + "".join(f"\n    {g.label_name}: {g.missing}" for g in comp.gaps[n]))
    return "\n".join(lines) + "\n"


def reading_json(reading: Reading, cited=None) -> dict[str, Any]:
    """`cited` (reading.documents.Citations): each sentence also says which document and page it is on."""
    return {
        "substance_ratio": reading.substance_ratio, "labels": reading.labels, "claimed_scope": reading.claimed_scope,
        "sentences": [{"text": s.text, "kind": s.kind, "reason": s.reason, "labels": s.labels,
                       "substance": [sig._asdict() for sig in s.substance], "start": s.start, "end": s.end}
                      | ({"from": cited.at(s.start)} if cited else {})
                      for s in reading.sentences],
    }


def reading_text(reading: Reading, cited=None) -> str:
    marks = {"label": "LABEL    ", "substance": "SUBSTANCE", "neutral": "neutral  "}
    lines = [f"{marks[s.kind]} {s.text}\n          ({s.reason}" + (f"; {cited.at(s.start)})" if cited else ")")
             for s in reading.sentences]
    lines += ["", f"Substance ratio: {reading.substance_ratio:.0%}; labels: {', '.join(reading.labels) or 'none'}; "
              f"the labels claim scope level {reading.claimed_scope}."]
    return "\n".join(lines) + "\n"


def draft_text(evaluation) -> str:
    """A drafted evaluation for reading in a terminal: each answer, its evidence and its quotes."""
    from reading.documents import Citations
    from reading.draft_review import progress
    cited = Citations(evaluation.documents)
    lines = [f"{evaluation.proposal}: {progress(evaluation).line() or 'nothing drafted'}",
             "labels found: " + (", ".join(evaluation.labels) or "none"), ""]
    for answer in evaluation.answers:
        value = (", ".join(answer.choices) or ", ".join(f"{r.system} ({r.direction}{': ' + r.method if r.method else ''})"
                                                      for r in answer.integrations)
                 or (f"{answer.measure.metric}: {answer.measure.baseline:g} -> {answer.measure.target:g} {answer.measure.unit}"
                     if answer.measure and answer.measure.baseline is not None and answer.measure.target is not None else "")
                 or "quoted text")
        lines.append(f"{answer.question} [{answer.evidence}]: {value}")
        lines += [f'    "{quote}"' + (f" ({cited.cite(quote)})" if cited.cite(quote) else "") for quote in answer.quotes]
    return "\n".join(lines) + "\n"


def reply_text(outcome) -> str:
    """A reply read against its round, for a terminal: each question's status and why, what changed."""
    round_ = outcome.round
    lines = [changes(round_).line(), *(f"Note: {said}." for said in dated_before_sent(round_)), ""]
    several = round_.replies if len(round_.replies) > 1 else []  # each message, with what it settled
    lines += [f"Reply {n}: {r.document}, dated {r.replied_on}; settled {', '.join(r.settled) or 'nothing still open'}"
              for n, r in enumerate(several, 1)] + ([""] if several else [])
    by = {q: n for n, r in enumerate(several, 1) for q in r.settled}
    for q in round_.questions:
        lines.append(f"{q.id} [{q.status}{', closed' if q.closed else ''}{f', reply {by[q.id]}' if q.id in by else ''}] "
                     f"{q.text}")
        lines += [f"    {q.why}"] + [f'    "{quote}"' for quote in q.quotes]
    for also in unasked(outcome.evaluation, round_, outcome.card):  # as the Follow-up page and the exports say it
        lines += ["", f"{ALSO_ANSWERED}: {also.topic}", *[f'    "{quote}"' for quote in also.quotes], f"    {also.drafts_said()}"]
    for p in outcome.proposed:  # kept in the round of the JSON output, for the app's Follow-up page to take or leave
        said = ", ".join(p.proposed.choices) or p.proposed.text.strip() or "see the app"
        lines.append(f"Proposed change to your answer {p.question}: {said} (in the file --format json writes, take "
                     f"it with: python -m scoring take FILE {p.question}, or keep yours with --keep; or on the app's "
                     "Follow-up page)")
    return "\n".join(lines) + "\n"
