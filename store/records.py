"""What the store hands back to the app: plain immutable records, no ORM objects.

ORM rows are tied to a session; returning them would let the app trigger lazy loads or
accidental writes long after the transaction ended.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from questions import Evaluation


@dataclass(frozen=True)
class Saved:
    """One saved evaluation at one version. Pass `version` back as `expected_version`."""

    id: str
    version: int
    evaluation: Evaluation
    updated_at: datetime  # when the store last wrote it (UTC, aware)


@dataclass(frozen=True)
class EvaluationSummary:
    """A row of the library; read from columns, never from the JSON, never scored.

    The headline figures are None only for a row the store could not score (see
    Store.refresh_headlines); gaps and flags are counts.
    """

    id: str
    proposal: str
    vendor: str
    evaluator: str
    version: int
    updated_at: datetime
    score: float | None = None
    claimed_scope: int | None = None
    delivered_scope: int | None = None
    gaps: int | None = None
    flags: int | None = None


@dataclass(frozen=True)
class Page:
    """One page of the library: `total` rows match the search, `rows` is this page of them."""

    total: int
    rows: list[EvaluationSummary]
