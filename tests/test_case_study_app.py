"""Another customer's case study added on the Evaluate page (walk 57): uploaded beside the offer or pasted alone, it is
listed as "Case study (another customer)", and drafting takes only the reference question from it; alone, the page
says the vendor's offer itself is still missing."""
from __future__ import annotations

import time

import pytest

import kit
from paths import EXAMPLES_BANK_VERSION
from questions import Evaluation
from test_case_study_document import CASE, OFFER
from views.documents import MISSING

REFERENCE = "return.reference"
TITLE = ":material/description: **Case study (another customer)**"


@pytest.fixture
def eid(first_run) -> str:
    return first_run.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="KilnSense", vendor="Voltis")).id


def paste(at, eid: str, text: str) -> None:
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(text)
    at.button(key=f"proposal:{eid}:read").click().run()


def test_a_case_study_uploaded_beside_the_offer_is_listed_as_one_and_drafts_only_the_reference(store, eid):
    from views import reading_jobs
    at = kit.open_app("evaluate", eid, timeout=60)
    paste(at, eid, OFFER)
    at.radio(key=f"proposal:{eid}:source").set_value("Upload files").run()
    at.file_uploader(key=f"proposal:{eid}:upload").set_value(
        ("kilnsense_case_study.txt", CASE.encode(), "text/plain")).run()
    at.button(key=f"proposal:{eid}:read").click().run()
    deadline = time.monotonic() + 60
    while not all(job.finished for job in reading_jobs.jobs(eid)):
        assert time.monotonic() < deadline, "reading did not end"
        time.sleep(0.05)
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [d.kind for d in store.get(eid).evaluation.documents] == ["proposal", "case_study"]
    assert any(kit.unescape(t).startswith(TITLE) for t in kit.raw_text(at))
    assert MISSING not in kit.shown(at)  # the offer is there
    at.button(key=f"drafts:{eid}:draft").click().run()
    assert not at.exception, at.exception
    answers = store.get(eid).evaluation.answers
    reference = next(a for a in answers if a.question == REFERENCE)
    assert reference.quotes[0].startswith("CASE STUDY: How Nordic Timber AB")
    assert not [a.question for a in answers if a.question != REFERENCE and any(q in CASE for q in a.quotes)]


def test_a_case_study_pasted_alone_drafts_the_reference_and_the_page_says_the_offer_is_missing(store, eid):
    at = kit.open_app("evaluate", eid, timeout=60)
    paste(at, eid, CASE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [d.kind for d in store.get(eid).evaluation.documents] == ["case_study"]
    assert any(kit.unescape(t).startswith(TITLE) for t in kit.raw_text(at))
    assert MISSING in kit.shown(at)
    at.button(key=f"drafts:{eid}:draft").click().run()
    assert not at.exception, at.exception
    assert [a.question for a in store.get(eid).evaluation.answers] == [REFERENCE]
    assert "The vendor's offer itself is still missing." in kit.shown(at)


def test_a_pasted_case_study_the_buyer_calls_the_proposal_stays_the_proposal(store, eid):
    at = kit.open_app("evaluate", eid, timeout=60)
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.selectbox(key=f"proposal:{eid}:paste_kind").set_value("proposal").run()
    at.text_area(key=f"proposal:{eid}:paste").input(CASE)
    at.button(key=f"proposal:{eid}:read").click().run()
    assert [d.kind for d in store.get(eid).evaluation.documents] == ["proposal"]
    assert MISSING not in kit.shown(at)
