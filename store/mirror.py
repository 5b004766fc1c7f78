"""Stored evaluation JSON read fast, for re-scoring the whole library after a bank change.

The pydantic model parses 10,000 stored rows in 0.6 s CPU (collector paused), msgspec in 0.16 s
(bench/bench_store.py prints both). msgspec reads the JSON into Structs that mirror
questions.models field by field (names, types, defaults, ranges, a blank proposal name, unknown
keys refused; stricter where msgspec is: no number written as a string, no NaN), so JSON the
model would refuse is refused here too and the caller takes the model's way.
tests/test_store_headlines.py proves the two agree. Scoring reads attributes only, so it takes
these Structs as they are; everything else uses the models.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec

from questions.models import Answer, Direction, DocumentFormat, DocumentKind, Evaluation, EvidenceId, Measure, \
    RoundStatus


_NOW = Evaluation.model_fields["created_at"].default_factory  # the model's own default


class _Mirror(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """gc=False: a Struct is never in a reference cycle, so the collector need not track it."""


class StoredMeasure(_Mirror, kw_only=True):
    metric: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    given = Measure.given  # the model's own notion: scoring reads it here as on a Measure


class StoredIntegration(_Mirror, kw_only=True):
    system: str
    direction: Direction = "none"
    method: str = ""
    owner: str = ""
    paid_option: bool = False


class StoredAnswer(_Mirror, kw_only=True):
    question: str
    evidence: EvidenceId = "vendor_claim"
    choices: list[str] = []
    text: str = ""
    measure: StoredMeasure | None = None
    integrations: list[StoredIntegration] = []
    quotes: list[str] = []
    drafted: bool = False
    reviewed: bool = False
    suggested: list[str] = []
    accepted: list[str] = []
    # the model's own notions, not copies: scoring reads them here as on an Answer
    says, has_content, is_empty = Answer.says, Answer.has_content, Answer.is_empty
    unreviewed, offered_only = Answer.unreviewed, Answer.offered_only


class StoredDocument(_Mirror, kw_only=True):
    name: Annotated[str, msgspec.Meta(min_length=1)]
    kind: DocumentKind = "proposal"
    format: DocumentFormat = "pasted"
    pages: Annotated[int, msgspec.Meta(ge=0)] | None = None
    ocr_pages: list[int] = []
    text: str
    sha256: str = ""
    text_sha256: str = ""
    system_names: list[str] = []
    added_at: datetime = msgspec.field(default_factory=_NOW)


class StoredRoundQuestion(_Mirror, kw_only=True):
    id: str
    text: str
    topic: str
    sources: list[str] = []
    comes_from: list[str] = []
    proposal_quotes: list[str] = []
    given: list[str] = []
    status: RoundStatus = "open"
    quotes: list[str] = []
    why: str = ""
    closed: bool | None = None
    waits: bool = False


class StoredRoundReply(_Mirror, kw_only=True):
    document: str
    sha256: str = ""
    replied_on: date | None = None
    settled: list[str] = []


class StoredRound(_Mirror, kw_only=True):
    number: Annotated[int, msgspec.Meta(ge=1)]
    sent_at: date
    sent_by: str = ""
    questions: list[StoredRoundQuestion] = []
    reply_document: str = ""
    reply_sha256: str = ""
    replied_on: date | None = None
    replies: list[StoredRoundReply] = []  # a row saved with one reply and none listed: the model lists it (Round)
    score_before: Annotated[float, msgspec.Meta(ge=0, le=100)] | None = None
    score_after: Annotated[float, msgspec.Meta(ge=0, le=100)] | None = None
    open_before: list[str] = []
    open_after: list[str] = []
    unasked: list[str] = []
    proposed: list[StoredAnswer] = []
    declined: list[StoredAnswer] = []


class StoredEvidenceRecord(_Mirror, kw_only=True):
    id: Annotated[str, msgspec.Meta(min_length=1)]
    kind: str
    on: date
    where: str = ""
    seen_by: str = ""
    what: str = ""
    questions: list[str] = []
    document: str = ""


class StoredEvaluation(_Mirror, kw_only=True):
    schema_version: Literal[2] = 2  # a version 1 row is refused here and read by the model, which upgrades it
    bank_version: str
    proposal: Annotated[str, msgspec.Meta(min_length=1)]
    vendor: str = ""
    evaluator: str = ""
    labels: list[str] = []
    claimed_scope: Annotated[int, msgspec.Meta(ge=0, le=4)] | None = None
    answers: list[StoredAnswer] = []
    documents: list[StoredDocument] = []
    evidence_records: list[StoredEvidenceRecord] = []
    rounds: list[StoredRound] = []
    also_ask: list[str] = []
    notes: str = ""
    created_at: datetime = msgspec.field(default_factory=_NOW)
    updated_at: datetime = msgspec.field(default_factory=_NOW)

    def __post_init__(self) -> None:
        if not self.proposal.strip():  # as Evaluation._proposal_not_blank
            raise ValueError("the proposal name is blank")

    @property
    def proposal_text(self) -> str:  # as Evaluation.proposal_text
        return "\n\n".join(d.text for d in self.documents if d.text.strip())


_decode = msgspec.json.Decoder(StoredEvaluation).decode


def read_stored(text: str) -> StoredEvaluation | None:
    """The stored JSON as Structs, or None where the pydantic model must decide (it may refuse it)."""
    try:
        return _decode(text)
    except (msgspec.DecodeError, ValueError, TypeError):
        return None


def as_evaluation(stored: StoredEvaluation) -> Evaluation:
    """The pydantic Evaluation with the same content (for anything beyond scoring's attributes)."""
    return Evaluation.model_validate_json(msgspec.json.encode(stored))
