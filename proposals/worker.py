"""The child process that reads one PDF, DOCX or image: `python -m proposals.worker`.

It imports pypdf and python-docx first, so it can be started ahead of need as a spare, then
reads one JSON line {"kind", "memory_mb", "cpu_seconds", "scratch"} and the file's bytes from
stdin, and writes JSON lines to stdout: {"progress": [done, total]} for pages read by OCR ([0,
total] when it knows how many there will be, so the app can allow them time), then one last
object, {"text", "pages", "warnings", "ocr_pages"} or {"problem"}. It reads one file and exits.
Running apart means a file that hangs pypdf or eats memory costs this process, not the app:
the parent kills it at the time limit, and the limits set here bound the rest.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile

from .limits import OCR_MEMORY_MB, OCR_SECONDS_PER_PAGE
from .messages import too_big_in_memory


def main() -> int:
    out, sys.stdout = sys.stdout.buffer, sys.stderr  # nothing a library prints can spoil the JSON
    warm_up()
    header = sys.stdin.buffer.readline()
    if not header:  # the app closed its spare without a job
        return 0
    job = json.loads(header)
    if job.get("scratch"):  # the app removes this folder, so a killed worker leaves no files behind
        tempfile.tempdir = os.environ["TMPDIR"] = job["scratch"]  # TMPDIR for tesseract too
    restore = limit_resources(job["memory_mb"], job["cpu_seconds"])

    def progress(done: int, total: int) -> None:
        if done == 0:  # OCR is about to start; tesseract inherits both limits
            allow_cpu(total * OCR_SECONDS_PER_PAGE)
            allow_memory(max(job["memory_mb"], OCR_MEMORY_MB))
        send(out, {"progress": [done, total]})

    try:
        result = read(job["kind"], sys.stdin.buffer.read(), progress)
    except MemoryError:
        restore()  # room again to build and send the report
        result = {"problem": too_big_in_memory(job["kind"], job["memory_mb"])}
    send(out, result)
    return 0


def send(out, message: dict) -> None:
    out.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")  # one line: json escapes newlines
    out.flush()


def warm_up() -> None:
    """Import the readers' libraries now: most of a worker's start-up, done before the file arrives."""
    import docx  # noqa: F401
    import pypdf  # noqa: F401


def read(kind: str, data: bytes, progress) -> dict:
    from .readers import read_docx, read_pdf
    from .result import Refused

    try:
        if kind == "image":
            from .ocr import read_image
            return read_image(data, progress)
        if kind == "xlsx":
            from .sheets import read_xlsx
            return read_xlsx(data)
        return read_pdf(data, progress) if kind == "pdf" else read_docx(data)
    except Refused as refused:
        return {"problem": str(refused)}


def limit_resources(memory_mb: int, cpu_seconds: int):
    """Cap address space and CPU time from now on; return a function that lifts the memory cap.

    Only soft limits are lowered, so the memory cap can be lifted to report a MemoryError. The
    CPU cap is a backstop: if the app dies without killing this process, the process still ends.
    """
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (_capped(memory_mb * 1024 * 1024, hard), hard))
        used = resource.getrusage(resource.RUSAGE_SELF)
        _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
        cpu_limit = int(used.ru_utime + used.ru_stime) + cpu_seconds  # the warm-up counts as used
        resource.setrlimit(resource.RLIMIT_CPU, (_capped(cpu_limit, cpu_hard), cpu_hard))
    except (ImportError, ValueError, OSError):  # no such limits on Windows, RLIMIT_AS refused on macOS
        return lambda: None
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def allow_cpu(seconds: float) -> None:
    """Raise the CPU backstop by `seconds`, for OCR; the soft limit may rise up to the hard one."""
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if soft != resource.RLIM_INFINITY:
            resource.setrlimit(resource.RLIMIT_CPU, (_capped(soft + int(seconds), hard), hard))
    except (ImportError, ValueError, OSError):
        pass


def allow_memory(memory_mb: int) -> None:
    """Set the address-space cap to `memory_mb` (soft limit only, up to the hard one), for OCR."""
    try:
        import resource
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (_capped(memory_mb * 1024 * 1024, hard), hard))
    except (ImportError, ValueError, OSError):
        pass


def _capped(value: int, hard: int) -> int:
    import resource
    return value if hard == resource.RLIM_INFINITY else min(value, hard)


if __name__ == "__main__":
    code = main()
    sys.stderr.flush()
    os._exit(code)  # skip tearing down pypdf, lxml and cryptography: the app waits for this exit
