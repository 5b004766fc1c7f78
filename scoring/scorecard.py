"""The Scorecard: what scoring returns. Computed from an Evaluation and the bank every time it
is needed, never stored as the truth, so a newer bank re-scores old evaluations."""
from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


M = TypeVar("M", bound=Out)
_object_setattr = object.__setattr__
_new = object.__new__


def build(cls: type[M], **fields) -> M:
    """An Out model from values the engine made itself, already of the right types, without
    pydantic re-validating them (a scorecard holds ~60 models; validation was most of its cost).
    What model_construct does, minus its default handling: every field must be given
    (tests/test_properties.py checks that each scorecard is what validation would make)."""
    model = _new(cls)
    _object_setattr(model, "__dict__", fields)
    _object_setattr(model, "__pydantic_fields_set__", set(fields))
    _object_setattr(model, "__pydantic_extra__", None)
    _object_setattr(model, "__pydantic_private__", None)
    return model


class ScoredAnswer(Out):
    question: str
    section: str
    prompt: str
    kind: str
    points: float
    max_points: float
    content: float  # 0-1, before the evidence factor
    evidence: str  # evidence level id
    summary: str  # the answer in a few words, for tables and comparisons: `said` clipped
    said: str  # the whole answer on one line, for the exports: a buyer's file holds what the answer says
    reasons: list[str]  # why each point was given or withheld
    quotes: list[str] = []
    sources: list[str] = []  # where each quote comes from ("Datasheet p. 4"); '' for none of the documents


class DocumentRead(Out):
    """One of the vendor's documents the evaluation holds, as the scorecard lists it."""
    title: str  # as citations name it: "Datasheet", or "Datasheet pump.pdf" when there are two
    name: str
    kind: str
    pages: int | None
    ocr_pages: list[int]


class SectionScore(Out):
    id: str
    title: str
    weight: float
    score: float  # 0-100
    points: float
    max_points: float
    answered: int
    questions: int


class Gap(Out):
    label: str  # label id
    label_name: str
    claimed: int
    delivered: int
    section: str  # the section whose answers would close the gap
    missing: str
    reason: str
    why: str
    follow_up: str


class RiskFlag(Out):
    id: str
    severity: Literal["high", "medium", "low"]
    title: str
    reason: str
    follow_up: str


class ProblemFit(Out):
    status: Literal["tied", "partial", "none"]
    problems: list[str]
    kpi: str
    reason: str


class TechnologyCheck(Out):
    id: str
    name: str
    claimed: bool
    backed: bool
    backing: str


# How an answer Winnow drafted and the buyer has not yet kept, edited or rejected is marked wherever it is shown: the
# first phase's owner as each answer of the reports
UNREVIEWED = "drafted, not yet reviewed"


# The heading over the vendor's own first phase, as the offer states it, on the page and in every export
OFFERED_PILOT = "The pilot the vendor offers, as its offer states it"


class FirstPhase(Out):
    pilot_scope: str
    offered: list[str]  # the offer's sentences that state its pilot; none where it states no pilot
    kpi: str
    owner: str
    questions: list[str]

    def rows(self) -> list[tuple[str, str]]:
        """The plan's labelled lines, in the order every export shows them."""
        return [("Pilot scope", self.pilot_scope), ("KPI", self.kpi), ("Owner", self.owner)]


class ProposalReading(Out):
    substance_ratio: float
    labels: list[str]
    sentences: int
    claimed_scope: int
    counted: int = 0  # the sentences the ratio counts: those that use a label or name something concrete
    concrete: int = 0  # of those, the ones that name something concrete


class Scorecard(Out):
    proposal: str
    vendor: str
    evaluator: str
    bank_version: str
    overall: float  # 0-100
    verdict: str
    sections: list[SectionScore]
    answers: list[ScoredAnswer]
    labels: list[str]
    claimed_scope: int
    claimed_scope_name: str
    delivered_scope: int
    delivered_scope_name: str
    delivered_shows: str
    delivered_from: list[str] = []  # the answers the delivered level stands on (scope_held.py)
    scope_next: str  # what the next level up needs
    gaps: list[Gap]
    flags: list[RiskFlag]
    problem_fit: ProblemFit
    technologies: list[TechnologyCheck]
    first_phase: FirstPhase
    proposal_reading: ProposalReading | None = None
    documents: list[DocumentRead] = []

    def no_gaps_said(self) -> str:
        """What a scorecard with no label gap says: that the labels are backed, only where labels were chosen; and
        where the scope delivered is still below the one claimed, that too (no gap is no claim met). With no label
        chosen, whether the proposal was read: a read proposal that sells with none is no call to read it."""
        if not self.labels and self.proposal_reading is not None and not self.proposal_reading.labels:
            return ("No label gaps: the proposal, as read, sells with no label (add one the vendor uses if the "
                    "reading missed it).")
        if not self.labels:
            return "No label gaps: no label is chosen yet (add the labels the vendor sells with, or read the proposal)."
        said = "No label gaps: the answers back up every label the vendor uses."
        if self.delivered_scope < self.claimed_scope:
            said += (f" The scope they show (level {self.delivered_scope}) is still below the scope claimed "
                     f"(level {self.claimed_scope}).")
        return said

    def section(self, section_id: str) -> SectionScore:
        return next(s for s in self.sections if s.id == section_id)


def whole(score: float) -> int:
    """A 0-100 score as every page, export and round line shows it: to the nearest whole number, a half to
    the even one (64.5 -> 64). The one rule: a CSV's 46.6 beside a page's 47, or a round's "0.0 -> 0.1" beside a
    scorecard's 0, read as two scores. Pages hand this number to browser tables and charts, whose own formatting
    would round a half up instead."""
    return round(score)
