"""Lines that tell what kind of text holds them (draft_pass.Pass._kind_of_text): a title naming a case study, a line
opening on a phrase that declares one, a line that is somebody's own words quoted."""
from __future__ import annotations

import re

from .phrases import normalise, tokens


def titled(text: str, declared: tuple[tuple[str, ...], ...], ends: frozenset[str] | None = None) -> bool:
    """A title that ends on a case study's name after a dash, bar or colon ("... Throughput - Case Study"); `ends`:
    the last words of `declared` (made once per text by the caller)."""
    head, sep, tail = text.strip().rpartition(" ")  # cheap test first: most lines do not end so
    if not head or tail.lower() not in (ends if ends is not None else {p[-1] for p in declared if p}):
        return False
    parts = _SEPARATOR.split(text.strip())
    return len(parts) > 1 and parts[0].strip() != "" and tuple(tokens(normalise(parts[-1]))) in declared


_SPEECH = re.compile(r"\A\s*[\"“„«‘]|[\"”“»’],\s")  # a quote opens the line or closes before its attribution


def speech(text: str) -> bool:
    """The line is somebody's own words quoted: it opens on a quote mark, or one closes before the words that say who
    said it ("... bringen“, unterstreicht Prof. Heieck")."""
    return bool(_SPEECH.search(text))


_SEPARATOR = re.compile(r"\s[-\u2013\u2014|:]\s|:\s")


def opens(words: list[str], phrase: tuple[str, ...], titles: frozenset[str]) -> bool:
    """The sentence opens on the phrase ("The project is being implemented ..."), not as part of a job's name ("The
    project manager signs off": one of `titles` follows)."""
    return tuple(words[:len(phrase)]) == phrase and not (len(words) > len(phrase) and words[len(phrase)] in titles)
