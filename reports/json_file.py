"""The JSON export: the lossless evaluation file that `python -m scoring score` and the store read back."""
from __future__ import annotations

from questions.models import Evaluation
from scoring.scorecard import Scorecard


def to_json(evaluation: Evaluation, card: Scorecard) -> bytes:
    """The evaluation itself, not the scorecard: a newer bank re-scores it."""
    return evaluation.model_dump_json(indent=2).encode("utf-8")
