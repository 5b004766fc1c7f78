"""The failures the app must handle: a missing evaluation, a stale edit, someone else's evaluation,
a schema the app's database role may not migrate."""
from __future__ import annotations


class EvaluationNotFound(LookupError):
    """No saved evaluation has this id (never existed, or deleted)."""

    def __init__(self, id: str) -> None:
        super().__init__(f"No saved evaluation with id {id!r}.")
        self.id = id


class StaleEvaluation(RuntimeError):
    """The evaluation was saved by someone else since this copy was loaded; nothing was written."""

    def __init__(self, id: str, current_version: int, expected_version: int) -> None:
        super().__init__(
            f"This evaluation was changed elsewhere (version {current_version} is saved, "
            f"you edited version {expected_version}). Reload to see the latest."
        )
        self.id = id
        self.current_version = current_version
        self.expected_version = expected_version


class NotYourEvaluation(PermissionError):
    """Someone tried to change an evaluation another signed-in evaluator owns; nothing was written."""

    def __init__(self, id: str, owner: str, actor: str) -> None:
        who = actor or "someone who is not signed in"
        super().__init__(
            f"This evaluation is {owner}'s: only they can change it, and {who} is not {owner}. "
            f"Join the proposal to score it with your own evaluation."
        )
        self.id = id
        self.owner = owner
        self.actor = actor


EXAMPLE_OWNER = "example"  # the seeded examples' owner: no account has it (an account's is an address, with an @)


class ExampleIsReadOnly(NotYourEvaluation):
    """A change to one of the seeded example evaluations: they are read-only references for everyone."""

    def __init__(self, id: str, actor: str) -> None:
        PermissionError.__init__(self, "This is one of Winnow's example evaluations, kept read-only as a reference: "
                                       "nobody can change it. Duplicate it to work on your own copy.")
        self.id, self.owner, self.actor = id, EXAMPLE_OWNER, actor


def refusal(id: str, owner: str, actor: str) -> NotYourEvaluation:
    """Why `actor` may not change the evaluation `owner` owns."""
    return ExampleIsReadOnly(id, actor) if owner == EXAMPLE_OWNER else NotYourEvaluation(id, owner, actor)


MIGRATE = "python -m store migrate"


class SchemaBehind(RuntimeError):
    """The schema is not at this release's revision and the app's role may not migrate it (it does not own it)."""

    def __init__(self, found: str | None, needed: str, role: str) -> None:
        super().__init__(
            f"The database schema is at revision {found or 'none'}, this Winnow needs {needed}, and its database "
            f"role {role} does not own the schema, so it may not migrate it: as the owner, run "
            f"`WINNOW_OWNER_DATABASE_URL=OWNER_URL {MIGRATE} --app-role {role}`, then restart."
        )
        self.found, self.needed, self.role = found, needed, role
