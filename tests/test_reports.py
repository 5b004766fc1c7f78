"""The exports lay out a Scorecard faithfully and safely, whatever the user typed."""
from __future__ import annotations

import csv
from datetime import date
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import reports.pdf
from questions import evaluation_from_bytes, evaluation_from_dict, load_evaluation
from reports import (EXPORTS, follow_up_letter, to_csv, to_html, to_json, to_markdown, to_pdf,
                     to_xlsx)
from reports.letter_round import ROUND_LETTERS
from reports.pdf_fonts import unicode_font_files
from scoring.rounds import freeze, open_questions

SENT = date(2026, 12, 1)
from scoring import score
from scoring.scorecard import whole

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://x","click")'
WORLD = "Ünïcødé 🚀 工厂 Завод مصنع 👩‍🔧"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def example(stem: str):
    evaluation = load_evaluation(next(p for p in EXAMPLES if p.stem.startswith(stem)))
    return evaluation, score(evaluation)


def hostile():
    """Example a, with markup, formulas, emoji and non-Latin text everywhere the user types."""
    data = json.loads(next(p for p in EXAMPLES if p.stem.startswith("a_")).read_text(encoding="utf-8"))
    data.update(proposal=f"{SCRIPT}\n## Injected [click](http://evil.example) {{nb}}", vendor='=HYPERLINK("http://x")',
                evaluator=f"+cmd {WORLD}")
    extra = {
        "problem.statement": {"text": f"{SCRIPT} {WORLD} " + "x" * 3000,
                              "quotes": [FORMULA, f"Our {WORLD} platform <b>rocks</b> → ≥ 5 “ok”"]},
        "decision.kpi": {"quotes": ["+cmd|' /C calc'!A0", "y" * 4000]},
        "upkeep.owner": {"text": "@SUM(1)", "quotes": ["@SUM(1)", "\tTabbed =1", "-2+3"]},
    }
    for answer in data["answers"]:
        answer.update(extra.get(answer["question"], {}))
        if answer["question"] == "decision.kpi":
            answer["measure"]["metric"] = "-2+3 downtime"
    evaluation = evaluation_from_dict(data)
    return evaluation, score(evaluation)


def pdf_text(raw: bytes) -> str:
    reader = PdfReader(io.BytesIO(raw))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def md_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


# --- every export ----------------------------------------------------------------------

def test_every_export_key_produces_nonempty_bytes():
    assert set(EXPORTS) == {"markdown", "html", "pdf", "json", "csv", "xlsx", "letter", "letter_docx"}
    for path in EXAMPLES:
        evaluation = load_evaluation(path)
        card = score(evaluation)
        for key, export in EXPORTS.items():
            out = export.function(evaluation, card)
            assert isinstance(out, bytes) and out.strip(), (path.name, key)
            assert export.label and export.mime and export.extension


def test_the_scorecards_letter_comes_as_a_word_file_with_the_same_questions():
    """Walk 56: the Scorecard page offered the letter only as text; the buyer edits it in Word before sending."""
    from docx import Document as Docx
    evaluation, card = example("c_")
    text = " ".join(follow_up_letter(evaluation, card, SENT).decode().split())
    doc = Docx(io.BytesIO(EXPORTS["letter_docx"].function(evaluation, card)))
    words = " ".join(" ".join(p.text for p in doc.paragraphs).split())
    asked = open_questions(evaluation, card)
    assert asked and all(q.text.split(",")[0] in words and q.text.split(",")[0] in text for q in asked)
    assert EXPORTS["letter_docx"].filename(evaluation).endswith(".docx")


def test_every_export_survives_hostile_text():
    evaluation, card = hostile()
    for key, export in EXPORTS.items():
        assert export.function(evaluation, card), key


def test_export_filename_is_a_safe_slug():
    evaluation, _ = hostile()
    name = EXPORTS["letter"].filename(evaluation)
    assert name.endswith(".txt") and re.fullmatch(r"[a-z0-9-]+\.txt", name)


def test_reports_show_the_scorecard_as_given_without_rescoring():
    evaluation, card = example("a_")
    card = card.model_copy(update={"overall": 87.0, "verdict": "A verdict only the scorecard knows."})
    assert "87/100" in to_markdown(evaluation, card).decode()
    assert "A verdict only the scorecard knows." in to_html(evaluation, card).decode()
    assert "A verdict only the scorecard knows." in pdf_text(to_pdf(evaluation, card))


# --- Markdown --------------------------------------------------------------------------

def test_markdown_has_every_part_of_the_report():
    evaluation, card = example("a_")
    md = to_markdown(evaluation, card).decode()
    for heading in ["## Verdict", "## Scores", "## Claimed vs delivered scope", "## Label gaps", "## Risk flags",
                    "## Problem fit", "## The nine technologies", "## Recommended first phase",
                    "## Proposal text reading", "## Answers question by question"]:
        assert heading in md
    plain = md_unescape(md)
    for fact in [card.proposal, card.vendor, card.evaluator, "2026-11-02", card.bank_version, card.verdict]:
        assert fact in plain
    assert all(s.title in plain for s in card.sections)
    assert all(t.name in plain for t in card.technologies) and len(card.technologies) == 9
    assert all(a.question in plain and a.summary in plain for a in card.answers)


def test_markdown_lists_every_gap_with_its_follow_up():
    evaluation, card = example("c_")
    plain = md_unescape(to_markdown(evaluation, card).decode())
    assert len(card.gaps) == 9
    for gap in card.gaps:
        assert gap.label_name in plain and gap.reason in plain and gap.why in plain and gap.follow_up in plain
    assert all(flag.title in plain and flag.follow_up in plain for flag in card.flags)


def test_markdown_shows_the_proposal_reading_only_when_set():
    evaluation, card = example("a_")
    md = to_markdown(evaluation, card).decode()
    assert "43%" in md and "Real-time" in md and "Smart factory" in md
    bare = to_markdown(evaluation, card.model_copy(update={"proposal_reading": None})).decode()
    assert "Proposal text reading" not in bare


def test_the_reading_says_whose_scope_claim_the_verdict_uses_when_the_text_claims_another():
    evaluation, card = example("a_")
    claimed = card.proposal_reading.claimed_scope
    assert f"Level {claimed}" in flat(to_markdown(evaluation, card).decode())
    kept = evaluation.model_copy(update={"labels": ["cloud_edge"]})  # the buyer kept a label claiming less
    card = score(kept)
    assert card.claimed_scope != claimed
    md = flat(md_unescape(to_markdown(kept, card).decode()))
    assert f"Level {claimed} (the evaluation's labels claim level {card.claimed_scope}" in md
    assert f"Level {claimed} (the evaluation" in pdf_text(to_pdf(kept, card))


def test_the_substance_ratio_says_it_leaves_neutral_sentences_out_in_plain_counts():
    """Walk 59: "88% of the sentences that use a label or name something concrete name something concrete"."""
    evaluation, card = example("a_")
    text = " ".join(pdf_text(to_pdf(evaluation, card)).split())
    reading = card.proposal_reading
    assert reading.concrete <= reading.counted <= reading.sentences and reading.counted
    assert round(reading.concrete / reading.counted, 3) == reading.substance_ratio
    assert (f"Of {reading.counted} sentences that use a label or name something concrete, {reading.concrete} name "
            "something concrete") in text
    assert f"{reading.sentences} sentences read)" in text


def test_the_pdfs_reading_keys_never_run_into_their_values():
    evaluation, card = example("a_")
    text = pdf_text(to_pdf(evaluation, card))  # a key overlapping its value reads as one word: "textIndustry"
    assert "Labels found in the text Industry 4.0" in text
    assert f"Scope the text's labels claim Level {card.proposal_reading.claimed_scope}" in text


def test_markdown_escapes_user_text_so_it_cannot_inject_markup():
    evaluation, card = hostile()
    md = to_markdown(evaluation, card).decode()
    assert not re.search(r"(?<!\\)<", md), "every < is escaped, so no raw HTML"
    assert not re.search(r"(?<!\\)\[", md), "every [ is escaped, so no links or images"
    assert "http://" not in md, "no bare autolinks"
    assert not any(line.startswith("## Injected") for line in md.splitlines())
    assert SCRIPT in md_unescape(md) and FORMULA in md_unescape(md)


def test_markdown_quotes_appear_in_the_question_table():
    evaluation, card = hostile()
    row = next(line for line in to_markdown(evaluation, card).decode().splitlines() if "upkeep.owner" in line)
    assert "@SUM(1)" in md_unescape(row) and "Tabbed =1" in row
    assert row.count(" | ") == 5, "a quote with | cannot break the table"


# --- HTML ------------------------------------------------------------------------------

class TextAndTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(raw: bytes) -> TextAndTags:
    parser = TextAndTags()
    parser.feed(raw.decode())
    return parser


def test_html_export_shows_a_script_tag_as_text():
    evaluation, card = hostile()
    out = to_html(evaluation, card)
    parsed = parse(out)
    assert "script" not in {tag for tag, _ in parsed.tags}
    assert "<b>" not in out.decode() and "b" not in {tag for tag, _ in parsed.tags}
    text = "".join(parsed.text)
    assert SCRIPT in text and "<b>rocks</b>" in text and WORLD in text


def test_html_export_has_no_external_assets():
    evaluation, card = example("a_")
    page = to_html(evaluation, card).decode()
    for needle in ["<script", "<link", "src=", "href=", "url(", "@import", "http://", "https://"]:
        assert needle not in page.lower(), needle
    assert not any(tag in ("a", "img", "iframe", "object") for tag, _ in parse(page.encode()).tags)


def test_html_export_is_printable_with_page_breaks_and_a_chart():
    evaluation, card = example("b_")
    page = to_html(evaluation, card).decode()
    assert "@media print" in page and "break-before:page" in page
    tags = parse(page.encode()).tags
    bars = [attrs for tag, attrs in tags if tag == "rect"]
    assert len(bars) == 2 * len(card.sections)
    widths = [float(a["width"]) for a in bars[1::2]]
    assert widths == [pytest.approx(s.score * 360 / 100, abs=0.1) for s in card.sections]


# --- PDF -------------------------------------------------------------------------------

def test_pdf_export_opens_and_contains_the_verdict_and_gaps():
    evaluation, card = example("c_")
    raw = to_pdf(evaluation, card)
    assert raw.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(raw))
    text = pdf_text(raw)
    assert flat(card.verdict) in text and flat(card.proposal) in text
    for gap in card.gaps:
        assert flat(gap.follow_up) in text and gap.label_name in text
    assert all(flag.title in text for flag in card.flags)
    assert flat(card.first_phase.pilot_scope) in text
    assert f"Page 1 of {len(reader.pages)}" in text and len(reader.pages) > 1


def test_pdf_shows_every_question_with_its_points():
    evaluation, card = example("a_")
    text = pdf_text(to_pdf(evaluation, card))
    for answer in card.answers:
        assert answer.question in text and f"{answer.points:g}/{answer.max_points:g}" in text


def test_pdf_survives_emoji_and_non_latin_text():
    evaluation, card = hostile()
    text = pdf_text(to_pdf(evaluation, card))
    assert SCRIPT in text and "Ünïcødé" in text and "=HYPERLINK" in text and "{nb}" in text
    if unicode_font_files():
        assert "Завод" in text


def test_pdf_falls_back_to_core_fonts_when_no_unicode_font(monkeypatch):
    monkeypatch.setattr(reports.pdf, "unicode_font_files", lambda: None)
    evaluation, card = hostile()
    raw = to_pdf(evaluation, card)
    text = pdf_text(raw)
    assert b"DejaVu" not in raw
    assert "Ünïcødé" in text and "-> >= 5" in text and flat(card.verdict) in text


# --- JSON ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_json_export_round_trips_losslessly(path):
    evaluation = load_evaluation(path)
    assert evaluation_from_bytes(to_json(evaluation, score(evaluation))) == evaluation


def test_json_export_round_trips_hostile_text():
    evaluation, card = hostile()
    assert evaluation_from_bytes(to_json(evaluation, card)) == evaluation


# --- CSV and XLSX ----------------------------------------------------------------------

def csv_rows(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_question():
    evaluation, card = example("b_")
    rows = csv_rows(to_csv(evaluation, card))
    assert rows[0] == ["section", "question", "prompt", "answer", "evidence", "points", "max_points", "reasons", "quotes",
                       "sources", "drafted", "reviewed", "evidence_seen", "proposal", "vendor", "date", "overall_score",
                       "price_stated"]
    assert [r[1] for r in rows[1:]] == [a.question for a in card.answers]
    first = rows[1]
    assert first[0] == card.sections[0].title and float(first[5]) == card.answers[0].points
    assert card.answers[0].reasons[0] in first[7]


def test_csv_neutralises_formula_cells():
    evaluation, card = hostile()
    rows = csv_rows(to_csv(evaluation, card))
    assert not any(cell.startswith(FORMULA_START) for row in rows for cell in row)
    by_question = {row[1]: row for row in rows[1:]}
    assert by_question["problem.statement"][8].startswith("'" + FORMULA)
    assert by_question["upkeep.owner"][8].startswith("'@SUM(1)")
    assert by_question["decision.kpi"][3].startswith("'-2+3 downtime")


def test_xlsx_has_summary_questions_and_gaps_sheets():
    evaluation, card = example("c_")
    wb = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))
    assert wb.sheetnames[:3] == ["Summary", "Questions", "Gaps"]
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Overall score /100"] == whole(card.overall) and summary["Verdict"] == card.verdict
    assert all(summary[f"Section: {s.title}"] == whole(s.score) for s in card.sections)
    assert wb["Questions"].max_row == len(card.answers) + 1
    gaps = list(wb["Gaps"].iter_rows(min_row=2, values_only=True))
    assert [g[-1] for g in gaps] == [g.follow_up for g in card.gaps]


def test_xlsx_neutralises_formula_cells():
    evaluation, card = hostile()
    wb = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))
    cells = [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in cells)
    risky = [cell for cell in cells if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)]
    assert risky and all(cell.data_type == "s" and cell.quotePrefix for cell in risky)  # text, kept text on editing
    summary = {row[0].value: row[1] for row in wb["Summary"].iter_rows(min_row=2)}
    assert summary["Vendor"].value == "=HYPERLINK(\"http://x\")" and summary["Vendor"].data_type == "s"
    quotes = {row[1].value: row[8] for row in wb["Questions"].iter_rows(min_row=2)}
    assert quotes["problem.statement"].value.startswith(FORMULA)  # as the vendor wrote it, no apostrophe to read


# --- the follow-up letter --------------------------------------------------------------

def test_the_scorecards_letter_is_the_next_rounds_letter_each_open_topic_asked_once():
    """One letter: the scorecard's export says what the Follow-up page would send today (a new buyer's walk found the
    two disagreeing, "we have no open questions" beside a round still open)."""
    evaluation, card = example("c_")
    asked = open_questions(evaluation, card)
    letter = follow_up_letter(evaluation, card, SENT).decode()
    frozen = freeze(evaluation, card, evaluation.evaluator, SENT)
    assert letter == ROUND_LETTERS["text"][0](frozen, frozen.rounds[-1]).decode()
    numbers = re.findall(r"^(\d+)\. ", letter, flags=re.M)
    assert numbers == [str(i) for i in range(1, len(asked) + 1)] and len(asked) > 3
    assert all(flat(letter).count(flat(q.text)) == 1 for q in asked)


def test_while_a_round_waits_for_its_reply_the_letter_is_that_rounds():
    evaluation, card = example("c_")
    sent = freeze(evaluation, card, evaluation.evaluator, SENT)
    later = follow_up_letter(sent, card, date(2027, 1, 5)).decode()
    assert later == ROUND_LETTERS["text"][0](sent, sent.rounds[-1]).decode()


def test_letter_names_vendor_and_proposal_and_signs_with_the_evaluator():
    evaluation, card = example("c_")
    letter = follow_up_letter(evaluation, card).decode()
    assert f"Dear {card.vendor} team," in letter and card.proposal in letter
    assert letter.rstrip().endswith(card.evaluator)


def test_letter_shows_what_the_user_typed_as_text():
    evaluation, card = hostile()
    letter = follow_up_letter(evaluation, card).decode()
    assert card.vendor in letter and card.proposal.splitlines()[0] in letter  # as typed, never rendered


def test_letter_without_open_questions_asks_nothing():
    evaluation, card = example("b_")
    letter = follow_up_letter(evaluation, card).decode()
    assert not open_questions(evaluation, card) and "no open questions" in flat(letter)
    assert "will help us most" not in flat(letter)  # nothing asked: no advice on answering
    assert not re.search(r"^\d+\. ", letter, flags=re.M)


def test_each_answer_in_the_reports_says_when_it_is_a_draft_nobody_reviewed():
    """The page marks each drafted answer not yet reviewed; Markdown, HTML and PDF said it only once, in the header
    (a new buyer's walk): each answer now says what its points rest on. A typed answer says nothing more."""
    evaluation, _card = example("a_")
    first, *rest = evaluation.answers
    drafted = evaluation.model_copy(update={"answers": [first.model_copy(update={"drafted": True, "reviewed": False}),
                                                        *rest]})
    card = score(drafted)
    md = md_unescape(to_markdown(drafted, card).decode())
    html = to_html(drafted, card).decode()
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(to_pdf(drafted, card))).pages)
    for text in (md, html, pdf):
        assert text.count("(drafted, not yet reviewed)") == 1, text[:200]


def test_every_report_lists_the_evidence_seen_whether_or_not_an_answer_rests_on_it():
    """A site visit recorded on the Follow-up page appeared nowhere else (a new buyer's walk): the scorecard's
    exports list each record with its date, place, who saw it, what and the answers it backs."""
    from questions.models import EvidenceRecord
    evaluation, _card = example("a_")
    visit = EvidenceRecord(id="v1", kind="site_visit", on=date(2026, 12, 3), where="Hjerting dairy", seen_by="A. Okafor",
                           what="the divert valve closing on a low-temperature alarm", questions=["data.captured"])
    seen = evaluation.model_copy(update={"evidence_records": [visit]})
    card = score(seen)
    said = "on 2026-12-03 at Hjerting dairy, seen by A. Okafor: the divert valve closing on a low-temperature alarm"
    md = flat(md_unescape(to_markdown(seen, card).decode()))
    html = flat(to_html(seen, card).decode())
    pdf = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(seen, card))).pages))
    for text in (md, html, pdf):
        assert "Evidence seen" in text and said in text and "(backs: Which data" in text


def test_an_answer_holding_only_options_to_check_is_no_unreviewed_draft_in_any_export():
    """Walk 59: Scorecard and PDF said "all reviewed" while the XLSX Questions sheet had a row "drafted yes, reviewed
    no": an answer of options only offered to check, which no page counts as a draft."""
    from questions import Answer
    evaluation, _ = example("a_")
    first, second = evaluation.answers[:2]
    offered = Answer(question=first.question, evidence="vendor_claim", suggested=first.choices[:1] or ["x"],
                     quotes=["The vendor says so."], drafted=True)
    kept = second.model_copy(update={"drafted": True, "reviewed": True})
    evaluation = evaluation.model_copy(update={"answers": [offered, kept, *evaluation.answers[2:]]})
    card = score(evaluation)
    md = to_markdown(evaluation, card).decode()
    assert "1 drafted from the proposal, all reviewed by the buyer" in md and "not yet reviewed" not in md
    rows = {r["question"]: r for r in csv.DictReader(io.StringIO(to_csv(evaluation, card).decode("utf-8-sig")))}
    assert (rows[first.question]["drafted"], rows[first.question]["reviewed"]) == ("options to check only", "")
    sheet = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))["Questions"]
    head = [c.value for c in sheet[1]]
    cells = [dict(zip(head, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert not any(r.get("drafted") == "yes" and r.get("reviewed") == "no" for r in cells)
