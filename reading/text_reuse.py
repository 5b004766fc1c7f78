"""A text's reading made from the readings of sentences read before in another text, exactly as `Reader.read` would
read it: a reply's lines for drafting are mostly its own sentences, one a line (reply_drafting.for_drafting), and
reading them again cost what reading the reply did.

A sentence's reading looks beyond it only where a signal runs from one sentence into the next across the whitespace
between them ("cut scrap by" / "12%", "1,200" / "hours"), and such a signal runs on from the last character before
that whitespace (`Reader.joins`: a digit, a number word, "by" ...). A sentence that does not end so, after a last
character that does not either, is read as it would be alone: a line break ends every sentence, and the splitter cuts
nothing inside it differently. So a line that is such a sentence of the text read before, after such a character,
takes that sentence's reading (moved to where it stands); every other line is read anew, all of them in one text, one
line apart, as they stand in their own text (a line taken between two of them is after such a character, and the
last character before it is theirs or one before it: none runs into the next).
"""
from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter

from .text import MAX_SENTENCE, Reader, Reading, Sentence

_SIGMA = "\u03a3"  # lower-cased by the letters around it: a text holding one is read whole


def alone(reader: Reader, text: str, reading: Reading) -> dict[str, Sentence]:
    """Sentence text -> its reading in `text`, for the sentences read as they would be alone (no signal runs into or
    out of them: neither they nor the sentence before end in a character a signal may go on from, and no run-on
    line was cut before them). Empty where none can be told."""
    joins = reader.joins
    if joins is None or _SIGMA in text or reader.excluded.named_in(text):  # an exclusions list's items: placed
        return {}
    out: dict[str, Sentence] = {}
    sealed = True  # the text's start: nothing before it
    for sentence in reading.sentences:
        words = sentence.text
        # a run-on line's pieces are MAX_SENTENCE long but the last, and start mid-line: the one after such a length
        # is never taken, nor is one of that length
        ends = len(words) < MAX_SENTENCE and not joins.on(words)
        if sealed and ends and not _heading(reader, words):  # a heading's reading is its place's
            out.setdefault(words, sentence)
        sealed = ends
    return out


def read_reusing(reader: Reader, text: str, known: dict[str, Sentence]) -> Reading:
    """`reader.read(text)`, each line of `text` that is a sentence of `known` (`alone`) after a character no signal
    goes on from taken from there."""
    joins = reader.joins
    if not known or joins is None or _SIGMA in text or reader.excluded.named_in(text):
        return reader.read(text)
    lines, at, sealed, headed = text.split("\n"), 0, True, False  # headed: a heading's shape before (its body)
    taken: list[tuple[int, Sentence]] = []  # (where the line starts in `text`, the sentence it is)
    rest: list[str] = []  # the lines read anew, and where each starts in `text` and in their own text
    starts, own, own_at = [], [], 0
    for line in lines:
        sentence = known.get(line) if sealed and not headed else None
        if sentence is not None:
            taken.append((at, sentence))
        else:
            rest.append(line)
            starts.append(at)
            own.append(own_at)
            own_at += len(line) + 1
        kept = line.rstrip()
        if kept:
            sealed, headed = not joins.on(kept), sentence is None and _heading(reader, kept)
        at += len(line) + 1
    if not taken:
        return reader.read(text)
    read = reader.read("\n".join(rest), reader.headings.offer(text)).sentences if rest else []
    moved = [(starts[i] + s.start - own[i], s) for s in read for i in (bisect_right(own, s.start) - 1,)]
    # two runs in order, merged in one pass by the sort
    sentences = [s.moved(where - s.start) if where != s.start else s for where, s in sorted(taken + moved, key=_START)]
    return reader.reading_of(sentences)


_START = itemgetter(0)


def _heading(reader: Reader, line: str) -> bool:
    """A line of a heading's shape naming a label: read by the line after it and the text's kind (label_headings.py)."""
    return reader.headings.shaped(line) and bool(reader.denials.occurrences(line))
