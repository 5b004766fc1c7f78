"""What holds the delivered scope level: the answers its condition (scope.yaml `when`) reads, named as the buyer ticked
them. The level is computed afresh from the answers on every scorecard; a buyer who removes a drafted "Prediction"
and still sees "Level 4" needs to see that the level stands on another answer ("Recurring loss patterns", drafted
from the dashboard's top downtime reasons and kept), not a level gone stale (walk70). Counted as the ladder counts
them: answers described specifically or better."""
from __future__ import annotations

from typing import Any

from questions.models import Evaluation, QuestionBank

_RANK = {"not_answered": 0, "vendor_claim": 1, "specific": 2, "demonstrated": 3, "proven": 4}


def held_by(when: dict[str, Any] | None, evaluation: Evaluation, bank: QuestionBank) -> list[str]:
    """The answers' options (and a measured KPI, a link) that the level's condition names and the answers give."""
    if not when:
        return []
    questions = bank.questions()
    given = {a.question: a for a in evaluation.answers if _RANK.get(a.evidence, 0) >= _RANK["specific"]}
    out: list[str] = []
    for op, arg in _leaves(when):
        if op == "measured" and given.get(arg) and given[arg].measure:
            out.append(f"KPI with baseline and target ({given[arg].measure.metric or 'unnamed'})")
        elif op == "integrated":
            out += [f"Link to the {r.system} system" for a in given.values() for r in a.integrations]
        elif isinstance(arg, dict) and arg.get("question") in given:
            wanted = set(arg.get("any") or arg.get("among") or [])
            names = questions[arg["question"]].choice_names()
            out += [names.get(c, c) for c in given[arg["question"]].choices if not wanted or c in wanted]
    return list(dict.fromkeys(out))


def _leaves(cond: dict[str, Any]):
    (op, arg), = cond.items()
    if op in ("all", "any"):
        for part in arg:
            yield from _leaves(part)
    elif op != "not":
        yield op, arg
