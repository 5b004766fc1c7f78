"""What every session shares, opened once per process: the question bank, the store, and the library's reader.

Below the sign-in gate (views/auth.py), which reads the store's sign-outs: so this module asks only
the sign-in settings whether a new database gets the examples. The bank and the store are imported
when first asked for: a local database's first page is read with sqlite3 alone (store/local.py).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from store import local
from store.errors import SchemaBehind
from views import sign_in_settings

if TYPE_CHECKING:
    from questions import QuestionBank
    from store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES_ENV = "WINNOW_EXAMPLES"  # "1": seed the examples even with sign-in set up; "0": never
URL_ENV = "WINNOW_DATABASE_URL"


@st.cache_resource(show_spinner=False)
def bank() -> QuestionBank:
    from questions import load_bank
    return load_bank()


@st.cache_resource(show_spinner=False)
def _store(url: str, examples: bool) -> Store:
    """One Store per database, shared by all sessions; a new one gets the examples if `examples`.
    Opened here, so a schema the app may not migrate (SchemaBehind) stops it before any page."""
    from store import Store
    store = Store(url or None).ready()
    if examples:
        store.seed_examples(EXAMPLES)  # only into a database that never held an evaluation
    return store


def seeds_examples() -> bool:
    """A new local database (no sign-in set up) starts with the examples, a team's starts clean;
    WINNOW_EXAMPLES=1 asks for them anyway, WINNOW_EXAMPLES=0 never."""
    asked = os.environ.get(EXAMPLES_ENV, "").strip()
    if asked in ("0", "1"):
        return asked == "1"
    return not sign_in_settings.configured()


def _url() -> str:
    return os.environ.get(URL_ENV, "").strip()


def opened() -> Store:
    """The store, or SchemaBehind (not cached: the next run, after a migration, opens it)."""
    return _store(_url(), seeds_examples())


def store() -> Store:
    """The store; a schema the app's role may not migrate shows only how to migrate it, on every page."""
    try:
        return opened()
    except SchemaBehind as behind:
        st.error(str(behind), icon=":material/database:")
        st.stop()


@st.cache_resource(show_spinner=False)
def _readable_here(path: str, examples: bool) -> bool:
    """A new local database made from the seed; whether its pages can be read with sqlite3 (store/local.py)."""
    return local.prepare(Path(path), examples)


def local_library() -> local.Library | None:
    """The library's reader for a local database that sqlite3 can read as the Store would, else None."""
    path = local.path_of(_url())
    if path is None or not _readable_here(str(path), seeds_examples()):
        return None
    return local.Library(path)


def library() -> local.Library | Store:
    """What the library's pages are read from: a local database with sqlite3, before (and without) the
    Store, which the first page would wait for; any other, or one the Store must first migrate or
    re-score, through the Store."""
    return local_library() or store()
