"""Faults a new buyer's walk found reading a UK bakery's three rounds (walk 60: a forwarded e-mail with inline answers,
a long signature and a legal notice; a scanned letter read by OCR with run-in headings; a vague reply), rebuilt as the
app builds them: the proposal's PDF drafted, round 1 frozen, the e-mail read, round 2 frozen, the letter's OCR text
read. Each is fixed as the kind it is: a mail's legal notice is furniture that backs no answer; a run-in heading ("ERP
connection. We will connect ...") is never quoted as the answer; a Markdown letter escapes only what would render."""
from datetime import date
from pathlib import Path

import pytest

from plaintext.markdown import literal_line
from proposals.extract import extract_text
from proposals.result import Extracted
from questions import load_bank
from reading.documents import from_file, pasted
from reading.draft import drafter_for
from reports.letter_round import as_markdown
from scoring import score
from scoring.rounds import freeze, read_reply

HERE = Path(__file__).parent / "data" / "walk60"
NOTICE = ("registered in England", "confidential", "liability", "virus", "Registered office")


@pytest.fixture(scope="module")
def rounds():
    bank = load_bank()
    data = (HERE / "proposal.pdf").read_bytes()
    offer = from_file("proposal.pdf", "proposal", extract_text("proposal.pdf", data), data)
    evaluation = drafter_for(bank).draft_documents([offer], "ThermaLink energy & cold-chain monitoring",
                                                   "ThermaLink Industrial Ltd")
    evaluation = freeze(evaluation, score(evaluation), "R. Hartley", date(2026, 11, 24))
    first = read_reply(evaluation, pasted((HERE / "reply1.txt").read_text(), "reply", "Reply to round 1"), bank)
    sent = freeze(first.evaluation, score(first.evaluation), "R. Hartley", date(2026, 12, 6))
    ocr = (HERE / "scan_letter_ocr.txt").read_text()
    scan = from_file("scan_letter.pdf", "reply", Extracted(ocr, "pdf", 1, ocr_pages=[1]), ocr.encode())
    return first, read_reply(sent, scan, bank)


def _quotes(outcome) -> list[str]:
    answers = [q for a in outcome.evaluation.answers for q in a.quotes]
    return [getattr(q, "text", q) for q in answers] + [q for r in outcome.round.questions for q in r.quotes]


def test_a_mails_legal_notice_under_its_signature_backs_no_answer(rounds):
    first, _ = rounds
    quoted = [q for q in _quotes(first) if any(word.lower() in q.lower() for word in NOTICE)]
    assert not quoted, quoted


def test_a_quality_hold_the_qa_manager_releases_still_answers_human_review(rounds):
    first, _ = rounds
    review = next(q for q in first.round.questions if q.topic == "human_review")
    assert review.status == "answered", review
    # the QA manager releasing a held batch or signing off the system's exceptions: either is a person's review
    assert any("QA manager" in q and ("releases or rejects" in q or "signs off" in q) for q in review.quotes), review
    assert not any("liability" in q or "virus" in q for q in review.quotes), review


@pytest.mark.parametrize("heading", ["ERP connection.", "Energy target.", "Food safety records."])
def test_a_run_in_heading_is_never_quoted_as_the_answer(rounds, heading):
    _, second = rounds
    assert heading not in _quotes(second)


def test_the_sentence_under_a_run_in_heading_is_quoted_instead(rounds):
    _, second = rounds
    links = next(q for q in second.round.questions if q.topic == "integrations")
    assert any(q.startswith("We will connect to Microsoft Dynamics 365 Business Central") for q in links.quotes)


def test_a_markdown_letter_leaves_a_file_names_underscore_and_a_bare_ampersand_unescaped(rounds):
    _, second = rounds
    evaluation = freeze(second.evaluation, score(second.evaluation), "R. Hartley", date(2026, 12, 6))
    letter = as_markdown(evaluation, evaluation.rounds[-1]).decode()
    assert "scan\\_letter" not in letter and "\\&" not in letter
    assert "scan_letter.pdf" in letter and "energy & cold-chain" in letter


@pytest.mark.parametrize("text, shown", [
    ("scan_letter.pdf", "scan_letter.pdf"), ("R&D", "R&D"),
    ("_emphasis_", "\\_emphasis\\_"), ("&amp;", "\\&amp;"), ("&#35;", "\\&#35;"), ("a *b*", "a \\*b\\*"),
])
def test_a_report_line_escapes_only_the_marks_that_would_render(text, shown):
    assert literal_line(text) == shown


def test_a_run_in_heading_places_its_paragraph_under_the_question_its_words_name(rounds):
    _, second = rounds
    links = next(q for q in second.round.questions if q.topic == "integrations")
    assert any(q.startswith("Each night the gateway posts") for q in links.quotes) or links.status == "answered", links


def test_a_sentence_in_an_asked_questions_paragraph_is_no_unasked_answer(rounds):
    """"Each night the gateway posts ..., so finance sees kWh and cost per order" answers the ERP link asked, under its
    heading: its frequency and "sees" file no unasked answer on how fast a stop is seen."""
    first, second = rounds
    assert "latency" not in second.round.unasked and "latency" not in first.round.unasked


def _rows(outcome) -> list:
    answer = outcome.evaluation.answer("connect.integrations")
    return list(answer.integrations) if answer else []


def test_a_department_that_receives_a_report_is_no_system_link(rounds):
    """"... the QA manager signs off freezer temperature exceptions daily; finance receives the monthly energy per
    tonne report": finance reads a report, no system is linked (and no system integration is implied by it)."""
    first, _ = rounds
    assert not _rows(first), _rows(first)
    technologies = first.evaluation.answer("workflow.technologies")
    assert "system_integration" not in technologies.choices


def test_one_named_erp_is_one_link_with_its_way_and_direction(rounds):
    """"We will connect to Microsoft Dynamics 365 Business Central through its standard web services. Each night the
    gateway posts ... so finance sees kWh and cost per order": one link, into the ERP, by web services."""
    _, second = rounds
    rows = _rows(second)
    assert [(r.system, r.direction) for r in rows] == [("inventory", "to_system")], rows
    assert "web service" in rows[0].method.lower()


@pytest.mark.parametrize("text", ["Actual costs per order are posted to finance every night.",
                                  "Finance receives the costs per order in SAP CO by IDoc."])
def test_data_posted_to_finance_or_its_named_system_stays_a_link(text):
    from reading.draft import draft
    answer = draft(text, load_bank(), proposal="offer").answer("connect.integrations")
    assert answer and [r.system for r in answer.integrations] == ["finance"]


def test_a_result_computed_from_named_meters_divided_by_booked_tonnage_answers_how_it_is_measured(rounds):
    _, second = rounds
    measured = second.evaluation.answer("return.measurement")
    assert measured and measured.choices == ["before_after"], measured
    assert any("divided by the tonnage booked" in q for q in measured.quotes)
