"""Walk 60 (a UK bakery, three rounds): a round's history as a manager reads it afterwards. The reply's answer to what
was not asked shows with its sentences and what it drafts; the gaps and flags a reply closed and opened are named,
not counted; every export carries each round's questions with their status and the reply's sentences; a reason
never doubles its full stop."""
from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest
from openpyxl import load_workbook

from plaintext.chars import sentence
from questions import load_bank
from questions.models import EvidenceRecord
from reading.documents import pasted
from reports import to_html, to_markdown, to_pdf, to_xlsx
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.round_history import history
from scoring.rounds import freeze, read_reply

SPINDLE = dict(cases("tuning"))["spindle_ai"]
HOSTILE = "<script>alert(1)</script> **bold**"


@pytest.fixture(scope="module")
def unasked_reply():
    """Round 1 sent, and a reply that answers one question and, unasked, what happens when the link drops."""
    evaluation = drafted(SPINDLE, "SpindleSense")
    sent = freeze(evaluation, score(evaluation), "K. Novak", SENT)
    return read_reply(sent, pasted(SPINDLE["replies"]["unasked"]["text"], "reply", "Reply to round 1")).evaluation


def test_a_replys_unasked_answer_shows_its_topic_and_the_sentences_that_answered_it(unasked_reply):
    [told] = history(unasked_reply, score(unasked_reply))
    [also] = told.unasked
    assert also.topic == "what happens when the link fails"
    assert any("buffers up to 72 hours" in quote for quote in also.quotes)
    assert also.drafts_said().startswith(("Drafts: ", "Drafts no answer"))


def test_what_a_reply_closed_and_opened_is_named_by_title_not_counted(unasked_reply):
    round_ = unasked_reply.rounds[0]
    flag = next(f for f in load_bank().flags if f"flag:{f.id}" not in round_.open_before)
    opened = round_.model_copy(update={"open_after": [*round_.open_after, f"flag:{flag.id}"]})
    evaluation = unasked_reply.model_copy(update={"rounds": [opened]})
    [told] = history(evaluation, score(evaluation))
    assert "1 new gap or flag" in told.change.line()
    assert told.new == (f"Risk flag: {flag.title}",)
    assert told.closed and all(not title.startswith(("gap:", "flag:", "question:")) for title in told.closed)
    assert ("New since the reply", (f"Risk flag: {flag.title}",)) in told.moved()


def _hostile(evaluation):
    """The reply's first quote replaced by markup, as a vendor could write it."""
    round_ = evaluation.rounds[0]
    asked = [round_.questions[0].model_copy(update={"quotes": [HOSTILE], "status": "answered"}), *round_.questions[1:]]
    return evaluation.model_copy(update={"rounds": [round_.model_copy(update={"questions": asked})]})


def test_every_export_carries_each_rounds_questions_status_the_replys_sentences_and_the_unasked(unasked_reply):
    evaluation = _hostile(unasked_reply)
    card = score(evaluation)
    [told] = history(evaluation, card)
    question = told.questions[1]
    md = to_markdown(evaluation, card).decode()
    html = to_html(evaluation, card).decode()
    pdf = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(to_pdf(evaluation, card))).pages)
    book = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))
    cells = " ".join(str(v) for sheet in ("Rounds", "Round questions") for row in book[sheet].iter_rows(values_only=True)
                     for v in row)
    for text in (md, html, pdf, cells):
        flat = text.replace("\\", "")
        assert "Round 1, sent" in flat
        assert question.text[:40] in " ".join(flat.split()) and question.status in flat
        assert "Also answered, not asked" in flat and "buffers up to 72 hours" in " ".join(flat.split())
    assert "&lt;script&gt;" in html and "<script>" not in html  # vendor text is text, never markup
    assert "\\<script\\>" in md and "\\*\\*bold\\*\\*" in md
    assert "<table>" in html.split("Clarification rounds")[1].split("Evidence seen")[0]


def test_a_reason_joined_to_text_that_ends_a_sentence_never_doubles_the_stop():
    assert sentence("against their 2024 baseline of 405.") == "against their 2024 baseline of 405."
    assert sentence("Which systems does it exchange data with?") == "Which systems does it exchange data with?"
    assert sentence("the batch.\u201d") == "the batch.\u201d"
    assert sentence("names no owner") == "names no owner."


def test_a_site_visit_whose_note_ends_in_a_full_stop_is_said_with_one(unasked_reply):
    qid = "workflow.outputs"
    answers = [a.model_copy(update={"evidence": "demonstrated"}) if a.question == qid else a for a in unasked_reply.answers]
    record = EvidenceRecord(id="v1", kind="site_visit", on=date(2026, 12, 6), where="Crawford's Bakery",
                            what="Energy per tonne dashboard showed 372 kWh/t against their 2024 baseline of 405.",
                            questions=[qid])
    evaluation = unasked_reply.model_copy(update={"answers": answers, "evidence_records": [record]})
    reasons = [r for a in score(evaluation).answers for r in a.reasons]
    said = next(r for r in reasons if "baseline of 405" in r)
    assert said.endswith("baseline of 405.") and ".." not in said
    assert not [r for r in reasons if r.rstrip().endswith(("..", "?."))]


def test_the_command_line_says_the_unasked_answer_as_the_page_does():
    from scoring.render import reply_text
    evaluation = drafted(SPINDLE, "SpindleSense")
    sent = freeze(evaluation, score(evaluation), "K. Novak", SENT)
    said = reply_text(read_reply(sent, pasted(SPINDLE["replies"]["unasked"]["text"], "reply", "Reply to round 1")))
    assert "Also answered, not asked: what happens when the link fails" in said and "buffers up to 72 hours" in said


def test_an_unasked_answers_sentences_are_none_placed_at_an_asked_question():
    """The sentences shown for an unasked topic come from the reading that found it unasked: a sentence inside the
    answer to an asked question (here human review) is that answer's, whatever other topic its words touch."""
    evaluation = drafted(SPINDLE, "SpindleSense")
    sent = freeze(evaluation, score(evaluation), "K. Novak", SENT)
    review = next(q for q in sent.rounds[0].questions if q.topic == "human_review")
    text = (f"{review.id} Your maintenance planner reviews every recommendation and approves it before a work order is "
            "created. While the link is down the gateway keeps 48 hours of readings on its disk and sends them later.\n\n"
            "If the network link drops, the edge gateway buffers up to 72 hours of readings and sends them when the "
            "link is back.")
    replied = read_reply(sent, pasted(text, "reply", "Reply to round 1")).evaluation
    [told] = history(replied, score(replied))
    [also] = told.unasked
    assert any("72 hours" in quote for quote in also.quotes), also.quotes
    assert not any("48 hours" in quote for quote in also.quotes), also.quotes
