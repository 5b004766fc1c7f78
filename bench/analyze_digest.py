"""A digest of everything `analyze` says, to prove a change to the reader leaves its output identical.

    python bench/analyze_digest.py [REPO]      # REPO: the checkout to import the reader from (default: this one)

One line per text set: bench_scoring's 5 MB corpus (and a slice of it that starts mid-sentence), and each
drafting set under tests/data/drafting/ but the held-out ones (never opened here). Each digest covers every
sentence's text, offsets, kind, reason, labels, substance and buzzwords, the reading's labels, ratio and
claimed scope, and `Reader.signals` and `Reader.substance` of the whole text. Run it before and after a
change and compare the lines.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import yaml  # noqa: E402

from bench_scoring import proposal_corpus  # noqa: E402
from questions import load_bank  # noqa: E402
from reading import analyze, reader_for  # noqa: E402


def digest(texts, bank) -> tuple[int, str]:
    """(sentences, digest) of analyze's whole output over the texts."""
    found, count, reader = hashlib.sha256(), 0, reader_for(bank)
    for text in texts:
        reading = analyze(text, bank)
        found.update(repr((reading.labels, reading.substance_ratio, reading.claimed_scope)).encode())
        for s in reading.sentences:
            found.update(repr((s.text, s.start, s.end, s.kind, s.reason, s.labels, list(s.substance),
                               s.buzzwords)).encode())
        found.update(repr((reader.signals(text), sorted(reader.substance(text)))).encode())
        count += len(reading.sentences)
    return count, found.hexdigest()[:16]


def main() -> None:
    bank = load_bank()
    print("bench corpus 5 MB: %d sentences %s" % digest([proposal_corpus(5.0)], bank))
    print("bench corpus, from mid-sentence: %d sentences %s" % digest([proposal_corpus(0.3)[1234:]], bank))
    for folder in sorted(p for p in (ROOT / "tests" / "data" / "drafting").iterdir() if p.is_dir()):
        if "heldout" in folder.name:
            continue
        texts = [yaml.safe_load(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.yaml"))]
        print(f"{folder.name:14s} {len(texts)} texts, " + "%d sentences %s" % digest(texts, bank))


if __name__ == "__main__":
    main()
