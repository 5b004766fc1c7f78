"""Where a sentence ends: after . ! ? before a space, or at a line break ("4.0" ends none), except
after an abbreviation that goes on (questions/sentences.yaml: "Co., Ltd. (", "ca. 30", "K. Novak").

The text is cut at every stop first (one regex pass, in C); only a piece that ends with "." after a
word an abbreviation may end with (a second pass finds those stops) is looked at again, so the rules
cost nothing on most sentences.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import yaml

_DATA = Path(__file__).resolve().parent.parent / "questions" / "sentences.yaml"
# One piece in one match: the spaces before it (skipped: they would only make empty pieces), then,
# in group 1, runs of text and stops not followed by a space up to and including its end: a stop
# before a space, a line break or the end of the text; a closing guillemet after a space, as French sets it ("... ? »"),
# goes with the stop. A question's mark before a row's next cell ("Question: Who has access ?; Answer: ...") ends the
# question: the answer is the vendor's sentence, the question the buyer's (walk80).
_PIECE = re.compile(r"\s*+((?:[^.!?\n]++|[.!?]++(?![\s.!?])(?!(?<=\?);\s))*+"
                    r"(?:[.!?]+(?: \u00bb(?=\s|\Z)|(?=\s))|\?;(?=\s)|\n|\Z))")
_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"[^\W\d_]\.")
_OPENING = "([{\"'‘“„«"  # before an abbreviation: "(e.g."
_ELIDED = re.compile(r"\A\w{1,4}['’]")  # an elided article before a title: "l'Ing.", "dell’Avv."
_LAST_WORD = re.compile(r"(\w+)\W*\Z")


def _alternatives(words: list[str]) -> str:
    """A regex alternation of abbreviations as written; parts split by ". " match any spaces between."""
    spelled = {w for w in words} | {w[0].upper() + w[1:] for w in words if w[0].islower()}
    return "|".join(r"\.\s+".join(re.escape(part) for part in w.split(". "))
                    for w in sorted(spelled, key=len, reverse=True))


def _flat(groups: list[list[str]]) -> list[str]:
    return [word for group in groups for word in group]


class Splitter:
    """Cuts a text into sentences, (start, text) each, text stripped, by the rules of one data file."""

    def __init__(self, data: dict):
        goes_on, may_end = _flat(data["goes_on"]), _flat(data["may_end"])
        # Which abbreviation a piece ends with: the group named says what it does. A first part of a
        # spaced abbreviation ("z." of "z. B.") goes on when the next piece starts with the rest.
        firsts = {w.split(". ")[0]: w.split(". ", 1)[1] for w in goes_on + may_end if ". " in w}
        self._rest = firsts | {k[0].upper() + k[1:]: v for k, v in firsts.items()}
        self._tail = re.compile(rf"(?<![\w.])(?:(?P<goes_on>{_alternatives(goes_on)})"
                                rf"|(?P<may_end>{_alternatives(may_end)})|(?P<first>{_alternatives(list(firsts))})"
                                rf"|(?P<initial>[^\W\d_]))\.\Z")
        self._longest = max(map(len, goes_on + may_end)) + 4
        self._known = {w.lower() for w in goes_on + may_end}
        self._openers, self._by_letter = set(data["openers"]), set(data["by_letter"])
        # The last words an abbreviation can end with ("B" of "z. B"): any other is no abbreviation, found
        # with a set look-up, as most pieces end with "." and most of those with a plain word.
        self._lasts = {w.rsplit(" ", 1)[-1] for w in goes_on + may_end + list(self._rest)}
        self._lasts |= {w[0].upper() + w[1:] for w in self._lasts}
        self._may_go_on = _may_go_on(self._lasts)
        self._at_start = frozenset(range(self._longest))  # stops with too little text before them to look behind
        self._ordinal = re.compile(rf"(?<![\d.,])\d{{1,2}}(\.)(?= (?:{_alternatives(data['ordinal_months'])})\b)"
                                   rf"|(?<![\w.])(?:{_alternatives(data['ordinal_after'])}) \d{{1,2}}(\.)(?= \w)")

    def sentences(self, text: str) -> Iterator[tuple[int, str]]:
        """Each sentence's start and its text (no spaces around it), in order."""
        at, held = 0, ""  # the sentence so far, given out when the next piece does not go on with it
        maybe = self._at_start.union(stop.start() for stop in self._may_go_on.finditer(text))
        shortened = {stop.start(1) if stop.group(1) else stop.start(2) for stop in _SHORTENED.finditer(text)}
        shortened |= {stop.start(1) if stop.group(1) else stop.start(2) for stop in self._ordinal.finditer(text)}
        shortened |= {stop.start(1) for stop in _HEAD_UNIT.finditer(text)}
        # (a word cut short before a table's bar on its line ends no sentence: "Pos. | Leistung | Menge" is one row)
        for piece in _PIECE.finditer(text):
            words = piece.group(1).rstrip()
            if not words:
                continue
            start = piece.start(1)
            if held:
                if (at + len(held) - 1 in shortened or words[0] == "|" and _cut_cell(held)
                        and "\n" not in text[at + len(held):start] or at + len(held) - 1 in maybe and self._abbreviated(held)
                        and self._goes_on(held, text[at + len(held):start], words)):
                    held = text[at:start + len(words)]
                    continue
                yield at, held
            at, held = start, words
        if held:
            yield at, held

    def _abbreviated(self, sentence: str) -> bool:
        """A first look, a set look-up: does the sentence end with "." after a word an abbreviation may end with?"""
        if sentence[-1] != ".":
            return False
        last = _ELIDED.sub("", sentence[sentence.rfind(" ") + 1:-1].lstrip(_OPENING))
        return last in self._lasts or len(last) == 1

    def _goes_on(self, before: str, gap: str, after: str) -> bool:
        """Does the sentence `before` (ending in ".") go on into the piece `after`, across `gap`?"""
        if gap.splitlines()[0] != gap:  # a line break ends a sentence whatever came before it
            return False
        found = self._tail.search(before, max(0, len(before) - self._longest))
        if not found:
            return False
        kind, nxt = found.lastgroup, _WORD.match(after).group()
        if kind == "goes_on":
            return True
        if kind == "may_end":
            return not self._opens(nxt)
        if kind == "first" and after.startswith(self._rest[found.group("first")]):
            return True
        if len(found.group()) != 2 or not found.group()[0].isupper():  # "K." is an initial, "z." is not
            return False
        said = _LAST_WORD.search(before[:found.start()])
        if said and said.group(1).lower() in self._by_letter:
            return False
        return bool(_INITIAL.fullmatch(nxt)) or nxt[0].isupper() and nxt.strip(",;:").lower() not in self._openers

    def _opens(self, word: str) -> bool:
        """A word that opens a sentence: a capital, then a small letter, and no abbreviation."""
        return (len(word) > 1 and word[0].isupper() and word[1].islower()
                and word.rstrip(".,;:").lower() not in self._known)


# A word cut short by a stop, the sentence going on on the same line: a word in small letters follows ("spec. fuel
# cons.", "burner & ctrl. upgrade"; no sentence opens so; a name such as "iFactory", "e-Gem" may), or a number follows a short word in small letters ("cons. 3.95 GJ/t",
# "est. 14 mo."; "The kiln burns gas. 3 fans ..." is joined too, a rare start, and a sentence's start is no figure)
_SHORTENED = re.compile(r"(?<=[a-z])(\.)(?= [a-zäöüß]{2,}(?:[\s,;:).]|\Z))|(?<![\w.])[a-z]{1,4}(\.)(?= \d)")

# a table header cut short before its unit and its value's colon, as a row reads "header: value; ..." ("Q.tà: 1; Prezzo
# unit. (€): 640,00", "Unit pr. (EUR): 12", "Précio unit. (R$): 90"): the row goes on (walk74: every price lost)
_HEAD_UNIT = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,10}(\.)(?= \([^()\n]{1,12}\):)")

# a header cell's word cut short, "Pos.", "Prezzo unit.", "Nr.": a cell's sentence ending on a longer word ("... completion
# status. | High latency") ends there
_CELL_CUT = re.compile(r"(?<![\w.])[^\W\d_]{1,4}\.\Z")


def _cut_cell(held: str) -> bool:
    """A header cell's few words ending on one cut short ("Pos.", "Prezzo unit."), not a cell's sentence that ends on a
    short word ("Our desk in Valencia, 4,800 EUR a year. |", "... every 500 ms. |")."""
    return bool(_CELL_CUT.search(held)) and len(held.rsplit("|", 1)[-1].split()) <= 3


def _may_go_on(lasts: set[str]) -> re.Pattern:
    """Each stop before a space that `Splitter._abbreviated` may pass, and more: after a word of `lasts`
    or a single character with a space or an opening bracket or quote before it, or right after a space
    (a piece that is "." alone). Looked for behind each stop, so the regex engine skips from one "." to
    the next in C."""
    before = "[\\s’" + "".join(map(re.escape, _OPENING)) + "]"
    by_length: dict[int, list[str]] = {}
    for word in sorted(lasts):
        by_length.setdefault(len(word), []).append(re.escape(word))
    behind = [r"(?<=\s\.)", rf"(?<={before}[\s\S]\.)"]
    behind += [rf"(?<={before}(?:{'|'.join(words)})\.)" for length, words in sorted(by_length.items()) if length > 1]
    return re.compile(r"\.(?=\s)(?:" + "|".join(behind) + ")")


@lru_cache(maxsize=1)
def splitter() -> Splitter:
    return Splitter(yaml.safe_load(_DATA.read_text(encoding="utf-8")))


_CHUNK = 256  # most slices of 256 characters of a proposal hold no "–", "’" or "é"


def lowered(text: str) -> str:
    """text.lower(), faster on a long text that is mostly ASCII: str.lower runs a fast path only on an
    all-ASCII string, and a slice holding no other character is stored as one, so most chunks take it.
    Lower case is the same char by char, but for "Σ" (final sigma, by the letters around it)."""
    if len(text) <= _CHUNK or text.isascii() or "Σ" in text:
        return text.lower()
    return "".join([text[at:at + _CHUNK].lower() for at in range(0, len(text), _CHUNK)])
