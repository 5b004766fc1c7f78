"""A label's word that is no claim the vendor sells with: one the sentence denies or says is not needed ("no cloud
connection is required", "does not need AI", "kein Cloud-Zugang nötig", "sans cloud"), or one inside a product's name
in a title line ("Datenblatt AlpenSense Edge EX-400"). The words and shapes are data: glossary.yaml `denied` and
`product_names`. Only the sentence's own text is read, so a sentence reads alike wherever it stands (text_reuse.py)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from .sentence import NEUTRAL_REASON, Sentence

_REACH = 120  # characters before a label's word a denial is looked for in: a few words
_NOT = re.compile(r"n't\b")  # "doesn't need" read as "does not need"
_END_MARKS = ".!?;,:"


def _words(phrases: Iterable[str]) -> str:
    """An alternation of phrases, a space in one matching any whitespace, longer ones first."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) or r"(?!)"


def _gap() -> str:
    """What separates two words: whitespace, or nothing after an elided article ("l'edge", "d'AI")."""
    return r"(?:\s+|(?<='))"


def _read_lower(text: str) -> tuple[str, Callable[[int], int]]:
    """The text lower-cased with "’" as "'" and "n't" as " not", and where an offset in `text` lands in it."""
    lower = text.lower()
    if len(lower) != len(text):  # rare Unicode whose lower case changes length: lowered alone, offsets kept
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    lower = lower.replace("\u2019", "'")
    widened = [m.start() for m in _NOT.finditer(lower)]  # each widens the text by one character after it
    if not widened:
        return lower, int
    return _NOT.sub(" not", lower), lambda at: at + bisect_left(widened, at)


class LabelDenials:
    """`kept(text, labels)`: the labels of a sentence some occurrence of which it sells with. `occurrences(text)`
    gives each label word's (start, end, label id) in the sentence, as the reader scans it."""

    def __init__(self, spec: dict, occurrences: Callable[[str], list[tuple[int, int, str]]]):
        self.occurrences = occurrences
        denied, names = spec.get("denied", {}), spec.get("product_names", {})
        between, gap = _words(denied.get("between", [])), _gap()
        self._before = re.compile(rf"(?<![\w'])(?:{_words(denied.get('before', []))})"
                                  rf"(?:{gap}(?:{between}))*{gap}\Z")
        self._after = re.compile(rf"\A(?:[\s-]+(?:{_words(denied.get('after_between', []))}))*"
                                 rf"[\s-]+(?:{_words(denied.get('after', []))})(?![\w])")
        self._title_words = int(names.get("title_words", 0))
        shapes = [names[k] for k in ("brand", "code") if names.get(k)]
        self._named = re.compile(r"\A(?:" + "|".join(shapes) + r")\Z") if shapes else None

    def kept(self, text: str, labels: list[str]) -> list[str]:
        """`labels` without those whose every occurrence in `text` is denied or part of a product's name."""
        lower, shift = _read_lower(text)
        title = self._title(text)
        sold = {label for start, end, label in self.occurrences(text)
                if not self._denied(lower, shift(start), shift(end))
                and not (title and self._in_name(text, start, end))}
        return [label for label in labels if label in sold]

    def _denied(self, lower: str, start: int, end: int) -> bool:
        return (self._before.search(lower, max(0, start - _REACH), start) is not None
                or self._after.match(lower[end:end + _REACH]) is not None)

    def _title(self, text: str) -> bool:
        """A title line: no end mark, few words."""
        stripped = text.strip()
        return bool(stripped) and stripped[-1] not in _END_MARKS and len(stripped.split()) <= self._title_words

    def _in_name(self, text: str, start: int, end: int) -> bool:
        """The word written with a capital, right beside a brand or a model's code ("AlpenSense Edge EX-400")."""
        if self._named is None or not text[start:start + 1].isupper():
            return False
        before = text[:start].rstrip(" ").rsplit(None, 1)
        after = text[end:].lstrip(" ").split(None, 1)
        beside = [before[-1] if before and text[start - 1:start] == " " else "",
                  after[0] if after and text[end:end + 1] == " " else ""]
        return any(self._named.match(word) and not self.occurrences(word) for word in beside if word)


def without_unsold(sentence: Sentence, kept: list[str], names) -> Sentence:
    """The sentence with only the labels `kept`: one left with neither a label nor a buzzword, and not substance
    already, is neutral, as a sentence that never named the label."""
    buzz = sentence.buzzwords
    kind = sentence.kind if sentence.kind == "substance" or kept or buzz else "neutral"
    if kind == "neutral":
        return Sentence(sentence.text, sentence.start, sentence.end, kind, NEUTRAL_REASON, None, sentence.substance)
    return Sentence(sentence.text, sentence.start, sentence.end, kind, None, kept, sentence.substance, buzz, names)
