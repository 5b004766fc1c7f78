"""A person's informal role made a role by the name in brackets after it: "your IT guy (Mike Dunn, per our call) owns
that server" names who owns the link as "your IT manager owns ..." does (walk 66). The informal words are rounds.yaml
`bracket_roles`; without a name after them ("the guy who set it up") they name no one."""
from __future__ import annotations

import re

from .word_regex import alternation

_NAME = r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'-]*"  # "Mike Dunn", "Ms Anna K. Berg"


def bracket_pattern(words: list[str]) -> re.Pattern | None:
    """The informal role, up to two words before its word ("IT guy"), with a person's name opening the bracket after it."""
    if not words:
        return None
    said = alternation(words)
    return re.compile(rf"\b(?i:your|our|the)\s+(?P<role>(?:[\w/-]+\s+){{0,2}}?(?i:{said}))\s*\((?={_NAME})")


def bracketed_roles(pattern: re.Pattern | None, text: str) -> list[tuple[int, str]]:
    """(where, role) of each informal role a name in brackets follows in `text`."""
    return [(m.start("role"), m.group("role")) for m in pattern.finditer(text)] if pattern and "(" in text else []
