"""The pydantic models of the question bank's shape (questions/*.yaml), loaded by questions.loader.

The evaluation file's models are in questions/models.py, which re-exports these."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .reply_rule_models import (AccuracyRules, DeferredRules, LinkRules, ParagraphRules,  # noqa: F401 (re-exported)
                               PartyRules, PriceRules, QuoteRules, ResendRules, TrackRules)
from .round_models import GeneralRules, GivenPart, MeasureRules, RoundRules, Topic, TopicRead  # noqa: F401 (re-exported)
from .word_models import CountedBetween, SubstanceKind, Words  # noqa: F401 (re-exported)

AnswerKind = Literal["choice", "choices", "text", "measure", "integrations"]
EvidenceId = Literal["not_answered", "vendor_claim", "specific", "demonstrated", "proven"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Choice(Strict):
    id: str
    name: str
    score: float = Field(1.0, ge=0, le=1)  # for kind `choice`
    points: float = Field(1.0, ge=0)  # for kind `choices`


class Question(Strict):
    id: str
    prompt: str
    help: str = ""
    kind: AnswerKind
    weight: float = Field(gt=0)
    full_at: float = Field(1, gt=0)
    choices: list[Choice] = []

    def choice_ids(self) -> list[str]:
        return [c.id for c in self.choices]

    def choice_names(self) -> dict[str, str]:
        """Option id -> the name the buyer reads."""
        return {c.id: c.name for c in self.choices}


class Section(Strict):
    id: str
    title: str
    weight: float = Field(ge=0)
    why: str
    questions: list[Question]


class EvidenceLevel(Strict):
    id: EvidenceId
    name: str
    factor: float = Field(ge=0, le=1)
    means: str
    hint: str = Field(default="", description="A few words on the level, shown beside an answer whose level the "
                      "buyer has not chosen yet.")
    needs_record: list[str] = Field(default=[], description="Record kinds one of which must back an answer at "
                                    "this level; without one it counts at the level below.")


class RecordKind(Strict):
    """A kind of dated evidence: a site visit, a demo, a pilot, a reference call."""
    id: str
    name: str


class Requirement(Strict):
    when: dict[str, Any]
    missing: str
    why: str
    follow_up: str


class Label(Strict):
    id: str
    name: str
    aliases: list[str]
    means: str
    claims: int = Field(ge=0, le=4)
    requires: list[Requirement]


class ScopeLevel(Strict):
    level: int = Field(ge=0, le=4)
    name: str
    shows: str
    needs: str = ""  # what the answers must show to reach this level
    when: dict[str, Any] | None = None


class Flag(Strict):
    id: str
    severity: Literal["high", "medium", "low"]
    title: str
    when: dict[str, Any]
    reason: str
    follow_up: str


class FitRule(Strict):
    when: dict[str, Any] | None = None
    reason: str


class ProblemFitRules(Strict):
    tied: FitRule
    partial: FitRule
    none: FitRule


class OfferedPilot(Strict):
    """rules.yaml's first_phase: how a pilot the vendor offers is told among the quotes at `questions`."""
    questions: list[str]
    names: list[str]
    lengths: list[str]  # a unit of time after a number: the pilot's length
    particulars: list[str]  # its start or what it is compared with
    done: list[str]  # a result it already gave: a pilot done, no offer


class Technology(Strict):
    id: str
    backed_by: dict[str, Any]
    backing: str


class KeyQuestions(Strict):
    problems: str
    kpi: str
    technologies: str
    upkeep_owner: str
    integrations: str


class QuestionBank(Strict):
    version: str
    note_bonus: float = Field(ge=0, le=1)
    note_full_at: float = Field(gt=0)
    evidence_levels: list[EvidenceLevel]
    evidence_records: list[RecordKind] = []
    sections: list[Section]
    labels: list[Label]
    scope: list[ScopeLevel]
    flags: list[Flag]
    problem_fit: ProblemFitRules
    technologies: list[Technology]
    key_questions: KeyQuestions
    substance_evidence: EvidenceId
    # a label's gap withholds the points of answers below `substance_evidence` on the questions it reads
    gap_withholds_claims: bool = False
    # a weight above this many times the largest section weight is none a buyer would choose (Compare's stability)
    plausible_weight_times: float = Field(3, gt=0)
    # every offer below this overall score (of 100): Compare says the ranking decides nothing yet
    compare_low_score: float = Field(20, ge=0, le=100)
    first_phase: OfferedPilot
    words: Words

    def questions(self) -> dict[str, Question]:
        return {q.id: q for s in self.sections for q in s.questions}

    def section_of(self) -> dict[str, str]:
        return {q.id: s.id for s in self.sections for q in s.questions}

    def evidence_names(self) -> dict[str, str]:
        """Evidence level id -> the name the buyer reads ("Described specifically")."""
        return {e.id: e.name for e in self.evidence_levels}

    def label(self, label_id: str) -> Label:
        return next(lab for lab in self.labels if lab.id == label_id)
