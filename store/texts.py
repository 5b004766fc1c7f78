"""Document texts stored once, by content, and put back into every evaluation the store reads.

The JSON of a saved version (current or past) holds each document with text '' and its
text_sha256, the SHA-256 of the text's UTF-8 bytes; the text is one row of document_texts,
written by the first save that brings it and shared by every version and evaluation holding
it. So an answer edit writes a few kilobytes whatever the size of the proposal.

A text never changes under its hash, so the process keeps recently used texts in memory (`Texts`):
reading a 20 MB proposal again parses only the small JSON, and a save recognises a text the
store handed out by identity instead of hashing 20 MB again.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from sqlalchemy import insert, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from questions import Evaluation, EvaluationError

from .rows import now
from .tables import DocumentTextRow

CACHE_CHARS = 64_000_000  # three 20 MB proposals; a text over this is read from the database each time


def utf8(text: str, where: str = "a document's text") -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate: no JSON file or database could hold it
        raise EvaluationError(f"{where}: {error.reason} at character {error.start + 1}") from None


def text_key(text: str) -> str:
    """The storage key of a text: hashlib.sha256(text.encode()).hexdigest()."""
    return hashlib.sha256(utf8(text)).hexdigest()


def _insert_absent(session: Session):
    """INSERT that leaves a row already there alone: two writers may bring the same text at once."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite.insert(DocumentTextRow).on_conflict_do_nothing(index_elements=["sha256"])
    if dialect == "postgresql":  # imported here: a SQLite start never loads PostgreSQL's dialect
        from sqlalchemy.dialects import postgresql
        return postgresql.insert(DocumentTextRow).on_conflict_do_nothing(index_elements=["sha256"])
    return insert(DocumentTextRow)  # other databases: the store's write lock still serialises writers


class Texts:
    """The Store's document texts: split off before a write, put back after a read.

    Thread-safe. The cache maps hash -> text (least recently used dropped first, at most
    CACHE_CHARS characters) and the id of each cached text object -> its hash.
    """

    def __init__(self, limit: int = CACHE_CHARS) -> None:
        self._limit, self._chars = limit, 0
        self._by_key: OrderedDict[str, str] = OrderedDict()
        self._by_id: dict[int, str] = {}
        self._lock = threading.Lock()

    # --- writing ---------------------------------------------------------------------

    def split(self, evaluation: Evaluation, own: bool = False) -> tuple[Evaluation, dict[str, str]]:
        """(the evaluation as stored, its texts by hash). Each document keeps '' and text_sha256.

        `own`: the evaluation was read from the store's own JSON, so a document already split
        (text '', text_sha256 set) refers to a stored text. From anywhere else such a hash is
        dropped: a file must not reach a text it does not hold.
        """
        if not evaluation.documents:
            return evaluation, {}
        texts, documents = {}, []
        for i, document in enumerate(evaluation.documents):
            if document.text:
                key = self._key(document.text, f"documents.{i}.text")
                texts[key] = document.text
                documents.append(document.model_copy(update={"text": "", "text_sha256": key}))
            elif document.text_sha256 and not own:
                documents.append(document.model_copy(update={"text_sha256": ""}))
            else:
                documents.append(document)
        return evaluation.model_copy(update={"documents": documents}), texts

    def keep(self, session: Session, texts: dict[str, str]) -> None:
        """Store each text not stored yet, in the caller's transaction (one small read first:
        a text already there, the usual case on an edit, is never sent to the database again)."""
        if not texts:
            return
        there = self._stored(session, list(texts))
        at = now()
        rows = [dict(sha256=key, utf8=data, size=len(data), created_at=at)
                for key, text in texts.items() if key not in there for data in (utf8(text),)]
        if rows:
            session.execute(_insert_absent(session), rows)
        self._remember(texts)

    @staticmethod
    def _stored(session: Session, keys: list[str]) -> set[str]:
        return set(session.scalars(select(DocumentTextRow.sha256).where(DocumentTextRow.sha256.in_(keys))))

    # --- reading ---------------------------------------------------------------------

    def hydrate(self, session: Session, evaluations: list[Evaluation], known: dict[str, str] | None = None
                ) -> list[Evaluation]:
        """The evaluations with every document's text put back: one query for all texts not at hand."""
        wanted = {d.text_sha256 for e in evaluations for d in e.documents if d.text_sha256 and not d.text}
        if not wanted:
            return evaluations
        found = {key: text for key in wanted if (text := (known or {}).get(key) or self._cached(key)) is not None}
        missing = wanted - found.keys()
        if missing:
            rows = session.execute(select(DocumentTextRow.sha256, DocumentTextRow.utf8)
                                   .where(DocumentTextRow.sha256.in_(sorted(missing)))).all()
            read = {key: bytes(data).decode("utf-8") for key, data in rows}
            self._remember(read)
            found.update(read)
        return [_filled(e, found) for e in evaluations]

    # --- the cache -------------------------------------------------------------------

    def _key(self, text: str, where: str) -> str:
        with self._lock:
            key = self._by_id.get(id(text))
            if key is not None and self._by_key.get(key) is text:  # the very object handed out
                self._by_key.move_to_end(key)
                return key
        return hashlib.sha256(utf8(text, where)).hexdigest()

    def _cached(self, key: str) -> str | None:
        with self._lock:
            text = self._by_key.get(key)
            if text is not None:
                self._by_key.move_to_end(key)
            return text

    def _remember(self, texts: dict[str, str]) -> None:
        with self._lock:
            for key, text in texts.items():
                if key in self._by_key:
                    self._by_key.move_to_end(key)
                elif len(text) <= self._limit:
                    self._by_key[key], self._by_id[id(text)] = text, key
                    self._chars += len(text)
            while self._chars > self._limit:
                _, dropped = self._by_key.popitem(last=False)
                self._by_id.pop(id(dropped), None)
                self._chars -= len(dropped)


def _filled(evaluation: Evaluation, texts: dict[str, str]) -> Evaluation:
    """Texts back in place, text_sha256 back to '': what the store hands out equals what it was given."""
    if not any(d.text_sha256 for d in evaluation.documents):
        return evaluation
    documents = []
    for d in evaluation.documents:
        if d.text_sha256 and not d.text and d.text_sha256 not in texts:
            raise EvaluationError(f"the text of document {d.name!r} ({d.text_sha256[:12]}) is missing from the store")
        documents.append(d.model_copy(update={"text": d.text or texts.get(d.text_sha256, ""), "text_sha256": ""})
                         if d.text_sha256 else d)
    return evaluation.model_copy(update={"documents": documents})
