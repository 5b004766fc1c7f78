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
    """A row of the list of saved evaluations; read from columns, never from the JSON."""

    id: str
    proposal: str
    vendor: str
    evaluator: str
    version: int
    updated_at: datetime
