"""`python -m reports letter`: a clarification round's letter to the vendor, from an evaluation file.

Invalid input exits with status 2 and one line on stderr naming the file and the problem.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date

from questions import shell
from reading import collector
from scoring import score
from scoring.rounds import freeze, open_round

from .letter_round import ROUND_LETTERS
from .letter_words import letter_words


def cmd_letter(args) -> None:
    """The round waiting for its reply, else the questions the next round would send (not frozen:
    sending is the app's act)."""
    evaluation = shell.load(args.file)
    waiting = open_round(evaluation)
    round_ = waiting or freeze(evaluation, score(evaluation), evaluation.evaluator, date.today()).rounds[-1]
    shell.write(ROUND_LETTERS[args.format][0](evaluation, round_, args.language), args.format, args.out, "letter")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m reports", description="Write what Winnow sends out.")
    sub = p.add_subparsers(dest="command", required=True)
    lt = sub.add_parser("letter", help="the next clarification round's questions to the vendor (or the round "
                                       "waiting for its reply); docx and pdf need --out")
    lt.add_argument("file")
    lt.add_argument("--format", choices=["md", "json", "docx", "pdf", "text"], default="text")
    lt.add_argument("--out", metavar="FILE")
    lt.add_argument("--language", choices=list(letter_words().languages),
                    help="the letter's language (default: the language of the proposal's documents); a question "
                         "with no wording in it yet stays in English")
    lt.set_defaults(run=cmd_letter)
    return p


def main(argv: list[str] | None = None) -> int:
    collector.tune()  # this program's collector settings (reading/collector.py)
    return shell.run(parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
