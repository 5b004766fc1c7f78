"""drafting.yaml integrations `system_owner`: who an offer says owns the whole system after go-live owns its links, where
no sentence names a link's own owner. "System owner after go-live: your IT/OT lead, Niamh Kelly." or "After handover the
platform is owned by your OT team" (a buyer's walk drafted both links with no owner, so a described link read as half of
one). The owner as a label gives it (one of `labels`, a few words of qualifier, then ":" or "is") or a passive of owning
whose subject is one of `subjects`; not the project's owner ("Programme owner on your side": no label), nor who is
only said to do something (`not_who`: "the system owner is responsible for ...")."""
from __future__ import annotations

import re

from .draft_rules import draft_data
from .word_regex import alternation

_RULE = draft_data()["integrations"].get("system_owner", {})
_WHO = r"(?:the |your |our )?(?P<who>[^.;()]+)"
_LABELLED = re.compile(rf"(?i)\b(?:{alternation(_RULE['labels'])})\b[^:.;]{{0,40}}?\s*(?::|\bis\b|\bwill be\b)\s*{_WHO}") \
    if _RULE.get("labels") else None
_PASSIVE = re.compile(rf"(?i)\b(?:{alternation(_RULE['subjects'])})\b (?:is|will be|remains|stays) owned by {_WHO}") \
    if _RULE.get("subjects") else None
_NOT_WHO = frozenset(w.lower() for w in _RULE.get("not_who", []))
_LONGEST = 80  # characters of an owner as drafted, as a table's owner cell is cut


def system_owner(text: str) -> str:
    """The owner of the whole system the sentence names ("IT/OT lead, Niamh Kelly"), or ""."""
    lower = text.lower()
    if "own" not in lower:
        return ""  # most sentences
    for pattern in (_LABELLED, _PASSIVE):
        found = pattern.search(text) if pattern else None
        who = " ".join(found.group("who").split()).strip(" ,") if found else ""
        if who and who.split()[0].lower() not in _NOT_WHO:
            return who[:_LONGEST]
    return ""
