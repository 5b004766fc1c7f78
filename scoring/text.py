"""Read free text: find labels, buzzwords and substance, sentence by sentence.

All word lists come from the bank (words.yaml, glossary.yaml). Every term goes into one
compiled regex built as a trie, so a text is scanned once whatever the list sizes.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from questions.models import QuestionBank

NEUTRAL_REASON = "no label and no specific substance"
STRONG = frozenset({"number", "protocol", "system", "frequency", "result"})
KIND_NAMES = {"label": "label", "buzzword": "buzzword", "number": "number with unit"}
# A sentence ends after . ! ? before a space, or at a line break ("4.0" does not end one).
_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")
_MAX_SENTENCE = 1000  # a "sentence" longer than this is cut, so one run-on line stays readable


class Signal(NamedTuple):
    kind: str  # label, buzzword, or a substance kind (data, protocol, system, role, frequency, number, result)
    term: str  # the text as written
    key: str  # what it means: the label id, or the normalised term


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    kind: str  # label, substance or neutral
    reason: str
    labels: list[str] = field(default_factory=list)
    substance: list[Signal] = field(default_factory=list)


@dataclass(slots=True)
class Reading:
    sentences: list[Sentence]
    labels: list[str]  # glossary label ids found, in order of first use
    substance_ratio: float  # substance sentences / (substance + label sentences)
    claimed_scope: int  # the highest level the labels found claim


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation with shared prefixes; longer words are tried first."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return body

    return build(trie)


class Reader:
    """A compiled reader for one bank: call `signals`, `substance` or `read`."""

    def __init__(self, bank: QuestionBank):
        self.meaning: dict[str, tuple[str, str]] = {}
        self.kind_names = dict(KIND_NAMES)
        for kind, entry in bank.words.substance.items():
            self.kind_names[kind] = entry.name
            for word in entry.words:
                self.meaning.setdefault(word.lower(), (kind, word.lower()))
        for word in bank.words.buzzwords:
            self.meaning.setdefault(word.lower(), ("buzzword", word.lower()))
        for label in bank.labels:
            for alias in label.aliases:
                self.meaning[alias.lower()] = ("label", label.id)
        self.claims = {label.id: label.claims for label in bank.labels}
        self._substance = lru_cache(maxsize=16384)(self._read_substance)
        self.label_names = {label.id: label.name for label in bank.labels}
        result_verbs = bank.words.substance["result"].words if "result" in bank.words.substance else []
        for verb in result_verbs:
            self.meaning.pop(verb.lower(), None)  # a verb is a result only with a number after it
        number = r"(?:[$€£]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:" + _trie_pattern(
            sorted({u.lower() for u in bank.words.units})) + r"))(?![\w])"
        result = (r"(?:" + _trie_pattern(sorted(v.lower() for v in result_verbs)) +
                  r")(?=[^.!?\n]{0,40}?\b(?:by|from|to)\s+[$€£]?\d)")
        self.pattern = re.compile(
            r"(?<![\w])(?:(?P<term>" + _trie_pattern(sorted(self.meaning)) + r")(?![\w])"
            r"|(?P<number>" + number + r")|(?P<result>" + result + r"))")

    def signals(self, text: str) -> list[tuple[int, Signal]]:
        """(position, signal) for every label, buzzword and substance signal in the text."""
        lower = text.lower()
        if len(lower) != len(text):  # rare Unicode whose lower case changes length
            lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        found = []
        meaning = self.meaning
        for match in self.pattern.finditer(lower):
            start, end = match.span()
            group = match.lastgroup
            if group == "term":
                kind, key = meaning[match.group()]
            else:
                kind, key = group, " ".join(match.group().split())
            found.append((start, Signal(kind, text[start:end], key)))
        return found

    def substance(self, text: str) -> frozenset[tuple[str, str]]:
        """The distinct substance signals (kind, key) in a text: what an answer names.
        Cached by text: the app re-scores after every edit, and most answers did not change."""
        if not text:
            return frozenset()
        return self._substance(text)

    def answer_substance(self, answer) -> frozenset[tuple[str, str]]:
        """What an answer's free text and its quoted proposal sentences name."""
        found = self.substance(answer.text)
        return found | self.substance(" ".join(answer.quotes)) if answer.quotes else found

    def _read_substance(self, text: str) -> frozenset[tuple[str, str]]:
        return frozenset((s.kind, s.key) for _, s in self.signals(text) if s.kind not in ("label", "buzzword"))

    def read(self, text: str) -> Reading:
        """Mark each sentence as label, substance or neutral, with the reason."""
        found = self.signals(text)
        positions = [pos for pos, _ in found]
        sentences: list[Sentence] = []
        for start, end in _spans(text):
            first, last = bisect_left(positions, start), bisect_left(positions, end)
            if first == last:  # most sentences name nothing: skip the bookkeeping
                sentences.append(Sentence(text[start:end], start, end, "neutral", NEUTRAL_REASON))
            else:
                sentences.append(self._sentence(text, start, end, [sig for _, sig in found[first:last]]))
        return self._reading(sentences)

    def _sentence(self, text: str, start: int, end: int, found: list[Signal]) -> Sentence:
        labels = list(dict.fromkeys(s.key for s in found if s.kind == "label"))
        buzz = list(dict.fromkeys(s.term for s in found if s.kind == "buzzword"))
        substance = list({(s.kind, s.key): s for s in found if s.kind not in ("label", "buzzword")}.values())
        strong = any(s.kind in STRONG for s in substance)
        words = text[start:end]
        if strong or len(substance) >= 2:
            kind = "substance"
            reason = "names " + ", ".join(f"{self.kind_names[s.kind]} '{s.term}'" for s in substance)
            if labels or buzz:
                reason += "; also uses " + _quoted([self.label_names[l] for l in labels] + buzz)
        elif labels or buzz:
            kind = "label"
            reason = "uses " + _quoted([self.label_names[l] for l in labels] + buzz)
            reason += " with " + ("only " + _quoted([s.term for s in substance]) if substance else "no data, system, protocol, number or role") + " behind it"
        else:
            kind, reason = "neutral", NEUTRAL_REASON
        return Sentence(words, start, end, kind, reason, labels, substance)

    def _reading(self, sentences: list[Sentence]) -> Reading:
        labels = list(dict.fromkeys(l for s in sentences for l in s.labels))
        counted = [s for s in sentences if s.kind != "neutral"]
        ratio = sum(s.kind == "substance" for s in counted) / len(counted) if counted else 0.0
        claimed = max((self.claims[l] for l in labels), default=0)
        return Reading(sentences, labels, round(ratio, 3), claimed)


def _quoted(terms: list[str]) -> str:
    return ", ".join(f"'{t}'" for t in terms)


def _spans(text: str):
    """(start, end) of each sentence, trimmed; an over-long run-on line is cut into pieces."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield from _trimmed(text, start, match.end())
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int):
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    start += len(piece) - len(piece.lstrip())
    end = start + len(stripped)
    while end - start > _MAX_SENTENCE:
        yield start, start + _MAX_SENTENCE
        start += _MAX_SENTENCE
    yield start, end


_readers: dict[int, tuple[QuestionBank, Reader]] = {}


def reader_for(bank: QuestionBank) -> Reader:
    """One compiled reader per bank object (banks are not hashable; keep the bank alive)."""
    cached = _readers.get(id(bank))
    if cached is None or cached[0] is not bank:
        cached = _readers[id(bank)] = (bank, Reader(bank))
    return cached[1]
