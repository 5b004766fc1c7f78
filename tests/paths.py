"""Where the repository and its example evaluations are, for tests that run commands."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {p.stem: p for p in sorted((ROOT / "examples").glob("*.json"))}
EXAMPLES_BANK_VERSION = json.loads(next(iter(EXAMPLES.values())).read_text())["bank_version"]  # a new evaluation's
