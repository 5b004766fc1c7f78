"""The condition engine: the rules in questions/*.yaml are data; this module interprets them.

A condition is a one-key mapping (see the vocabulary at the top of questions/rules.yaml).
`Facts` is what the answers show, indexed once per evaluation so each rule is a dict lookup.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable

from questions.models import Evaluation, QuestionBank, measure_complete

from reading.text import Reader

EMPTY: frozenset = frozenset()
EVIDENCE_ORDER = ["not_answered", "vendor_claim", "specific", "demonstrated", "proven"]


class RuleError(ValueError):
    """A rule in the bank that refers to something the bank does not have."""


@dataclass(slots=True)
class Facts:
    labels: set[str]
    chosen: dict[str, set[str]] = field(default_factory=dict)
    evidence: dict[str, int] = field(default_factory=dict)
    substance: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    measured: set[str] = field(default_factory=set)
    answered: set[str] = field(default_factory=set)
    integrated: dict[str, bool] = field(default_factory=dict)  # system -> complete


_RANK = {level: i for i, level in enumerate(EVIDENCE_ORDER)}


def gather(evaluation: Evaluation, reader: Reader, min_evidence: str = "vendor_claim") -> Facts:
    """Index what the answers show, counting only answers at `min_evidence` or above."""
    return gather_pair(evaluation, reader, min_evidence, min_evidence)[0]


def gather_pair(evaluation: Evaluation, reader: Reader, said: str = "vendor_claim", shown: str = "specific",
                only: frozenset[str] | None = None) -> tuple[Facts, Facts]:
    """Facts from answers at `said` or above, and from answers at `shown` or above, in one pass
    (what the vendor said and what the vendor showed: the engine needs both). With `only`, the
    answers to other questions are skipped unless they list integrations (the rules never read them)."""
    facts, proof = Facts(labels=set(evaluation.labels)), Facts(labels=set(evaluation.labels))
    floor, proof_floor = max(_RANK[said], 1), max(_RANK[shown], 1)
    substance_of = reader.answer_substance
    for answer in evaluation.answers:
        rank = _RANK[answer.evidence]
        # the buyer's own answer whose level is not chosen yet is said, never shown: a claimed risk is still a risk
        said_unrated = rank == 0 and floor == 1 and answer.has_content
        if (rank >= floor or said_unrated) and (only is None or answer.question in only or answer.integrations):
            measured, answered = _index(facts, answer, rank, substance_of(answer))
            if rank >= proof_floor:
                _index(proof, answer, rank, facts.substance[answer.question], measured, answered)
    return facts, proof


def with_said(shown: Facts, said: Facts, qid: str) -> Facts:
    """`shown`, with what one question's answer says in `said` (its ticks, named things, measure, links) counted as
    shown, but for its evidence level: whether that answer names what a requirement asks for ("LoRaWAN" for an
    interface named, "Prediction" for an analysis beyond charts), however it is backed."""
    out = replace(shown, chosen={**shown.chosen}, substance={**shown.substance}, measured=set(shown.measured),
                  answered=set(shown.answered), integrated={**said.integrated, **shown.integrated})
    for part in (out.chosen, out.substance):
        source = said.chosen if part is out.chosen else said.substance
        if qid in source:
            part[qid] = source[qid]
    out.measured |= said.measured & {qid}
    out.answered |= said.answered & {qid}
    return out


def is_answered(answer) -> bool:
    """The bank's `answered: QUESTION`: the answer says something (an option, a text, a link, a measure with a metric or
    a number), at any evidence level; quotes alone or a unit alone say nothing. One whose level is not chosen yet is
    answered: the letter asks no more of it than the gaps that need a level there ask (scoring/rounds.py)."""
    return answer is not None and answer.says(answer.measure is not None and answer.measure.given)


def _index(facts: Facts, answer, rank: int, substance, measured: bool | None = None,
           answered: bool | None = None) -> tuple[bool, bool]:
    """Add one answer to `facts`; `measured` and `answered` when already worked out for it."""
    qid, m = answer.question, answer.measure
    facts.evidence[qid] = rank
    facts.chosen[qid] = set(answer.choices) if answer.choices else set()
    facts.substance[qid] = substance
    if measured is None:
        measured = m is not None and measure_complete(m)
    if measured:
        facts.measured.add(qid)
    if answer.integrations:
        integrated = facts.integrated
        for row in answer.integrations:
            if row.direction != "none":
                integrated[row.system] = integrated.get(row.system, False) or bool(row.method.strip() and row.owner.strip())
    if answered is None:  # a measure counts once given: a unit alone answers nothing, nor do quotes alone
        answered = is_answered(answer)
    if answered:
        facts.answered.add(qid)
    return measured, answered


Check = Callable[[Facts], bool]


def compile_condition(cond: dict[str, Any], bank: QuestionBank) -> Check:
    """Turn a condition mapping into a function of Facts; unknown names raise RuleError."""
    if not isinstance(cond, dict) or len(cond) != 1:
        raise RuleError(f"a condition must be a mapping with one key, got {cond!r}")
    (op, arg), = cond.items()
    build = _BUILDERS.get(op)
    if build is None:
        raise RuleError(f"unknown condition {op!r}; known: {', '.join(sorted(_BUILDERS))}")
    return build(arg, bank)


def _question(bank: QuestionBank, qid: str, kinds: tuple[str, ...] = ()):
    question = bank.questions().get(qid)
    if question is None:
        raise RuleError(f"a rule refers to unknown question {qid!r}")
    if kinds and question.kind not in kinds:
        raise RuleError(f"a rule needs question {qid!r} to be {' or '.join(kinds)}, it is {question.kind}")
    return question


def _options(bank: QuestionBank, qid: str, ids: list[str]) -> set[str]:
    known = set(_question(bank, qid).choice_ids())
    unknown = set(ids) - known
    if unknown:
        raise RuleError(f"a rule refers to unknown option(s) {sorted(unknown)} of question {qid!r}")
    return set(ids)


def _all(arg, bank):
    checks = [compile_condition(c, bank) for c in arg]
    return lambda f: all(c(f) for c in checks)


def _any(arg, bank):
    checks = [compile_condition(c, bank) for c in arg]
    return lambda f: any(c(f) for c in checks)


def _not(arg, bank):
    check = compile_condition(arg, bank)
    return lambda f: not check(f)


def _answered(qid, bank):
    _question(bank, qid)
    return lambda f: qid in f.answered


def _chosen(arg, bank):
    qid = arg["question"]
    wanted = _options(bank, qid, arg["any"])
    return lambda f: bool(f.chosen.get(qid, EMPTY) & wanted)


def _min_chosen(arg, bank):
    qid, count = arg["question"], arg["count"]
    among = _options(bank, qid, arg["among"]) if "among" in arg else None
    if among is None:
        return lambda f: len(f.chosen.get(qid, ())) >= count
    return lambda f: len(f.chosen.get(qid, EMPTY) & among) >= count


def _integrated(arg, bank):
    systems = _options(bank, bank.key_questions.integrations, arg["systems"]) if "systems" in arg else None
    count, complete = arg["count"], arg.get("complete", False)

    def check(f: Facts) -> bool:
        rows = [s for s, done in f.integrated.items() if (done or not complete) and (systems is None or s in systems)]
        return len(rows) >= count
    return check


def _measured(qid, bank):
    _question(bank, qid, ("measure",))
    return lambda f: qid in f.measured


def _substance(arg, bank):
    qid, count = arg["question"], arg["count"]
    _question(bank, qid)
    return lambda f: len(f.substance.get(qid, ())) >= count


def _evidence(arg, bank):
    qid = arg["question"]
    _question(bank, qid)
    level = EVIDENCE_ORDER.index(arg["at_least"])
    return lambda f: f.evidence.get(qid, 0) >= level


def _label(label_id, bank):
    if label_id not in {lab.id for lab in bank.labels}:
        raise RuleError(f"a rule refers to unknown label {label_id!r}")
    return lambda f: label_id in f.labels


_BUILDERS = {
    "all": _all, "any": _any, "not": _not, "answered": _answered, "chosen": _chosen,
    "min_chosen": _min_chosen, "integrated": _integrated, "measured": _measured,
    "substance": _substance, "evidence": _evidence, "label": _label,
}


def questions_read(cond: dict[str, Any]) -> set[str] | None:
    """Every question whose answer a condition reads (integration rows are read from any answer),
    or None when it cannot tell, so the caller reads every answer."""
    (op, arg), = cond.items()
    if op in ("all", "any"):
        parts = [questions_read(c) for c in arg]
        return None if None in parts else set().union(*parts)
    if op == "not":
        return questions_read(arg)
    if op in ("answered", "measured"):
        return {arg}
    if op in ("integrated", "label"):
        return set()
    if op in ("chosen", "min_chosen", "substance", "evidence"):
        return {arg["question"]}
    return None


def questions_in(cond: dict[str, Any]) -> list[str]:
    """The question ids a condition looks at, in order: used to file a gap under a section."""
    (op, arg), = cond.items()
    if op in ("all", "any"):
        return [q for c in arg for q in questions_in(c)]
    if op == "not":
        return questions_in(arg)
    if op in ("answered", "measured"):
        return [arg]
    if op == "integrated":
        return [""]  # the caller files it under the bank's integrations question
    if isinstance(arg, dict) and "question" in arg:
        return [arg["question"]]
    return []
