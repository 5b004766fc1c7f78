"""`python -m store`: the commands that work on a database.

    WINNOW_OWNER_DATABASE_URL=postgresql://winnow_owner:...@db/winnow python -m store migrate --app-role winnow_app
    python -m store draft-report sqlite:///data/winnow.db [--format json]

migrate: the owner's URL is read from WINNOW_OWNER_DATABASE_URL (kept off the command line, where
`ps` shows it) unless given. Without --app-role the role WINNOW_DATABASE_URL logs in as gets the
rights, if it is another role; with neither, the database is only migrated (one role owns everything).
draft-report: the drafted options and phrases buyers reject most, read from any database URL
without writing to it; a bad URL exits 2 with one line.
"""
from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError

from questions import shell
from reading import collector

from .engine import ENV_VAR
from .privileges import RoleProblem, migrate

OWNER_ENV = "WINNOW_OWNER_DATABASE_URL"


def app_role(owner_url: str, given: str | None) -> str | None:
    """--app-role, else WINNOW_DATABASE_URL's user when that is not the owner."""
    app_url = os.environ.get(ENV_VAR, "").strip()
    if given or not app_url:
        return given or None
    user = make_url(app_url).username
    return user if user and user != make_url(owner_url).username else None


def cmd_migrate(args) -> int:
    try:
        print(migrate(args.owner_url, app_role(args.owner_url, args.app_role)))
    except (RoleProblem, SQLAlchemyError) as error:
        print(f"Not migrated: {str(error).splitlines()[0]}", file=sys.stderr)
        return 1
    return 0


def cmd_draft_report(args) -> None:
    # Imported here: the drafting rules compile only for this command, not for migrate.
    from questions import load_bank
    from reading.draft import drafter_for
    from reading.draft_report import report
    from .draft_reviews import UnreadableDatabase, review_trails
    try:
        trails = review_trails(args.url)
    except UnreadableDatabase as error:
        raise shell.InputError(str(error)) from None
    found = report(trails, drafter_for(load_bank()))
    shell.emit(found.as_json, args.format, found.text)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m store", description="Migrate the database as its owner; "
                                "report what buyers do with the drafts.")
    sub = p.add_subparsers(dest="command", required=True)
    m = sub.add_parser("migrate", help="migrate as the schema's owner; grant the app's role its rights")
    m.add_argument("owner_url", nargs="?", help=f"the owner's database URL (default: ${OWNER_ENV})")
    m.add_argument("--app-role", help=f"the role the app logs in as (default: ${ENV_VAR}'s user)")
    m.set_defaults(run=cmd_migrate)
    r = sub.add_parser("draft-report", help="the drafted options and phrases buyers reject most, from a database URL")
    r.add_argument("url", metavar="DATABASE_URL")
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.set_defaults(run=cmd_draft_report)
    return p


def main(argv: list[str] | None = None) -> int:
    collector.tune()  # this program's collector settings (reading/collector.py)
    p = parser()
    args = p.parse_args(argv)
    if args.command == "migrate":
        args.owner_url = args.owner_url or os.environ.get(OWNER_ENV, "").strip()
        if not args.owner_url:
            p.error(f"give the owner's database URL, or set {OWNER_ENV}")
    return shell.run(args)


if __name__ == "__main__":
    sys.exit(main())
