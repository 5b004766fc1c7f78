"""The failures the app must handle: a missing evaluation, a stale edit, someone else's evaluation."""
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
