"""A run-in heading: a paragraph's first words, a noun phrase of a few words ended by a full stop, with the answer
going on after it on the same line ("ERP connection. We will connect to ...", "Energy target. Your own 2025 meter
readings give ..."). It names what the paragraph is about, as a heading on its own line does: it is never quoted as the
vendor's answer, nor read as one; the sentences after it are. A short answer is no heading: one word ("Yes."), or
words a plain word holds ("Not yet.", "Outbound only.")."""
from __future__ import annotations

import re

from .text import Sentence

_PHRASE = re.compile(r"[^\W\d_][\w&/-]*(?:[ \t]+[\w&/-]+){1,3}\.")  # two to four words, no figure, one full stop
_WORD = re.compile(r"[\w&/-]+")


def run_in(text: str, sentence: Sentence, plain: frozenset[str]) -> bool:
    """Whether the sentence at `sentence.start` of `text` is a run-in heading: it starts its line, the reply's words go
    on after it on that line, and it is a phrase of two to four words, none a figure or a plain word."""
    said = text[sentence.start:sentence.end].strip()
    if not heading_phrase(said, plain) or text[text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip():
        return False
    line_end = text.find("\n", sentence.end) % (len(text) + 1)
    return bool(text[sentence.end:line_end].strip())


def heading_phrase(said: str, plain: frozenset[str]) -> bool:
    """Whether words ended by a full stop are a heading's phrase: two to four words, none a figure or a plain word."""
    words = [w.lower() for w in _WORD.findall(said)]
    return bool(_PHRASE.fullmatch(said)) and not any(w in plain or w[0].isdigit() for w in words)
