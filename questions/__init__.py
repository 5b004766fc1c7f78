"""The question bank (data in YAML) and the evaluation file format (pydantic models)."""
from .loader import (
    EvaluationError,
    check_against_bank,
    evaluation_from_bytes,
    evaluation_from_dict,
    evaluation_schema,
    load_bank,
    load_evaluation,
)
from .models import (
    SCHEMA_VERSION,
    Answer,
    Evaluation,
    Integration,
    Measure,
    QuestionBank,
)

__all__ = [
    "SCHEMA_VERSION", "Answer", "Evaluation", "EvaluationError", "Integration", "Measure",
    "QuestionBank", "check_against_bank", "evaluation_from_bytes", "evaluation_from_dict",
    "evaluation_schema", "load_bank", "load_evaluation",
]
