"""One answer edit on an evaluation with a 20 MB proposal text against the same edit with a 2 kB one.

    .venv/bin/python bench/bench_store_documents.py [--mb 20] [--edits 15]

Prints, for each, the bytes one edit writes (the JSON and text parameters of every INSERT and
UPDATE into evaluations, evaluation_revisions and document_texts; the audit rows beside) and the
median time of store.save, and of store.get + store.save as a page does it, each on its own
SQLite file, edits alternating between the two. Aims (issue 19): <= 10 kB written and <= 1.2x
the small edit's time. Same-run figures, no asserts.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reading import collector  # noqa: E402
from sqlalchemy import event  # noqa: E402

from questions import evaluation_from_bytes  # noqa: E402
from questions.models import Document  # noqa: E402
from store import Store  # noqa: E402

EXAMPLE = evaluation_from_bytes((ROOT / "examples" / "a_dashboard_sold_as_industry_4_0.json").read_bytes())
STORED = ("evaluations", "evaluation_revisions", "document_texts")
LINE = "The edge gateway reads spindle state over OPC UA every 5 seconds and posts stops to SAP PM.\n"


def proposal(chars: int) -> Document:
    text = (LINE * (chars // len(LINE) + 1))[:chars]
    return Document(name="offer.txt", kind="proposal", format="text", text=text, sha256=f"{chars:064x}")


class Written:
    """Bytes of the str/bytes parameters sent with each INSERT or UPDATE, per table group."""

    def __init__(self, store: Store) -> None:
        self.stored = self.audit = 0
        event.listen(store.engine, "before_cursor_execute", self._count)

    def _count(self, _connection, _cursor, statement, parameters, _context, executemany) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb not in ("INSERT", "UPDATE"):
            return
        rows = parameters if executemany else [parameters]
        size = sum(len(v.encode() if isinstance(v, str) else v) for row in rows
                   for v in (row.values() if isinstance(row, dict) else row) if isinstance(v, (str, bytes)))
        if any(f" {table} " in f" {statement} " or f" {table}(" in statement for table in STORED):
            self.stored += size
        elif "audit_trail" in statement:
            self.audit += size

    def reset(self) -> None:
        self.stored = self.audit = 0


def edit(store: Store, id: str, n: int, read: bool, saved=None):
    """Change the first answer's text and save; `read`: take the evaluation from the store first, as a page does."""
    saved = store.get(id) if read else saved
    first, *rest = saved.evaluation.answers
    changed = first.model_copy(update={"text": f"Stops are logged with a reason; edit {n}."})
    return store.save(id, saved.evaluation.model_copy(update={"answers": [changed, *rest]}), saved.version)


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--edits", type=int, default=15)
    args = parser.parse_args()
    sizes = {"2 kB proposal": 2_000, f"{args.mb:g} MB proposal": int(args.mb * 1_000_000)}
    with tempfile.TemporaryDirectory(prefix="winnow-docs-") as folder:
        runs = {}
        for name, chars in sizes.items():
            store = Store(f"sqlite:///{folder}/{chars}.db")
            start = time.perf_counter()
            saved = store.create(EXAMPLE.model_copy(update={"documents": [proposal(chars)]}))
            created = time.perf_counter() - start
            written = Written(store)
            saved = edit(store, saved.id, 0, read=True)  # warm-up, not counted
            runs[name] = dict(store=store, saved=saved, written=written, created=created, save=[], read_save=[],
                              bytes=[], audit=[])
        for n in range(1, args.edits + 1):
            for run in runs.values():
                for read, times in ((False, run["save"]), (True, run["read_save"])):
                    run["written"].reset()
                    start = time.perf_counter()
                    run["saved"] = edit(run["store"], run["saved"].id, n, read, run["saved"])
                    times.append(time.perf_counter() - start)
                    run["bytes"].append(run["written"].stored)
                    run["audit"].append(run["written"].audit)
        small, big = runs.values()
        print(f"one answer edit, median of {args.edits} (SQLite files, edits alternating):")
        for name, run in runs.items():
            print(f"  {name:>16}: writes {max(run['bytes']):,} bytes (evaluations + revisions + document_texts; "
                  f"audit rows {max(run['audit']):,}); save {statistics.median(run['save']) * 1000:.1f} ms, "
                  f"get + save {statistics.median(run['read_save']) * 1000:.1f} ms "
                  f"(the first save, with the text: {run['created'] * 1000:.0f} ms)")
        for label in ("save", "read_save"):
            ratio = statistics.median(big[label]) / statistics.median(small[label])
            print(f"  {'get + save' if label == 'read_save' else 'save'}: {ratio:.2f}x the small edit's time (aim <= 1.2x)")
        print(f"  bytes written by the big edit: {max(big['bytes']):,} (aim <= 10,000)")


if __name__ == "__main__":
    main()
