"""No lost work: concurrent writer processes saving the same evaluations through the Store.

    python bench/bench_concurrency.py [--database URL] [--writers 8] [--saves 500] [--evaluations 3]

Each writer process repeats `saves` times: load one of a few shared evaluations, change one
answer to a text of its own, save with expected_version. A refused stale save is counted and
the next attempt reloads. Every save that returned success is logged (id, version, the
change, a hash of what was saved). Then one more writer is SIGKILLed inside a write
transaction, after its writes and before its COMMIT, while the others keep saving.

At the end the database must hold every logged save as its revision, with the same content,
and its audit row, and nothing else: lost updates, half-written state (a revision without its
row update, a gap in the version numbers, an unreadable JSON, an audit row without its
revision, the killed writer's change), unclaimed revisions and unaudited saves must all be 0.
Defaults to a temporary SQLite file; prints figures, asserts nothing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, select  # noqa: E402

from questions import Evaluation, load_evaluation  # noqa: E402
from store import StaleEvaluation, Store  # noqa: E402
from store.engine import WRITE  # noqa: E402
from store.tables import EvaluationRow  # noqa: E402

KILLED = "written by the writer that was killed before COMMIT"
FORK = multiprocessing.get_context("fork")  # a writer starts in milliseconds, not a re-import


@dataclass
class Figures:
    writers: int
    saves: int
    attempts: int = 0
    saved: int = 0
    refused: int = 0
    errors: int = 0
    seconds: float = 0.0
    killed_at: float | None = None  # seconds into the run when the stalled writer was killed
    killed_version: int = 0  # the version it had written, uncommitted, when it was killed
    error_samples: list[str] = field(default_factory=list)

    @property
    def adds_up(self) -> bool:
        return self.saved + self.refused + self.errors == self.attempts


@dataclass
class Check:
    """What the database holds against what the writers were told."""

    lost: int = 0  # a successful save missing, or holding other content than was saved
    half_written: int = 0  # row/revision mismatch, version gap, unreadable JSON, killed change visible
    unclaimed: int = 0  # a revision no successful save reported
    unaudited: int = 0  # a successful save without its row in the audit trail
    revisions: int = 0
    problems: list[str] = field(default_factory=list)


def digest(evaluation: Evaluation) -> str:
    return hashlib.sha256(evaluation.model_dump_json().encode()).hexdigest()


def changed(evaluation: Evaluation, text: str, rng: random.Random) -> tuple[Evaluation, int]:
    """The evaluation with one answer's text replaced; and which answer."""
    index = rng.randrange(len(evaluation.answers))
    answers = list(evaluation.answers)
    answers[index] = answers[index].model_copy(update={"text": text})
    return evaluation.model_copy(update={"answers": answers}), index


def writer(url: str, ids: list[str], saves: int, name: str, log_path: str) -> None:
    """One process: `saves` attempts; one JSON line per attempt, flushed before the next."""
    store, rng = Store(url), random.Random(name)
    with open(log_path, "a", encoding="utf-8") as log:
        for attempt in range(saves):
            id, text = rng.choice(ids), f"{name} save {attempt}"
            try:
                current = store.get(id)
                evaluation, index = changed(current.evaluation, text, rng)
                saved = store.save(id, evaluation, expected_version=current.version)
                line = {"saved": id, "version": saved.version, "answer": index, "text": text,
                        "question": evaluation.answers[index].question, "sha": digest(saved.evaluation)}
            except StaleEvaluation:
                line = {"refused": id}
            except Exception as error:  # noqa: BLE001 - counted and shown, never hidden
                line = {"errors": f"{type(error).__name__}: {error}"[:300]}
            log.write(json.dumps(line) + "\n")
            log.flush()


def stalled_writer(url: str, id: str, ready, written) -> None:
    """Save once, but stop inside the transaction, after its writes, just before COMMIT."""
    store = Store(url)
    current = store.get(id)  # schema and start-up writes done before the trap is set

    def stall(connection) -> None:
        if connection.get_execution_options().get(WRITE):
            # What this transaction itself sees: its uncommitted new version.
            written.value = connection.scalar(select(EvaluationRow.version).where(EvaluationRow.id == id))
            ready.set()
            time.sleep(3600)  # the parent kills this process here

    event.listen(store.engine, "commit", stall)
    while True:  # the others keep saving: retry until this save reaches its COMMIT
        try:
            evaluation, _ = changed(current.evaluation, KILLED, random.Random(0))
            store.save(id, evaluation, expected_version=current.version)
        except StaleEvaluation:
            current = store.get(id)


def run_writers(url: str, ids: list[str], writers: int, saves: int, folder: Path, tag: str,
                kill_one: bool = False) -> Figures:
    """Start the writers (and the one to kill); wait; count what their logs say."""
    logs = [folder / f"{tag}-{n}.jsonl" for n in range(writers)]
    processes = [FORK.Process(target=writer, args=(url, ids, saves, f"{tag}-writer-{n}", str(log)))
                 for n, log in enumerate(logs)]
    figures = Figures(writers, saves, attempts=writers * saves)
    start = time.perf_counter()
    victim, ready, written = None, FORK.Event(), FORK.Value("i", 0)
    if kill_one:
        victim = FORK.Process(target=stalled_writer, args=(url, ids[0], ready, written))
        victim.start()
    for process in processes:
        process.start()
    if victim is not None:
        while not ready.wait(0.1):
            if not victim.is_alive():
                raise RuntimeError(f"the writer to be killed exited ({victim.exitcode}) before its COMMIT")
        time.sleep(0.5)  # the others now queue behind its write lock
        os.kill(victim.pid, signal.SIGKILL)
        figures.killed_at, figures.killed_version = time.perf_counter() - start, written.value
        victim.join(30)
    for process in processes:
        process.join()
    figures.seconds = time.perf_counter() - start
    for line in _lines(logs):
        kind = next(iter(line))
        setattr(figures, kind, getattr(figures, kind) + 1)
        if kind == "errors" and len(figures.error_samples) < 3:
            figures.error_samples.append(line[kind])
    figures.error_samples += [f"writer {n} exited with {p.exitcode}" for n, p in enumerate(processes) if p.exitcode]
    return figures


def _lines(logs) -> list[dict]:
    return [json.loads(line) for log in logs if log.exists() for line in log.read_text().splitlines()]


def check(url: str, ids: list[str], successes: list[dict]) -> Check:
    """Every success is its revision with its content and its audit row; nothing else is there."""
    store, result = Store(url), Check()
    stored: dict[tuple[str, int], Evaluation] = {}
    for id in ids:
        _check_history(store, id, stored, result)
    killed = [key for key, evaluation in stored.items() if any(a.text == KILLED for a in evaluation.answers)]
    result.half_written += len(killed)
    result.problems += [f"{id} v{version}: the killed writer's change is visible" for id, version in killed]
    for line in successes:
        key = (line["saved"], line["version"])
        revision = stored.get(key)
        # Two saves both told "version N" differ in content: the one not stored is lost.
        if revision is None or digest(revision) != line["sha"] or revision.answers[line["answer"]].text != line["text"]:
            result.lost += 1
            result.problems.append(f"{key}: {line['text']!r} reported saved, not found as saved")
    claims = {(line["saved"], line["version"]) for line in successes}
    result.unclaimed = sum(1 for id, version in stored if version > 1 and (id, version) not in claims)
    _check_audit(store, ids, successes, stored, result)
    return result


def _check_history(store: Store, id: str, stored: dict, result: Check) -> None:
    """Versions 1..N, each readable, and the row is the last of them."""
    versions = store.revisions(id)
    result.revisions += len(versions)
    if versions != list(range(1, len(versions) + 1)):
        result.half_written += 1
        result.problems.append(f"{id}: versions {versions[:3]}... are not 1..{len(versions)}")
    for version in versions:
        try:
            stored[id, version] = store.revision(id, version)
        except Exception as error:  # noqa: BLE001 - an unreadable revision is the finding
            result.half_written += 1
            result.problems.append(f"{id} v{version} unreadable: {error}")
    final = store.get(id)
    if final.version != versions[-1] or stored.get((id, final.version)) != final.evaluation:
        result.half_written += 1
        result.problems.append(f"{id}: the row (v{final.version}) is not its last revision (v{versions[-1]})")


def _check_audit(store: Store, ids: list[str], successes: list[dict], stored: dict, result: Check) -> None:
    """Each success has its audit row (text: before -> the writer's text); no row without a revision."""
    trail = {}
    for id in ids:
        for entry in store.history(id):
            trail[id, entry.version, entry.question, entry.field] = entry.after
            if (id, entry.version) not in stored or entry.after == KILLED:
                result.half_written += 1
                result.problems.append(f"{id} v{entry.version}: an audit row without its saved revision")
    for line in successes:
        if trail.get((line["saved"], line["version"], line["question"], "text")) != line["text"]:
            result.unaudited += 1
            result.problems.append(f"{line['saved']} v{line['version']}: {line['text']!r} not in the audit trail")


def seed(url: str, count: int) -> list[str]:
    examples = [load_evaluation(path) for path in sorted((ROOT / "examples").glob("*.json"))]
    store = Store(url)
    ids = [store.create(examples[n % len(examples)]).id for n in range(count)]
    store.engine.dispose()  # no pooled connection may cross the fork into the writers
    return ids


def measure(url: str, writers: int, saves: int, evaluations: int, folder: Path) -> dict:
    """The whole bench; returns every figure (tests/test_concurrency.py runs a small one)."""
    ids = seed(url, evaluations)
    baseline = run_writers(url, ids, 1, max(10, saves // 10), folder, "baseline")
    contention = run_writers(url, ids, writers, saves, folder, "contention")
    before_kill = check(url, ids, successes(folder))
    killing = run_writers(url, ids, writers, max(10, saves // 5), folder, "kill", kill_one=True)
    return dict(baseline=baseline, contention=contention, killing=killing,
                contention_check=before_kill, final_check=check(url, ids, successes(folder)))


def successes(folder: Path) -> list[dict]:
    return [line for line in _lines(sorted(folder.glob("*.jsonl"))) if "saved" in line]


def show(url: str, evaluations: int, figures: dict) -> None:
    print(f"database: {url.split('@')[-1]}   evaluations shared: {evaluations}")
    for title, key in (("one writer (baseline)", "baseline"), ("contention", "contention"),
                       ("with one writer SIGKILLed before COMMIT", "killing")):
        f: Figures = figures[key]
        rate = f.saved / f.seconds if f.seconds else 0.0
        print(f"{title}: {f.writers} writers x {f.saves} saves in {f.seconds:.1f} s")
        print(f"  attempts {f.attempts} = saved {f.saved} + refused stale {f.refused} + errors {f.errors}"
              f"   (adds up: {'yes' if f.adds_up else 'NO'})   {rate:.0f} successful saves/s")
        for sample in f.error_samples:
            print(f"  error: {sample}")
    base = figures["baseline"]
    ratio = (figures["contention"].saved / figures["contention"].seconds) / (base.saved / base.seconds)
    print(f"successful saves/s with {figures['contention'].writers} writers: {ratio:.2f}x one writer")
    killing = figures["killing"]
    print(f"the stalled writer had written version {killing.killed_version} (uncommitted) and held the write lock; "
          f"SIGKILLed {killing.killed_at:.1f} s into the run; the others went on")
    for title, key in (("after contention", "contention_check"), ("after the kill (all saves)", "final_check")):
        c: Check = figures[key]
        print(f"{title}: lost updates {c.lost}, half-written {c.half_written}, unclaimed revisions {c.unclaimed}, "
              f"saves missing from the audit trail {c.unaudited}, revisions checked {c.revisions}")
        for problem in c.problems[:5]:
            print(f"  {problem}")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--database", help="SQLAlchemy URL (default: a temporary SQLite file)")
    args.add_argument("--writers", type=int, default=8)
    args.add_argument("--saves", type=int, default=500, help="save attempts per writer")
    args.add_argument("--evaluations", type=int, default=3, help="how many evaluations they share")
    options = args.parse_args()
    with tempfile.TemporaryDirectory(prefix="winnow-bench-") as folder:
        url = options.database or f"sqlite:///{Path(folder) / 'bench.db'}"
        figures = measure(url, options.writers, options.saves, options.evaluations, Path(folder))
        show(url, options.evaluations, figures)


if __name__ == "__main__":
    main()
