"""First-seen precision: how each question's drafts fared on real texts the rules had not seen yet.

    .venv/bin/python bench/first_seen.py [--sets real_tuning,real_tuning2,...] [--min 5]

A tuning text stops being an honest test once rules are written on it. For each real tuning text this
finds the commit that added it (git history), drafts it with the code as it stood just before (a
detached worktree of the parent commit), and scores those ticks against the text's buyers as they
are answered today (either buyer where a second one answered). Questions and options whose drafts
were mostly wrong first-seen are the candidates for drafting.yaml `reliability`; the figures for
today's rules on the same texts stand beside them (fitted, so higher). Prints figures; asserts nothing.
Held-out sets are never read.
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from drafting_corpus import CORPUS, drafted_items, load  # noqa: E402
from test_reader_agreement import SECOND, second_reader  # noqa: E402

from questions import load_bank  # noqa: E402
from reading.draft import draft  # noqa: E402

SETS = ("real_tuning", "real_tuning2", "real_tuning3", "real_tuning4", "real_tuning5", "real_tuning6",
        "real_tuning7", "real_tuning8", "real_tuning9", "real_tuning10", "real_tuning11", "real_tuning12",
        "real_tuning13", "real_tuning14")
# Run inside an old worktree: its own drafting code (reading/ or, earlier, scoring/) on today's files.
OLD_DRAFT = """
import json, os, sys, yaml
sys.path[:0] = [os.getcwd(), os.getcwd() + "/tests"]
from questions import load_bank
try:
    from reading.draft import draft
except ImportError:
    from scoring.draft import draft
from drafting_corpus import drafted_items
bank = load_bank()
print(json.dumps({f: sorted(map(list, drafted_items(draft(yaml.safe_load(open(f))["text"], bank), bank)))
                  for f in sys.argv[1:]}))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def first_seen(paths: list[Path]) -> dict[str, set[tuple[str, str]]]:
    """Each text drafted by the code of the day before it was added."""
    added = collections.defaultdict(list)
    for path in paths:
        added[git("log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))).split()[-1]].append(path)
    ticks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for commit, files in added.items():
            tree = Path(tmp) / commit[:10]
            git("worktree", "add", "--detach", str(tree), f"{commit}^")
            try:
                out = subprocess.run([sys.executable, "-c", OLD_DRAFT, *map(str, files)], cwd=tree, check=True,
                                     capture_output=True, text=True).stdout
                ticks.update({k: {tuple(i) for i in v} for k, v in json.loads(out).items()})
            finally:
                git("worktree", "remove", "--force", str(tree))
    return ticks


def tally(sets: tuple[str, ...]) -> dict[tuple[str, str], list[int]]:
    """Per (question, option): first-seen drafted and right, today drafted and right."""
    bank = load_bank()
    texts = [(s, c, CORPUS / s / f"{c.name}.yaml") for s in sets for c in load(s)]
    old = first_seen([p for _, _, p in texts])
    per = collections.defaultdict(lambda: [0, 0, 0, 0])
    for split, case, path in texts:
        buyers = case.claims if case.kind == "marketing" and case.claims is not None else case.expected
        if (SECOND / split / f"{case.name}.yaml").exists():
            buyers = buyers | second_reader(split, case.name)
        for i, ticks in ((0, old[str(path)]), (2, drafted_items(draft(case.text, bank), bank))):
            for item in ticks:
                per[item][i] += 1
                per[item][i + 1] += item in buyers
    return per


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--sets", default=",".join(SETS))
    args.add_argument("--min", type=int, default=5, help="least first-seen ticks to list an option (default 5)")
    opts = args.parse_args()
    per = tally(tuple(opts.sets.split(",")))
    questions = collections.defaultdict(lambda: [0, 0, 0, 0])
    for (qid, _), row in per.items():
        questions[qid] = [a + b for a, b in zip(questions[qid], row)]
    line = "{:50s} first-seen {:3d} drafted, {:.2f} right | today {:3d} drafted, {:.2f} right"
    for title, rows in (("questions", questions), ("options", {f"{q}: {o}": r for (q, o), r in per.items()})):
        print(f"\n{title}, fewest right first-seen first:")
        for name, r in sorted(rows.items(), key=lambda kv: kv[1][1] / max(kv[1][0], 1)):
            if r[0] >= opts.min:
                print(line.format(name, r[0], r[1] / r[0], r[2], r[3] / max(r[2], 1)))
    total = [sum(r[i] for r in per.values()) for i in range(4)]
    print("\nall:", line.format("", total[0], total[1] / total[0], total[2], total[3] / max(total[2], 1)).strip())


if __name__ == "__main__":
    main()
