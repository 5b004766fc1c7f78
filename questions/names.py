"""What a name (an evaluation's, a vendor's, a document's) may hold: one line of plain text.

questions/models.py checks the names a file holds with `name_problem` and re-exports these; views show names through
`plain_name` (views/safe_text.py).
"""
from __future__ import annotations

import unicodedata

from plaintext.chars import HIDDEN, IN_NAME

# Names show in titles, lists, file names and exports: one line of text, read left to right as typed.
# Control characters (a terminal escape, a backspace) and the Unicode direction overrides/isolates
# (U+202A-202E, U+2066-2069) can hide or reorder what a reader sees: a file holding one is refused
# (plaintext.chars.HIDDEN). Tabs and line breaks are only spacing: every display folds them into one
# space (`plain_name`, over plaintext.chars.IN_NAME).
MAX_NAME_CHARS = 200


def name_problem(text: str) -> str | None:
    """Why `text` cannot be a name ('holds a right-to-left override (U+202E) at character 4 ...'), or None."""
    found = HIDDEN.search(text)
    if found:
        char = found.group()
        what = unicodedata.name(char, "control character").lower()
        return f"holds a {what} (U+{ord(char):04X}) at character {found.start() + 1}; a name is plain text"
    if len(text) > MAX_NAME_CHARS:
        return f"is {len(text):,} characters long; a name has at most {MAX_NAME_CHARS}"
    return None


def plain_name(text: str) -> str:
    """A name safe to show: line breaks and tabs become spaces, other control and direction characters go."""
    return " ".join(IN_NAME.sub(lambda m: " " if m.group().isspace() else "", text).split())
