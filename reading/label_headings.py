"""A heading alone on its line in an offer: "Edge y servidor", "Cloud and edge", "KI-Modul" or "Intelligence
artificielle" over the lines that say what is delivered names the section's topic; it sells no label (the body does,
where it says one). A short line with no end mark, no figure nor bullet, and a longer line of body text after it.

Only in an offer to one buyer, told by its furniture (offer_letter.py: "Angebot AN-25-0933", a blank to sign) or by
its numbered sections ("2.1 Sensores: ..."): a product page's or a brochure's heading ("AI that never sleeps",
"Cloud and edge") is its claim. The heading's shape alone (`shaped`) is read without its neighbours, so a sentence of
that shape is never taken from another text's reading (text_reuse.py): its reading depends on where it stands."""
from __future__ import annotations

import re

from .offer_letter import offer_letter

_END_MARKS = ".!?;:,"
_BULLET = re.compile(r"\s*(?:[-•*–▪►·]|\(?[a-z0-9]{1,2}[).])\s")  # a list's item is sold, no heading
_DIGIT = re.compile(r"\d")


class HeadingLines:
    """`shaped(line)`: a line that may be a heading; `alone(text, start, end, offer)`: the sentence at start..end is
    such a line, with body text after it, in an offer (`offer()`: read once a text, when a heading asks)."""

    def __init__(self, headings: dict):
        self._words = int(headings.get("alone_words", 0))  # a heading alone is this short ...
        self._body = int(headings.get("body_words", 0))  # ... and the line after it this long at least
        self._sections = int(headings.get("offer_sections", 0))  # numbered headings that make a text an offer
        number = headings.get("offer_number") or r"(?!)"
        self._numbered = re.compile(rf"(?m)^[ \t]*(?:{number})[ \t]+[^\W\d_]")

    def shaped(self, line: str) -> bool:
        """Few words, no end mark, figure nor bullet: a heading's shape, wherever the line stands."""
        stripped = line.strip()
        return (0 < len(stripped.split()) <= self._words and stripped[-1] not in _END_MARKS
                and not _DIGIT.search(stripped) and not _BULLET.match(stripped))

    def alone(self, text: str, start: int, end: int, offer) -> bool:
        """The sentence is its whole line, of a heading's shape, the next line with words is body text (longer, and
        at least `body_words`), and the text is an offer (`offer()`)."""
        opening = text.rfind("\n", 0, start) + 1
        closing = text.find("\n", end)
        closing = len(text) if closing < 0 else closing
        line = text[opening:closing]
        if line.strip() != text[start:end].strip() or not self.shaped(line):
            return False
        following = next((each for each in text[closing + 1:closing + 2000].split("\n") if each.strip()), "")
        words = len(following.split())
        return words >= self._body and words > len(line.split()) and not self.shaped(following) and offer()

    def offer(self, text: str) -> bool:
        """An offer to one buyer: numbered so, left to sign, or in numbered sections."""
        return (len(self._numbered.findall(text)) >= self._sections > 0
                or offer_letter([line for line in text.split("\n") if line.strip()]))
