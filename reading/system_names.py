"""The names an offer gives the systems it speaks of, read once as a document comes in and kept with it
(Document.system_names), and the ones an answer repeats (scoring/answers.py).

A name counts where the offer uses it AS a system (glossary.yaml `product_names.system_names`): right after a kind of
system that a word of bringing in or a possessive opens ("dans votre GMAO Carl Source", "into your ERP SAP Business
One"), right before one ("Carl Source (GMAO)", "the Coswin 8i CMMS"), or a known product family's ("Zucchetti Ad Hoc").
Capitals alone name nothing: a sentence's first word, a heading's words ("Integration With ERP Systems"), a name of
generic words only ("Maintenance Module") or one word the offer also writes in lower case ("improvements") are no
names. Kept with the document, a score never reads the documents' text: the library's fast read, which holds none,
gives the figure the scorecard gives (walk80: "Carl Source", the plant's CMMS the offer named, counted as nothing).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from questions.loader import load_label_reading

SYSTEM = "system"  # words.yaml's substance kind a name counts as
_TRIM = " .,;:-/"
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # a heading is told by its longer words, not its articles
_WORD = re.compile(r"[^\W\d_]+")
_OPENS = re.compile(r"(?:^|[.!?:;|•\"'(]|\s[-–])\s*$")  # what stands before a sentence's (or a cell's) first word
_DESCRIBED = re.compile(r"-[^\W\d_A-Z]")  # "Web-based", "Real-time": a hyphen then lower case describes, names nothing


def _any(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class SystemNames:
    """Compiled once: `of(text)` the names a document's text gives its systems, as written."""

    def __init__(self, rule: dict):
        name, kinds = rule["name"], _any(rule["kinds"])
        opened = (rf"(?i:(?:(?:{_any(rule['into'])})\s+(?:(?:{_any(rule['articles'])})\s+|l['’])?"
                  rf"|(?:{_any(rule['possessives'])})\s+)(?:(?:{_any(rule['system_words'])})\s+)?)")
        self._placed = [
            re.compile(rf"(?<![\w-]){opened}(?:{kinds})(?:-\w+)?[ ]+(?P<name>{name})(?![\w-])"),  # into your ERP X
            re.compile(rf"(?<![\w-])(?P<name>{name})[ ]*\((?:{kinds})\)"),  # X (GMAO)
            re.compile(rf"(?<![\w-])(?P<name>{name})[ ](?:{kinds})(?![\w-])")]  # the X CMMS
        family = rf"(?:{_any(rule['families'])})(?:[ ][A-Z0-9][\w&+/-]*){{0,3}}"  # "Sage X3", "Zucchetti Ad Hoc"
        self._family = re.compile(rf"(?<![\w-])(?P<name>{family})(?![\w-])")
        # a name's first word is never one a sentence opens with, nor an article or a possessive ("Ihrem ERP")
        self.not_first = frozenset(rule["not_first"]) | {w.casefold() for w in rule["articles"] + rule["possessives"]}
        self.not_last = {w.casefold() for w in rule["into"]} | self.not_first  # nor ends with a preposition
        self.generic = frozenset(w.casefold() for w in rule["generic"])
        self.kinds = frozenset(rule["kinds"])
        self._kind = re.compile(rf"(?<![\w-])(?:{kinds})(?![\w])")  # a line without one names no system: not scanned

    def of(self, text: str) -> list[str]:
        """The system names `text` gives, as written, each once (whatever its case)."""
        found = [self._cut(m.group("name").split()) for m in self._family.finditer(text)]
        lower = _LowerWords(text)
        for line in (line for line in text.splitlines() if self._kind.search(line)):
            found += [n for pattern in self._placed for m in pattern.finditer(line)
                      if (n := self._named(line, m, lower))]
        names = {}
        for name in (" ".join(words) for words in found if words):
            if len(name) > 2:
                names.setdefault(name.casefold(), name)
        return list(names.values())

    def _trimmed(self, words: list[str]) -> list[str]:
        """A name's words without the kind of system at either end ("Opera MES") and the trimmings around it."""
        words = [w.strip(_TRIM) for w in words]
        while words and (words[-1] in self.kinds or not words[-1]):
            words = words[:-1]
        while words and (words[0] in self.kinds or not words[0]):
            words = words[1:]
        return words

    def _named(self, line: str, match: re.Match, lower: _LowerWords) -> list[str]:
        """The match's name once the words a sentence opens with (or a preposition ends it with) are cut; none where it
        is no name."""
        words = self._cut(match.group("name").split())
        if not words or all(w.casefold() in self.generic for w in words) or any(_DESCRIBED.search(w) for w in words):
            return []
        if self._spelt_out(line, match):
            return []
        opens = _OPENS.search(line[:match.start("name")]) and words[0][1:].islower()
        if len(words) == 1 and (opens or not words[0].isupper() and words[0].lower() in lower):
            return []  # a common word, or one written capitalised only where a sentence or a cell opens ("Only ERP")
        return [] if self._in_heading(line, match) else words

    def _spelt_out(self, line: str, match: re.Match) -> bool:
        """Whether the name ends the kind spelt out before it: "Manufacturing Execution System (MES)", "Gestion de
        Maintenance Assistée par Ordinateur (GMAO)" (the short words between left out)."""
        kind = next((k for k in self.kinds if k in line[match.end("name"):match.end()]), "")
        words = [w for w in line[:match.end("name")].split() if not (len(w) <= 3 and w.islower())]
        return bool(kind) and "".join(w[0] for w in words[-len(kind):]).upper() in (kind.upper(), kind.upper() + "S")

    def _cut(self, words: list[str]) -> list[str]:
        """A name's words without the words a sentence opens with before it, nor a preposition after it."""
        words = self._trimmed(words)
        while words and (words[0] in self.not_first or words[0].casefold() in self.not_first):
            words = self._trimmed(words[1:])
        while words and words[-1].casefold() in self.not_last:
            words = self._trimmed(words[:-1])
        return words

    def _in_heading(self, line: str, match: re.Match) -> bool:
        """Whether the match stands in a heading: every longer word of its line outside the match capitalised."""
        rest = line[:match.start()] + " " + line[match.end():]
        words = [w for w in _LONG_WORD.findall(rest) if w not in self.kinds]
        return bool(words) and all(w[0].isupper() for w in words)


class _LowerWords:
    """The words a text writes in lower case, gathered once and only if a name asks (a long offer has many)."""

    def __init__(self, text: str):
        self.text, self._words = text, None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = {w for w in _WORD.findall(self.text) if w.islower()}
        return word in self._words


@lru_cache(maxsize=1)
def system_names() -> SystemNames:
    return SystemNames(load_label_reading()["product_names"]["system_names"])


def names_of(text: str) -> list[str]:
    """The names a document's text gives the systems it speaks of (Document.system_names)."""
    return system_names().of(text) if text else []


def repeated(names: Iterable[str], text: str) -> frozenset[tuple[str, str]]:
    """(system, name) for each of `names` the text repeats as a whole word, whatever its case."""
    lower = text.casefold()
    return frozenset((SYSTEM, n.casefold()) for n in names
                     if re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", lower))
