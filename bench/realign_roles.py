"""Re-align buyers' sentence roles (tests/roles_corpus.py) after the sentence splitter changed.

    .venv/bin/python bench/realign_roles.py            # rewrites every set's `sentences` lists
    .venv/bin/python bench/realign_roles.py --dry-run  # counts only, writes nothing

Each labelled text is read again; the old sentences are found in order in the text (their spans),
and each new sentence takes the role of the old piece it shares the most characters with (a split
sentence: its old sentence's role), `existing` if any piece it holds had it. Only the `sentences`
lines of a file are rewritten, the rest stays byte for byte. Held-out sets are re-aligned too (the
work is mechanical): the tool prints counts per set only, never a sentence.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from questions import load_bank  # noqa: E402
from reading.documents import pasted  # noqa: E402
from reading.draft import drafter_for  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "drafting"


@dataclass
class Counts:
    texts: int = 0
    changed: int = 0
    merged: int = 0  # new sentences that hold more than one old one
    split: int = 0  # old sentences cut into more than one new one
    failed: int = 0  # texts whose old sentences are not found in order, or whose lines are not one entry each

    def line(self, split: str) -> str:
        return (f"{split:14s} texts {self.texts}, changed {self.changed}, sentences merged {self.merged}, "
                f"split {self.split}, not re-aligned {self.failed}")


def spans(text: str, sentences: list[str]) -> list[tuple[int, int]] | None:
    """Where each sentence is in the text, in order; None if one is not found."""
    out, at = [], 0
    for sentence in sentences:
        start = text.find(sentence, at)
        if start < 0:
            return None
        at = start + len(sentence)
        out.append((start, at))
    return out


def realign(old: list[dict], old_spans: list[tuple[int, int]],
            new: list[tuple[int, int, str]]) -> tuple[list[dict], int, int]:
    """The new rows (role, text, existing) and how many sentences were merged and split."""
    rows, pieces_of_old = [], [0] * len(old)
    merged = 0
    for start, end, text in new:
        shares = [(min(end, e) - max(start, s), i) for i, (s, e) in enumerate(old_spans) if s < end and start < e]
        for _, i in shares:
            pieces_of_old[i] += 1
        merged += len(shares) > 1
        row = {"role": old[max(shares)[1]]["role"] if shares else "furniture", "text": text}
        if any(old[i].get("existing") for _, i in shares):
            row["existing"] = True
        rows.append(row)
    return rows, merged, sum(n > 1 for n in pieces_of_old)


def entry(row: dict) -> str:
    more = ", existing: true" if row.get("existing") else ""
    return f"  - {{role: {row['role']}, text: {json.dumps(row['text'], ensure_ascii=False)}{more}}}\n"


def rewrite(raw: str, old: list[dict], rows: list[dict]) -> str | None:
    """The file with its `sentences` lines replaced; an unchanged sentence keeps its line as it was."""
    lines = raw.splitlines(keepends=True)
    first = lines.index("sentences:\n") + 1
    last = first
    while last < len(lines) and lines[last].startswith("  - "):
        last += 1
    if last - first != len(old) or any(yaml.safe_load(line)[0] != row for line, row in zip(lines[first:last], old)):
        return None  # not one entry a line: left alone
    kept = {(r["role"], r["text"], bool(r.get("existing"))): line for line, r in zip(lines[first:last], old)}
    body = [kept.get((r["role"], r["text"], bool(r.get("existing")))) or entry(r) for r in rows]
    return "".join(lines[:first] + body + lines[last:])


def one_file(path: Path, reader, counts: Counts, write: bool) -> None:
    raw = path.read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    if "sentences" not in data:
        return
    counts.texts += 1
    text = pasted(data["text"]).text
    new = [(s.start, s.end, s.text) for s in reader.read(text).sentences]
    old = data["sentences"]
    if [t for _, _, t in new] == [r["text"] for r in old]:
        return
    old_spans = spans(text, [r["text"] for r in old])
    if old_spans is None:
        counts.failed += 1
        return
    rows, merged, split = realign(old, old_spans, new)
    out = rewrite(raw, old, rows)
    if out is None or {k: v for k, v in yaml.safe_load(out).items() if k != "sentences"} != \
            {k: v for k, v in data.items() if k != "sentences"} or yaml.safe_load(out)["sentences"] != rows:
        counts.failed += 1
        return
    counts.changed, counts.merged, counts.split = counts.changed + 1, counts.merged + merged, counts.split + split
    if write:
        path.write_text(out, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="count only, write nothing")
    args = parser.parse_args()
    reader = drafter_for(load_bank()).reader
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        counts = Counts()
        for path in sorted(folder.glob("*.yaml")):
            try:
                one_file(path, reader, counts, not args.dry_run)
            except Exception:  # noqa: BLE001 -- counted, never printed: a held-out file's text stays unseen
                counts.failed += 1
        if counts.texts:
            print(counts.line(folder.name), flush=True)


if __name__ == "__main__":
    main()
