"""Saved drafts: evaluations in a database (SQLite by default), versioned, never lost.

    store = Store()                      # WINNOW_DATABASE_URL, else <repo>/data/winnow.db
    saved = store.create(evaluation)
    saved = store.save(saved.id, edited, expected_version=saved.version)
    page = store.page(search="dash", sort="score")   # the library: columns only, never scored
    mine = store.join(saved.id, evaluator="Kim", owner="kim@plant.example")  # a team: one each
"""
from .engine import default_url
from .errors import EvaluationNotFound, NotYourEvaluation, SchemaBehind, StaleEvaluation
from .records import AuditEntry, Comment, EvaluationSummary, Page, Saved
from .store import Store

__all__ = ["AuditEntry", "Comment", "EvaluationNotFound", "EvaluationSummary", "NotYourEvaluation", "Page", "Saved",
           "SchemaBehind", "StaleEvaluation", "Store", "default_url"]
