"""The vendor's documents on the Evaluate page: the list (each removable) and the form that adds one.

Files are read in the background (views/reading_jobs.py): a scanned page's OCR shows a progress bar
per file and the buyer can work on, or leave the page, meanwhile. A pasted text is read at once, the
same way a .txt file is. Either way the labels the document brings are saved with it
(reading.documents.with_document) and shown at once. Adding or removing a document redrafts the
unreviewed drafted answers, if there are any; answers the buyer typed or reviewed are never touched.
"""
from __future__ import annotations

import math
from collections.abc import Callable

import streamlit as st

from proposals import MAX_TEXT_CHARS, MAX_UPLOAD_BYTES
from questions.models import DOCUMENT_KINDS, Document
from reading import reader_for
from reading.documents import PASTED, kind_read, kinds_from_names, offer_missing, pasted, titles, with_document
from reading.draft_documents import listed_titles
from views import auth, common, drafts, notices, reading_jobs, refocus
from views.proposal_reading import counts

# No list of types for the file box: the browser would mark any other file with a "!" and never send it, a
# silent drop; every file is sent and the reader (proposals.sniff) refuses one it cannot read, naming it and why.
UPLOAD, PASTE = "Upload files", "Paste the text"
MAX_PASTE_CHARS = MAX_TEXT_CHARS  # a paste and a file have the same limit
FROM_NAME = "guess"
MISSING = ("The vendor's offer itself is still missing: the documents hold only another customer's case study, which "
           "answers only which reference shows a measured result. Add the proposal to draft what it offers this plant.")
# The server learns of a chosen file only once its upload has ended: a click before then finds no file
# either way, so the message says both (Streamlit keeps a button enabled during an upload outside a form).
NO_FILE_YET = ("No file has arrived yet. If you have chosen one, it is still uploading: click again when its "
               "upload has finished. Otherwise choose one or more files, or paste the text instead.")


def key(eid: str, part: str) -> str:
    return f"proposal:{eid}:{part}"  # outside the "ev:" prefix: not part of the evaluation


# --- notices kept from a callback (or a finished reading) to the next draw --------------------------

def notify(eid: str, kind: str, message: str) -> None:
    notices.notify(key(eid, "documents"), kind, message)


def show_notices(eid: str) -> None:
    # one element, empty or not: a notice that came in above the form would move it, and the browser
    # would draw the file box anew, dropping a file still uploading
    with st.container():
        notices.show(key(eid, "documents"))


# --- the list --------------------------------------------------------------------------------------

def listing(saved, locked: bool) -> None:
    documents = saved.evaluation.documents
    if not documents:
        st.caption("No documents yet. Add the vendor's proposal, and any datasheet, security paper, "
                   "statement of work or price sheet that belongs to the offer.")
        return
    for i, (document, title, listed) in enumerate(zip(documents, titles(documents), listed_titles(documents))):
        with st.container(horizontal=True, vertical_alignment="center", gap="small"):  # a file of two kinds under both
            st.markdown(f":material/description: **{common.md(listed)}** · {common.md(_facts(document, listed))}",
                        width="content")  # its Remove beside it, not wrapped under a long name
            # named for its document: three buttons all called "Remove" told a screen reader nothing (walk 54)
            st.button(f"Remove {title}", key=key(saved.id, f"remove:{i}:{document.sha256[:12]}"), icon=":material/close:",
                      type="tertiary", help=f"Remove {document.name} from this evaluation", disabled=locked,
                      on_click=remove, args=(saved.id, document.sha256))
            _retype_form(saved.id, i, document, title, locked)
    if offer_missing(documents):
        st.warning(MISSING, icon=":material/assignment_late:")


def _facts(document, listed: str = "") -> str:
    """The file's name (unless its listed title names it already: "Other document scan.png", not "... · scan.png"; walk73),
    pages, pages read by OCR and words."""
    facts = [] if document.name in listed else [document.name]
    if document.pages:
        facts.append(f"{document.pages} page{'s' if document.pages != 1 else ''}")
    if document.ocr_pages:
        facts.append(f"{len(document.ocr_pages)} read by OCR")
    facts.append(f"{len(document.text.split()):,} words")
    return " · ".join(facts)


def _retype_form(eid: str, i: int, document, title: str, locked: bool) -> None:
    """What the document is and its name, the buyer's to set: a pasted sales e-mail filed as the proposal binds the
    vendor to what its rep wrote (walk79)."""
    part = f"{i}:{document.sha256[:12]}"
    with st.popover("Kind and name", icon=":material/edit:", help=f"Change what {title} is, or its name",
                    disabled=locked):
        kinds = list(DOCUMENT_KINDS)
        st.selectbox("What it is", kinds, index=kinds.index(document.kind), format_func=DOCUMENT_KINDS.get,
                     key=key(eid, f"retype:{part}"))
        st.text_input("Name", value=document.name, key=key(eid, f"rename:{part}"), max_chars=200)
        st.button("Save", key=key(eid, f"retyped:{part}"), on_click=retype, args=(eid, document.sha256, part))


def retype(eid: str, sha256: str, part: str) -> None:
    """Button callback: one document's kind and name as the buyer set them; what is unreviewed is drafted again."""
    kind = st.session_state.get(key(eid, f"retype:{part}"))
    name = " ".join(str(st.session_state.get(key(eid, f"rename:{part}")) or "").split())
    if kind not in DOCUMENT_KINDS:
        return
    if not name:
        notify(eid, "error", "Give the document a name.")
        return
    _replace_documents(eid, sha256, lambda d: d.model_copy(update={"kind": kind, "name": name}),
                       lambda d: f"{name} is now filed as {DOCUMENT_KINDS[kind]}.")


def remove(eid: str, sha256: str) -> None:
    """Button callback: drop one document; redraft what is unreviewed, never what the buyer made."""
    _replace_documents(eid, sha256, lambda d: None, lambda d: f"Removed {d.name}.")


def _replace_documents(eid: str, sha256: str, change: Callable[[Document], Document | None],
                       said: Callable[[Document], str]) -> None:
    """The document `sha256` changed (None: dropped) in the latest saved evaluation, saved, what is unreviewed drafted
    again, and the buyer told what was done; nothing where another session removed it meanwhile."""
    latest = common.store().get(eid).evaluation
    found = next((d for d in latest.documents if d.sha256 == sha256), None)
    if found is None:
        return
    changed = change(found)
    documents = [changed if d.sha256 == sha256 else d for d in latest.documents]
    if common.save(eid, latest.model_copy(update={"documents": [d for d in documents if d is not None]})):
        notify(eid, "success", said(found) + drafts.redraft(eid))


# --- adding ----------------------------------------------------------------------------------------

def add_form(eid: str, has_documents: bool, locked: bool) -> None:
    """Upload or paste a document. `locked`: this session may not save (another evaluator's evaluation,
    or a newer version saved elsewhere); every box is disabled then, not only the button."""
    st.radio("Add from", [UPLOAD, PASTE], key=key(eid, "source"), horizontal=True, label_visibility="collapsed",
             disabled=locked)
    uploading = st.session_state[key(eid, "source")] == UPLOAD
    # a guess the text may overrule: a case study of another customer, a price sheet (reading.documents.kind_read)
    kinds = {FROM_NAME: "From the file name" if uploading else "From the text"} | DOCUMENT_KINDS
    st.selectbox("What it is", list(kinds), format_func=kinds.get, key=key(eid, "kind" if uploading else "paste_kind"),
                 help="Quotes name their document by this ('Datasheet p. 4').", disabled=locked)
    if uploading:
        st.file_uploader("Files (PDF, Word, Excel or CSV, text, Markdown, or scanned pages as PNG, JPEG or TIFF)",
                         accept_multiple_files=True, key=_upload_key(eid), disabled=locked,
                         on_change=_uploaded, args=(eid,),
                         max_upload_size=math.ceil(MAX_UPLOAD_BYTES / 1024 / 1024),
                         help="Read on the server in a separate process with time and memory limits; pages "
                              "without a text layer are read by OCR. Only the text is kept.")
    else:
        st.text_area("Text", key=key(eid, "paste"), height=150, max_chars=MAX_PASTE_CHARS, disabled=locked,
                     placeholder="Paste the text of the proposal, or of the vendor's e-mail, here")
        st.text_input("Name", key=key(eid, "paste_name"), max_chars=200, disabled=locked, placeholder=PASTED,
                      help="How its quotes and the documents list name it ('Sales e-mail 27 Nov').")
    label = "Add to the proposal" if has_documents else "Read the proposal"
    st.button(label, key=key(eid, "read"), type="primary", icon=":material/plagiarism:", on_click=add,
              args=(eid,), disabled=locked)
    _focus_read(eid)
    if locked:
        st.caption(_locked_note(eid))


def _uploaded(eid: str) -> None:
    """A file's upload has finished: the file box redrew its "Browse files" as the file's line, and the focus that
    was on it fell to the page's top. A file added aims it at the next step, the Read button; one removed does not."""
    files, had = st.session_state.get(_upload_key(eid)) or [], key(eid, "upload_count")
    if len(files) > st.session_state.get(had, 0):
        st.session_state[key(eid, "focus_read")] = st.session_state.get(key(eid, "focus_read"), 0) + 1
        st.session_state[panel_key(eid)] = True  # the fold open over them, its Read button in sight (walk78)
    st.session_state[had] = len(files)


def _focus_read(eid: str) -> None:
    """Focus the Read button once after an upload; one element on every run, so nothing below it is drawn anew."""
    turn = st.session_state.pop(key(eid, "focus_read"), 0)
    if not turn:
        st.html(refocus.NOTHING, unsafe_allow_javascript=True)
        return
    st.session_state[key(eid, "focus_turn")] = st.session_state.get(key(eid, "focus_turn"), 0) + 1
    refocus.focus_first(key(eid, "read"), st.session_state[key(eid, "focus_turn")], leaving=_upload_key(eid))


def panel_key(eid: str) -> str:
    """The key of the fold the documents are listed and added in (views/proposal.py)."""
    return key(eid, "panel")


def _upload_key(eid: str) -> str:
    """The file box's key, new after each read (its first: "proposal:ID:upload")."""
    n = st.session_state.get(key(eid, "upload_round"), 0)
    return key(eid, "upload") + (f":{n}" if n else "")


def _locked_note(eid: str) -> str:
    """Why nothing can be added. Another evaluator's evaluation has no Reload button: only its owner adds."""
    if common.not_yours(common.kept_copy(eid)):
        return "Only the evaluator who owns this evaluation adds its documents."
    return "Reload the latest version (below) before adding a document."


def add(eid: str) -> None:
    """Button callback: start reading each chosen file in the background, or add the pasted text now."""
    if st.session_state.get(key(eid, "source"), UPLOAD) == PASTE:
        _add_pasted(eid)
        return
    files = st.session_state.get(_upload_key(eid)) or []
    if not files:
        notify(eid, "error", NO_FILE_YET)
        return
    chosen = st.session_state.get(key(eid, "kind"), FROM_NAME)
    first = not common.store().get(eid).evaluation.documents
    names = [str(getattr(upload, "name", "") or "unnamed file") for upload in files]
    kinds = kinds_from_names(names, first) if chosen == FROM_NAME else [chosen] * len(files)
    reader = reader_for(common.bank())
    for upload, name, kind in zip(files, names, kinds):
        reading_jobs.start(common.store(), eid, name, kind, upload.getvalue(), auth.current_user().owner, reader,
                           guessed=chosen == FROM_NAME)
    st.session_state[key(eid, "version")] = common.store().get(eid).version
    # a new, empty file box: the browser keeps a file box's files however its state is cleared, and sent them
    # again with the next file added ("... is already one of the proposal's documents")
    st.session_state[key(eid, "upload_round")] = st.session_state.get(key(eid, "upload_round"), 0) + 1
    st.session_state[key(eid, "upload_count")] = 0


def _add_pasted(eid: str) -> None:
    text = (st.session_state.get(key(eid, "paste")) or "").strip()
    if not text:
        notify(eid, "error", "Paste the text first, or upload the file instead.")
        return
    if len(text) > MAX_PASTE_CHARS:
        notify(eid, "error", f"The pasted text has {len(text):,} characters, over the {MAX_PASTE_CHARS:,}-character "
                                    "limit; paste just the relevant sections.")
        return
    chosen = st.session_state.get(key(eid, "paste_kind"), FROM_NAME)
    name = " ".join(str(st.session_state.get(key(eid, "paste_name")) or "").split()) or PASTED
    document = pasted(text, "proposal" if chosen == FROM_NAME else chosen, name)
    latest = common.store().get(eid).evaluation
    if chosen == FROM_NAME:  # a pasted text is the proposal unless it tells it is another kind
        document = document.model_copy(update={"kind": kind_read("proposal", PASTED, document.text, latest.documents)})
    if any(d.sha256 == document.sha256 for d in latest.documents):
        notify(eid, "info", "This text is already one of the proposal's documents.")
        return
    added = with_document(latest, document, reader_for(common.bank()))
    if common.save(eid, added):
        st.session_state[key(eid, "paste")] = st.session_state[key(eid, "paste_name")] = ""
        brought = [lab for lab in added.labels if lab not in latest.labels]
        notify(eid, "success", added_message(eid, [document], brought) + _filed(document, chosen == FROM_NAME))
    else:
        notify(eid, "error", "The text was not added: this evaluation was changed elsewhere since you "
                                    "opened it. Reload the latest version (below the section picker), then add it again.")


def _filed(document, guessed: bool) -> str:
    """Which kind a pasted text was filed as, where the text chose it: the buyer's to change (Kind and name)."""
    if not guessed or document.kind == "proposal":
        return ""
    return (f" Filed as {DOCUMENT_KINDS[document.kind]}, as the text reads; change it under Kind and name if it "
            "is not.")


def added_message(eid: str, added: list, labels: list[str]) -> str:
    """'Added datasheet.pdf (4 pages): 31 sentences: 2 label, 12 substance, 17 neutral. Labels found ...'
    (`labels`: those the documents added). The header's labels box shows the saved labels from now on."""
    saved = common.store().get(eid).evaluation
    st.session_state[f"ev:{eid}:header:labels"] = list(saved.labels)
    said = []
    for document in added:
        kinds = counts(reader_for(common.bank()).read(document.text))
        pages = f" ({document.pages} page{'s' if document.pages != 1 else ''})" if document.pages else ""
        n = sum(kinds.values())
        said.append(f"Read {n} sentence{'s' if n != 1 else ''} from {document.name}{pages}: {kinds['label']} label, "
                    f"{kinds['substance']} substance, {kinds['neutral']} neutral.")
    names = {lab.id: lab.name for lab in common.bank().labels}
    new = [lab for lab in labels if lab in saved.labels]  # not one the buyer removed meanwhile
    if new:
        said.append(f"Labels found in the proposal were added: {', '.join(names[lab] for lab in new)}. "
                    "Remove any that do not apply.")
    return " ".join(said) + drafts.redraft(eid)


# --- files being read ------------------------------------------------------------------------------

def reading_now(eid: str) -> None:
    """Progress per file being read (the files that ended are taken in by `collect`, at the page's top).
    A file that ended after `collect` looked still draws the fragment: its rerun takes the file in; the
    browser would otherwise wait for the buyer's next click to say it was read or refused."""
    if reading_jobs.jobs(eid):
        _progress(eid)


def collect(eid: str) -> bool:
    """Called before the page draws any widget: once every file being read has ended, report each and,
    if nothing else changed meanwhile, take the version that holds them. True if that version is new."""
    found = reading_jobs.jobs(eid)
    if not found or not all(job.finished for job in found):
        return False
    return _finish(eid)


@st.fragment(run_every=1.0)
def _progress(eid: str) -> None:
    auth.current_user()  # its own reruns skip app.py's gate: a sign-in over since reruns the page, refused
    running = [job for job in reading_jobs.jobs(eid) if not job.finished]
    for job in running:
        share = job.done / job.total if job.total else 0.0
        what = f"OCR page {job.done} of {job.total}" if job.total else "reading"
        st.progress(share, text=f"{common.line(job.name)}: {what}")
    if running:
        st.caption("You can go on answering, or leave this page: each file is added when it has been read.")
        return
    st.rerun()  # the whole page: `collect` takes the documents in before anything draws


def _finish(eid: str) -> bool:
    ended = reading_jobs.take_finished(eid)
    added = [job for job in ended if not job.problem]
    for job in ended:
        if job.problem:
            notify(eid, "error", f"{job.problem.rstrip('.')}. Nothing saved was changed.")
        for warning in job.warnings:
            notify(eid, "warning", f"{job.name}: {warning}")
    if not added:
        return False
    saved = common.store().get(eid)
    if common.version_in_session(eid) in {job.before for job in added}:
        common.take_version(saved)  # only the documents (and their labels) changed since this page loaded
    labels = list(dict.fromkeys(lab for job in added for lab in job.labels))
    notify(eid, "success", added_message(eid, [job.document for job in added if job.document], labels))
    return True
