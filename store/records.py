"""What the store hands back to the app: plain immutable records, no ORM objects.

ORM rows are tied to a session; returning them would let the app trigger lazy loads or
accidental writes long after the transaction ended.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # an annotation only: the library's first page reads records without the models
    from questions import Evaluation


@dataclass(frozen=True)
class Saved:
    """One saved evaluation at one version. Pass `version` back as `expected_version`."""

    id: str
    version: int
    evaluation: Evaluation
    updated_at: datetime  # when the store last wrote it (UTC, aware)
    owner: str = ""  # the signed-in evaluator (e-mail) who alone may change it; '' = the local user
    group_id: str = ""  # the proposal it scores; every evaluator's evaluation of it shares this


COPY = " (copy)"  # what a duplicate's name ends with (Store.duplicate)


def original_name(proposal: str) -> str:
    """A proposal's name without the marks duplicating added: "Offer (copy) (copy)" -> "Offer"."""
    while proposal.endswith(COPY):
        proposal = proposal[:-len(COPY)]
    return proposal


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
    owner: str = ""
    group_id: str = ""


@dataclass(frozen=True)
class Page:
    """One page of the library: `total` rows match the search, `rows` is this page of them."""

    total: int
    rows: list[EvaluationSummary]


@dataclass(frozen=True)
class Comment:
    """One comment in a proposal's thread. `text` is exactly as written: show it as plain text."""

    id: int
    group_id: str
    question: str  # '' = about the proposal as a whole
    author: str
    text: str
    at: datetime


@dataclass(frozen=True)
class AuditEntry:
    """One change: `field` of `question` ('' = the evaluation itself) went from `before` to `after`.

    before/after are the values as the evaluation file holds them (str, list, dict, number,
    bool, None). Whole-evaluation events: field 'created' (after = the name), 'copied_from'
    or 'joined' (after = the source id or group), 'deleted' (before = the name).
    Lists that may be long are one line, never their content: field 'documents',
    'evidence_records' or 'rounds' has before None and after e.g. "added datasheet.pdf
    (datasheet, 3f2a9c1b04de); removed offer.pdf (proposal, 77ab01cd9e22)" or "added record r2
    (demo, 2026-11-12)".
    """

    evaluation_id: str
    version: int
    actor: str
    at: datetime
    question: str
    field: str
    before: Any
    after: Any
