"""Helpers every report format shares. Reports lay out a Scorecard; they never score."""
from __future__ import annotations

from functools import lru_cache

from plaintext.chars import clip, clipped, one_line, sentence  # noqa: F401 - the reports' own names
from questions.loader import load_bank
from questions.models import Evaluation
from reading.draft_review import drafted_from, progress
from scoring.prices import cost_said, extras_said, minimum_term, offer_extras, price_said, stated_price
from scoring.contract_terms import terms_rows  # noqa: F401 - every export lists the offer's contract terms
from scoring.round_now import changes_now
from scoring.scorecard import UNREVIEWED, Gap, Scorecard, ScoredAnswer, whole  # noqa: F401 - whole: every export's score

# What starts a formula in Excel, LibreOffice or Google Sheets, the full-width forms included.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
NAME_CHARS = 200  # a name longer than this (only the API could save one) is clipped in reports
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
PRICE_STATED = "Price stated"  # as Compare's column names it
MINIMUM_TERM = "Minimum term"
COST_OVER_TERM = "Cost over the term"  # one-off and fees over the minimum term, per currency
PRICED_OPTIONS = "Priced options"  # what the offer sells on top, at what price, how often (walk80)
NOT_INCLUDED = "Not included"  # what the offer says it leaves out
FIT_NAMES = {"tied": "Tied to a measured problem", "partial": "Partly tied", "none": "Not tied to a plant problem"}


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    bank = load_bank()
    return {lab.id: lab.name for lab in bank.labels}, bank.evidence_names()


def label_name(label_id: str) -> str:
    return _names()[0].get(label_id, label_id)


def evidence_name(evidence_id: str) -> str:
    return _names()[1].get(evidence_id, evidence_id)


def name(text: str) -> str:
    """A proposal, vendor or evaluator name as reports show it: one line, clipped."""
    return clipped(text, NAME_CHARS)


def neutralise_cell(value):
    """A spreadsheet cell that never runs as a formula: user text starting =, +, -, @, tab or CR gets a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def score_text(points: float, max_points: float) -> str:
    return f"{points:g}/{max_points:g}"


def date_of(evaluation: Evaluation) -> str:
    return evaluation.updated_at.strftime("%Y-%m-%d")


def meta(evaluation: Evaluation, card: Scorecard) -> list[tuple[str, str]]:
    """The title block's facts, in order."""
    return [("Proposal", name(card.proposal)), ("Vendor", name(card.vendor) or "not named"),
            ("Evaluator", name(card.evaluator) or "not named"), ("Date", date_of(evaluation)),
            ("Question bank", card.bank_version)]


def price_rows(evaluation: Evaluation) -> list[tuple[str, str]]:
    """The price the offer's documents state, as Compare says it beside the score ("not stated" where none); where
    it states one, its minimum term and what it costs over it, per currency."""
    lines = stated_price(evaluation)
    if not lines:
        return [(PRICE_STATED, price_said(lines))] + extras_rows(evaluation)
    months = minimum_term(evaluation)
    return [(PRICE_STATED, price_said(lines)), (MINIMUM_TERM, f"{months} months" if months else "not stated"),
            (COST_OVER_TERM, cost_said(evaluation, months))] + extras_rows(evaluation)


def extras_rows(evaluation: Evaluation) -> list[tuple[str, str]]:
    """The offer's priced options and what it leaves out, read from its documents, where it states any: beside its
    price, where the buyer decides (walk80 showed one option and no exclusion)."""
    options, excluded = extras_said(offer_extras(evaluation))
    return [(said, value) for said, value in ((PRICED_OPTIONS, options), (NOT_INCLUDED, excluded)) if value]


def drafted_rows(evaluation: Evaluation) -> list[tuple[str, str]]:
    """How many answers Winnow drafted, from what (as the scorecard page says it), and how many the buyer has not
    reviewed yet (nothing when none were drafted)."""
    done = progress(evaluation)
    if not done.drafted:
        return []
    rest = f"{done.unreviewed} not yet reviewed by the buyer" if done.unreviewed else "all reviewed by the buyer"
    return [("Drafted answers", f"{done.drafted} drafted from {drafted_from(evaluation)}, {rest}")]


def evidence_said(evaluation: Evaluation | None, a) -> str:
    """An answer's evidence level by name, and "drafted, not yet reviewed" where Winnow drafted it and the buyer has
    not kept, edited or rejected it: each answer in the report says what its points rest on, as the page does."""
    answer = evaluation.answer(a.question) if evaluation else None
    said = evidence_name(a.evidence)
    return f"{said} ({UNREVIEWED})" if answer is not None and answer.unreviewed else said


def review_cells(evaluation: Evaluation | None, question: str) -> dict[str, str]:
    """A question's 'drafted' and 'reviewed' cells: yes / no ('reviewed' is empty for a typed answer, and for one
    holding only options to check, which the summary's count of drafted answers leaves out as the pages do)."""
    answer = evaluation.answer(question) if evaluation else None
    if answer is None or not answer.drafted:
        return {"drafted": "no", "reviewed": ""}
    if answer.offered_only:
        return {"drafted": "options to check only", "reviewed": ""}
    return {"drafted": "yes", "reviewed": "yes" if answer.reviewed else "no"}


def sold_as(card: Scorecard) -> str:
    return ", ".join(label_name(lab) for lab in card.labels) or "no particular label"


def scope_rows(card: Scorecard) -> list[tuple[str, str]]:
    return [("Claimed", f"Level {card.claimed_scope}: {card.claimed_scope_name} (sold as {sold_as(card)})"),
            ("Delivered", f"Level {card.delivered_scope}: {card.delivered_scope_name}, {card.delivered_shows}"
                          + (f" (held by: {'; '.join(card.delivered_from)})" if card.delivered_from else "")),
            ("Next level", card.scope_next)]


def section_titles(card: Scorecard) -> dict[str, str]:
    return {s.id: s.title for s in card.sections}


def gaps_by_section(card: Scorecard) -> list[tuple[str, list[Gap]]]:
    """Gaps grouped under their section's title, in the bank's section order."""
    order = [s.id for s in card.sections] + sorted({g.section for g in card.gaps} - {s.id for s in card.sections})
    titles = section_titles(card)
    groups = [(titles.get(sid, sid or "Other"), [g for g in card.gaps if g.section == sid]) for sid in order]
    return [(title, gaps) for title, gaps in groups if gaps]


def answers_by_section(card: Scorecard) -> list[tuple[str, list[ScoredAnswer]]]:
    groups = [(s.title, [a for a in card.answers if a.section == s.id]) for s in card.sections]
    return [(title, answers) for title, answers in groups if answers]


def flags_by_severity(card: Scorecard):
    return sorted(card.flags, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))


def quotes(card: Scorecard) -> list[tuple[ScoredAnswer, str, str]]:
    """Every quoted sentence an answer relies on, deduplicated, with its answer and where it comes from."""
    seen: set[str] = set()
    out = []
    for answer in card.answers:
        for quote, source in cited(answer):
            key = one_line(quote)
            if key and key not in seen:
                seen.add(key)
                out.append((answer, key, source))
    return out


def cited(answer: ScoredAnswer) -> list[tuple[str, str]]:
    """(quote, where it comes from: 'Datasheet p. 4', or '' when none of the documents holds it)."""
    sources = answer.sources if len(answer.sources) == len(answer.quotes) else [""] * len(answer.quotes)
    return [(one_line(q), one_line(s)) for q, s in zip(answer.quotes, sources)]


def quoted(quote: str, source: str) -> str:
    """“quote” (Datasheet p. 4): one quote as every export shows it."""
    return f"\u201c{quote}\u201d" + (f" ({source})" if source else "")


def documents_line(card: Scorecard) -> str:
    """'Proposal (offer.pdf, 12 pages); Datasheet (pump.png, 1 page, read by OCR)'."""
    parts = []
    for d in card.documents:
        facts = [one_line(d.name)] + ([f"{d.pages} page{'s' if d.pages != 1 else ''}"] if d.pages else [])
        if d.ocr_pages:
            facts.append(f"{len(d.ocr_pages)} read by OCR" if len(d.ocr_pages) != d.pages else "read by OCR")
        parts.append(f"{one_line(d.title)} ({', '.join(facts)})")
    return "; ".join(parts)


def reading_rows(card: Scorecard) -> list[tuple[str, str]]:
    reading = card.proposal_reading
    if reading is None:
        return []
    found = ", ".join(label_name(lab) for lab in reading.labels) or "none"
    read = [("Documents read", documents_line(card))] if card.documents else []
    return read + [("Substance ratio", _ratio_text(reading)),
            ("Labels found in the text", found),
            ("Scope the text's labels claim", _text_scope(card, reading.claimed_scope))]


def _ratio_text(reading) -> str:
    """The ratio counts only sentences that use a label or name something concrete (neutral ones are left out): said
    so, or "100% of 38 sentences" reads as every sentence concrete where 9 were and 29 neutral; and said as its two
    counts, "Of 42 sentences ..., 37 name something concrete", not as a percentage of a phrase a reader parses twice."""
    many = "s" if reading.sentences != 1 else ""
    return (f"Of {reading.counted} sentence{'s' if reading.counted != 1 else ''} that use a label or name something "
            f"concrete, {reading.concrete} name{'s' if reading.concrete == 1 else ''} something concrete "
            f"({reading.substance_ratio:.0%}; {reading.sentences} sentence{many} read)")


def _text_scope(card: Scorecard, level: int) -> str:
    """The text's labels may claim another level than the labels the evaluation keeps (a label the buyer removed, or
    one the text only denies): say which claim the verdict's level is, so the two figures do not read as a
    contradiction."""
    if level == card.claimed_scope:
        return f"Level {level}"
    return f"Level {level} (the evaluation's labels claim level {card.claimed_scope}, the level the verdict uses)"


def question_row(answer: ScoredAnswer, titles: dict[str, str]) -> dict[str, object]:
    """One flat row per question, for CSV and XLSX."""
    return {"section": titles.get(answer.section, answer.section), "question": answer.question, "prompt": answer.prompt,
            "answer": answer.said, "evidence": evidence_name(answer.evidence), "points": answer.points,
            "max_points": answer.max_points, "reasons": " | ".join(answer.reasons),
            "quotes": " | ".join(one_line(q) for q in answer.quotes),
            "sources": " | ".join(source or "-" for _, source in cited(answer))}



RECORD_FIELDS = ["kind", "on", "where", "seen by", "what", "backs"]


def record_rows(evaluation: Evaluation) -> list[dict[str, str]]:
    """Each dated evidence record's fields by name (RECORD_FIELDS), its kind and the answers it backs in words."""
    bank = load_bank()
    kinds, prompts = {k.id: k.name for k in bank.evidence_records}, {q: p.prompt for q, p in bank.questions().items()}
    return [{"kind": kinds.get(r.kind, r.kind), "on": r.on.isoformat(), "where": one_line(r.where),
             "seen by": one_line(r.seen_by), "what": one_line(r.what),
             "backs": "; ".join(prompts.get(q, q) for q in r.questions), "questions": r.questions}
            for r in evaluation.evidence_records]


def record_said(row: dict[str, str]) -> str:
    """'Site visit on 2026-12-05 at the Brno line, seen by K. Novak: the cracked housing alarm'."""
    said = f"{row['kind']} on {row['on']}" + (f" at {row['where']}" if row["where"].strip() else "")
    return said + (f", seen by {row['seen by']}" if row["seen by"].strip() else "") + (
        f": {row['what']}" if row["what"].strip() else "")


def record_lines(evaluation: Evaluation) -> list[str]:
    """One line per dated evidence record: 'Site visit on 2026-12-05 at the Brno line, seen by K. Novak: the cracked
    housing alarm and its work order (backs: Which data ...; Which outputs ...)'."""
    return [one_line(record_said(row) + (f" (backs: {row['backs']})" if row["backs"] else ""))
            for row in record_rows(evaluation)]


def records_backing(records: list[dict], question: str) -> str:
    """Those of record_rows that back one question, said as record_lines says them, ' | ' between."""
    return " | ".join(record_said(row) for row in records if question in row["questions"])


def round_lines(evaluation: Evaluation, card: Scorecard | None = None) -> list[str]:
    """One line per clarification round: date, asked, answered, score before -> after (none: no rounds)."""
    return [c.line() for c in changes_now(evaluation, card)]
