"""What every session shares, opened once per process: the question bank and the store.

Below the sign-in gate (views/auth.py), which reads the store's sign-outs: so this module asks only
the sign-in settings whether a new database gets the examples.
"""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from questions import QuestionBank, load_bank
from store import SchemaBehind, Store
from views import sign_in_settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES_ENV = "WINNOW_EXAMPLES"  # "1": seed the examples even with sign-in set up; "0": never


@st.cache_resource(show_spinner=False)
def bank() -> QuestionBank:
    return load_bank()


@st.cache_resource(show_spinner=False)
def _store(url: str, examples: bool) -> Store:
    """One Store per database, shared by all sessions; a new one gets the examples if `examples`.
    Opened here, so a schema the app may not migrate (SchemaBehind) stops it before any page."""
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


def opened() -> Store:
    """The store, or SchemaBehind (not cached: the next run, after a migration, opens it)."""
    return _store(os.environ.get("WINNOW_DATABASE_URL", "").strip(), seeds_examples())


def store() -> Store:
    """The store; a schema the app's role may not migrate shows only how to migrate it, on every page."""
    try:
        return opened()
    except SchemaBehind as behind:
        st.error(str(behind), icon=":material/database:")
        st.stop()
