"""Phrase sets: the words a sentence is scanned for, in one trie walked once per sentence.

Text and phrases are normalised and tokenised alike, so "On-Premises" finds "on premises". A phrase
may hold placeholders: <n> for a number ("42", "three"), <n>+ for "500+", ... for a short gap.
"""
from __future__ import annotations

import re

from questions.loader import load_drafting

from .spelled import ONES, TENS


def normalise(text: str) -> str:
    """Lower case, hyphens and runs of white space as one space: 'On-Premises' == 'on premises'."""
    text = text.lower().replace("\u2019", "'").replace("'s ", " ")  # "the plant manager's phone"
    if "n't" in text:  # "doesn't change" reads as "does not change", as a phrase says it
        text = _NOT.sub(_spelled_out, text)
    if "cent" in text:  # "up to twenty percent" is the boast "up to <n> %"
        text = _PER_CENT.sub(" % ", text)
    return " ".join(text.replace("-", " ").replace("\u2011", " ").split())


_NOT = re.compile(r"\b(\w+)n't\b")
_PER_CENT = re.compile(r"\b(?:percent|per cent)\b")
_IRREGULAR = {"ca": "cannot", "wo": "will not", "sha": "shall not", "ai": "is not"}  # can't, won't ...


def _spelled_out(match: re.Match) -> str:
    stem = match.group(1)
    return _IRREGULAR.get(stem) or stem + " not"


_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?\+?(?![^\W\d_])|[^\W_](?:[\w&/+'°]|\.(?=\w))*\+?|[%€$£°]|[,;:()]")
CLAUSE_END = frozenset(",;:()")  # kept as tokens: a negation does not reach past them
NUMBER, MORE, GAP, END = "<n>", "<n>+", "...", ""  # MORE: "500+"
MAX_GAP = 5


def tokens(norm: str) -> list[str]:
    """Words, numbers, unit signs and clause marks of normalised text ('99.5%' -> '99.5', '%')."""
    return _TOKEN.findall(norm)


def _phrase_tokens(phrase: str) -> list[str]:
    out = []
    for piece in normalise(phrase).split(" "):
        out.extend([piece] if piece in (NUMBER, MORE, GAP) else tokens(piece))
    return out


# drafting.yaml's number_words ("three", "twelve"): read once from the data, never changed after
NUMBER_WORDS: frozenset[str] = frozenset(normalise(str(w)) for w in load_drafting().get("number_words", []))


def is_number(token: str) -> bool:
    """A token that counts ("42", "4.7", "500+"): not a name that opens with a digit ("6S", "3D", "4G")."""
    return token[:1].isdigit() and (token[-1].isdigit() or token[-1] == "+")


def _number_keys(token: str) -> tuple[str, ...]:
    """The number placeholders a token fills: '42' and 'three' fill <n>, '500+' fills <n>+."""
    if not token[:1].isdigit():
        return (NUMBER,) if token in NUMBER_WORDS else ()
    return (MORE,) if token.endswith("+") else (NUMBER,)


def _number_length(words: list[str], i: int) -> int:
    """How many tokens the number at `i` takes: "forty eight" (from "forty-eight") is one number, as
    words.yaml number_words says, so "an OEE of forty-eight percent" is no range "<n> <n> %"."""
    return 2 if words[i] in TENS and i + 1 < len(words) and words[i + 1] in ONES[1:10] else 1


class PhraseSet:
    """Phrases -> targets. `find(words)` gives (start, end, phrase) for every phrase in a token
    list, including phrases inside longer ones ("operators" inside "operators select").
    `tag` prefixes each phrase's key, so sets joined by `union` keep their phrases apart."""

    def __init__(self, phrases: dict[str, list[tuple[str, str]]], tag: str = ""):
        self.targets: dict[str, list[tuple[str, str]]] = {}
        self.trie: dict = {}
        spellings = []
        for phrase, targets in phrases.items():
            key = tag + normalise(phrase)
            self.targets.setdefault(key, []).extend(targets)
            words = _phrase_tokens(phrase)
            if words:
                spellings += [(ending != "", words[:-1] + [words[-1] + ending], key) for ending in _plurals(words[-1])]
        # A phrase as written beats another's plural spelled the same ("defects" listed for itself
        # and as the plural of "defect"); among equals, the last phrase read wins.
        for _plural, words, key in sorted(spellings, key=lambda spelling: not spelling[0]):
            node = self.trie
            for word in words:
                node = node.setdefault(word, {})
            node[END] = (key,)

    @classmethod
    def of(cls, words, target: str, key: str = "", tag: str = "") -> PhraseSet:
        """Every phrase of `words` (from the YAML: numbers too) marking one (target, key)."""
        return cls({str(w): [(target, key)] for w in words}, tag=tag)

    @classmethod
    def union(cls, *sets: PhraseSet) -> PhraseSet:
        """One trie for several sets: one `find` finds what each would, each under its own key,
        so a sentence is walked once for everything it is scanned for."""
        joined = cls({})
        for one in sets:
            for key, targets in one.targets.items():
                joined.targets.setdefault(key, []).extend(targets)
            _merge(joined.trie, one.trie)
        return joined

    def find(self, words: list[str]) -> list[tuple[int, int, str]]:
        found = []
        root, walk = self.trie, self._walk
        numbers, gap = NUMBER in root or MORE in root, GAP in root
        last = len(words) - 1
        for i, word in enumerate(words):
            child = root.get(word)
            # Half the words that start a phrase ("the", "your") lead nowhere: look one word on first.
            if child is not None and (END in child or (i < last and words[i + 1] in child) or NUMBER in child
                                      or MORE in child or GAP in child):
                walk(child, words, i, i + 1, found)
            if gap or (numbers and (word[:1].isdigit() or word in NUMBER_WORDS)):  # _number_keys, inlined
                self._branches(root, words, i, i, found)
        return found

    def _walk(self, node: dict, words: list[str], start: int, i: int, found: list) -> None:
        """Follow the words down the trie, a loop for the plain path (the hot one); the number and
        gap branches are walked afterwards, deepest first, so phrases come out in the order of a
        depth-first walk."""
        count = len(words)
        later = []
        while True:
            if END in node and i > start:
                found.extend((start, i, key) for key in node[END])
            if i >= count:
                break
            word = words[i]
            if NUMBER in node or MORE in node or GAP in node:  # most nodes have neither
                later.append((node, i))
            node = node.get(word)
            if node is None:
                break
            i += 1
        for node, i in reversed(later):
            self._branches(node, words, start, i, found)

    def _branches(self, node: dict, words: list[str], start: int, i: int, found: list) -> None:
        for number in _number_keys(words[i]):
            if number in node:
                self._walk(_listed(node[number], words[i]), words, start, i + _number_length(words, i), found)
        if GAP in node:
            for skip in range(0, MAX_GAP + 1):
                if i + skip <= len(words):
                    self._walk_after_gap(node[GAP], words, start, i + skip, found)

    def _walk_after_gap(self, node: dict, words: list[str], start: int, i: int, found: list) -> None:
        if i < len(words) and (words[i] in node or any(k in node for k in _number_keys(words[i]))):
            self._walk(node, words, start, i, found)


def _listed(node: dict, number: str) -> dict:
    """The phrases on from a number; after one its comma ends ("tankhouse 2, 6,2 % off-grade", "in 2025, 7 wheelsets"),
    none that reads the next number as the same range's end ("<n> <n> %"): a comma lists, a range has none."""
    if not number.endswith(",") or NUMBER not in node and MORE not in node:
        return node
    return {k: v for k, v in node.items() if k not in (NUMBER, MORE)}


def _plurals(word: str) -> tuple[str, ...]:
    """The endings a phrase's last word may take: "es" only where English spells a plural so
    ("boxes", "batches"): "RUL" + "es" is "rules", no remaining useful life; and not after a word of
    two letters ("us" + "es" is "uses": the reader is no one's use)."""
    if not word[-1:].isalpha():
        return ("",)
    return ("", "s", "es") if word.endswith(("s", "x", "z", "ch", "sh")) and len(word) > 2 else ("", "s")


def _merge(into: dict, node: dict) -> None:
    for word, child in node.items():
        if word == END:
            into[END] = tuple(dict.fromkeys(into.get(END, ()) + child))
        else:
            _merge(into.setdefault(word, {}), child)
