"""A message forwarded under a short cover note, read as the vendor's answer by its layout, whoever wrote it
(questions/rounds.yaml `paragraphs.pointed`): a colleague's lines that each take up one of the letter's topics ("Re
data - bending torque from the Fanuc CNC ...", "3. Springback angle from ...", "Q4: ...") are answers handed on, though
the note names neither answers nor a colleague ("Jake went through your list; his notes are below"). The buyer's
letter quoted under a reply asks: its numbered lines are questions ("1. Which data ...?"), no answer. A note that
disowns the message ("below an old draft, please ignore it") keeps it out."""
from __future__ import annotations

import re

from questions.reply_rule_models import ParagraphRules

from .word_regex import alternation


class Forwarded:
    """Compiled once per rules: `answers_under`."""

    def __init__(self, rules: ParagraphRules):
        words = alternation(rules.pointed)
        # a line opening with a word that points to a topic, then that topic and a dash or colon ("Re data -",
        # "Regarding the twin:"), or with a question's number ("3.", "3)", "(3)", "Q3:", "#3")
        self.pointer = re.compile(
            rf"\s*(?:(?i:{words})\b[^\n?]{{1,60}}?(?:\s[-–—]\s|:\s)|(?:\(\d{{1,2}}\)|(?i:q)\s?\d{{1,2}}\s*[:.)-]|#?\d{{1,2}}[.)])\s)"
            if words else r"\s*(?:\(\d{1,2}\)|(?i:q)\s?\d{1,2}\s*[:.)-]|#?\d{1,2}[.)])\s")
        self.disowns = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, rules.disowning))})(?![\w-])") \
            if rules.disowning else None
        self.least = rules.pointed_least
        # an item that asks in words, with no question mark ("3. Data: please describe ..."): the buyer's letter
        self.asks = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, rules.requesting))})(?![\w-])", re.I) \
            if rules.requesting else None

    def answers_under(self, lines: list[str], start: int, note: str) -> bool:
        """Whether the older message from line `start` answers the letter's topics line by line (at least `least`
        of its items open with a pointer and ask nothing), under a note (lower case, its own words) that does not
        disown it."""
        answering = sum(1 for item in _items(lines[start:], self.pointer) if not self._asks(item))
        return not self.disowned(note) and answering >= self.least

    def _asks(self, item: str) -> bool:
        return "?" in item or bool(self.asks and self.asks.search(item))


    def disowned(self, note: str) -> bool:
        """Whether a cover note (lower case) disowns the message under it ("please ignore it", "outdated")."""
        return bool(self.disowns and self.disowns.search(note))


def _items(lines: list[str], pointer: re.Pattern):
    """Each item that opens with a pointer, with the lines that go on under it (up to a blank line or the next
    pointer): a letter's question wraps over lines and asks at its end. A message quoted line by line (">") is read
    without its marks."""
    item = None
    for line in (_QUOTED.sub("", line) for line in lines):
        opens = pointer.match(line)
        if item is not None and (opens or not line.strip()):
            yield item
            item = None
        if opens:
            item = line
        elif item is not None:
            item += line
    if item is not None:
        yield item


_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")  # the marks of a line quoted once or more ("> ", ">> ")
