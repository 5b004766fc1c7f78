"""What a reply's paragraphs are, found once per text: each sentence's paragraph break, which the layout's walks
(reply_structure.py) and the paragraph rules' (reply_paragraphs.py) each ask of the sentences they walk (~1,500 times a
read of a 10-page reply of 363 sentences, bench/bench_reply.py), the same answer each time for the same text and
offset; and where the older messages under it start, which the reply's own words and its signature both ask."""
from __future__ import annotations

import re
from functools import lru_cache


def paragraph_break(text: str, start: int) -> bool:
    """Whether a blank line comes right before this offset (within 80 characters): two line ends with only spaces
    or tabs between them, in the whitespace that ends the text before it (most sentences follow a single space);
    or a line opens there with a time stamp, as each message of a pasted chat does ("[09:14] Jonas Berg: ...")."""
    if start < 2 or not text[start - 1].isspace() or (text[start - 1] in " \t" and not text[start - 2].isspace()):
        return False  # no whitespace before it, or one space or tab (most sentences): no line end there
    before = text[max(0, start - 80):start]
    return _BLANK.search(before, len(before.rstrip())) is not None or (
        text[start - 1] == "\n" and _STAMP.match(text, start) is not None)


_BLANK = re.compile(r"\n[ \t]*\n")
_STAMP = re.compile(r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]\s", re.I)  # "[09:14] ", "[9:14 am] "


class Breaks(dict):
    """Offset -> `paragraph_break(text, offset)`, each found the first time it is asked."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def __missing__(self, start: int) -> bool:
        found = self[start] = paragraph_break(self.text, start)
        return found


@lru_cache(maxsize=4)  # a read asks of the reply and of its own words (reply_paragraphs.own_text); emptied by ReplyReader.forget
def breaks(text: str) -> Breaks:
    """The paragraph breaks of one text, as its walks ask them: `breaks(text)[start]`."""
    return Breaks(text)


@lru_cache(maxsize=4)  # asked by Paragraphs.older_at (the reply's own words) and Paragraphs.unsigned; emptied likewise
def older(paragraphs, text: str) -> tuple[tuple[int, bool], ...]:
    """`paragraphs._older(text)` walked once: where each older message under the reply starts, and whether it is the
    writer's own, up to the first that is not."""
    return tuple(paragraphs._older(text))
