"""Run a worker process for one file, within a time limit, and turn any failure into a problem.

Why a plain subprocess (`python -m proposals.worker`) and not multiprocessing: a "spawn" child
re-imports the parent's __main__, which under Streamlit is Streamlit itself, and "fork" is
unsafe in a threaded server. Why a spare: a worker's start-up (Python, then pypdf and
python-docx) costs ~0.2 s, a third of pypdf's own time on a 100-page PDF, so one worker is
kept started and waiting, and a new one is started shortly after each file is read (not at
once: its start-up would compete for the CPU with the app reading and scoring that file's
text). Each worker still reads one file only.

The worker's answer is read line by line as it comes, so the app hears of each page read by OCR
while the time limit is still enforced; the limit grows for OCR once the worker says how many
pages it will read. The worker runs in a process group of its own, so killing it at the limit
also kills the tesseract it may be waiting for.
"""
from __future__ import annotations

import atexit
import json
import logging
import math
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .limits import KEEP_A_SPARE_WORKER, MAX_CONCURRENT_WORKERS, OCR_SECONDS_PER_PAGE
from .messages import crashed, too_big_in_memory, too_slow
from .result import Refused

_ROOT = str(Path(__file__).resolve().parent.parent)
_SLOTS = threading.BoundedSemaphore(MAX_CONCURRENT_WORKERS)
_SPARE_LOCK = threading.Lock()
_spare: subprocess.Popen | None = None
_next_spare: threading.Timer | None = None
SPARE_DELAY_SECONDS = 0.5  # after a file is read: time for the app to analyze its text first
SLOT_WAIT_SECONDS = 60  # how long a file waits for one of the reading slots before "busy"
log = logging.getLogger(__name__)


def run_worker(kind: str, data: bytes, timeout: float, memory_mb: int,
               progress: Callable[[int, int], None] | None = None) -> dict:
    """The worker's {"text", "pages", "warnings", "ocr_pages"}; raises Refused with the problem otherwise.

    progress(done, total) is called here, in the caller's thread, as each page read by OCR finishes.
    """
    if not _SLOTS.acquire(timeout=max(timeout, SLOT_WAIT_SECONDS)):  # waiting for a slot is not reading
        raise Refused("the app is busy reading other files; try again in a minute")
    try:
        stdout, stderr, code = _run(kind, data, timeout, memory_mb, progress)
    finally:
        _SLOTS.release()
        _replenish_soon()
    return _result(kind, stdout, stderr, code, timeout, memory_mb)


def _run(kind: str, data: bytes, timeout: float, memory_mb: int, progress) -> tuple[bytes, bytes, int]:
    # The worker's temporary files (pages for OCR) go in a folder removed here, even after a kill.
    with tempfile.TemporaryDirectory(prefix="winnow-read-") as scratch:
        job = {"kind": kind, "memory_mb": memory_mb, "cpu_seconds": math.ceil(timeout) + 1,  # CPU cap: a backstop
               "scratch": scratch}
        try:
            process = _take_worker()
        except OSError:  # out of processes or memory
            log.warning("could not start an extraction worker", exc_info=True)
            raise Refused("the app could not start reading the file just now; try again in a minute") from None
        try:
            return _exchange(process, json.dumps(job).encode() + b"\n" + data, timeout, kind, progress)
        except BaseException:  # too slow, or the app itself was interrupted: never leave the worker running
            _end(process)
            raise


def _exchange(process: subprocess.Popen, job: bytes, timeout: float, kind: str, progress
              ) -> tuple[bytes, bytes, int]:
    """Send the job; pass on progress lines until the last line, the result; stop at the deadline."""
    deadline = time.monotonic() + timeout
    lines: queue.Queue[bytes | None] = queue.Queue()
    errors: list[bytes] = []
    threads = [_background(_send, process.stdin, job), _background(_lines, process.stdout, lines),
               _background(_errors, process.stderr, errors)]
    last = b""
    while (line := _next(lines, deadline, kind, timeout)) is not None:
        report = _progress(line)
        if report is None:
            last = line
        elif report[0] == 0:  # the worker counted the pages it will OCR: allow for them
            deadline += report[1] * OCR_SECONDS_PER_PAGE
            timeout += report[1] * OCR_SECONDS_PER_PAGE
        elif progress:
            progress(*report)
    try:
        code = process.wait(timeout=max(deadline - time.monotonic(), 0.5))
    except subprocess.TimeoutExpired:
        raise Refused(too_slow(kind, timeout)) from None
    for thread in threads:
        thread.join()
    return last, b"".join(errors), code


def _next(lines: queue.Queue, deadline: float, kind: str, timeout: float) -> bytes | None:
    """The worker's next line, None at its end; Refused once the deadline passes."""
    try:
        return lines.get(timeout=max(deadline - time.monotonic(), 0))
    except queue.Empty:
        raise Refused(too_slow(kind, timeout)) from None


def _progress(line: bytes) -> tuple[int, int] | None:
    """(done, total) from a progress line; None for any other line (the result)."""
    if not line.startswith(b'{"progress": '):
        return None
    done, total = json.loads(line)["progress"]
    return int(done), int(total)


def _background(target, *args) -> threading.Thread:
    thread = threading.Thread(target=target, args=args, daemon=True)
    thread.start()
    return thread


def _send(pipe, job: bytes) -> None:
    try:
        pipe.write(job)
        pipe.close()
    except (BrokenPipeError, OSError, ValueError):  # the worker died or was killed: its exit code tells
        pass


def _lines(pipe, lines: queue.Queue) -> None:
    try:
        for line in pipe:
            lines.put(line.rstrip(b"\n"))
    except (OSError, ValueError):  # closed by _end after a kill
        pass
    lines.put(None)


def _errors(pipe, errors: list[bytes]) -> None:
    try:
        errors.append(pipe.read())
    except (OSError, ValueError):
        pass


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
    # A session of its own: killing its process group ends any tesseract it runs as well.
    return subprocess.Popen([sys.executable, "-m", "proposals.worker"], cwd=_ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _end(process: subprocess.Popen) -> None:
    """Kill the worker and its children if it still runs; reap it and close its pipes either way."""
    if process.poll() is None:  # not yet reaped, so its process group id is still its own
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (AttributeError, OSError):  # no process groups on Windows
            process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout, process.stderr):
        try:
            pipe.close()
        except (OSError, ValueError):
            pass


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
