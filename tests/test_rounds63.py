"""Faults a new buyer's walk found over three rounds with a US stamping plant (walk 63: a numbered Word answer sheet
without the questions, a PDF "Question | Answer" table, a plain-text reply that defers two answers), rebuilt as the
app builds them: each file read by proposals' reader, the offer drafted, each round frozen and its reply read. Each
is fixed as the kind it is."""
import io
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from proposals.extract import extract_text
from questions import load_bank
from questions.answer_edits import keep, reject
from questions.models import Answer
from reading.documents import from_file, pasted
from reading.draft import drafter_for
from reading.reply_combine import on_yours
from reports import to_html, to_markdown, to_pdf, to_xlsx
from scoring import score
from scoring.round_taking import keep_own_answer, take_reply_answer
from scoring.rounds import freeze, may_also_ask, read_reply
from store.audit import changes

HERE = Path(__file__).parent / "data" / "walk63"
BANK = load_bank()


def _file(name: str, kind: str):
    data = (HERE / name).read_bytes()
    return from_file(name, kind, extract_text(name, data), data)


@pytest.fixture(scope="module")
def sent():
    """The offer drafted and round 1 sent."""
    evaluation = drafter_for(BANK).draft_documents([_file("proposal_presssense.docx", "proposal")],
                                                   "PressSense AI predictive maintenance", "Kinetiq Analytics")
    return freeze(evaluation, score(evaluation), "D. Novak", date(2026, 12, 1))


@pytest.fixture(scope="module")
def first(sent):
    """The numbered answer sheet read against round 1."""
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


@pytest.fixture(scope="module")
def second(first):
    """Round 2 sent after the answer sheet, and the PDF's "Question | Answer" table read against it."""
    sent = freeze(first.evaluation, first.card, "D. Novak", date(2026, 12, 5))
    return read_reply(sent, _file("reply_r2.pdf", "reply"), BANK)


def _quoted(outcome) -> list[str]:
    return [quote for q in outcome.round.questions for quote in q.quotes]


def test_the_fields_heading_a_reply_who_wrote_it_when_and_on_what_are_quoted_as_no_answer(first, second):
    quoted = _quoted(first) + _quoted(second)
    assert not [q for q in quoted if q.startswith(("Prepared by", "Project:", "Customer:", "Date:", "Contact:"))], quoted


def test_a_pdf_tables_question_and_answer_labels_are_left_out_of_the_quote(second):
    quoted = _quoted(second)
    assert quoted and not [q for q in quoted if "Question:" in q or "Answer:" in q], quoted


def test_a_drafted_text_answer_holds_no_reply_mark_of_the_question_it_answered(first):
    texts = [a.text for a in first.evaluation.answers if a.text]
    marked = [t for t in texts if re.search(r"(?:^|\. )(?:Q|Re )?\d\.\d[ ):-]", t)]
    assert texts and not marked, marked


def test_a_replys_sentence_the_buyers_answer_holds_already_is_not_added_twice():
    yours = Answer(question="upkeep.after_pilot", evidence="specific", reviewed=True,
                   text="Subscription USD 48K per year. The total for both phases remains $1.2M.")
    reply = Answer(question="upkeep.after_pilot", evidence="specific", drafted=True,
                   text="The total for both phases remains $1.2M. Kinetiq retrains the models every quarter.",
                   quotes=["Re 3.1: The total for both phases remains $1.2M.",
                           "Kinetiq retrains the models every quarter."])
    text = on_yours(yours, reply, "text").text
    assert text.count("remains $1.2M") == 1 and "retrains" in text and "Re 3.1" not in text, text


def test_the_owner_of_a_connection_is_not_who_maintains_the_system(first):
    owner = first.evaluation.answer("upkeep.owner")
    assert owner is None or "maintenance_team" not in owner.choices, owner  # "your maintenance planner owns that connection"


def test_a_price_paragraph_closing_an_answer_sheet_answers_no_question_of_who_maintains_it(first):
    upkeep = _asked(first)["upkeep_owner"]
    assert not upkeep.closed and upkeep.status != "answered", upkeep.why


def test_keeping_your_answer_over_a_replys_proposed_change_is_in_that_answers_history(sent):
    reviewed = keep(sent, [a.question for a in sent.answers])
    outcome = read_reply(reviewed, _file("reply_r1.docx", "reply"), BANK)
    assert outcome.evaluation.rounds[-1].proposed
    kept_q, taken_q = [a.question for a in outcome.evaluation.rounds[-1].proposed][:2]
    kept = keep_own_answer(outcome.evaluation, kept_q, BANK)
    rows = [row for row in changes(outcome.evaluation, kept) if row[1] == "reply_proposal"]
    assert rows and rows[0][0] == kept_q and "kept your own answer" in rows[0][3], rows
    taken = take_reply_answer(kept, taken_q, BANK)
    rows = [row for row in changes(kept, taken) if row[1] == "reply_proposal"]
    assert rows and rows[0][0] == taken_q and "took the reply" in rows[0][3], rows


def test_an_offer_to_present_another_customers_results_in_a_call_measures_nothing(second):
    measured = second.evaluation.answer("return.measurement")
    quoted = [q for q in (measured.quotes if measured else []) if "video call" in q]
    assert not quoted, measured
