"""`python -m store migrate`: migrate the database as its owner and grant the app's role its rights.

    WINNOW_OWNER_DATABASE_URL=postgresql://winnow_owner:...@db/winnow python -m store migrate --app-role winnow_app

The owner's URL is read from WINNOW_OWNER_DATABASE_URL (kept off the command line, where `ps`
shows it) unless given. Without --app-role the role WINNOW_DATABASE_URL logs in as gets the rights,
if it is another role; with neither, the database is only migrated (one role owns everything).
"""
from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store", description="Migrate the database as its owner; "
                                     "grant the app's role its rights.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("migrate", help="migrate as the schema's owner; grant the app's role its rights")
    run.add_argument("owner_url", nargs="?", help=f"the owner's database URL (default: ${OWNER_ENV})")
    run.add_argument("--app-role", help=f"the role the app logs in as (default: ${ENV_VAR}'s user)")
    args = parser.parse_args(argv)
    owner_url = args.owner_url or os.environ.get(OWNER_ENV, "").strip()
    if not owner_url:
        parser.error(f"give the owner's database URL, or set {OWNER_ENV}")
    try:
        print(migrate(owner_url, app_role(owner_url, args.app_role)))
    except (RoleProblem, SQLAlchemyError) as error:
        print(f"Not migrated: {str(error).splitlines()[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
