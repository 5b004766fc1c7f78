"""A firm commitment that points back at the figure told just before it ("... will need 1,600 kg/h of steam." "We
guarantee this figure.", "... comes down to 3.5 hours." "We guarantee this cycle time, measured over 40 cycles."): the
sentence before is read with the commitment first, and both are quoted as written."""
from __future__ import annotations

import re

from .draft_rules import DraftRules, draft_data
from .kpi_bounds import measured_on
from .kpi_kinds import is_kind
from .kpi_numbers import DIGIT, as_read
from .kpi_source import firm
from .quantities import inside
from .text import Sentence


def pointed_back(sentences: list[Sentence], words, rules: DraftRules) -> dict[int, tuple[Sentence, Sentence, Sentence]]:
    """{start: (read, before, pointer)} of each sentence a firm commitment with no number of its own (but what it is
    measured on) points back at
    ("... will need 1,600 kg/h of steam at the same 12 t/h." "We guarantee this figure."): read with the commitment
    first, as if it said "We guarantee this figure: ... 1,600 kg/h ..." (drafting.yaml kpi.points_back)."""
    found, points = {}, {}
    figured = {text for text in dict.fromkeys(s.text for s in sentences) if DIGIT.search(text)}  # a line said again: once
    for before, pointer in zip(sentences, sentences[1:]):
        # the cheap pointer test first: few sentences point back, and reading a sentence's own numbers (as_read)
        # is what cost most here; the tests are pure, so their order changes nothing found, and the two of the
        # pointer's text alone are made once for a line said again
        if before.text not in figured:
            continue
        if pointer.text not in points:
            points[pointer.text] = _points(pointer.text, rules) and not _own_number(pointer.text)
        if points[pointer.text] and firm(words(pointer)):
            read = Sentence(f"{pointer.text.rstrip('.')}: {before.text}", before.start, before.end, before.kind)
            found[before.start] = (read, before, pointer)
    return found


def as_said(quoted: list[Sentence], pointed: dict) -> list[Sentence]:
    """The sentences quoted as written: one read with the commitment after it gives both back, in order."""
    said = []
    for s in quoted:
        joined = pointed.get(s.start)
        said += list(joined[1:]) if joined and s is joined[0] else [s]
    return said


def _own_number(text: str) -> bool:
    """A number of the sentence's own, not what its target is measured on ("measured over 40 cycles")."""
    lower = as_read(text)
    spans = measured_on(lower)
    return any(not inside(m.start(), spans) for m in DIGIT.finditer(lower))


def _points(text: str, rules: DraftRules) -> bool:
    """A pointer back (kpi.points_back), or "this" or "that" before a kind of measure ("We guarantee this cycle time")."""
    return bool(_POINTS.search(text)) or any(is_kind(m.group(1), rules) for m in _THIS_KIND.finditer(text.lower()))


_THIS_KIND = re.compile(r"\b(?:this|that) ([a-z-]+(?: [a-z-]+)?)\b")
_POINTS = re.compile(r"\b(?:" + "|".join(map(re.escape, map(str, draft_data()["kpi"]["points_back"]))) + r")\b", re.I)
