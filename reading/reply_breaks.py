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
    """Offset -> `paragraph_break(text, offset)`, each found the first time it is asked. A text of several lines with no
    blank line anywhere (a Word document's paragraphs, each read as one line) breaks its paragraphs at every line's
    start: each of its lines is one ("Dear Dale," then each numbered answer, its number in the list's style)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.lines = text.count("\n", 0, len(text.rstrip())) >= _LINES and _BLANK.search(text) is None

    def __missing__(self, start: int) -> bool:
        found = self[start] = paragraph_break(self.text, start) or (
            self.lines and start > 0 and self.text[start - 1] == "\n" and not self.text[start].isspace())
        return found


_LINES = 3  # line ends at least that make a text of lines only its paragraphs (a two-line note is one paragraph)


@lru_cache(maxsize=4)  # a read asks of the reply and of its own words (reply_paragraphs.own_text); emptied by ReplyReader.forget
def breaks(text: str) -> Breaks:
    """The paragraph breaks of one text, as its walks ask them: `breaks(text)[start]`."""
    return Breaks(text)


@lru_cache(maxsize=4)  # asked by Paragraphs.older_at (the reply's own words) and Paragraphs.unsigned; emptied likewise
def older(paragraphs, text: str) -> tuple[tuple[int, bool], ...]:
    """`paragraphs._older(text)` walked once: where each older message under the reply starts, and whether it is the
    writer's own, up to the first that is not."""
    return tuple(paragraphs._older(text))


def dodged_places(text: str, said: list, at: dict[int, str]) -> frozenset[str]:
    """The topics the reply gives paragraphs of their own that say nothing but vague words ("We will agree the support
    model with you during the kick-off meeting." as the upkeep's answer): each sentence placed there vague, and its
    paragraph holding no sentence placed elsewhere or nowhere. `said`: (sentence, lower, why vague, topics) in order."""
    numbers = _numbered(text, said)
    of: dict[int, set] = {}
    for paragraph, (sentence, *_) in zip(numbers, said):
        of.setdefault(paragraph, set()).add(at.get(sentence.start))
    where = {s.start: p for p, (s, *_) in zip(numbers, said)}
    return frozenset(t for t in set(at.values())
                     if all(vague and of[where[s.start]] == {t} for s, _, vague, _ in said if at.get(s.start) == t))


def _numbered(text: str, said: list) -> list[int]:
    """Each sentence's paragraph, counted from 0."""
    out, paragraph = [], -1
    for sentence, *_ in said:
        paragraph += not out or breaks(text)[sentence.start]
        out.append(paragraph)
    return out


def dodged_in_place(said: list, at: dict[int, str], answers=None) -> tuple[list, frozenset[str]]:
    """Where the reply's layout marks each answer's place (questions quoted back, numbers, labels), a question answered
    in its own place only vaguely ("Everything relevant from the bodymakers." under the data), or by sentences that
    name nothing it asks ("5. Accuracy - very good results at other plants.", "| Quality holds | Standard workflow |";
    `answers(topic, sentence, lower)`), is dodged there: a sentence placed under another asked question
    ("EtherNet/IP to the PLCs every 100 ms, plus our vibration sensors" under the protocols) answers that one, not the
    dodged one too. And the dodged topics."""
    own: dict[str, list[bool]] = {}
    for sentence, lower, vague, _ in said:
        if sentence.start in at:
            topic = at[sentence.start]
            own.setdefault(topic, []).append(bool(vague) or (answers is not None and answers(topic, sentence, lower) is False))
    dodged = frozenset(topic for topic, none in own.items() if all(none))
    if not dodged:
        return said, dodged
    return [(s, lower, vague, on - (dodged - {at[s.start]}) if s.start in at else on) for s, lower, vague, on in said], dodged
