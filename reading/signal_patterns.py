"""The one regex a Reader scans a text with, built from the bank's word lists (words.yaml,
glossary.yaml): every term goes into a trie-shaped alternation, so a text is scanned once whatever the
list sizes; numbers with a unit or an amount, and result verbs with a number after them, join it."""
from __future__ import annotations

import re

from questions.models import QuestionBank

from .quantities import SIGN

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


# a figure whose thousands a stop or a space groups, its decimals after a comma ("3.850,00", "18 000", "1.460"), read
# whole before the figure "1,200.50" or "25.6" is tried: never its last groups alone ("850,00 EUR")
_GROUPED = r"\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![\d.])|\d{{1,3}}(?: \d{{3}})+(?:,\d+)?(?![\d.])"  # braces doubled: formatted below
_FIGURE = r"(?:" + _GROUPED + r"|\d[\d,]*(?:\.\d+)?)"
_MONEY = r"(?:{}\s?{})" + _FIGURE + r"(?:\s?(?:[kmb]n?|mio|million|billion|thousand)(?!\w))?"  # a sign or a code
_BY_A_NUMBER = r"(?=[^.!?\n]{0,40}?\b(?:by|from|to)\s+" + SIGN + r"?\d)"  # after a result verb
_AMOUNT = _FIGURE + r"\s?(?:{})"  # a number and one of the units (a trie pattern)
# a number a word or two before a thing it counts ("14 unplanned stops"): the number alone is the signal, so the
# words between are scanned for their own terms ("9 temperature stops": temperature is still the data read); a thing
# numbered itself is a name ("21 CFR parts 73, 74")
_COUNTED = r"(?<![-/])\d[\d,]*(?=(?: (?!(?:{})(?![\w-]))[a-z][a-z-]*){{1,{}}} (?:{})(?![\w]| \d))"


# A term ends at a word's end, but one ending in a digit goes on into a model's number: "S7-1200" is a PLC, no S7 protocol
_TERM_END = r"(?![\w])(?!(?<=\d)-\d)"


def _money(bank: QuestionBank) -> str:
    """An amount after a currency's sign or its code ("$3.2M", "EUR 120,000"), or a row's code heading its amount
    ("Importo EUR: 7.600,00", "Betrag (EUR): 960,00")."""
    codes = sorted({c.lower() for c in bank.words.money.codes})
    return _MONEY.format(SIGN, r"|(?:" + trie_pattern(codes) + r")\)?(?:\s?:)?\s" if codes else "")


def _units(bank: QuestionBank) -> str:
    return trie_pattern(sorted({u.lower() for u in [*bank.words.units, *bank.words.short_time]}))


def _counted(bank: QuestionBank) -> str:
    """A number a word or two before a unit that is a thing counted (words.yaml counted_between), none of the words
    between a function word that ends the count ("3 of the stops")."""
    between = bank.words.counted_between
    things = sorted({u.lower() for u in between.units} & {u.lower() for u in bank.words.units})
    if not things or not between.words:
        return r"(?!)"
    return _COUNTED.format(trie_pattern(sorted({w.lower() for w in between.not_words})) or r"(?!)", between.words,
                           trie_pattern(things))


def _spelled(bank: QuestionBank) -> list[str]:
    return sorted({w.lower() for w in bank.words.number_words})


def signal_pattern(bank: QuestionBank, meaning: dict[str, tuple[str, str]]) -> str:
    """One alternation: a term of `meaning`, a number with a unit (or an amount), or a result verb
    with a number after it."""
    units, spelled = _units(bank), trie_pattern(_spelled(bank))
    spelled = rf"(?:{spelled})(?:[- ](?:{spelled}))?\s(?:{units})" if spelled else r"(?!)"
    number = r"(?:" + _money(bank) + r"|" + _AMOUNT.format(units) + r"|" + spelled + r")(?![\w])|" + _counted(bank)
    result = r"(?:" + trie_pattern(sorted(v.lower() for v in result_verbs(bank))) + r")" + _BY_A_NUMBER
    return (r"(?:(?P<term>" + trie_pattern(sorted(meaning)) + r")" + _TERM_END
            + r"|(?P<number>" + number + r")|(?P<result>" + result + r"))")


def scan_pattern(bank: QuestionBank, meaning: dict[str, tuple[str, str]]) -> str:
    """`signal_pattern`'s alternation regrouped by first character, each kind in the same order within a
    group, so it matches the same text (branches that start with different characters cannot both
    match at one place). The regex engine rules out a group by its first character alone; a capture
    group or a nested alternation in front would make it enter each. Which kind matched is told by the
    text (`Reader._read`), not by a group."""
    units, spelled_words = _units(bank), _spelled(bank)
    spelled = trie_pattern(spelled_words)
    kinds = [(_trie(sorted(meaning)), _TERM_END),
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
    branches += [_money(bank) + r"(?![\w])", _AMOUNT.format(units) + r"(?![\w])", _counted(bank)]
    return r"[^\w](" + "|".join(branches) + r")"


class Joins:
    """`on(text)`: whether a signal may run on past the end of a text (stripped) into what follows it after whitespace: the
    text ends in a digit, a thousands comma or a currency sign ("1,200" / "hours", "$" / "5"), a number word or "by",
    "from", "to" (a number's unit, a result's figure may follow: "twelve" / "hours", "cut scrap by" / "12%"), or a
    character a listed word holds before a space (a stop in "approx. value": the next sentence may go on with it).
    Nothing else in a signal or a look ahead spans whitespace: a sentence that does not end so, after one that does not
    either, is read alike wherever it stands (text_reuse.py)."""

    def __init__(self, listed: list[str], spelled: list[str]):
        # a listed word's space matches a space, no line break: it may join two sentences only where one ends at a stop
        # (or a closing guillemet) before the next on its line, and such a stop before a space in a listed word goes on
        marks = {w[i - 1] for w in listed for i, ch in enumerate(w) if i and ch == " " and w[i - 1] in _STOPS}
        self.marks = frozenset({"$", "\u20ac", "\u00a3", *marks})
        words = sorted({*spelled, "by", "from", "to"}, key=len, reverse=True)
        self.reach = max(map(len, words)) + 1  # the look behind the last word sees one more
        self._word = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})\Z", re.I)

    def on(self, text: str) -> bool:
        last = text[-1]
        if last.isalpha():
            return self._word.search(text, max(0, len(text) - self.reach)) is not None
        # a comma goes on only in a figure ("1,200")
        return last.isdigit() or last in self.marks or (last == "," and text.rstrip(",")[-1:].isdigit())


_STOPS = ".!?\u00bb"  # what a sentence ends with where the next goes on on its line (splitting.py)


def joining(bank: QuestionBank, meaning: dict[str, tuple[str, str]]) -> Joins | None:
    """`Joins` for the bank's words; None where a listed word opens or ends with whitespace or holds whitespace but a
    space (a signal might start between two sentences, or span a line break): then no sentence is read alone."""
    listed = [*meaning, *(u.lower() for u in [*bank.words.units, *bank.words.short_time]), *_spelled(bank),
              *(v.lower() for v in result_verbs(bank))]
    if any(word != word.strip() or any(ch.isspace() and ch != " " for ch in word) for word in listed):
        return None
    return Joins(listed, _spelled(bank))


def may_hold(phrases: list[str]):
    """A cheap necessary condition for a case-insensitive pattern of `phrases` (whole words) to match a text: one
    of them in its lower-case text. Only for ASCII text: there, and only there, IGNORECASE matches what lower-casing
    finds (a non-ASCII letter may fold to an ASCII one: "\u212a" is "k"), so other text is always tried."""
    # one search for any of them as a plain substring (what `p in lower` finds), not a Python loop over the phrases
    lowered = list(dict.fromkeys(p.lower() for p in phrases))
    held = re.compile("|".join(map(re.escape, lowered))).search if lowered else (lambda lower: None)
    def check(text: str) -> bool:
        return not text.isascii() or held(text.lower()) is not None
    # the same asked of a text already lower-cased (None: not ASCII), where several gates look at one text
    check.lowered = lambda lower: lower is None or held(lower) is not None
    return check
