"""Reading uploaded documents in the background, so a long OCR can run while the buyer works on.

A job reads one file (proposals.extract_text, page progress included) on a thread of its own and
adds the document, with the labels it brings (reading.documents.with_document), to the saved evaluation
itself, against the latest version: leaving the page, editing answers meanwhile or closing the tab
loses nothing, the labels included. The page only shows the jobs of its
evaluation (progress per file) and, when one ends, takes the new version as its own if nothing
else changed in between. No Streamlit call happens on the job's thread.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from proposals import ExtractionError, extract_text
from questions.models import Document, DocumentKind
from reading.documents import from_file, kind_read, with_document
from store import EvaluationNotFound, NotYourEvaluation, StaleEvaluation

if TYPE_CHECKING:  # annotations only: the page hands its reader in
    from reading.text import Reader

_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="winnow-reading")  # the extraction slots are 2 too
_LOCK = threading.Lock()
_JOBS: dict[str, list["Job"]] = {}  # evaluation id -> its jobs, until the page has shown how each ended
SAVE_TRIES = 5  # a save refused because someone saved meanwhile is tried again on the newer version


@dataclass
class Job:
    eid: str
    name: str
    kind: DocumentKind
    guessed: bool = False  # the kind was guessed from the name: the text may tell it (a price sheet, a case study)
    done: int = 0  # pages read by OCR so far
    total: int = 0  # pages to read by OCR (0: none, or not known yet)
    finished: bool = False
    problem: str = ""  # why the file was not added, in one line
    warnings: list[str] = field(default_factory=list)
    before: int | None = None  # the version the document was added to ...
    after: int | None = None  # ... and the version that holds it
    document: Document | None = None  # once added
    labels: list[str] = field(default_factory=list)  # the labels it added to the buyer's

    def progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total


def start(store, eid: str, name: str, kind: DocumentKind, data: bytes, actor: str, reader: Reader,
          guessed: bool = False) -> Job:
    """Read `data` in the background and add it to evaluation `eid` as a document of `kind`, with the
    labels `reader` finds it brings; a kind `guessed` from the file's name as its text reads (kind_read)."""
    job = Job(eid=eid, name=name, kind=kind, guessed=guessed)
    with _LOCK:
        _JOBS.setdefault(eid, []).append(job)
    _POOL.submit(_run, store, job, data, actor, reader)
    return job


def jobs(eid: str) -> list[Job]:
    with _LOCK:
        return list(_JOBS.get(eid, []))


def take_finished(eid: str) -> list[Job]:
    """The jobs that have ended, removed from the list: the page reports each once."""
    with _LOCK:
        mine = _JOBS.get(eid, [])
        ended = [job for job in mine if job.finished]
        _JOBS[eid] = [job for job in mine if not job.finished]
    return ended


def _run(store, job: Job, data: bytes, actor: str, reader: Reader) -> None:
    try:
        extracted = extract_text(job.name, data, progress=job.progress)
        if job.guessed:  # the evaluation's documents name the buyer: a case study of theirs is their own pilot
            job.kind = kind_read(job.kind, job.name, extracted.text, store.get(job.eid).evaluation.documents)
        document = from_file(job.name, job.kind, extracted, data)
        job.warnings = list(extracted.warnings)
        _add(store, job, document, actor, reader)
    except ExtractionError as refused:
        job.problem = str(refused)
    except (NotYourEvaluation, EvaluationNotFound) as refused:
        job.problem = f"{job.name}: not added: {refused}"
    except Exception as problem:  # noqa: BLE001 - a reader bug must end the job, not hang it
        job.problem = f"{job.name}: the file could not be read ({type(problem).__name__})"
    finally:
        job.finished = True


def _add(store, job: Job, document, actor: str, reader: Reader) -> None:
    for _ in range(SAVE_TRIES):
        latest = store.get(job.eid)
        if any(d.sha256 == document.sha256 for d in latest.evaluation.documents):
            job.problem = f"{job.name}: this file is already one of the proposal's documents"
            return
        added = with_document(latest.evaluation, document, reader)  # labels read against this version's documents
        try:
            saved = store.save(job.eid, added, expected_version=latest.version, actor=actor)
        except StaleEvaluation:
            continue
        job.before, job.after, job.document = latest.version, saved.version, document
        job.labels = [label for label in added.labels if label not in latest.evaluation.labels]
        return
    job.problem = f"{job.name}: the document was not added, as the evaluation kept changing; add it again"
