"""`python -m scoring`: a thin command-line shell over the scoring library.

Invalid input exits with status 2 and one line on stderr naming the file and the problem
(questions/shell.py, which `python -m reports` and `python -m store` share).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from plaintext.chars import TERMINAL
from questions import shell
from questions.loader import evaluation_schema
from questions.shell import InputError

from reading import analyze, collector

from . import compare, score
from .render import (comparison_json, comparison_text, reading_json, reading_text, scorecard_json,
                     scorecard_text)
from .round_now import open_now


def cmd_score(args) -> None:
    evaluation = shell.load(args.file)
    card, rounds = score(evaluation), evaluation.rounds
    now = open_now(evaluation, card)
    shell.emit(lambda: scorecard_json(card, rounds, now), args.format,
               lambda: scorecard_text(card, rounds=rounds, open_now=now),
               lambda: scorecard_text(card, markdown=True, rounds=rounds, open_now=now))


def cmd_compare(args) -> None:
    comp = compare([shell.load(f) for f in args.files])
    shell.emit(lambda: comparison_json(comp), args.format, lambda: comparison_text(comp),
               lambda: comparison_text(comp, markdown=True))


def _read_document(name: str, kind: str = "proposal", guessed: bool = False, before: list = ()):
    """A file (PDF, DOCX, text, Markdown, an image of pages) or standard input ("-") as a document,
    read as the app reads an upload or a paste: a kind `guessed` from its name as its text tells it (a price sheet, a
    case study of a customer the documents `before` it do not name as the buyer)."""
    from proposals import MAX_UPLOAD_BYTES, ExtractionError, extract_text
    from reading.documents import from_file, kind_read, pasted
    if name == "-":
        raw = sys.stdin.buffer.read(MAX_UPLOAD_BYTES + 1)
        if len(raw) > MAX_UPLOAD_BYTES:
            raise InputError(f"standard input: over the {MAX_UPLOAD_BYTES // 1024 // 1024} MB limit for a proposal")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(f"standard input: the text is not UTF-8 (byte {error.start}); save it as UTF-8") from None
        if not text.strip():
            raise InputError("standard input: the text is empty")
        return pasted(text, kind, "Standard input")
    try:
        with Path(name).open("rb") as file:
            raw = file.read(MAX_UPLOAD_BYTES + 1)
    except OSError as error:
        raise InputError(f"{name}: cannot read the file: {error.strerror}") from None
    if len(raw) > MAX_UPLOAD_BYTES:  # it may be endless (/dev/zero): only this much was read
        raise InputError(f"{name}: the file is over the {MAX_UPLOAD_BYTES // 1024 // 1024} MB limit for a proposal")
    try:
        extracted = extract_text(Path(name).name, raw)
    except ExtractionError as error:  # "file.pdf: problem": named here as the command line named it
        raise InputError(f"{name}: {str(error).split(': ', 1)[-1]}") from None
    kind = kind_read(kind, Path(name).name, extracted.text, before) if guessed else kind
    return from_file(Path(name).name, kind, extracted, raw)


def _documents(names: list[str]) -> list:
    from reading.documents import kinds_from_names
    kinds = kinds_from_names([Path(name).name for name in names], first=True)
    documents = []
    for name, kind in zip(names, kinds):
        documents.append(_read_document(name, kind, guessed=True, before=documents))
    return documents


def cmd_analyze(args) -> None:
    from questions.models import Evaluation
    from reading.documents import Citations
    documents = _documents(args.files)
    text = Evaluation(bank_version="0", proposal="-", documents=documents).proposal_text
    reading, cited = analyze(text), Citations(documents)
    shell.emit(lambda: reading_json(reading, cited), args.format, lambda: reading_text(reading, cited))


def cmd_draft(args) -> None:
    from reading.draft import drafter_for  # compiles the drafting rules: only this command needs them
    from questions import load_bank
    from .render import draft_text
    first = args.files[0]
    name = "Proposal from standard input" if first == "-" else Path(first).stem
    evaluation = drafter_for(load_bank()).draft_documents(_documents(args.files), proposal=name)
    if args.format == "json":
        sys.stdout.write(evaluation.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(draft_text(evaluation))


def cmd_reply(args) -> None:
    """The evaluation file with the reply read against the open round (frozen first when none is); once the last
    round has a reply, a further message of the vendor's read into it (--new-round: into a new round instead)."""
    from datetime import date
    from .round_replies import read_reply_into_round
    from .rounds import RoundError, read_reply
    evaluation = shell.load(args.file)
    reply = _read_document(args.reply, "reply")
    read = read_reply if args.new_round else read_reply_into_round
    try:
        outcome = read(evaluation, reply, sent_by=evaluation.evaluator, today=date.today())
    except RoundError as error:
        raise InputError(f"{args.reply}: {error}") from None
    if args.format == "json":
        sys.stdout.write(outcome.evaluation.model_dump_json(indent=2) + "\n")
    else:
        from .render import reply_text
        sys.stdout.write(TERMINAL.sub("", reply_text(outcome)))


def cmd_take(args) -> None:
    """The evaluation file with the last reply's proposed answer taken for each named question (or all), or with
    the buyer's own answer kept (--keep), as the Follow-up page's two buttons do."""
    from .round_taking import keep_own_answer, pending, take_reply_answer
    from .rounds import RoundError
    evaluation = shell.load(args.file)
    named = [a.question for a in pending(evaluation)] if args.questions == ["all"] else args.questions
    if not named:
        raise InputError(f"{args.file}: the last reply read proposes no change to your answers")
    for question in named:
        try:
            evaluation = keep_own_answer(evaluation, question) if args.keep else take_reply_answer(evaluation, question)
        except RoundError as error:
            raise InputError(f"{args.file}: {error}") from None
    sys.stdout.write(evaluation.model_dump_json(indent=2) + "\n")


def cmd_schema(args) -> None:
    sys.stdout.write(json.dumps(evaluation_schema(), indent=2) + "\n")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m scoring", description="Score vendor proposals: labels versus substance.",
                                epilog="A round's letter to the vendor: python -m reports letter FILE. The drafts "
                                       "buyers reject most: python -m store draft-report DATABASE_URL.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score", help="the scorecard of one evaluation file")
    s.add_argument("file")
    s.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    s.set_defaults(run=cmd_score)
    c = sub.add_parser("compare", help="compare two or more evaluation files")
    c.add_argument("files", nargs="+")
    c.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    c.set_defaults(run=cmd_compare)
    a = sub.add_parser("analyze", help="mark each sentence of a proposal's documents, with document and page "
                                       "(text, Markdown, .pdf, .docx, .xlsx, .csv, scanned pages as images, or - for stdin)")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--format", choices=["text", "json"], default="text")
    a.set_defaults(run=cmd_analyze)
    d = sub.add_parser("draft", help="draft an evaluation file from a proposal's documents (text, Markdown, .pdf, "
                                     ".docx, .xlsx, .csv, scanned pages as images, or - for stdin); each document's kind is "
                                     "guessed from its name")
    d.add_argument("files", nargs="+", metavar="FILE")
    d.add_argument("--format", choices=["text", "json"], default="text")
    d.set_defaults(run=cmd_draft)
    rp = sub.add_parser("reply", help="read the vendor's reply (a file, or - for stdin) against the open round, or "
                                      "into the last round as a further reply once it has one; --format json prints "
                                      "the updated evaluation file")
    rp.add_argument("file")
    rp.add_argument("reply", metavar="REPLY_FILE")
    rp.add_argument("--new-round", action="store_true", help="send the questions still open as a new round and read "
                                                             "the reply against them, not into the last round")
    rp.add_argument("--format", choices=["text", "json"], default="text")
    rp.set_defaults(run=cmd_reply)
    tk = sub.add_parser("take", help="take the last reply's proposed answer to each QUESTION (or all) in place of "
                                     "yours, or keep yours (--keep); prints the updated evaluation file")
    tk.add_argument("file")
    tk.add_argument("questions", nargs="+", metavar="QUESTION", help="a question id, or all")
    tk.add_argument("--keep", action="store_true", help="keep your own answer instead")
    tk.set_defaults(run=cmd_take)
    sub.add_parser("schema", help="print the evaluation file's JSON Schema").set_defaults(run=cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    collector.tune()  # this program's collector settings (reading/collector.py)
    args = parser().parse_args(argv)
    if args.command == "compare" and len(args.files) < 2:
        print("winnow: compare needs two or more evaluation files", file=sys.stderr)
        return 2
    return shell.run(args)


if __name__ == "__main__":
    sys.exit(main())
