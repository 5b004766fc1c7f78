"""Load the bank from its YAML files, and read evaluation files with clear errors."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .models import SCHEMA_VERSION, Evaluation, QuestionBank

HERE = Path(__file__).parent
MAX_EVALUATION_BYTES = 5_000_000


class EvaluationError(ValueError):
    """An evaluation file or object that cannot be used; the message says what and where."""


def _yaml(name: str) -> dict[str, Any]:
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_bank() -> QuestionBank:
    """The bank, glossary, scope ladder, rules and word lists as one validated model."""
    data = _yaml("bank.yaml")
    data["labels"] = _yaml("glossary.yaml")["labels"]
    data["scope"] = _yaml("scope.yaml")["levels"]
    rules = _yaml("rules.yaml")
    data.update(flags=rules["flags"], problem_fit=rules["problem_fit"], technologies=rules["technologies"],
                key_questions=rules["key_questions"], substance_evidence=rules["substance_evidence"])
    data["words"] = _yaml("words.yaml")
    return QuestionBank.model_validate(data)


def _where(loc: tuple, data: Any) -> str:
    """'answers[2] (question data.captured).measure.baseline' from a pydantic error location."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            parts[-1] += f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if parts[-1].startswith("answers[") and isinstance(node, dict) and "question" in node:
                parts[-1] += f" (question {node['question']})"
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts) or "the file"


def _pydantic_message(error: ValidationError, data: Any) -> str:
    first = error.errors()[0]
    more = f" (and {error.error_count() - 1} more problem(s))" if error.error_count() > 1 else ""
    return f"{_where(first['loc'], data)}: {first['msg']}{more}"


def check_against_bank(evaluation: Evaluation, bank: QuestionBank) -> None:
    """Reject answers the bank cannot score: unknown ids, wrong kinds, unknown options."""
    questions = bank.questions()
    label_ids = {lab.id for lab in bank.labels}
    for label in evaluation.labels:
        if label not in label_ids:
            raise EvaluationError(f"labels: unknown label {label!r}; known labels: {', '.join(sorted(label_ids))}")
    seen: set[str] = set()
    for i, answer in enumerate(evaluation.answers):
        where = f"answers[{i}] (question {answer.question})"
        question = questions.get(answer.question)
        if question is None:
            raise EvaluationError(f"{where}: unknown question id {answer.question!r}")
        if answer.question in seen:
            raise EvaluationError(f"{where}: the question is answered twice")
        seen.add(answer.question)
        _check_kind(answer, question, where)


def _check_kind(answer, question, where: str) -> None:
    allowed = set(question.choice_ids())
    if question.kind in ("choice", "choices"):
        bad = [c for c in answer.choices if c not in allowed]
        if bad:
            raise EvaluationError(f"{where}.choices: {bad[0]!r} is not an option; options: {', '.join(sorted(allowed))}")
        if question.kind == "choice" and len(answer.choices) > 1:
            raise EvaluationError(f"{where}.choices: pick one option, got {len(answer.choices)}")
    elif answer.choices:
        raise EvaluationError(f"{where}.choices: a {question.kind} question takes no choices")
    if answer.integrations and question.kind != "integrations":
        raise EvaluationError(f"{where}.integrations: only an integrations question takes rows")
    for j, row in enumerate(answer.integrations):
        if row.system not in allowed:
            raise EvaluationError(f"{where}.integrations[{j}].system: {row.system!r} is not a system; systems: {', '.join(sorted(allowed))}")
    if answer.measure is not None and question.kind != "measure":
        raise EvaluationError(f"{where}.measure: only a measure question takes a measure")


def evaluation_from_dict(data: Any, bank: QuestionBank | None = None) -> Evaluation:
    """Validate a parsed evaluation against the models and the bank."""
    if not isinstance(data, dict):
        raise EvaluationError(f"expected a JSON object, got {type(data).__name__}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise EvaluationError(f"schema_version is {version!r}; this Winnow reads schema_version {SCHEMA_VERSION}")
    try:
        evaluation = Evaluation.model_validate(data)
    except ValidationError as error:
        raise EvaluationError(_pydantic_message(error, data)) from None
    check_against_bank(evaluation, bank or load_bank())
    return evaluation


def evaluation_from_bytes(raw: bytes, bank: QuestionBank | None = None) -> Evaluation:
    """Parse an evaluation file's bytes: empty, binary, non-JSON and invalid files all raise."""
    if not raw.strip():
        raise EvaluationError("the file is empty")
    if len(raw) > MAX_EVALUATION_BYTES:
        raise EvaluationError(f"the file is {len(raw):,} bytes; the limit is {MAX_EVALUATION_BYTES:,}")
    if b"\x00" in raw[:8192]:
        raise EvaluationError("the file is binary, not a JSON evaluation")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EvaluationError(f"the file is binary or not UTF-8 text (invalid byte at offset {error.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise EvaluationError(f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    return evaluation_from_dict(data, bank)


def load_evaluation(path: str | Path, bank: QuestionBank | None = None) -> Evaluation:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise EvaluationError(f"cannot read the file: {error.strerror}") from None
    return evaluation_from_bytes(raw, bank)


def evaluation_schema() -> dict[str, Any]:
    return Evaluation.model_json_schema()
