"""User text that is safe to show on a page: markup shows as itself, nothing hidden or reordered."""
from __future__ import annotations

from plaintext.chars import HIDDEN
from plaintext.markdown import PAGE_MARKS, escape


def md(text: object) -> str:
    """User text for any element that renders Markdown: every markup character shows literally."""
    escaped = escape(HIDDEN.sub("", str(text)), PAGE_MARKS)
    return escaped.replace("\r", "").replace("\n", "  \n")


def line(text: object) -> str:
    """`md` on one line, for headings, labels and list items."""
    from questions.models import plain_name  # here: the library's first page draws without the models
    return md(plain_name(str(text)))


def name_problems(names: dict[str, str]) -> dict[str, str]:
    """Each typed name that may not be saved (a control or direction character, too long), with why."""
    from questions.models import name_problem
    return {part: problem for part, value in names.items() if (problem := name_problem(value))}
