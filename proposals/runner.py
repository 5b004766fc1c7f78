"""Run a worker process for one file, within a time limit, and turn any failure into a problem.

Why a plain subprocess (`python -m proposals.worker`) and not multiprocessing: a "spawn" child
re-imports the parent's __main__, which under Streamlit is Streamlit itself, and "fork" is
unsafe in a threaded server. Why a spare: a worker's start-up (Python, then pypdf and
python-docx) costs ~0.2 s, a third of pypdf's own time on a 100-page PDF, so one worker is
kept started and waiting, and a new one is started shortly after each file is read (not at
once: its start-up would compete for the CPU with the app reading and scoring that file's
text). Each worker still reads one file only.
"""
from __future__ import annotations

import atexit
import json
import logging
import math
import signal
import subprocess
import sys
import threading
from pathlib import Path

from .limits import KEEP_A_SPARE_WORKER, MAX_CONCURRENT_WORKERS
from .messages import crashed, too_big_in_memory, too_slow
from .result import Refused

_ROOT = str(Path(__file__).resolve().parent.parent)
_SLOTS = threading.BoundedSemaphore(MAX_CONCURRENT_WORKERS)
_SPARE_LOCK = threading.Lock()
_spare: subprocess.Popen | None = None
_next_spare: threading.Timer | None = None
SPARE_DELAY_SECONDS = 0.5  # after a file is read: time for the app to analyze its text first
log = logging.getLogger(__name__)


def run_worker(kind: str, data: bytes, timeout: float, memory_mb: int) -> dict:
    """The worker's {"text", "pages", "warnings"}; raises Refused with the problem otherwise."""
    if not _SLOTS.acquire(timeout=timeout):
        raise Refused("the app is busy reading other files; try again in a minute")
    try:
        stdout, stderr, code = _run(kind, data, timeout, memory_mb)
    finally:
        _SLOTS.release()
        _replenish_soon()
    return _result(kind, stdout, stderr, code, timeout, memory_mb)


def _run(kind: str, data: bytes, timeout: float, memory_mb: int) -> tuple[bytes, bytes, int]:
    job = {"kind": kind, "memory_mb": memory_mb, "cpu_seconds": math.ceil(timeout) + 1}  # CPU cap: a backstop
    try:
        process = _take_worker()
    except OSError:  # out of processes or memory
        log.warning("could not start an extraction worker", exc_info=True)
        raise Refused("the app could not start reading the file just now; try again in a minute") from None
    try:
        stdout, stderr = process.communicate(json.dumps(job).encode() + b"\n" + data, timeout=timeout)
    except subprocess.TimeoutExpired:
        _end(process)
        raise Refused(too_slow(kind, timeout)) from None
    except BaseException:  # the app itself was interrupted: never leave the worker running
        _end(process)
        raise
    return stdout, stderr, process.returncode


def _take_worker() -> subprocess.Popen:
    """The waiting spare if it is alive, else a new worker."""
    global _spare
    with _SPARE_LOCK:
        worker, _spare = _spare, None
    if worker is not None and worker.poll() is None:
        return worker
    if worker is not None:
        _end(worker)
    return _start()


def _replenish_soon() -> None:
    """Start the next spare after SPARE_DELAY_SECONDS, in the background."""
    global _next_spare
    if not KEEP_A_SPARE_WORKER:
        return
    timer = threading.Timer(SPARE_DELAY_SECONDS, _replenish)
    timer.daemon = True
    with _SPARE_LOCK:
        if _next_spare is not None:
            _next_spare.cancel()
        _next_spare = timer
    timer.start()


def _replenish() -> None:
    """Start the next spare after a file is read, so its start-up does not slow that file."""
    global _spare
    with _SPARE_LOCK:
        if KEEP_A_SPARE_WORKER and _spare is None:
            try:
                _spare = _start()
            except OSError:  # out of processes or memory: the next file starts its own worker
                log.warning("could not start a spare extraction worker", exc_info=True)


def _start() -> subprocess.Popen:
    # cwd is the folder holding this package, so `-m proposals.worker` finds this very package.
    return subprocess.Popen([sys.executable, "-m", "proposals.worker"], cwd=_ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _end(process: subprocess.Popen) -> None:
    """Kill the worker if it still runs; reap it and close its pipes either way."""
    if process.poll() is None:
        process.kill()
    process.communicate()


@atexit.register
def stop_spare() -> None:
    """End the waiting spare (closing its stdin tells it there is no job), and any about to start."""
    global _spare, _next_spare
    with _SPARE_LOCK:
        spare, _spare = _spare, None
        if _next_spare is not None:
            _next_spare.cancel()
            _next_spare = None
    if spare is not None:
        try:
            spare.communicate(timeout=2)
        except subprocess.TimeoutExpired:
            _end(spare)


def _result(kind: str, stdout: bytes, stderr: bytes, code: int, timeout: float, memory_mb: int) -> dict:
    if code == -getattr(signal, "SIGXCPU", -1):  # the CPU backstop fired (no such signal on Windows)
        raise Refused(too_slow(kind, timeout))
    try:
        result = json.loads(stdout) if code == 0 else None
    except ValueError:
        result = None
    if not isinstance(result, dict):
        log.warning("extraction worker failed (exit %s): %s", code, stderr[-2000:].decode("utf-8", "replace"))
        raise Refused(too_big_in_memory(kind, memory_mb) if b"MemoryError" in stderr else crashed(kind))
    if "problem" in result:
        raise Refused(result["problem"])
    return result
