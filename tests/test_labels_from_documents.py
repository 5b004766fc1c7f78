"""The labels the reading finds in the vendor's documents are added to the evaluation however the documents
came in (pasted, one file, several files at once, a document added later, files read while the buyer was
away), saved with the document and shown at once in the header's labels box and the live scorecard's gaps;
a label the buyer removed is not added back by a later document. Driven headless with AppTest."""
from __future__ import annotations

import threading
import time

import pytest

import kit
from kit import key, pdf_of, shown, unescape
from paths import EXAMPLES_BANK_VERSION
from proposals import extract_text
from questions import Evaluation, load_bank
from reading import reader_for
from reading.documents import pasted, with_document

pytestmark = pytest.mark.usefixtures("first_run")

OFFER = ("Our Industry 4.0 platform gives your press shop AI-powered insights.\n\n"
         "We read machine status from the press PLCs over OPC UA every 5 seconds.")
DATASHEET = ("Datasheet VS-10\n\nThe VS-10 is an IoT sensor that measures vibration at 10 kHz on each main drive "
             "bearing.")
QUIET = "The maintenance planner receives a work order in SAP PM within 2 minutes of an unplanned stop."
NO_LABEL = "no label is chosen yet"


@pytest.fixture
def eid(store) -> str:
    return store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="PressWatch", vendor="PressWatch")).id


def open_form(eid: str):
    return kit.open_app("evaluate", eid, timeout=60)


def pkey(eid: str, part: str) -> str:
    return f"proposal:{eid}:{part}"


def paste(at, eid: str, text: str) -> None:
    at.radio(key=pkey(eid, "source")).set_value("Paste the text").run()
    at.text_area(key=pkey(eid, "paste")).input(text)
    at.button(key=pkey(eid, "read")).click().run()
    assert not at.exception, at.exception


def send_files(at, eid: str, files: list[tuple[str, bytes, str]], box: str = "upload") -> None:
    """Choose the files and click Read, without waiting for the reading to end."""
    at.radio(key=pkey(eid, "source")).set_value("Upload files").run()
    at.file_uploader(key=pkey(eid, box)).set_value(files).run()
    at.button(key=pkey(eid, "read")).click().run()
    assert not at.exception, at.exception


def wait_for_reading(eid: str, seconds: float = 60) -> None:
    from views import reading_jobs
    deadline = time.monotonic() + seconds
    while not all(job.finished for job in reading_jobs.jobs(eid)):
        assert time.monotonic() < deadline, "reading did not end"
        time.sleep(0.05)


def upload(at, eid: str, files: list[tuple[str, bytes, str]], box: str = "upload") -> None:
    """Send the files and draw the page that reports them: the run of the click itself when they were read
    meanwhile (a notice is shown once), else the next run after the reading ended."""
    from views import reading_jobs
    send_files(at, eid, files, box)
    if reading_jobs.jobs(eid):
        wait_for_reading(eid)
        at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]


def header_labels(at, eid: str) -> list[str]:
    return at.multiselect(key=key(eid, "header", "labels")).value


def assert_shown(at, eid: str, labels: list[str]) -> None:
    """The header's box holds the saved labels, and the live scorecard scores them: it names gaps, not 'no label'."""
    assert header_labels(at, eid) == labels
    page = shown(at)
    assert NO_LABEL not in page and "label gap" in page


def text_file(name: str, text: str) -> tuple[str, bytes, str]:
    return name, text.encode(), "text/plain"


def pdf_file(name: str, text: str) -> tuple[str, bytes, str]:
    return name, pdf_of([line for line in text.splitlines() if line]), "application/pdf"


# --- the rule ------------------------------------------------------------------------------------------

def test_a_document_adds_only_the_labels_the_earlier_documents_did_not_use():
    reader = reader_for(load_bank())
    first = with_document(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="P"), pasted(OFFER), reader)
    assert {"industry_4_0", "ai"} <= set(first.labels)
    removed = first.model_copy(update={"labels": [lab for lab in first.labels if lab != "ai"]})
    later = with_document(removed, pasted(DATASHEET + " Its AI finds the wear early.", "datasheet"), reader)
    assert "iot" in later.labels and "ai" not in later.labels  # the buyer removed AI: a later document keeps it out
    assert [d.name for d in later.documents] == ["Pasted text", "Pasted text"]


# --- every way in --------------------------------------------------------------------------------------

def test_a_pasted_text_adds_its_labels_at_once(store, eid):
    at = open_form(eid)
    assert NO_LABEL in shown(at)
    paste(at, eid, OFFER)
    saved = store.get(eid).evaluation.labels
    assert {"industry_4_0", "ai"} <= set(saved)
    assert_shown(at, eid, saved)


def test_one_uploaded_file_adds_its_labels_with_the_document(store, eid):
    at = open_form(eid)
    upload(at, eid, [pdf_file("presswatch offer.pdf", OFFER)])
    saved = store.get(eid).evaluation.labels
    assert {"industry_4_0", "ai"} <= set(saved)
    assert_shown(at, eid, saved)
    assert "Labels found in the proposal were added: Industry 4.0" in unescape(at.success[0].value)


def test_several_files_read_together_add_every_files_labels(store, eid):
    at = open_form(eid)
    upload(at, eid, [pdf_file("presswatch offer.pdf", OFFER), text_file("VS-10 datasheet.txt", DATASHEET),
                     text_file("planning.txt", QUIET)])
    saved = store.get(eid).evaluation
    assert len(saved.documents) == 3 and {"industry_4_0", "ai", "iot"} <= set(saved.labels)
    assert_shown(at, eid, saved.labels)
    notice = unescape(at.success[0].value)
    assert "Labels found in the proposal were added:" in notice and "IoT" in notice and "Industry 4.0" in notice


def test_a_document_added_later_adds_the_labels_it_brings(store, eid):
    at = open_form(eid)
    upload(at, eid, [text_file("planning offer.txt", QUIET)])
    assert store.get(eid).evaluation.labels == []
    upload(at, eid, [text_file("VS-10 datasheet.txt", DATASHEET)], box="upload:1")
    saved = store.get(eid).evaluation.labels
    assert "iot" in saved
    assert_shown(at, eid, saved)


def test_files_read_while_the_buyer_was_away_add_their_labels(store, eid, monkeypatch):
    """The walk's case: the files are read after the page that sent them was left; the page opened later (a new
    session, with no version of its own) takes them in, and their labels are saved and shown there."""
    from views import reading_jobs
    left = threading.Event()

    def read_once_the_page_was_left(name, data, progress=None):
        left.wait(30)
        return extract_text(name, data, progress=progress)

    monkeypatch.setattr(reading_jobs, "extract_text", read_once_the_page_was_left)
    send_files(open_form(eid), eid, [pdf_file("presswatch offer.pdf", OFFER),
                                     text_file("VS-10 datasheet.txt", DATASHEET)])
    left.set()
    wait_for_reading(eid)
    at = open_form(eid)
    assert not at.exception, at.exception
    saved = store.get(eid).evaluation
    assert len(saved.documents) == 2 and {"industry_4_0", "ai", "iot"} <= set(saved.labels)
    assert_shown(at, eid, saved.labels)


# --- the buyer's choice stays -----------------------------------------------------------------------------

def remove_label(at, eid: str, label: str) -> None:
    box = at.multiselect(key=key(eid, "header", "labels"))
    box.set_value([lab for lab in box.value if lab != label]).run()
    assert not at.exception, at.exception


def test_a_label_the_buyer_removed_is_not_added_back_by_a_later_paste_or_file(store, eid):
    at = open_form(eid)
    paste(at, eid, OFFER)
    remove_label(at, eid, "ai")
    assert "ai" not in store.get(eid).evaluation.labels
    paste(at, eid, "We also bring AI-powered quality checks to your paint line.")
    upload(at, eid, [text_file("VS-10 datasheet.txt", DATASHEET + " Its AI model finds the wear early.")])
    saved = store.get(eid).evaluation.labels
    assert "ai" not in saved and "iot" in saved  # the datasheet's own new label is still added
    assert_shown(at, eid, saved)


def test_a_removed_label_stays_removed_when_a_later_document_redrafts_the_answers(store, eid):
    at = open_form(eid)
    paste(at, eid, OFFER)
    at.button(key=f"drafts:{eid}:draft").click().run()
    remove_label(at, eid, "ai")
    upload(at, eid, [text_file("VS-10 datasheet.txt", DATASHEET)])
    assert "drafted again" in unescape(at.success[0].value)  # the unreviewed answers were redrafted
    saved = store.get(eid).evaluation.labels
    assert "ai" not in saved and "iot" in saved
    assert header_labels(at, eid) == saved
