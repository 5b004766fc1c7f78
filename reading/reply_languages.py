"""A reply laid out in the writer's own language, read as an English one is (questions/reply_languages.yaml): a
question's number headed in that language ("Frage 3", "Zu Frage 3:", "Vraag 3 -", "Pregunta nº 3", "Domanda 3") is
the letter's "Q3", and numbers joined in that language ("Zu Frage 3 und 4:", "Vraag 3 en vraag 4") are "Q3 & 4". The
text is rewritten at the same length ("Frage 3" as "Q     3"), so every offset still points into the reply as the
vendor wrote it; only the layout reads it (reply_structure.py).

A forwarded message's header block and a heading over an answer in another language need no code here: their words
are added to rounds.yaml's by the loader (questions/languages.py).
"""
from __future__ import annotations

import re

from .word_regex import alternation


class Numbered:
    """Compiled once per rules: `as_q(text)`."""

    def __init__(self, words: list[str], joins: list[str] = ()):
        if not words:
            self.found = None
            return
        # the words, perhaps a "Nr." or "nº" after them, up to the number
        heads = rf"(?:{alternation(words)})\.?[ \t]*(?:(?:nr|no|n)\.[ \t]*|n[\u00b0\u00ba][ \t]*|#[ \t]*)?"
        joined = rf"[ \t]*(?:[,&+/]|(?:{alternation(joins)})(?=[ \t]))[ \t]*" if joins else r"[ \t]*[,&+/][ \t]*"
        # at a line's start, after its marks ("**", "> ", "- "): the heading's words, its number, the numbers joined to it
        self.found = re.compile(rf"(?im)^([ \t>*|#\u2022-]*)({heads})((?:\d{{1,2}}\.)?\d{{1,2}})((?:{joined}(?:{heads})?\d{{1,2}}(?!\d))*)"
                                r"(?![\d]|[.,]\d)")
        self.inner = re.compile(rf"(?i)({heads})|\b(?:{alternation(joins)})\b" if joins else rf"(?i)({heads})")

    def as_q(self, text: str) -> str:
        """`text` with each such heading's words as "Q" and spaces, a word joining numbers as "&"; the same length."""
        if self.found is None:
            return text
        return self.found.sub(self._as_q, text)

    def _as_q(self, found: re.Match) -> str:
        tail = self.inner.sub(lambda m: " " * len(m.group()) if m.group(1) else "&" + " " * (len(m.group()) - 1),
                              found.group(4)) if found.group(4) else ""
        return found.group(1) + "Q" + " " * (len(found.group(2)) - 1) + found.group(3) + tail
