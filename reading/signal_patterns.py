"""The one regex a Reader scans a text with, built from the bank's word lists (words.yaml,
glossary.yaml): every term goes into a trie-shaped alternation, so a text is scanned once whatever the
list sizes; numbers with a unit or an amount, and result verbs with a number after them, join it."""
from __future__ import annotations

import re

from questions.models import QuestionBank

PLAIN = "plain"  # words.yaml `plain`: a thing whose name holds a buzzword ("smart meter"), read as neither


def _trie(words: list[str]) -> dict:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _branches(node: dict) -> list[str]:
    return [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


def trie_pattern(words: list[str]) -> str:
    """A regex alternation with shared prefixes; longer words are tried first."""
    return _node_pattern(_trie(words))


def meanings(bank: QuestionBank) -> dict[str, tuple[str, str]]:
    """Lower-cased word -> (kind, key): substance words, buzzwords, then label aliases over both."""
    meaning: dict[str, tuple[str, str]] = {}
    for kind, entry in bank.words.substance.items():
        for word in entry.words:
            meaning.setdefault(word.lower(), (kind, word.lower()))
    for word in bank.words.buzzwords:
        meaning.setdefault(word.lower(), ("buzzword", word.lower()))
    for word in bank.words.plain:  # longer than the buzzword it holds, so it is read instead
        meaning[word.lower()] = (PLAIN, word.lower())
    for label in bank.labels:
        for alias in label.aliases:
            meaning[alias.lower()] = ("label", label.id)
    for verb in result_verbs(bank):
        meaning.pop(verb.lower(), None)  # a verb is a result only with a number after it
    return meaning


def result_verbs(bank: QuestionBank) -> list[str]:
    return bank.words.substance["result"].words if "result" in bank.words.substance else []


_MONEY = r"[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:[kmb]n?|mio|million|billion|thousand)(?!\w))?"
_BY_A_NUMBER = r"(?=[^.!?\n]{0,40}?\b(?:by|from|to)\s+[$€£]?\d)"  # after a result verb
_AMOUNT = r"\d[\d,]*(?:\.\d+)?\s?(?:{})"  # a number and one of the units (a trie pattern)


def _units(bank: QuestionBank) -> str:
    return trie_pattern(sorted({u.lower() for u in [*bank.words.units, *bank.words.short_time]}))


def _spelled(bank: QuestionBank) -> list[str]:
    return sorted({w.lower() for w in bank.words.number_words})


def signal_pattern(bank: QuestionBank, meaning: dict[str, tuple[str, str]]) -> str:
    """One alternation: a term of `meaning`, a number with a unit (or an amount), or a result verb
    with a number after it."""
    units, spelled = _units(bank), trie_pattern(_spelled(bank))
    spelled = rf"(?:{spelled})(?:[- ](?:{spelled}))?\s(?:{units})" if spelled else r"(?!)"
    number = r"(?:" + _MONEY + r"|" + _AMOUNT.format(units) + r"|" + spelled + r")(?![\w])"
    result = r"(?:" + trie_pattern(sorted(v.lower() for v in result_verbs(bank))) + r")" + _BY_A_NUMBER
    return (r"(?:(?P<term>" + trie_pattern(sorted(meaning)) + r")(?![\w])"
            r"|(?P<number>" + number + r")|(?P<result>" + result + r"))")


def scan_pattern(bank: QuestionBank, meaning: dict[str, tuple[str, str]]) -> str:
    """`signal_pattern`'s alternation regrouped by first character, each kind in the same order within a
    group, so it matches the same text (branches that start with different characters cannot both
    match at one place). The regex engine rules out a group by its first character alone; a capture
    group or a nested alternation in front would make it enter each. Which kind matched is told by the
    text (`Reader._read`), not by a group."""
    units, spelled_words = _units(bank), _spelled(bank)
    spelled = trie_pattern(spelled_words)
    kinds = [(_trie(sorted(meaning)), r"(?![\w])"),
             (_trie(spelled_words), rf"(?:[- ](?:{spelled}))?\s(?:{units})(?![\w])"),
             (_trie(sorted(v.lower() for v in result_verbs(bank))), _BY_A_NUMBER)]
    by_first: dict[str, list[str]] = {}
    for trie, after in kinds:
        for first, rest in sorted(trie.items()):
            if first:
                by_first.setdefault(first, []).append(_node_pattern(rest) + after)
    branches = [re.escape(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                for first, rests in by_first.items()]
    # after the terms that start with a digit, as in signal_pattern
    branches += [_MONEY + r"(?![\w])", _AMOUNT.format(units) + r"(?![\w])"]
    return r"[^\w](" + "|".join(branches) + r")"


def may_hold(phrases: list[str]):
    """A cheap necessary condition for a case-insensitive pattern of `phrases` (whole words) to match a text: one
    of them in its lower-case text. Only for ASCII text: there, and only there, IGNORECASE matches what lower-casing
    finds (a non-ASCII letter may fold to an ASCII one: "\u212a" is "k"), so other text is always tried."""
    # one search for any of them as a plain substring (what `p in lower` finds), not a Python loop over the phrases
    lowered = list(dict.fromkeys(p.lower() for p in phrases))
    held = re.compile("|".join(map(re.escape, lowered))).search if lowered else (lambda lower: None)
    def check(text: str) -> bool:
        return not text.isascii() or held(text.lower()) is not None
    return check
