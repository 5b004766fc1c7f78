"""Saved drafts: evaluations in a database (SQLite by default), versioned, never lost.

    store = Store()                      # WINNOW_DATABASE_URL, else <repo>/data/winnow.db
    saved = store.create(evaluation)
    saved = store.save(saved.id, edited, expected_version=saved.version)
    page = store.page(search="dash", sort="score")   # the library: columns only, never scored
"""
from .engine import default_url
from .errors import EvaluationNotFound, StaleEvaluation
from .records import EvaluationSummary, Page, Saved
from .store import Store

__all__ = ["EvaluationNotFound", "EvaluationSummary", "Page", "Saved", "StaleEvaluation", "Store", "default_url"]
