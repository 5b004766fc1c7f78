"""The vendor's proposal on the Evaluate page, driven headless with AppTest: read it in (pasted or
uploaded), see what it says, accept or reject the quotes suggested per question, refuse hostile files.

Every test gets its own SQLite file through WINNOW_DATABASE_URL, as in tests/test_app.py.
"""
from __future__ import annotations

import functools
import io
import re
import threading
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter
from streamlit.testing.v1 import AppTest

from reading import analyze
from proposals import MAX_UPLOAD_BYTES, ExtractionError, extract_text
from questions import Answer, Evaluation, load_bank
from questions.models import Document
from reading.prefill import Prefiller
import kit
from kit import key, pdf_of, raw_text, shown, slow_pdf, unescape
from paths import EXAMPLES_BANK_VERSION

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.usefixtures("first_run")  # the examples saved, as by the app's first run
AMBER, GREEN = "#ffe3a3", "#c9ecd2"

PROPOSAL = """LineSight 4.0: Industry 4.0 for your press shop

LineSight is an Industry 4.0 platform that brings AI-powered insights and true digital transformation to your smart factory.
Our IoT solution unlocks the full potential of your data and empowers your people.
With real-time visibility you will be ready for the fourth industrial revolution.
We capture machine status and downtime reasons from the press PLCs over OPC UA every 5 seconds.
The maintenance planner receives a work order in SAP PM within 2 minutes of an unplanned stop.
Predictive maintenance powered by machine learning will transform your operations.
Contact us today to start your journey."""
OPC_UA = "We capture machine status and downtime reasons from the press PLCs over OPC UA every 5 seconds."
SAP_PM = "The maintenance planner receives a work order in SAP PM within 2 minutes of an unplanned stop."


# --- fixtures and helpers --------------------------------------------------------------------------

@pytest.fixture
def eid(store) -> str:
    """A new evaluation the buyer already labelled 'Cloud / edge' (a label the proposal text never uses)."""
    return store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="LineSight quote", vendor="LineSight",
                                   labels=["cloud_edge"])).id


def open_form(eid: str) -> AppTest:
    return kit.open_app("evaluate", eid, timeout=60)


def pkey(eid: str, part: str) -> str:
    return f"proposal:{eid}:{part}"










def paste_and_read(at: AppTest, eid: str, text: str) -> AppTest:
    at.radio(key=pkey(eid, "source")).set_value("Paste the text").run()
    at.text_area(key=pkey(eid, "paste")).input(text)
    at.button(key=pkey(eid, "read")).click().run()
    assert not at.exception, at.exception
    return at


def upload_and_read(at: AppTest, eid: str, name: str, data: bytes, mime: str = "application/octet-stream") -> AppTest:
    at.file_uploader(key=pkey(eid, "upload")).set_value((name, data, mime)).run()
    at.button(key=pkey(eid, "read")).click().run()
    from views import reading_jobs
    if reading_jobs.jobs(eid):  # still being read when the page drew: it shows the outcome on the next run
        wait_for_reading(eid)
        at.run()
    assert not at.exception, at.exception
    return at


def wait_for_reading(eid: str, seconds: float = 60) -> None:
    """Files are read on a background thread; the browser's page polls, a test waits."""
    from views import reading_jobs
    deadline = time.monotonic() + seconds
    while not all(job.finished for job in reading_jobs.jobs(eid)):
        assert time.monotonic() < deadline, "reading did not end"
        time.sleep(0.05)


def go_to_section(at: AppTest, eid: str, section: str) -> None:
    at.run()
    at.selectbox(key=f"section:{eid}").set_value(section).run()
    assert not at.exception, at.exception


def sentence_table(at: AppTest):
    return next(d for d in at.dataframe if "Marked as" in d.value.columns)


def suggestion_key(at: AppTest, eid: str, qid: str, quote: str) -> str:
    """The text input holding the suggestion of `quote` for question `qid`."""
    found = [t.key for t in at.text_area if t.key.startswith(key(eid, qid, "suggest:")) and t.value == quote]
    assert found, f"no suggestion of {quote!r} for {qid}"
    return found[0]




def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_of([OPC_UA])))
    writer.encrypt(user_password="secret", owner_password="vendor", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_bomb_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", b"<w:document>" + b" " * 8_000_000 + b"</w:document>")
    return out.getvalue()


# --- reading a proposal in -----------------------------------------------------------------------------

def test_pasting_a_proposal_saves_it_adds_its_labels_and_shows_the_reading(store, eid):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)
    reading = analyze(PROPOSAL)
    evaluation = store.get(eid).evaluation
    assert evaluation.proposal_text == PROPOSAL
    assert evaluation.labels == ["cloud_edge", *reading.labels]  # the buyer's label kept, the found ones added
    assert {"industry_4_0", "ai", "iot"} <= set(evaluation.labels)
    assert at.multiselect(key=key(eid, "header", "labels")).value == evaluation.labels  # the header shows them
    notice = unescape(at.success[0].value)
    assert "Labels found in the proposal were added: Industry 4.0, AI / machine learning" in notice
    assert "Remove any that do not apply." in notice and "Cloud / edge" not in notice

    ratio = next(m for m in at.metric if m.label == "Substance ratio")
    assert ratio.value == f"{reading.substance_ratio:.0%}" == "29%"  # label-heavy: 2 of 7 sentences name something
    found = next(d for d in at.dataframe if "Label found" in d.value.columns).value
    assert list(found["Label found"])[:2] == ["Industry 4.0", "AI / machine learning"]
    assert "Level 3: Integrated" in list(found["Scope it claims"])
    table = sentence_table(at)
    assert list(table.value["Sentence"]) == [s.text for s in reading.sentences]
    assert list(table.value["#"]) == list(range(1, len(reading.sentences) + 1))
    marked = dict(zip(table.value["Sentence"], table.value["Marked as"]))
    assert marked[OPC_UA] == "Substance" and marked["Contact us today to start your journey."] == "Neutral"
    assert marked["Our IoT solution unlocks the full potential of your data and empowers your people."] == "Label"
    read_as = dict(zip(table.value["Sentence"], table.value["Read as"]))  # what drafting reads it as telling
    assert read_as[OPC_UA] == read_as[SAP_PM] == "Offer or result"
    assert read_as["Our IoT solution unlocks the full potential of your data and empowers your people."] == "Selling"
    assert read_as["Contact us today to start your journey."] == "Heading or page text"
    styles = table.proto.arrow_data.styler.styles
    assert f"background-color: {AMBER}" in styles and f"background-color: {GREEN}" in styles
    assert "Scope claimed:** level 4" in shown(at)  # the live summary: the labels now claim level 4


def test_the_filter_shows_only_label_or_substance_sentences(store, eid):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)
    at.radio(key=pkey(eid, "show")).set_value("Substance").run()
    assert list(sentence_table(at).value["Sentence"]) == [OPC_UA, SAP_PM]
    assert list(sentence_table(at).value["Read as"]) == ["Offer or result"] * 2  # each row keeps its own reading
    at.radio(key=pkey(eid, "show")).set_value("Labels").run()
    assert set(sentence_table(at).value["Marked as"]) == {"Label"} and len(sentence_table(at).value) == 5


def test_an_uploaded_pdf_is_read_and_saved(store, eid):
    pdf = pdf_of([line for line in PROPOSAL.splitlines() if line])
    at = upload_and_read(open_form(eid), eid, "linesight.pdf", pdf, "application/pdf")
    assert not at.error
    text = store.get(eid).evaluation.proposal_text
    assert OPC_UA in text and SAP_PM in text
    assert "linesight.pdf (1 page)" in unescape(at.success[0].value)


def test_a_second_file_is_added_from_a_new_empty_file_box(store, eid):
    """The browser keeps a file box's files, so after a read the page draws a new, empty box: the datasheet added
    next is read alone, not beside the proposal again ("... is already one of the proposal's documents")."""
    pdf = pdf_of([line for line in PROPOSAL.splitlines() if line])
    at = upload_and_read(open_form(eid), eid, "linesight.pdf", pdf, "application/pdf")
    assert at.file_uploader(key=pkey(eid, "upload:1")).value in (None, [])
    at.file_uploader(key=pkey(eid, "upload:1")).set_value(("vs10 datasheet.txt", f"{OPC_UA}".encode(), "text/plain")).run()
    at.button(key=pkey(eid, "read")).click().run()
    wait_for_reading(eid)
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [d.name for d in store.get(eid).evaluation.documents] == ["linesight.pdf", "vs10 datasheet.txt"]


def test_an_extraction_warning_is_shown(store, eid):
    latin = f"Caf\xe9 cr\xe8me. {OPC_UA}".encode("latin-1")
    at = upload_and_read(open_form(eid), eid, "latin.txt", latin, "text/plain")
    assert "not UTF-8" in unescape(at.warning[0].value)
    assert store.get(eid).evaluation.proposal_text.startswith("Café crème.")


HOSTILE = {
    "not a PDF named .pdf": ("x.pdf", b"not a pdf", "content is not a PDF"),
    "binary renamed .txt": ("notes.txt", bytes(range(256)) * 40, "not a text file"),
    "truncated PDF": ("cut.pdf", pdf_of([OPC_UA])[:-200], "incomplete"),
    "encrypted PDF": ("locked.pdf", encrypted_pdf(), "encrypted"),
    "zip bomb DOCX": ("bomb.docx", zip_bomb_docx(), "zip bomb"),
    "too big": ("huge.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "over the 20 MB limit"),
}


@pytest.mark.parametrize("name, data, says", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_upload_is_refused_with_the_message_and_nothing_saved_changes(store, eid, name, data, says):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)  # a proposal already read: it must survive
    at.radio(key=pkey(eid, "source")).set_value("Upload files").run()
    before = [(s.id, s.version) for s in store.list()]
    upload_and_read(at, eid, name, data)
    error = unescape(at.error[0].value)
    assert error.startswith(f"{name}: ") and says in error and "Nothing saved was changed" in error
    assert [(s.id, s.version) for s in store.list()] == before
    assert store.get(eid).evaluation.proposal_text == PROPOSAL
    assert sentence_table(at).value["Sentence"].iloc[-1] == "Contact us today to start your journey."
    at.selectbox(key=f"section:{eid}").set_value("data").run()  # the page is still usable
    assert not at.exception and "What data does it capture?" in shown(at)


def test_a_reader_that_takes_too_long_is_stopped_and_refused(store, eid, monkeypatch):
    from views import reading_jobs
    monkeypatch.setattr(reading_jobs, "extract_text", functools.partial(extract_text, timeout=1.0))
    at = upload_and_read(open_form(eid), eid, "slow.pdf", slow_pdf(), "application/pdf")
    assert "time limit" in unescape(at.error[0].value)
    assert store.get(eid).evaluation.proposal_text == "" and store.get(eid).version == 1


def test_reading_with_nothing_chosen_says_what_to_do(store, eid):
    at = open_form(eid)
    at.button(key=pkey(eid, "read")).click().run()
    said = unescape(at.error[0].value)  # nothing chosen, or a chosen file still uploading: the same to the server
    assert "No file has arrived yet" in said and "choose one or more files" in said and store.get(eid).version == 1


def test_a_read_over_a_newer_version_is_refused_and_nothing_is_overwritten(store, eid):
    at = open_form(eid)
    at.radio(key=pkey(eid, "source")).set_value("Paste the text").run()
    at.text_area(key=pkey(eid, "paste")).input(PROPOSAL)
    other_tab = store.get(eid)  # saved in another tab while this one shows the form
    store.save(eid, other_tab.evaluation.model_copy(update={"vendor": "Changed in another tab"}), other_tab.version)
    at.button(key=pkey(eid, "read")).click().run()
    assert not at.exception, at.exception
    errors = " ".join(unescape(e.value) for e in at.error)
    assert "The text was not added" in errors and "changed elsewhere" in errors
    latest = store.get(eid)
    assert latest.version == 2 and latest.evaluation.proposal_text == "" and latest.evaluation.labels == ["cloud_edge"]
    assert at.button(key=pkey(eid, "read")).disabled  # locked until the buyer reloads


# --- suggested quotes --------------------------------------------------------------------------------------

def test_accepting_a_suggestion_quotes_it_raises_the_evidence_and_adds_its_choices(store, eid):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)
    go_to_section(at, eid, "data")
    expected = Prefiller(load_bank()).suggest(analyze(PROPOSAL))["data.captured"][0]
    assert (expected.quote, expected.evidence) == (OPC_UA, "specific")
    assert "Suggested from the proposal (2)" in [e.label for e in at.expander]
    box = suggestion_key(at, eid, "data.captured", OPC_UA)
    at.button(key=f"{box}:accept").click().run()
    assert not at.exception, at.exception

    answer = store.get(eid).evaluation.answer("data.captured")
    assert answer.quotes == [OPC_UA] and answer.evidence == "specific"
    assert answer.choices == expected.choices == ["machine_status", "downtime"]
    assert at.multiselect(key=key(eid, "data.captured", "choices")).value == ["machine_status", "downtime"]
    assert at.selectbox(key=key(eid, "data.captured", "evidence")).value == "specific"
    assert f"“{OPC_UA}”" in shown(at)  # listed under the question
    assert not [t for t in at.text_area if t.key == box]  # no longer suggested
    at.run()
    assert "Suggested from the proposal (1)" in [e.label for e in at.expander]


def test_a_choice_question_gets_the_option_the_sentence_names(store, eid):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)
    go_to_section(at, eid, "decision")
    at.button(key=suggestion_key(at, eid, "decision.latency", SAP_PM) + ":accept").click().run()
    answer = store.get(eid).evaluation.answer("decision.latency")
    assert answer.choices == ["minutes"] and answer.quotes == [SAP_PM] and answer.evidence == "specific"
    assert at.selectbox(key=key(eid, "decision.latency", "choice")).value == "minutes"


KEPT = "If the uplink is offline, the loggers keep 48 hours of readings, so no reading is lost."


def test_accepting_a_quote_that_names_no_option_ticks_the_option_it_says_in_other_words(store, eid):
    """A suggested sentence that names no option in the option's words still says one: accepting it ticks what the
    drafter reads from it alone (walk53: the offline sentence accepted earned no point, 'back no option')."""
    at = paste_and_read(open_form(eid), eid, PROPOSAL + "\n" + KEPT)
    go_to_section(at, eid, "reliability")
    assert Prefiller(load_bank()).suggest(analyze(KEPT))["reliability.offline"][0].choices == []
    at.button(key=suggestion_key(at, eid, "reliability.offline", KEPT) + ":accept").click().run()
    assert not at.exception, at.exception
    answer = store.get(eid).evaluation.answer("reliability.offline")
    assert answer.choices == ["buffered"] and answer.quotes == [KEPT]
    assert at.selectbox(key=key(eid, "reliability.offline", "choice")).value == "buffered"


def test_an_edited_quote_is_saved_as_edited_and_the_evidence_is_never_lowered(store, eid):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)
    go_to_section(at, eid, "data")
    at.selectbox(key=key(eid, "data.captured", "evidence")).set_value("proven").run()
    at.multiselect(key=key(eid, "data.captured", "choices")).set_value(["vibration"]).run()
    box = suggestion_key(at, eid, "data.captured", OPC_UA)
    at.text_area(key=box).input("Machine status and downtime reasons from the press PLCs over OPC UA")
    at.button(key=f"{box}:accept").click().run()
    answer = store.get(eid).evaluation.answer("data.captured")
    assert answer.quotes == ["Machine status and downtime reasons from the press PLCs over OPC UA"]
    assert answer.evidence == "proven"  # the suggestion's "specific" is lower: kept as the buyer set it
    assert answer.choices == ["vibration", "machine_status", "downtime"]  # added to, never replaced


def test_rejecting_hides_the_suggestion_for_the_session_and_saves_nothing(store, eid):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)
    version = store.get(eid).version
    go_to_section(at, eid, "data")
    box = suggestion_key(at, eid, "data.captured", OPC_UA)
    at.button(key=f"{box}:reject").click().run()
    assert not [t for t in at.text_area if t.key == box]
    at.run()
    assert not [t for t in at.text_area if t.key == box]
    assert store.get(eid).version == version and store.get(eid).evaluation.answer("data.captured") is None


def test_removing_the_only_quote_sets_the_answer_back_to_not_answered(store, eid):
    at = paste_and_read(open_form(eid), eid, PROPOSAL)
    box = suggestion_key(at, eid, "problem.statement", OPC_UA)
    at.button(key=f"{box}:accept").click().run()
    assert store.get(eid).evaluation.answer("problem.statement").quotes == [OPC_UA]
    remove = next(b.key for b in at.button if b.key.startswith(key(eid, "problem.statement", "unquote:")))
    at.button(key=remove).click().run()
    assert store.get(eid).evaluation.answer("problem.statement") is None
    assert at.selectbox(key=key(eid, "problem.statement", "evidence")).value is None  # no level
    assert suggestion_key(at, eid, "problem.statement", OPC_UA)  # suggested again


def test_a_proposal_that_repeats_itself_suggests_each_sentence_once(store, eid):
    at = paste_and_read(open_form(eid), eid, f"{PROPOSAL}\n{PROPOSAL}")
    go_to_section(at, eid, "data")
    suggested = [t.value for t in at.text_area if t.key.startswith(key(eid, "data.captured", "suggest:"))]
    assert suggested == [OPC_UA, SAP_PM]


def test_quotes_saved_twice_still_show_and_can_be_removed(store, eid):
    evaluation = store.get(eid).evaluation
    answer = Answer(question="problem.statement", evidence="specific", quotes=[OPC_UA, OPC_UA])  # e.g. imported
    store.save(eid, evaluation.model_copy(update={"answers": [answer], "documents": [Document(name="Proposal text", text=PROPOSAL)]}), 1)
    at = open_form(eid)
    assert shown(at).count(f"“{OPC_UA}”") == 2
    at.button(key=next(b.key for b in at.button if ":unquote:" in b.key)).click().run()
    assert not at.exception and store.get(eid).evaluation.answer("problem.statement") is None


def test_nothing_is_filled_in_without_a_click(store, eid):
    paste_and_read(open_form(eid), eid, PROPOSAL)
    assert store.get(eid).evaluation.answers == []


# --- safety --------------------------------------------------------------------------------------------

MARKUP = ("Our IoT alerts reach you <script>alert(1)</script> and **bold** [click here](javascript:alert(1)) "
          "<img src=x onerror=alert(2)>.")


def test_proposal_text_with_html_or_markdown_shows_literally(store, eid):
    text = f"{MARKUP}\n{OPC_UA}"
    at = paste_and_read(open_form(eid), eid, text)
    assert list(sentence_table(at).value["Sentence"]) == [MARKUP, OPC_UA]  # the cell holds the text as is
    go_to_section(at, eid, "workflow")
    box = suggestion_key(at, eid, "workflow.outputs", MARKUP)
    at.button(key=f"{box}:accept").click().run()
    at.run()
    assert store.get(eid).evaluation.answer("workflow.outputs").quotes == [MARKUP]
    quoted = [source for source in raw_text(at) if "alert" in source]
    assert quoted
    for source in quoted:  # every Markdown source showing it: each markup character escaped
        assert not re.search(r"(?<!\\)[<>\[\]()*]", source), source
    assert MARKUP in shown(at)  # yet the buyer reads it as written


def test_a_file_read_while_the_page_draws_is_reported_without_another_click(store, eid, monkeypatch):
    """The reading ends after the page's top looked for ended readings but before the panel draws its
    progress: the page comes back for it by itself (a browser reruns only when told), not at the next click."""
    from views import documents, reading_jobs
    started = threading.Event()

    def slow_refusal(name, data, progress=None):
        started.wait(30)  # not before the page has looked for ended readings
        raise ExtractionError(f"{name}: the content is not a PDF")

    def notices_after_the_reading_ended(eid_, show=documents.show_notices):
        if reading_jobs.jobs(eid_) and not started.is_set():
            started.set()
            deadline = time.monotonic() + 30
            while not all(job.finished for job in reading_jobs.jobs(eid_)) and time.monotonic() < deadline:
                time.sleep(0.01)
        show(eid_)

    monkeypatch.setattr(reading_jobs, "extract_text", slow_refusal)
    monkeypatch.setattr(documents, "show_notices", notices_after_the_reading_ended)
    at = open_form(eid)
    at.file_uploader(key=pkey(eid, "upload")).set_value(("offer.pdf", b"%PDF nothing", "application/pdf")).run()
    at.button(key=pkey(eid, "read")).click().run()  # one run, as one click in the browser
    assert not at.exception, at.exception
    assert any("offer.pdf: the content is not a PDF" in unescape(e.value) for e in at.error)
    assert not reading_jobs.jobs(eid)
