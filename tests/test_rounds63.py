"""Faults a new buyer's walk found over three rounds with a US stamping plant (walk 63: a numbered Word answer sheet
without the questions, a PDF "Question | Answer" table, a plain-text reply that defers two answers), rebuilt as the
app builds them: each file read by proposals' reader, the offer drafted, each round frozen and its reply read. Each
is fixed as the kind it is."""
import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from proposals.extract import extract_text
from questions import load_bank
from questions.answer_edits import reject
from reading.documents import from_file
from reading.draft import drafter_for
from reports import to_html, to_markdown, to_pdf, to_xlsx
from scoring import score
from scoring.rounds import freeze, may_also_ask, read_reply

HERE = Path(__file__).parent / "data" / "walk63"
BANK = load_bank()


def _file(name: str, kind: str):
    data = (HERE / name).read_bytes()
    return from_file(name, kind, extract_text(name, data), data)


@pytest.fixture(scope="module")
def first():
    """The offer drafted, round 1 sent and the numbered answer sheet read against it."""
    evaluation = drafter_for(BANK).draft_documents([_file("proposal_presssense.docx", "proposal")],
                                                   "PressSense AI predictive maintenance", "Kinetiq Analytics")
    sent = freeze(evaluation, score(evaluation), "D. Novak", date(2026, 12, 1))
    return read_reply(sent, _file("reply_r1.docx", "reply"), BANK)


def _asked(outcome) -> dict:
    return {q.topic: q for q in outcome.round.questions}


def test_an_added_question_of_a_topic_a_reply_answered_is_not_offered(first):
    assert _asked(first)["reliability"].closed  # buffers 14 days, 99.5 % availability
    offered = may_also_ask(first.evaluation, first.card, BANK)
    assert "reliability.measures" not in offered, offered


def _exports(evaluation) -> dict[str, str]:
    card = score(evaluation)
    pdf = pypdf.PdfReader(io.BytesIO(to_pdf(evaluation, card)))
    book = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))
    return {"md": to_markdown(evaluation, card).decode(), "html": to_html(evaluation, card).decode(),
            "pdf": " ".join(" ".join(p.extract_text().split()) for p in pdf.pages),
            "xlsx": book["Round questions"]}


def test_every_export_says_whether_each_question_is_closed_as_the_page_does(first):
    said = _exports(first.evaluation)
    assert "Closed" in said["md"] or "closed: yes" in said["md"], "md"
    assert "closed: yes" in said["md"] and "<th>Closed</th>" in said["html"] and " Closed " in said["pdf"]
    sheet = list(said["xlsx"].iter_rows(values_only=True))
    assert sheet[0][4] == "closed" and all(row[4] in ("yes", "no", "when you take its answer") for row in sheet[1:] if
                                           row[1] != "-"), sheet[:3]


def test_a_question_asked_has_its_why_in_the_sheets_last_column(first):
    sheet = list(_exports(first.evaluation)["xlsx"].iter_rows(values_only=True))
    asked = [row for row in sheet[1:] if row[1] != "-"]
    assert asked and all(row[-1] and row[-1] != "-" for row in asked), asked[:2]


def test_a_question_whose_closing_answer_the_buyer_rejected_reads_open_again_in_every_export(first):
    closed = [q for q in first.round.questions if q.closed]
    reopened = reject(first.evaluation, ["reliability.offline", "reliability.commitment"])
    said = _exports(reopened)
    line = f"{len(closed) - 1} of {len(first.round.questions)} questions closed"
    assert all(line in said[kind] for kind in ("md", "html", "pdf")), line
    assert "open again" in said["md"] and "open again" in said["pdf"]
    assert any(str(row[4]).startswith("open again") for row in said["xlsx"].iter_rows(values_only=True))
