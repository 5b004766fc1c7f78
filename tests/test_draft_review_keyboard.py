"""Reviewing drafted answers from the keyboard and by ear, driven headless with AppTest: each answer's widget
and its Keep / Reject buttons are named by their question, and after a review the page aims the focus at the
next answer to review, or at the "Next section" button under the section's last question, which goes on to the
next section's first answer to review. tests/e2e/test_draft_review_keyboard.py checks the focus in a browser.
"""
from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

import kit
from kit import key
from paths import EXAMPLES_BANK_VERSION
from questions import Answer, Evaluation, load_bank
from reading.documents import pasted
from reading.draft import Drafter
from test_draft_app import PROPOSAL, click, dkey, read, section

pytestmark = pytest.mark.usefixtures("first_run")

PROMPTS = {q.id: q.prompt for q in load_bank().questions().values()}


@pytest.fixture
def eid(store) -> str:
    """An evaluation with PROPOSAL read and its answers drafted, none reviewed."""
    evaluation = Drafter(load_bank()).draft_documents([pasted(PROPOSAL)], "FillTrack review", "FillTrack")
    return store.create(evaluation).id


def said(label: str) -> str:
    """What a screen reader says for a label of views/spoken.py: its hidden part read on, its markup not."""
    return " ".join(re.sub(r"\\(.)", r"\1", label.replace("*", "")).split())


def aimed_at(at: AppTest) -> list[str]:
    """The keyed elements the page's focus scripts aim at (views/refocus.py), by their CSS class."""
    targets = [json.loads(m) for h in at.get("html") if "refocus" in h.proto.body
               for m in re.findall(r'querySelector\(("(?:[^"\\]|\\.)*")\)', h.proto.body)]
    return list(dict.fromkeys(m for target in targets for m in re.findall(r"\.(st-key-[\w-]+)", target)))


def key_class(k: str) -> str:
    return "st-key-" + re.sub(r"[^\w-]", "-", k)


def test_each_drafted_answer_and_its_review_buttons_are_named_by_its_question(store, eid):
    at = section(kit.open_app("evaluate", eid, timeout=60), eid, "data")
    captured = PROMPTS["data.captured"]
    assert at.multiselect(key=key(eid, "data.captured", "choices")).label == captured
    assert at.selectbox(key=key(eid, "data.history", "choice")).label == PROMPTS["data.history"]
    assert at.text_area(key=key(eid, "data.protocols", "text")).label == PROMPTS["data.protocols"]
    assert said(at.button(key=dkey(eid, "keep:data.captured")).label) == f"Keep the drafted answer to: {captured}"
    assert said(at.button(key=dkey(eid, "reject:data.captured")).label) == f"Reject the drafted answer to: {captured}"
    assert said(at.button(key=dkey(eid, "keep-all:data")).label) == "Keep all drafted in: What data does it capture?"
    assert at.button(key=dkey(eid, "keep:data.captured")).label.startswith("Keep *")  # the page shows "Keep" only
    section(at, eid, "decision")
    metric = at.text_input(key=key(eid, "decision.kpi", "metric")).label
    assert metric.split("\n\n")[0] == "Metric" and said(metric) == f"Metric of: {PROMPTS['decision.kpi']}"


def test_after_keep_or_reject_the_focus_goes_to_the_next_answer_to_review_then_to_the_next_section(store, eid):
    at = section(kit.open_app("evaluate", eid, timeout=60), eid, "data")
    waiting = [a.question for a in store.get(eid).evaluation.answers if a.question.startswith("data.") and a.unreviewed]
    assert len(waiting) >= 2, waiting
    assert not aimed_at(at)  # nothing reviewed yet: the focus is left where the person put it
    click(at, dkey(eid, f"keep:{waiting[0]}"))
    kind = load_bank().questions()[waiting[1]].kind
    assert aimed_at(at) == [key_class(key(eid, waiting[1], kind))]  # its widget: "choices", "choice" or "text"
    click(at, dkey(eid, f"reject:{waiting[-1]}"))  # the section's last to review: nothing after it
    assert aimed_at(at) == [key_class(f"section-end:{eid}:next")]
    at.run()
    assert not aimed_at(at)  # once: a later run leaves the focus where the person moved it


def test_next_section_under_the_last_question_goes_on_to_that_sections_first_answer_to_review(store, eid):
    at = section(kit.open_app("evaluate", eid, timeout=60), eid, "problem")
    next_section = at.button(key=f"section-end:{eid}:next")
    assert said(next_section.label) == "Next section (2. What data does it capture?)"
    click(at, f"section-end:{eid}:next")
    assert at.selectbox(key=f"section:{eid}").value == "data"
    first = next(a.question for a in store.get(eid).evaluation.answers if a.question.startswith("data.") and a.unreviewed)
    kind = load_bank().questions()[first].kind
    assert aimed_at(at) == [key_class(key(eid, first, kind))]


def test_keeping_every_draft_of_the_last_section_sends_the_focus_to_the_full_scorecard(store):
    last = load_bank().sections[-1]
    promised = Answer(question=last.questions[0].id, text="A 20 % cut in unplanned stops within six months.",
                      evidence="vendor_claim", drafted=True, quotes=["We cut unplanned stops by 20 % within six months."])
    evaluation = Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack return", vendor="FillTrack",
                            answers=[promised])
    eid = store.create(evaluation).id
    at = section(kit.open_app("evaluate", eid, timeout=60), eid, last.id)
    click(at, dkey(eid, f"keep-all:{last.id}"))
    assert aimed_at(at) == [key_class(f"evaluate:{eid}:scorecard")]
    assert store.get(eid).evaluation.answer(promised.question).reviewed
    assert not [b for b in at.button if b.key == f"section-end:{eid}:next"]  # the last section has no Next


def test_after_drafting_the_focus_goes_to_the_shown_sections_first_answer_to_review(store):
    """Drafting turns its button from primary to secondary: Streamlit draws it anew and the focus fell to the
    page's body, 36 Tabs from the first Keep (walk61). It goes where the review starts."""
    eid = store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack quote",
                                  vendor="FillTrack")).id
    at = click(section(read(kit.open_app("evaluate", eid, timeout=60), eid, PROPOSAL), eid, "data"), dkey(eid, "draft"))
    saved = store.get(eid).evaluation
    shown = at.selectbox(key=f"section:{eid}").value
    assert shown == "data"
    questions = next(s.questions for s in load_bank().sections if s.id == shown)
    first = next(q for q in questions if (a := saved.answer(q.id)) is not None and a.unreviewed)
    assert aimed_at(at) == [key_class(key(eid, first.id, {"measure": "metric"}.get(first.kind, first.kind)))]
    at.run()
    assert not aimed_at(at)  # once: the next run leaves the focus where the person moved it


def test_after_drafting_with_nothing_to_review_in_the_section_the_focus_stays_on_the_draft_button(store):
    eid = store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack quote",
                                  vendor="FillTrack")).id
    at = read(kit.open_app("evaluate", eid, timeout=60), eid, PROPOSAL)
    section(at, eid, "return")  # a section this proposal answers nothing of
    saved_before = [a.question for a in store.get(eid).evaluation.answers]
    click(at, dkey(eid, "draft"))
    saved = store.get(eid).evaluation
    support = next(s.questions for s in load_bank().sections if s.id == "return")
    assert not saved_before and not any(saved.answer(q.id) for q in support), "pick a section the text leaves empty"
    assert aimed_at(at) == [key_class(dkey(eid, "draft"))]
