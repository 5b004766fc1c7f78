"""Saved drafts: evaluations in a database (SQLite by default), versioned, never lost.

    store = Store()                      # WINNOW_DATABASE_URL, else <repo>/data/winnow.db
    saved = store.create(evaluation)
    saved = store.save(saved.id, edited, expected_version=saved.version)
    page = store.page(search="dash", sort="score")   # the library: columns only, never scored
    mine = store.join(saved.id, evaluator="Kim", owner="kim@plant.example")  # a team: one each

Each name is imported on first use: the library's first page reads a local database with sqlite3
alone (store/local.py), and `import store.local` must not bring SQLAlchemy and the models with it.
"""
from importlib import import_module

_HOMES = {"default_url": "engine", "EvaluationNotFound": "errors", "NotYourEvaluation": "errors",
          "SchemaBehind": "errors", "StaleEvaluation": "errors", "AuditEntry": "records", "Comment": "records",
          "EvaluationSummary": "records", "Page": "records", "Saved": "records", "Store": "store"}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'store' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value  # once: later look-ups skip this function
    return value
