"""The evaluation JSON Schema is generated from the models and committed; they must agree."""
import json
import subprocess
import sys

from paths import ROOT
from questions import evaluation_schema


def test_committed_schema_matches_the_models():
    committed = json.loads((ROOT / "questions" / "evaluation.schema.json").read_text())
    assert committed == evaluation_schema(), "regenerate: python -m scoring schema > questions/evaluation.schema.json"


def test_schema_command_prints_the_schema():
    out = subprocess.run([sys.executable, "-m", "scoring", "schema"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["title"] == "Evaluation"


def test_schema_rejects_unknown_fields():
    assert evaluation_schema()["additionalProperties"] is False
