"""Learning from reviews: which drafted options, and which drafting phrases behind them, buyers reject.

From the team's reviewed drafts (reading.draft_trail), one row per (question, option, phrase):
how many times Winnow drafted the option on that phrase, how often the buyer kept it, rejected it
(removed the option, or rejected the whole draft) and edited the answer holding it, how often the buyer
accepted it where drafting only offered it to check, the rejection rate, and up to 3 of the proposal sentences
behind the rejections; and each drafted answer's review as a whole (kept as drafted, edited, rejected). The phrase is found again by
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
from .draft_trail import Draft, Taken, Trail, reviews

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
    accepted: int = 0  # offered to check ("check this") and accepted by the buyer: no draft, so no rate
    examples: list[str] = field(default_factory=list)  # sentences behind the rejections
    rule: str = ""  # where no phrase drafted it: the kind of rule that did, for whoever keeps the rules

    @property
    def rejection_rate(self) -> float | None:
        """Rejected of reviewed (kept or rejected); None while none of its drafts was reviewed."""
        reviewed = self.kept + self.rejected
        return self.rejected / reviewed if reviewed else None

    def as_dict(self) -> dict:
        return dict(question=self.question, option=self.option, phrase=self.phrase, drafted=self.drafted,
                    kept=self.kept, rejected=self.rejected, edited=self.edited, accepted=self.accepted,
                    rejection_rate=self.rejection_rate, examples=list(self.examples), rule=self.rule)


KINDS = ("kept", "edited", "rejected")  # a reviewed draft as a whole: kept as drafted, changed, or emptied


@dataclass(frozen=True)
class Report:
    rows: list[Row]  # most rejected first
    drafts: int  # drafted answers in the trail
    reviewed: int  # of those, kept, edited or rejected by the buyer
    kinds: dict[str, int] = field(default_factory=dict)  # reviewed drafts by KINDS, and "accepted": offers taken
    evaluations: int = 0  # evaluations whose trail holds a draft or an accepted offer: the counts are over all

    def as_json(self) -> dict:
        return dict(drafts=self.drafts, reviewed=self.reviewed, kinds=dict(self.kinds), evaluations=self.evaluations,
                    rows=[row.as_dict() for row in self.rows])

    def summary(self) -> str:
        """'Across 3 evaluations: 12 drafted answers, 8 reviewed (5 kept as drafted, 2 edited, 1 rejected); 2 options
        accepted from "check this".' The counts are the whole team's, never one evaluation's: said so."""
        where = "1 evaluation" if self.evaluations == 1 else f"{self.evaluations} evaluations"
        kinds = ", ".join(f"{self.kinds.get(k, 0)} {'kept as drafted' if k == 'kept' else k}" for k in KINDS)
        accepted = self.kinds.get("accepted", 0)
        offers = f'; {accepted} option{"" if accepted == 1 else "s"} accepted from "check this"' if accepted else ""
        return f"Across {where}: {self.drafts} drafted answers, {self.reviewed} reviewed ({kinds}){offers}."

    def text(self) -> str:
        if not self.reviewed and not self.kinds.get("accepted"):
            return "No drafted answer has been reviewed in this database yet.\n"
        lines = [self.summary(), "The options buyers reject most first."]
        for row in self.rows:
            rate = "" if row.rejection_rate is None else f" ({row.rejection_rate:.0%})"
            cue = f'phrase "{row.phrase}"' if row.phrase else row.rule or "no phrase in its quotes"
            lines.append(f"{row.question} / {row.option or '(the answer)'}, {cue}: drafted {row.drafted}, "
                         f"kept {row.kept}, rejected {row.rejected}{rate}, edited {row.edited}, accepted {row.accepted}")
            lines += [f'    rejected on: "{example}"' for example in row.examples]
        return "\n".join(lines) + "\n"


def report(trails: Iterable[Trail], drafter: Drafter) -> Report:
    """The report over every evaluation's trail, with the phrases of `drafter`'s rules."""
    found, taken = reviews(trails)
    rows: dict[tuple[str, str, str], Row] = {}
    kinds = dict.fromkeys(KINDS, 0)
    for draft in found:
        kind = _count(draft, drafter, rows)
        if kind:
            kinds[kind] += 1
    for offer in taken:
        _count_taken(offer, drafter, rows)
    kinds["accepted"] = len(taken)
    ordered = sorted(rows.values(), key=lambda r: (-r.rejected, -(r.rejection_rate or 0), -r.drafted,
                                                   r.question, r.option, r.phrase))
    where = {d.evaluation_id for d in found} | {t.evaluation_id for t in taken}
    return Report(ordered, len(found), sum(d.reviewed is not None for d in found), kinds, len(where))


def _count(draft: Draft, drafter: Drafter, rows: dict[tuple[str, str, str], Row]) -> str:
    """Each drafted option's row counted; the draft's review as a whole (KINDS), '' while not reviewed."""
    question = drafter.questions.get(draft.drafted.question)
    if question is None:  # a question the bank no longer asks
        return ""
    drafted = [o for o in options(draft.drafted, question.kind) if o not in draft.accepted]
    after = None if draft.reviewed is None else set(options(draft.reviewed, question.kind)) - draft.accepted
    kind = "" if draft.reviewed is None else _kind(draft)
    cues = phrases(draft.drafted, drafter)
    for option in drafted:
        for phrase, quotes in (cues.get(option) or {WHOLE: list(draft.drafted.quotes)}).items():
            row = _row(rows, question, option, phrase, drafter)
            row.drafted += 1
            if after is None:
                continue
            row.edited += kind == "edited"
            if option in after:
                row.kept += 1
            else:
                row.rejected += 1
                _examples(row, quotes)
    return kind


def _kind(draft: Draft) -> str:
    """Kept as drafted, edited (anything the buyer changed, text added to it too) or rejected (nothing Winnow drafted
    left): options the buyer accepted from "check this" are theirs, not part of what they did with the draft."""
    before, after = _content(draft.drafted, draft.accepted), _content(draft.reviewed, draft.accepted)
    if before == after:
        return "kept"
    left = Answer.model_validate({**after, "question": draft.drafted.question})
    return "edited" if left.has_content else "rejected"


def _count_taken(offer: Taken, drafter: Drafter, rows: dict[tuple[str, str, str], Row]) -> None:
    question = drafter.questions.get(offer.question)
    if question is None:
        return
    answer = Answer(question=offer.question, choices=[offer.option], quotes=list(offer.quotes))
    for phrase in phrases(answer, drafter).get(offer.option) or {WHOLE: []}:
        _row(rows, question, offer.option, phrase, drafter).accepted += 1


def _row(rows: dict[tuple[str, str, str], Row], question, option: str, phrase: str, drafter: Drafter) -> Row:
    return rows.setdefault((question.id, option, phrase),
                           Row(question.id, option, phrase, rule="" if phrase else _rule_of(question, drafter)))


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


def _content(answer: Answer, accepted: frozenset[str] = frozenset()) -> dict:
    """What the answer says, without the review's own marks and the options the buyer accepted."""
    content = answer.model_dump(exclude={"reviewed", "drafted", "suggested", "accepted"})
    content["choices"] = [c for c in content["choices"] if c not in accepted]
    return content


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
