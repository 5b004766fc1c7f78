"""The pydantic models of the evaluation file's format (the bank's shape is in bank_models.py,
re-exported here so `questions.models` names every model).

The evaluation JSON Schema (questions/evaluation.schema.json) is generated from `Evaluation`;
tests/test_schema.py fails when the two disagree.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timezone
from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from .names import MAX_NAME_CHARS, name_problem, plain_name  # noqa: F401 - re-exported
from .bank_models import (  # noqa: F401 - re-exported: questions.models names every model
    AnswerKind,
    EvidenceId,
    Strict,
    Choice,
    Question,
    Section,
    EvidenceLevel,
    RecordKind,
    Requirement,
    Label,
    ScopeLevel,
    Flag,
    FitRule,
    ProblemFitRules,
    Technology,
    KeyQuestions,
    SubstanceKind,
    Words,
    Topic,
    RoundRules,
    QuoteRules,
    QuestionBank,
)

SCHEMA_VERSION = 2  # 2: the proposal is a list of documents (1 held one proposal_text)

Direction = Literal["none", "to_system", "from_system", "both"]
# each way a link's data flows, as every page and export words it: the row's system is the plant's ("your system")
DIRECTION_WORDS: dict[str, str] = {"none": "No data exchanged", "to_system": "→ into your system",
                                   "from_system": "← out of your system", "both": "⇄ both ways"}
DocumentKind = Literal["proposal", "datasheet", "security", "statement_of_work", "price_sheet", "case_study", "reply",
                       "sales_email", "questionnaire", "terms", "other"]
DocumentFormat = Literal["pdf", "docx", "xlsx", "csv", "text", "image", "pasted"]
DOCUMENT_KINDS = {"proposal": "Proposal", "datasheet": "Datasheet", "security": "Security paper",
                  "statement_of_work": "Statement of work", "price_sheet": "Price sheet",
                  "case_study": "Case study (another customer)", "reply": "Reply",
                  # a cover e-mail or sales letter: binds nothing the offer does not say (reading/sales_mail.py)
                  "sales_email": "Sales e-mail or letter",
                  # the vendor's answers to the buyer's questionnaire, row by row (reading/questionnaire.py)
                  "questionnaire": "Vendor's answers to our questions",
                  # the vendor's terms and conditions, signed or not: the contract's terms, no description of the system
                  "terms": "Terms and conditions", "other": "Other document"}
RoundStatus = Literal["open", "answered", "partly", "not_answered"]
PAGE_BREAK = "\f"  # between two pages of a document's text (proposals.layout joins pages with it)


# --- the evaluation file ---------------------------------------------------------------

def measure_complete(m) -> bool:
    """Metric, unit, baseline and target all named. By attributes alone: the library's fast path scores stored rows
    whose measures are plain attribute objects, not this model (store/mirror.py)."""
    return bool(m.metric.strip() and m.unit.strip()) and m.baseline is not None and m.target is not None


class Measure(Strict):
    metric: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None

    @property
    def given(self) -> bool:
        """A metric or a number named: a unit alone answers nothing the scoring rules ask."""
        return bool(self.metric.strip() or self.baseline is not None or self.target is not None)

    @property
    def complete(self) -> bool:
        """Metric, unit, baseline and target all named: a measure the pilot can be judged by."""
        return measure_complete(self)


class Integration(Strict):
    system: str
    direction: Direction = "none"
    method: str = ""
    owner: str = ""
    paid_option: bool = Field(False, description="The offer sells this link as a paid option, outside its price.")


class Answer(Strict):
    question: str
    evidence: EvidenceId = "vendor_claim"
    choices: list[str] = []
    text: str = ""
    measure: Measure | None = None
    integrations: list[Integration] = []
    quotes: list[str] = Field(default=[], description="Sentences quoted from the proposal as evidence.")
    drafted: bool = Field(False, description="Winnow drafted this answer from the proposal text.")
    reviewed: bool = Field(False, description="The buyer has kept, edited or rejected the drafted answer.")
    suggested: list[str] = Field(default=[], description="Options Winnow read from the proposal with too little "
                                 "confidence to draft: offered to the buyer to check; no points until accepted.")
    accepted: list[str] = Field(default=[], description="Options the buyer accepted from those offered to check: "
                                "theirs, so rejecting or clearing the drafted rest of the answer leaves them.")

    # What a drafted and a reviewed answer is, for every page and export: the Evaluate page's progress, the
    # scorecard, Compare, the reports and the review trail count with these two, so none says another number.
    @property
    def unreviewed(self) -> bool:
        """A drafted answer nobody has looked at yet: its points rest on Winnow's reading alone. One holding nothing
        (options only offered to check, or only the sentences read) backs nothing and awaits no Keep."""
        return self.drafted and not self.reviewed and self.has_content

    @property
    def offered_only(self) -> bool:
        """Drafted with nothing in it to keep: at most options offered to check, which earn nothing until accepted."""
        return self.drafted and not self.reviewed and not self.has_content

    def says(self, measured: bool) -> bool:
        """Something chosen, typed or connected, or `measured` (the caller's say on the measure)."""
        return bool(measured or self.choices or self.text.strip() or self.integrations)

    @property
    def has_content(self) -> bool:
        """Something chosen, typed, measured or connected: what the answer says, its quotes aside."""
        return self.says(self.measure is not None)

    @property
    def is_empty(self) -> bool:
        """Nothing said and nothing quoted: an answer emptied, or a draft the buyer rejected."""
        return not (self.has_content or self.quotes)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


BANK_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,39}")
FROM_FILE = {"from_file": True}  # validation context for a file from outside: names are checked strictly


class Document(Strict):
    """One document of the vendor's offer: the proposal itself, a datasheet, a security paper ..."""

    name: str = Field(min_length=1, description="The file's name, or 'Pasted text'.")
    kind: DocumentKind = "proposal"
    format: DocumentFormat = "pasted"
    pages: int | None = Field(None, ge=0, description="PDF and image pages; its text has a form feed between pages.")
    ocr_pages: list[int] = Field(default=[], description="Pages read by OCR (they had no text layer).")
    text: str
    sha256: str = Field("", description="Hash of the file as uploaded (or of the pasted text).")
    text_sha256: str = Field("", description="Set only inside Winnow's store: the SHA-256 of `text`, which the store "
                             "keeps once, by this hash, while the saved JSON holds '' as the text. '' in files.")
    system_names: list[str] = Field(default=[], description="The names the text gives the systems it speaks of ('Carl "
                                    "Source' in 'your CMMS Carl Source'), read as it came in: an answer repeating one "
                                    "names a system when scored, which reads no document's text.")
    added_at: datetime = Field(default_factory=_now)


class RoundQuestion(Strict):
    """One question of a clarification round: one open topic, tied to what it comes from."""

    id: str = Field(description="'2.3': round 2, question 3.")
    text: str
    topic: str = Field(description="The topic of questions/rounds.yaml the question stands for.")
    sources: list[str] = Field(default=[], description="What it comes from: 'gap:LABEL:QUESTION', 'flag:FLAG', "
                               "'question:QUESTION' (an unanswered essential question).")
    comes_from: list[str] = Field(default=[], description="The same sources in words, as the letter said them.")
    proposal_quotes: list[str] = Field(default=[], description="Sentences of the proposal the question asks about.")
    given: list[str] = Field(default=[], description="What the question leaves out as the proposal states it "
                             "('cost': a yearly fee), of the kinds of substance its topic needs.")
    status: RoundStatus = "open"
    quotes: list[str] = Field(default=[], description="The reply's sentences on this question.")
    why: str = Field("", description="Why the reply answers it, partly, or not.")
    closed: bool | None = Field(None, description="After the reply: every source closed (None: no reply yet).")
    waits: bool = Field(False, description="After the reply: answered, but the buyer's own answer holds a source open "
                        "until the buyer takes the answer the reply proposes (Round.proposed).")

    @property
    def settled(self) -> bool:
        """A reply answered it or closed it (or will, once the buyer takes its answer): a later reply leaves it be."""
        return bool(self.closed or self.waits or self.status == "answered")


class RoundReply(Strict):
    """One message of the vendor's answering a round: a round may take several (an e-mail, then the KPI figures as
    promised, then the security team's answer), each read against the questions still open when it came."""

    document: str = Field(description="The reply document's name.")
    sha256: str = ""
    replied_on: date | None = Field(None, description="The day it says it was written, else the day it was read.")
    settled: list[str] = Field(default=[], description="The round's questions it settled (answered, or closed), by id.")


class Round(Strict):
    """The questions sent to the vendor on one day, and what the vendor's replies settled."""

    number: int = Field(ge=1)
    sent_at: date
    sent_by: str = ""
    questions: list[RoundQuestion] = []
    reply_document: str = Field("", description="The first reply document's name, once a reply is read.")
    reply_sha256: str = ""
    replied_on: date | None = Field(None, description="The day the first reply says it was written (its mail header's "
                                    "date, its dateline), else the day it was read.")
    replies: list[RoundReply] = Field(default=[], description="Every message that answered the round, oldest first, "
                                      "the first being reply_document; each with the questions it settled.")
    score_before: float | None = Field(None, ge=0, le=100)
    score_after: float | None = Field(None, ge=0, le=100)
    open_before: list[str] = Field(default=[], description="Gaps, flags and essential questions open when sent.")
    open_after: list[str] = Field(default=[], description="Those open after the reply was read.")
    unasked: list[str] = Field(default=[], description="Topics the reply answered without being asked.")
    proposed: list[Answer] = Field(default=[], description="Changes the reply proposes to answers the buyer typed or "
                                   "reviewed, each kept until the buyer takes it or keeps their own answer.")
    declined: list[Answer] = Field(default=[], description="Changes the reply proposed that the buyer declined (Keep my "
                                   "answer): never proposed again for the same sentences (scoring/round_declined.py).")

    @property
    def replied(self) -> bool:
        return bool(self.reply_document)

    @model_validator(mode="before")
    @classmethod
    def _one_reply_listed(cls, data: Any) -> Any:
        """A round saved before rounds took several replies: its one reply, listed, with what it settled."""
        if not isinstance(data, dict) or data.get("replies") or not data.get("reply_document"):
            return data
        said = [RoundQuestion.model_validate(q) if isinstance(q, dict) else q for q in data.get("questions") or []]
        settled = [q.id for q in said if isinstance(q, RoundQuestion) and q.settled]
        return dict(data, replies=[{"document": data["reply_document"], "sha256": data.get("reply_sha256", ""),
                                    "replied_on": data.get("replied_on"), "settled": settled}])

    def settled_by(self, question: str) -> RoundReply | None:
        """The reply that settled one of its questions, if any did."""
        return next((r for r in self.replies if question in r.settled), None)

    @field_validator("sent_by")
    @classmethod
    def _plain_sender(cls, value: str, info: ValidationInfo) -> str:
        problem = name_problem(value) if (info.context or {}).get("from_file") else None
        if problem:
            raise ValueError(problem)
        return value


def upgrade_file(data: Any) -> Any:
    """A schema_version 1 evaluation as version 2: its one proposal_text becomes one document."""
    if not isinstance(data, dict) or data.get("schema_version") != 1:
        return data
    data = dict(data, schema_version=SCHEMA_VERSION)
    text = data.pop("proposal_text", "")
    if isinstance(text, str) and text.strip():
        document = {"name": "Proposal text", "kind": "proposal", "format": "pasted", "text": text,
                    "sha256": hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()}
        if "created_at" in data:  # the text came with the evaluation: the same upgrade gives the same file
            document["added_at"] = data["created_at"]
        data["documents"] = [document]
    return data


class EvidenceRecord(Strict):
    """Evidence that is more than a word: what someone saw, where and when, tied to the answers it backs."""

    id: str = Field(min_length=1)
    kind: str = Field(description="A record kind of the bank's evidence_records: site_visit, demo, pilot ...")
    on: date
    where: str = ""
    seen_by: str = ""
    what: str = Field("", description="What was seen or measured.")
    questions: list[str] = Field(default=[], description="The answers it backs.")
    document: str = Field("", description="SHA-256 of an attached document among the evaluation's documents.")


class Evaluation(Strict):
    """One buyer's evaluation of one vendor proposal: the file Winnow saves and exports."""

    schema_version: Literal[2] = SCHEMA_VERSION
    bank_version: str
    proposal: str = Field(min_length=1, description="The proposal's name, as the buyer knows it.")
    vendor: str = ""
    evaluator: str = ""
    labels: list[str] = Field(default=[], description="Glossary label ids the vendor sells with.")
    claimed_scope: int | None = Field(None, ge=0, le=4, description="Override of the scope the labels imply.")
    answers: list[Answer] = []
    documents: list[Document] = Field(default=[], description="The vendor's documents, in the order added.")
    evidence_records: list[EvidenceRecord] = Field(default=[], description="Site visits, demos, pilots and "
                                                   "reference calls, dated; 'demonstrated' and 'proven' need one.")
    rounds: list[Round] = Field(default=[], description="Clarification rounds sent to the vendor, oldest first.")
    also_ask: list[str] = Field(default=[], description="Unanswered questions the buyer picked to add to the next "
                                "round's letter ('Also ask'), kept until that round is sent.")
    notes: str = ""
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        return upgrade_file(data)

    @property
    def proposal_text(self) -> str:
        """Every document's text, a blank line apart, so no sentence runs from one into the next."""
        return "\n\n".join(d.text for d in self.documents if d.text.strip())

    @field_validator("proposal")
    @classmethod
    def _proposal_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the proposal name is blank")
        return value

    @field_validator("proposal", "vendor", "evaluator", "bank_version")
    @classmethod
    def _plain_in_files(cls, value: str, info: ValidationInfo) -> str:
        """Strict only for files from outside (context FROM_FILE): what is saved stays readable as it is."""
        if not (info.context or {}).get("from_file"):
            return value
        if info.field_name == "bank_version":
            if not BANK_VERSION.fullmatch(value):
                raise ValueError("is not a question-bank version such as '2026.11'")
            return value
        problem = name_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    def answer(self, question_id: str) -> Answer | None:
        return next((a for a in self.answers if a.question == question_id), None)
