"""extract_text: one uploaded proposal in, its text out, or one plain line saying why not."""
from __future__ import annotations

import math
import re
from collections.abc import Callable

from plaintext.chars import IN_FILE_NAME

from .limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES
from .messages import too_much_text
from .result import Extracted, ExtractionError, Refused
from .runner import run_worker
from .sheets import read_csv
from .sniff import detect
from .textfile import read_text


def extract_text(filename: str, data: bytes, *, progress: Callable[[int, int], None] | None = None,
                 timeout: float = DEFAULT_TIMEOUT_SECONDS, memory_mb: int = DEFAULT_MEMORY_MB) -> Extracted:
    """The text of a PDF, DOCX, XLSX, CSV, TXT or Markdown proposal, or a PNG, JPEG or TIFF image of its pages,
    read by content rather than by name.

    PDF, DOCX, XLSX and images are read in a separate process with a time and memory limit; PDF pages
    without a text layer and images are read by OCR, and progress(done_pages, total_pages) is
    called in this thread as each such page is read (the time limit grows by OCR_SECONDS_PER_PAGE
    for each). Raises ExtractionError("name: problem") for anything that cannot or should not be read.
    """
    name = display_name(filename)
    try:
        return _extract(name, data, timeout, memory_mb, progress)
    except Refused as refused:
        raise ExtractionError(f"{name}: {refused}") from None


def _extract(name: str, data: bytes, timeout: float, memory_mb: int, progress) -> Extracted:
    if len(data) > MAX_UPLOAD_BYTES:  # before anything else touches the bytes
        raise Refused(f"the file is {_mb(len(data))}, over the {MAX_UPLOAD_BYTES / 1024 / 1024:g} MB limit; "
                      "upload a smaller file or just the relevant sections")
    if not data.strip():
        raise Refused("the file is empty")
    kind, warnings = detect(name, data)
    if kind in ("text", "csv"):  # text is read here; only binary formats need the worker's limits
        text, more = read_csv(data) if kind == "csv" else read_text(data)
        pages, ocr_pages = None, []
    else:
        result = run_worker(kind, data, timeout, memory_mb, progress)
        text, more, pages = result["text"], result["warnings"], result["pages"]
        ocr_pages = result.get("ocr_pages", [])
    if not text:
        raise Refused("the file contains no text")
    if len(text) > MAX_TEXT_CHARS:
        raise Refused(too_much_text(len(text)))
    return Extracted(text=text, kind=kind, pages=pages, warnings=warnings + more, ocr_pages=ocr_pages)


def display_name(filename: str) -> str:
    """The file's own name on one short line: no folders, no control characters."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = " ".join(IN_FILE_NAME.sub(" ", name).split())
    return (name[:97] + "...") if len(name) > 100 else (name or "unnamed file")


def _mb(size: int) -> str:
    """Rounded up, so a file just over the limit never shows as equal to it."""
    return f"{math.ceil(size / 1024 / 1024 * 10) / 10:g} MB"
