"""Load the bank from its YAML files, and read evaluation files with clear errors."""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .languages import with_languages
from .money import with_money
from .round_acts import with_acts
from .models import FROM_FILE, SCHEMA_VERSION, Evaluation, QuestionBank, RoundRules
from .word_models import Money

READS = (1, SCHEMA_VERSION)  # version 1 files are upgraded as they are read (models.upgrade_file)

HERE = Path(__file__).parent
MAX_EVALUATION_BYTES = 5_000_000
MAX_DEPTH = 64  # an evaluation nests 5 levels; json's recursion limit is near 1,000
MAX_DIGITS = 30
# A JSON string (escapes included) or one bracket: strings are skipped so a "[" in text does not count.
_STRING_OR_BRACKET = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class EvaluationError(ValueError):
    """An evaluation file or object that cannot be used; the message says what and where."""


def _yaml(name: str) -> dict[str, Any]:
    # libyaml's loader when PyYAML has it: the bank loads on every cold start, 5x faster than pure Python
    return yaml.load((HERE / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def load_bank() -> QuestionBank:
    """The bank, glossary, scope ladder, rules and word lists as one validated model."""
    data = _yaml("bank.yaml")
    data["labels"] = _yaml("glossary.yaml")["labels"]
    data["scope"] = _yaml("scope.yaml")["levels"]
    rules = _yaml("rules.yaml")
    data.update(flags=rules["flags"], problem_fit=rules["problem_fit"], technologies=rules["technologies"],
                key_questions=rules["key_questions"], substance_evidence=rules["substance_evidence"],
                gap_withholds_claims=rules.get("gap_withholds_claims", False), first_phase=rules["first_phase"],
                plausible_weight_times=rules["plausible_weight_times"], compare_low_score=rules["compare_low_score"])
    data["words"] = _yaml("words.yaml")
    return QuestionBank.model_validate(data)


@lru_cache(maxsize=1)
def load_round_rules() -> RoundRules:
    """The topics of clarification rounds and the vague phrases that answer nothing (rounds.yaml), with the words of
    replies written or forwarded in other languages added (reply_languages.yaml, questions/languages.py), and the
    review's reads given drafting's acts (drafting.yaml acting, questions/round_acts.py)."""
    rounds = with_money(_yaml("rounds.yaml"), load_money())
    return RoundRules.model_validate(with_acts(with_languages(rounds, _yaml("reply_languages.yaml")), load_drafting()))


@lru_cache(maxsize=1)
def load_terms() -> dict[str, Any]:
    """terms.yaml: the words of an offer's contract terms and of those that work against the buyer
    (reading/contract_terms.py)."""
    return _yaml("terms.yaml")


@lru_cache(maxsize=1)
def load_money() -> Money:
    """words.yaml's currencies (`money`): every reader of amounts takes them from here."""
    return Money.model_validate(_yaml("words.yaml").get("money", {}))


@lru_cache(maxsize=1)
def load_drafting() -> dict[str, Any]:
    """drafting.yaml as read: reading/ compiles it against the bank (and says what in it is wrong)."""
    return with_modules(_yaml("drafting.yaml"))


def with_modules(data: dict[str, Any]) -> dict[str, Any]:
    """integrations' `modules` added to its `areas` as each suite's own ("Dynamics 365 Field Service", "SAP PP",
    "Oracle Financials"): a suite's module names its area, written once for every suite and edition."""
    links = data.get("integrations", {})
    spec = links.get("modules", {})
    for area, modules in spec.get("areas", {}).items():
        known = set(links["areas"].setdefault(area, []))
        for phrase in (" ".join(f"{suite} {edition} {module}".split()) for suite in links.get("suites", [])
                       for edition in spec.get("editions", [""]) for module in modules):
            if phrase not in known:
                links["areas"][area].append(phrase)
                known.add(phrase)
    return data


@lru_cache(maxsize=1)
def load_label_reading() -> dict[str, Any]:
    """glossary.yaml's words of a label's word that is no claim (`denied`, `product_names`, `out_of_scope`,
    `headings`): reading/ compiles them."""
    glossary = _yaml("glossary.yaml")
    return {"denied": glossary.get("denied", {}), "product_names": glossary.get("product_names", {}),
            "out_of_scope": glossary.get("out_of_scope", {}), "headings": glossary.get("headings", {}),
            "objects": glossary.get("objects", {})}


@lru_cache(maxsize=1)
def load_letter_lines() -> dict[str, Any]:
    """prefill.yaml's `letter_lines`: the kinds a letter's address, salutation, signature or heading line never gives."""
    return _yaml("prefill.yaml").get("letter_lines", {})


@lru_cache(maxsize=1)
def load_prefill() -> dict[str, Any]:
    """prefill.yaml's rules: question id -> {kinds, cues, needs}."""
    return _yaml("prefill.yaml")["questions"]


@lru_cache(maxsize=1)
def load_disagreement_share() -> float:
    """consensus.yaml: the share of a question's range at which evaluators disagree."""
    share = _yaml("consensus.yaml")["disagreement"]
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 < share <= 1:
        raise ValueError(f"questions/consensus.yaml: disagreement must be above 0 and at most 1, got {share!r}")
    return float(share)


def shown(text: object, limit: int = 60) -> str:
    """User text inside a message: one line, escapes for anything unprintable, clipped."""
    text = str(text)
    if not text.isprintable():
        text = repr(text)[1:-1]
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _where(loc: tuple, data: Any) -> str:
    """'answers[2] (question data.captured).measure.baseline' from a pydantic error location."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            parts[-1] += f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if parts[-1].startswith("answers[") and isinstance(node, dict) and "question" in node:
                parts[-1] += f" (question {shown(node['question'])})"
        else:
            parts.append(shown(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts) or "the file"


def _pydantic_message(error: ValidationError, data: Any) -> str:
    first = error.errors()[0]
    more = f" (and {error.error_count() - 1} more problem(s))" if error.error_count() > 1 else ""
    return f"{_where(first['loc'], data)}: {first['msg'].removeprefix('Value error, ')}{more}"


def check_against_bank(evaluation: Evaluation, bank: QuestionBank) -> None:
    """Reject answers the bank cannot score: unknown ids, wrong kinds, unknown options."""
    questions = bank.questions()
    label_ids = {lab.id for lab in bank.labels}
    for label in evaluation.labels:
        if label not in label_ids:
            raise EvaluationError(f"labels: unknown label {shown(repr(label))}; known labels: {', '.join(sorted(label_ids))}")
    seen: set[str] = set()
    for i, answer in enumerate(evaluation.answers):
        where = f"answers[{i}] (question {shown(answer.question)})"
        question = questions.get(answer.question)
        if question is None and _older(evaluation.bank_version, bank.version):
            continue  # a question this bank dropped: the answer is kept and the scorecard reports it
        if question is None:
            raise EvaluationError(f"{where}: unknown question id {shown(repr(answer.question))}{_made_with(evaluation, bank)}")
        if answer.question in seen:
            raise EvaluationError(f"{where}: the question is answered twice")
        seen.add(answer.question)
        _check_kind(answer, question, where)
    _check_records(evaluation, bank)


def _check_records(evaluation: Evaluation, bank: QuestionBank) -> None:
    kinds, questions = {k.id for k in bank.evidence_records}, bank.questions()
    for i, record in enumerate(evaluation.evidence_records):
        where = f"evidence_records[{i}]"
        if record.kind not in kinds:
            raise EvaluationError(f"{where}.kind: {shown(repr(record.kind))} is not a kind of evidence record; "
                                  f"kinds: {', '.join(sorted(kinds))}")
        unknown = [q for q in record.questions if q not in questions]
        if unknown and not _older(evaluation.bank_version, bank.version):
            raise EvaluationError(f"{where}.questions: unknown question id {shown(repr(unknown[0]))}")


def _older(version: str, current: str) -> bool:
    """True when `version` is an earlier bank than `current` ("2026.9" < "2026.11"); unknown forms are not."""
    try:
        return tuple(map(int, version.split("."))) < tuple(map(int, current.split(".")))
    except ValueError:
        return False


def _made_with(evaluation: Evaluation, bank: QuestionBank) -> str:
    if evaluation.bank_version == bank.version:
        return ""
    return f" (the file was made with question bank {shown(evaluation.bank_version)}; this Winnow has {bank.version})"


def _check_kind(answer, question, where: str) -> None:
    allowed = set(question.choice_ids())
    if question.kind in ("choice", "choices"):
        bad = [c for c in answer.choices if c not in allowed]
        if bad:
            raise EvaluationError(f"{where}.choices: {shown(repr(bad[0]))} is not an option; options: {', '.join(sorted(allowed))}")
        if question.kind == "choice" and len(answer.choices) > 1:
            raise EvaluationError(f"{where}.choices: pick one option, got {len(answer.choices)}")
    elif answer.choices:
        raise EvaluationError(f"{where}.choices: a {question.kind} question takes no choices")
    if answer.integrations and question.kind != "integrations":
        raise EvaluationError(f"{where}.integrations: only an integrations question takes rows")
    for j, row in enumerate(answer.integrations):
        if row.system not in allowed:
            raise EvaluationError(f"{where}.integrations[{j}].system: {shown(repr(row.system))} is not a system; "
                                  f"systems: {', '.join(sorted(allowed))}")
    if answer.measure is not None and question.kind != "measure":
        raise EvaluationError(f"{where}.measure: only a measure question takes a measure")


def evaluation_from_dict(data: Any, bank: QuestionBank | None = None, context: dict | None = None) -> Evaluation:
    """Validate a parsed evaluation against the models and the bank (context FROM_FILE: names strictly)."""
    if not isinstance(data, dict):
        raise EvaluationError(f"expected a JSON object, got {type(data).__name__}")
    version = data.get("schema_version")
    if version not in READS or isinstance(version, bool):
        raise EvaluationError(f"schema_version is {shown(repr(version))}; this Winnow reads schema_version "
                              f"{' or '.join(map(str, READS))}")
    try:
        evaluation = Evaluation.model_validate(data, context=context)
    except ValidationError as error:
        raise EvaluationError(_pydantic_message(error, data)) from None
    check_against_bank(evaluation, bank or load_bank())
    return evaluation


# --- untrusted bytes ------------------------------------------------------------------------------

def _check_depth(raw: bytes) -> None:
    """Refuse nesting that json would recurse into until it crashes: one regex pass, no recursion."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH:
        return
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(raw):
        char = match.group()
        if char in (b"[", b"{"):
            depth += 1
            if depth > MAX_DEPTH:
                line = raw.count(b"\n", 0, match.start()) + 1
                raise EvaluationError(f"the JSON nests more than {MAX_DEPTH} levels deep (line {line}, byte "
                                      f"{match.start():,}); an evaluation file nests a few levels")
        elif char in (b"]", b"}"):
            depth -= 1


def _decode(raw: bytes) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in raw[:2] and raw[:4].strip(b"\x00")[:1] in (b"{", b"["):
        raise EvaluationError("the file is UTF-16 or UTF-32 text; save it as UTF-8")
    if b"\x00" in raw[:8192]:
        raise EvaluationError("the file is binary, not a JSON evaluation")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EvaluationError(f"the file is binary or not UTF-8 text (invalid byte at offset {error.start})") from None


def _number(text: str, kind: type = float) -> float | int:
    digits = re.match(r"-?(\d*)", text).group(1)
    if len(digits) > MAX_DIGITS:
        raise EvaluationError(f"the number {shown(text, 24)} has more than {MAX_DIGITS} digits")
    value = kind(text)
    if not math.isfinite(value):
        raise EvaluationError(f"the number {shown(text, 24)} is too large")
    return value


def _constant(name: str):
    raise EvaluationError(f"{name} is not a number JSON allows")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise EvaluationError(f"the key {shown(repr(twice))} appears twice in one object")
    return data


def _check_text(node: Any, path: str = "") -> None:
    """Lone surrogates (a \\ud800 escape without its pair) are not text: nothing could save or show them."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        where = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else str(key)
        if _SURROGATE.search(str(key)) or isinstance(value, str) and _SURROGATE.search(value):
            raise EvaluationError(f"{shown(where)}: holds a lone surrogate escape (\\ud800-\\udfff), which is not text")
        _check_text(value, where)  # as deep as the data, which _check_depth bounds


def parse_json(raw: bytes) -> Any:
    """Untrusted bytes to JSON data: size, encoding, nesting and numbers checked, errors that say what is wrong."""
    if len(raw) > MAX_EVALUATION_BYTES:
        raise EvaluationError(f"the file is larger than {MAX_EVALUATION_BYTES:,} bytes; an evaluation file is far smaller")
    if not raw.strip():
        raise EvaluationError("the file is empty")
    text = _decode(raw)
    _check_depth(raw)
    try:
        data = json.loads(text, parse_float=_number, parse_int=lambda t: _number(t, int), parse_constant=_constant,
                          object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        raise EvaluationError(f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    if _SURROGATE_ESCAPE.search(text):
        _check_text(data)
    return data


def evaluation_from_bytes(raw: bytes, bank: QuestionBank | None = None) -> Evaluation:
    """Parse an evaluation file's bytes: empty, binary, huge, deeply nested, non-JSON and invalid files all raise."""
    return evaluation_from_dict(parse_json(raw), bank, context=FROM_FILE)


def load_evaluation(path: str | Path, bank: QuestionBank | None = None) -> Evaluation:
    try:
        with Path(path).open("rb") as file:
            raw = file.read(MAX_EVALUATION_BYTES + 1)  # never more, whatever the file (or device) holds
    except OSError as error:
        raise EvaluationError(f"cannot read the file: {error.strerror}") from None
    return evaluation_from_bytes(raw, bank)


def evaluation_schema() -> dict[str, Any]:
    return Evaluation.model_json_schema()
