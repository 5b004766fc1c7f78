"""A reply laid out in the writer's own language, read as an English one is (questions/reply_languages.yaml): a
question's number headed in that language ("Frage 3", "Zu Frage 3:", "Vraag 3 -", "Pregunta nº 3", "Domanda 3") is
the letter's "Q3". The text is rewritten at the same length ("Frage 3" as "Q     3"), so every offset still points into
the reply as the vendor wrote it; only the layout reads it (reply_structure.py).

A forwarded message's header block and a heading over an answer in another language need no code here: their words
are added to rounds.yaml's by the loader (questions/languages.py).
"""
from __future__ import annotations

import re


class Numbered:
    """Compiled once per rules: `as_q(text)`."""

    def __init__(self, words: list[str]):
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        # at a line's start, after its marks ("**", "> ", "- "), the words, perhaps a "Nr." or "nº", then the number
        self.found = re.compile(
            rf"(?im)^([ \t>*|#\u2022-]*)((?:{alternatives})\.?[ \t]*(?:(?:nr|no|n)\.[ \t]*|n[\u00b0\u00ba][ \t]*|#[ \t]*)?)"
            r"(?=\d{1,2}(?![\d]|[.,]\d))") if words else None

    def as_q(self, text: str) -> str:
        """`text` with each such heading's words as "Q" and spaces; the same length."""
        if self.found is None:
            return text
        return self.found.sub(lambda m: m.group(1) + "Q" + " " * (len(m.group(2)) - 1), text)
