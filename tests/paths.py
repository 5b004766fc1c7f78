"""Where the repository and its example evaluations are, for tests that run commands."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {p.stem: p for p in sorted((ROOT / "examples").glob("*.json"))}
