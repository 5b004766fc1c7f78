"""Whether a quoted proposal sentence still supports an answer the buyer rewrote (questions/answer_edits.typed).

A drafted text answer is its quoted sentences; a buyer who corrects it in their own words cuts those sentences from
the text. A sentence that names the same thing as the buyer's text (a substance signal both name, or at least
`SHARED_STEMS` content words both use, in any language: "presse"/"presses", "casse") is still the evidence the
corrected answer rests on, and stays quoted; one about something else the buyer dropped (walk 54) goes.
"""
from __future__ import annotations

import re
from typing import Callable

from .text import Reader

SHARED_STEMS = 2  # content words shared: one alone ("system", "données") is chance
STEM = 5  # letters a word is compared by: a plural or an inflection shares them ("presse", "presses")
_WORD = re.compile(r"[^\W\d_]{5,}")  # words of five letters or more: the content, not the articles between


def _stems(text: str) -> set[str]:
    return {w.casefold()[:STEM] for w in _WORD.findall(text)}


def supports(reader: Reader, quote: str, text: str) -> bool:
    """The quote names something the text names too."""
    if reader.substance(quote) & reader.substance(text):
        return True
    return len(_stems(quote) & _stems(text)) >= SHARED_STEMS


def supporter(reader: Reader) -> Callable[[str, str], bool]:
    """`supports` bound to one reader, as answer_edits.typed takes it."""
    return lambda quote, text: supports(reader, quote, text)
