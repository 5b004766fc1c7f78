"""Numbers written out as digits ("twenty-two months" -> "22 months"), for readers of figures that
read digits only: a vendor's reply often writes its figures in words. "one" becomes 1 only before a
unit ("under one hour"): elsewhere it is mostly a pronoun ("no one", "one of the lines")."""
from __future__ import annotations

import re

from .reply_phrases import runs
from .signal_patterns import trie_pattern

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
VALUE = {w: i for i, w in enumerate(ONES)} | {w: 20 + 10 * i for i, w in enumerate(TENS)}
_ONE_TO_NINE = "|".join(ONES[1:10])
# a word's start whose first letter starts a number word (each does with one of these), before trying each
# alternative there: the same matches (87 texts of a 10-page reply with number words: 4.2 -> 0.65 ms, same run)
_WORD = re.compile(rf"\b(?=[zotfsen])(?:\b(?:({'|'.join(TENS)})(?:[- ]({_ONE_TO_NINE}))?|({'|'.join(ONES[2:])}))\b"
                   r"(?:[- ](hundred)\b)?|\b(one)\b(?=[- ](\w+)))", re.I)

# a number word, lower-case (_WORD may match): its character before matched, not \b tried at every place (" " + text)
_ANY = re.compile(rf"\W(?:{trie_pattern(ONES[1:] + TENS)})\b")
_NUMBER_WORDS = frozenset(ONES[1:] + TENS)  # what _ANY matches: each a whole run of letters (reply_phrases.runs)


# "one" as a share's count ("one batch in seven", "one in ten"): a number, as the figure after it
_IN_EVERY = re.compile(rf"(?:[- ][^\W\d_]+)?\s+in\s+(?:\d|(?:{'|'.join(ONES[2:] + TENS)})\b)", re.I)
_SHARE = re.compile(rf"\bone(?:[- ][^\W\d_]+)?\s+in\s+(?:\d+|(?:{'|'.join(ONES[2:] + TENS)})\b)", re.I)


class Spelled:
    """`digits(text)`: the text with its numbers in words as digits; `units` are the words after
    which "one" is a number."""

    def __init__(self, units: list[str], wholes: dict[str, list[str]] | None = None, times: dict[str, str] | None = None,
                 idioms: list[str] = ()):
        self.units = {u.lower() for u in units} | {u.lower().rstrip("s") for u in units}
        self.idioms = tuple(f"{i.lower()} " for i in idioms)  # another language's words that open with a number word: "ten hoogste"
        # a unit of time written short, as written, after a number ("max. 15 Sek."): the unit it stands for ("15
        # seconds"); matched as written, so a currency of the same letters ("15 SEK") stays money
        self.times = times or {}
        self._time = re.compile(rf"(?<=\d)(\s?)({'|'.join(map(re.escape, sorted(self.times, key=len, reverse=True)))})"
                                r"(?![^\W\d_])") if self.times else None
        # "one full year", "a whole season", "12 full months": the number and the unit, the word of wholeness left out
        words, counted = (wholes or {}).get("words", []), (wholes or {}).get("units", [])
        self.wholes = frozenset(w.lower() for w in words)
        self._whole = re.compile(rf"(?<![\w.,])(?:(an?|{'|'.join(VALUE)})|(\d[\d,.]*))\s+(?:{'|'.join(map(re.escape, words))})\s+"
                                 rf"(?=(?:{'|'.join(map(re.escape, counted))})\b)", re.I) if words and counted else None

    def digits(self, text: str) -> str:
        # most sentences hold no number word: found in the lower-case text without IGNORECASE first (4x faster), and
        # before that among its runs of letters (a match of _ANY is one, and a reply's sentence's are known already)
        text = self._time.sub(lambda m: f"{m.group(1) or ' '}{self.times[m.group(2)]}", text) \
            if self._time is not None and any(t in text for t in self.times) else text
        lower = text.lower()
        held = runs(lower)
        said = text if _NUMBER_WORDS.isdisjoint(held) or not _ANY.search(" " + lower) else _WORD.sub(self._value, text)
        if self._whole is None or self.wholes.isdisjoint(held if said is text else runs(said.lower())):
            return said  # (the text unchanged: its own runs)
        return self.amounts(said)

    def amounts(self, text: str) -> str:
        """The text with each amount told with a word of wholeness ("one full year", "a whole season", "12 complete
        months") as its number and unit ("1 year", "12 months"); a text with no such word as it is."""
        if self._whole is None or self.wholes.isdisjoint(runs(text.lower())):
            return text
        return self._whole.sub(lambda m: f"{m.group(2) or VALUE.get(m.group(1).lower(), 1)} ", text)

    def shares(self, text: str) -> str:
        """The text with only its shares in words as digits ("one batch in seven" -> "1 batch in 7"): a count of
        things in words ("the two kiln PLCs") stays words."""
        return _SHARE.sub(lambda m: self.digits(m.group()), text) if "one" in text.lower() and _SHARE.search(text) else text

    def _value(self, match: re.Match) -> str:
        if self.idioms and match.string[match.start():match.start() + 30].lower().startswith(self.idioms):
            return match.group()
        if match.group(5):
            one = match.group(6).lower() in self.units or _IN_EVERY.match(match.string, match.end())
            return "1" if one else match.group()
        value = VALUE[(match.group(1) or match.group(3)).lower()] + VALUE.get((match.group(2) or "").lower(), 0)
        return str(value * 100 if match.group(4) else value)
