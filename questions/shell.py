"""What every `python -m ROOM` command line shares: an evaluation file read with a one-line error,
output written without terminal escapes, and bad input as one line on stderr with exit status 2.

Here, in the lowest room that knows the evaluation file, so that scoring/, reports/ and store/ each
keep their own commands and import this downward.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from plaintext.chars import TERMINAL

from .loader import EvaluationError, load_evaluation
from .models import Evaluation


class InputError(Exception):
    """Bad input: printed as one line, exit status 2."""


def load(path: str) -> Evaluation:
    try:
        return load_evaluation(path)
    except EvaluationError as error:
        raise InputError(f"{path}: {error}") from None


def emit(data, fmt: str, as_text, as_markdown=None) -> None:
    """JSON as it is; text with no terminal escape or direction override left (chars.TERMINAL)."""
    if fmt == "json":  # json.dumps writes control characters as \u escapes
        sys.stdout.write(json.dumps(data(), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "markdown" and as_markdown:
        sys.stdout.write(TERMINAL.sub("", as_markdown()))
    else:
        sys.stdout.write(TERMINAL.sub("", as_text()))


def write(data: bytes, fmt: str, out: str | None, what: str) -> None:
    """To the file --out names, else to stdout: a docx or pdf `what` only to a file."""
    if out:
        try:
            Path(out).write_bytes(data)
        except OSError as error:
            raise InputError(f"{out}: cannot write the file: {error.strerror}") from None
    elif fmt in ("docx", "pdf"):
        raise InputError(f"a {fmt} {what} is a file: give --out FILE")
    else:
        sys.stdout.write(TERMINAL.sub("", data.decode("utf-8")) if fmt != "json" else data.decode("utf-8"))


def one_line(text: str) -> str:
    """A message that names a hostile file (a newline or escape in its name) still prints as one plain line."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def run(args) -> int:
    """The exit status of the command args.run: 2 with one line for bad input; 0 when the reader
    of the output went away (a closed pipe)."""
    try:
        return args.run(args) or 0
    except InputError as error:
        print(f"winnow: {one_line(str(error))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
