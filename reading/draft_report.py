"""Learning from reviews: which drafted options, and which drafting phrases behind them, buyers reject.

From the team's reviewed drafts (reading.draft_trail), one row per (question, option, phrase):
how many times Winnow drafted the option on that phrase, how often the buyer kept it, rejected it
(removed the option, or rejected the whole draft) and edited the answer holding it, the rejection
rate, and up to 3 of the proposal sentences behind the rejections. The phrase is found again by
scanning the drafted answer's quotes with the current drafting rules (Drafter.cues); an option
no quote holds a phrase for (implied by another answer, or a text or KPI answer) has phrase ''.
Text and KPI answers count as one option, '' (the answer as a whole). Most rejected first, so
whoever keeps questions/drafting.yaml sees at the top the phrases to correct.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from questions.models import Answer

from .draft import Drafter
from .draft_trail import Draft, Trail, all_drafts

MAX_EXAMPLES = 3
WHOLE = ""  # the option of a text or KPI answer: the answer as a whole


@dataclass
class Row:
    question: str
    option: str
    phrase: str
    drafted: int = 0
    kept: int = 0
    rejected: int = 0
    edited: int = 0
    examples: list[str] = field(default_factory=list)  # sentences behind the rejections
    rule: str = ""  # where no phrase drafted it: the kind of rule that did, for whoever keeps the rules

    @property
    def rejection_rate(self) -> float | None:
        """Rejected of reviewed (kept or rejected); None while none of its drafts was reviewed."""
        reviewed = self.kept + self.rejected
        return self.rejected / reviewed if reviewed else None

    def as_dict(self) -> dict:
        return dict(question=self.question, option=self.option, phrase=self.phrase, drafted=self.drafted,
                    kept=self.kept, rejected=self.rejected, edited=self.edited,
                    rejection_rate=self.rejection_rate, examples=list(self.examples), rule=self.rule)


@dataclass(frozen=True)
class Report:
    rows: list[Row]  # most rejected first
    drafts: int  # drafted answers in the trail
    reviewed: int  # of those, kept, edited or rejected by the buyer

    def as_json(self) -> dict:
        return dict(drafts=self.drafts, reviewed=self.reviewed, rows=[row.as_dict() for row in self.rows])

    def text(self) -> str:
        if not self.reviewed:
            return "No drafted answer has been reviewed in this database yet.\n"
        lines = [f"{self.reviewed} of {self.drafts} drafted answers reviewed; the options buyers reject most first."]
        for row in self.rows:
            rate = "" if row.rejection_rate is None else f" ({row.rejection_rate:.0%})"
            cue = f'phrase "{row.phrase}"' if row.phrase else row.rule or "no phrase in its quotes"
            lines.append(f"{row.question} / {row.option or '(the answer)'}, {cue}: drafted {row.drafted}, "
                         f"kept {row.kept}, rejected {row.rejected}{rate}, edited {row.edited}")
            lines += [f'    rejected on: "{example}"' for example in row.examples]
        return "\n".join(lines) + "\n"


def report(trails: Iterable[Trail], drafter: Drafter) -> Report:
    """The report over every evaluation's trail, with the phrases of `drafter`'s rules."""
    found = all_drafts(trails)
    rows: dict[tuple[str, str, str], Row] = {}
    for draft in found:
        _count(draft, drafter, rows)
    ordered = sorted(rows.values(), key=lambda r: (-r.rejected, -(r.rejection_rate or 0), -r.drafted,
                                                   r.question, r.option, r.phrase))
    return Report(ordered, len(found), sum(d.reviewed is not None for d in found))


def _count(draft: Draft, drafter: Drafter, rows: dict[tuple[str, str, str], Row]) -> None:
    question = drafter.questions.get(draft.drafted.question)
    if question is None:  # a question the bank no longer asks
        return
    drafted = [o for o in options(draft.drafted, question.kind) if o not in draft.accepted]
    after = None if draft.reviewed is None else set(options(draft.reviewed, question.kind))
    edited = bool(after) and _content(draft.reviewed) != _content(draft.drafted)
    cues = phrases(draft.drafted, drafter)
    for option in drafted:
        for phrase, quotes in (cues.get(option) or {WHOLE: list(draft.drafted.quotes)}).items():
            row = rows.setdefault((question.id, option, phrase),
                                  Row(question.id, option, phrase, rule="" if phrase else _rule_of(question, drafter)))
            row.drafted += 1
            if after is None:
                continue
            row.edited += edited
            if option in after:
                row.kept += 1
            else:
                row.rejected += 1
                _examples(row, quotes)


def options(answer: Answer, kind: str) -> list[str]:
    """What an answer drafts: its options, its integrations' areas, or the answer as a whole."""
    if kind in ("choice", "choices"):
        return list(dict.fromkeys(answer.choices))
    if kind == "integrations":
        return list(dict.fromkeys(row.system for row in answer.integrations))
    return [WHOLE] if answer.text.strip() or answer.measure or answer.quotes else []


def phrases(answer: Answer, drafter: Drafter) -> dict[str, dict[str, list[str]]]:
    """option -> drafting phrase -> the answer's quotes that hold it."""
    found: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for quote in answer.quotes:
        cues = [(option, phrase) for question, option, phrase in drafter.cues(quote) if question == answer.question]
        for option, phrase in cues:
            if not _inside(phrase, [p for _o, p in cues]) and quote not in found[option].setdefault(phrase, []):
                found[option][phrase].append(quote)
    return found


def _inside(phrase: str, others: list[str]) -> bool:
    """A phrase within a longer one drafts nothing on its own ("sensors" in "vibration sensors"), as in drafting."""
    return any(other != phrase and f" {phrase} " in f" {other} " for other in others)


def _content(answer: Answer) -> dict:
    return answer.model_dump(exclude={"reviewed", "drafted"})


def _examples(row: Row, quotes: list[str]) -> None:
    for quote in quotes:
        if len(row.examples) < MAX_EXAMPLES and quote not in row.examples:
            row.examples.append(quote)


def _rule_of(question, drafter: Drafter) -> str:
    """Which rule drafts a question's answer where no phrase in its quotes does (a rejected "Months" from "kept 30 days",
    a rejected KPI): said so the reviewer knows where in questions/ to look."""
    if any(spec.question == question.id for spec in drafter.rules.lengths):
        return "a length of time in the sentence (drafting.yaml lengths)"
    if question.kind == "measure":
        return "the KPI reader (drafting.yaml kpi)"
    if question.kind in ("choice", "choices", "integrations"):
        return "implied by another answer or a table's row (drafting.yaml)"
    return "a quoted sentence (prefill.yaml)"
