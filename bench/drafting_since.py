"""Which phrases of questions/drafting.yaml were added after each held-out set, and whose texts they match.

    .venv/bin/python bench/drafting_since.py [--list]

A held-out set measures honestly only rules written without it. For each held-out split this finds
the commit that added it (git history), takes drafting.yaml as it was then, and lists the phrases
added since, with the corpus texts each one matches: a phrase that matches held-out texts and no
tuning text is the mark of a rule fitted to the test. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from drafting_corpus import load  # noqa: E402

HELD_OUT = ("heldout", "real_heldout", "real_heldout2", "real_heldout3",
            "real_heldout4")
TUNING = ("tuning", "tuning2", "tuning3", "tuning4", "real_tuning")
DRAFTING = "questions/drafting.yaml"


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def added_in(split: str) -> str:
    """The commit that first added the split's folder."""
    found = git("log", "--diff-filter=A", "--format=%H", "--", f"tests/data/drafting/{split}").split()
    return found[-1] if found else ""


def phrases(data) -> set[str]:
    """Every phrase (string leaf) of drafting.yaml, lower-cased."""
    if isinstance(data, dict):
        return set().union(*(phrases(v) for v in data.values())) if data else set()
    if isinstance(data, list):
        return set().union(*(phrases(v) for v in data)) if data else set()
    return {str(data).lower()} if isinstance(data, str) else set()


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9+%]+", text.lower())) + " "


def matching(phrase: str, texts: dict[str, str]) -> list[str]:
    needle = words(phrase)
    return [name for name, text in texts.items() if needle.strip() and needle in text]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print each phrase that matches only held-out texts")
    args = parser.parse_args()
    now = phrases(yaml.safe_load((ROOT / DRAFTING).read_text(encoding="utf-8")))
    tuning = {f"{s}/{c.name}": words(c.text) for s in TUNING for c in load(s)}
    for split in HELD_OUT:
        commit = added_in(split)
        if not commit:
            print(f"{split}: not in the git history (uncommitted?)")
            continue
        then = phrases(yaml.safe_load(git("show", f"{commit}:{DRAFTING}")))
        held = {c.name: words(c.text) for c in load(split)}
        new = sorted(now - then)
        only_held = [p for p in new if matching(p, held) and not matching(p, tuning)]
        print(f"{split}: added in {commit[:9]}; {len(new)} phrases added to drafting.yaml since, "
              f"{len(only_held)} of them match {split} texts and no tuning text")
        if args.list:
            for phrase in only_held:
                print(f"    {phrase!r}: {', '.join(matching(phrase, held))}")


if __name__ == "__main__":
    main()
