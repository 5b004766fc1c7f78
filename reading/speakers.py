"""Who a text names as its source, not as a user: a title set beside a person's name; and a role's acronym that is
part of a name ("NWA QA"), no people at all.

"From the outset, the company's Plant Manager, Craig Oliver saw the benefits" and "Jane Doe, quality manager at
Acme, ..." name a person by the job they hold, the way a story names whom it quotes or who decided; the title
says who is speaking, not who uses what the system gives. Names are read from the written case: two or more
capitalised words in a row. The words a drafter reads are lower-cased, so the written text is tokenised alike
and read only where both give the same words (a German gloss or a spelled-out "can't" does not).
"""
from __future__ import annotations

import re

from .phrases import CLAUSE_END, tokens

_NOT = re.compile(r"\b(\w+)n't\b", re.IGNORECASE)


def _cased(text: str) -> list[str]:
    """The written words, split as phrases.normalise and tokens split the lower-cased text."""
    text = text.replace("\u2019", "'").replace("'s ", " ").replace("'S ", " ")
    text = _NOT.sub(lambda m: m.group(1) + " not", text)
    return tokens(" ".join(text.replace("-", " ").replace("\u2011", " ").split()))


def _capital(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def _names(cased: list[str], openers: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words (a person's first and last name; also a company's), not counting
    a sentence's capitalised first word that opens it ("At Acme Foods, ...": one of `openers`)."""
    runs, start = [], None
    for i, word in enumerate([*cased, ""]):
        if _capital(word) and not (i == 0 and word.lower() in openers):
            start = i if start is None else start
            continue
        if start is not None and i - start >= 2:
            runs.append((start, i))
        start = None
    return runs


def _listed(cased: list[str], words: list[str], start: int, end: int) -> bool:
    """A capitalised run between clause marks with another capitalised word after it is an item of a list
    ("Vision QC, Predictive Maintenance, Energy"; "Quebec City, QC, Canada"): modules or places, no person."""
    return start > 0 and words[start - 1] in CLAUSE_END and end + 1 < len(words) and words[end] == "," \
        and _capital(cased[end + 1])


def _person(cased: list[str], words: list[str], start: int, end: int, openers: frozenset[str]) -> bool:
    """A run that may be a person's name set off by a comma: no acronym in it ("Acme MES" is a product) and no
    preposition before it ("with Acme Foods, operators at ...": a phrase that opens the clause, no apposition)."""
    return not any(w.isupper() and len(w) > 1 for w in cased[start:end]) and (start == 0 or words[start - 1] not in openers)


def _using(words: list[str], end: int, uses: frozenset[str]) -> bool:
    """The name, or the apposition after it, is the subject of a verb of use: the next word after the name, or
    the first word after the clause mark that closes the apposition."""
    if end < len(words) and words[end] in uses:
        return True
    closes = [i for i in range(end + 1, len(words)) if words[i] in CLAUSE_END][:1]
    return bool(closes) and closes[0] + 1 < len(words) and words[closes[0] + 1] in uses


def titled(text: str, words: list[str], ends: frozenset[str], openers: frozenset[str], reach: int,
           uses: frozenset[str] = frozenset()) -> set[int]:
    """Positions of a title in apposition to a person's name: the capitalised title right before ", Name Name"
    ("the company's Plant Manager, Craig Oliver") or the words after "Name Name, " up to `reach` where the
    apposition closes on a clause mark or one of `ends` ("Jane Doe, the plant's reliability engineer, ...",
    "Jane Doe, quality manager at Acme"); not where the person then does one of `uses` ("Jane Doe, the plant
    manager, checks the board each morning": a user named by name)."""
    cased = _cased(text)
    if len(cased) != len(words) or [w.lower() for w in cased] != words:
        return set()
    out: set[int] = set()
    for start, end in _names(cased, openers):
        if _listed(cased, words, start, end):
            continue
        if _using(words, end, uses):
            continue
        if start >= 2 and words[start - 1] == ",":  # the title before the comma, written as a title is
            first = start - 1
            while first > 0 and start - 1 - first < reach and _capital(cased[first - 1]):
                first -= 1
            out.update(range(first, start - 1))
        # a title before the name with no comma ("weighing supervisor Martin Kelly said"), or before a name set off by
        # commas ("The CEO of HZL, Sunil Duggal, states"); a run before ", Name" is that title ("Quality Manager, Ruth")
        titles = end + 1 < len(words) and words[end] == "," and _capital(cased[end + 1])
        if _person(cased, words, start, end, openers) and not titles:
            out.update(_title_before(cased, words, start, reach, openers))
            if start >= 2 and words[start - 1] == "," and end < len(words) and words[end] == ",":
                out.update(_title_before(cased, words, start - 1, reach, openers, any_case=True))
        if end < len(words) - 1 and words[end] == "," and _person(cased, words, start, end, openers):
            close = next((i for i in range(end + 1, min(len(words), end + 2 + reach))
                          if words[i] in CLAUSE_END or words[i] in ends), None)
            if close is not None:
                out.update(range(end + 1, close))
    return out


def _title_before(cased: list[str], words: list[str], start: int, reach: int, openers: frozenset[str],
                  any_case: bool = False) -> range:
    """The lower-case title written right before a name with no comma between ("process engineer Emilie Descorne",
    "the plant's reliability engineer at the time was Simen Bakken": a title the sentence says the person holds), up to
    `reach` words back (the whole subject of "was"), not past a clause mark, "and" or a word of `openers`; `any_case`:
    capitalised words too, before a name set off by commas ("The CEO of HZL, Sunil Duggal, states")."""
    holds = start > 0 and words[start - 1] in _HOLDS
    end = start - 1 if holds else start
    first = end
    stops = frozenset() if holds else openers  # the subject of "was" is the title whatever opens it
    while first > 0 and (holds or end - first < reach) and _titles(cased, words, first - 1, stops, any_case):
        first -= 1
    return range(first, end)


def _titles(cased: list[str], words: list[str], at: int, stops: frozenset[str], capitals: bool) -> bool:
    """Whether the word at `at` may be part of a title before a name: no clause mark, "and" nor word of `stops`, and
    unless `capitals`, no capitalised word (the name of a company or of another person)."""
    if words[at] in CLAUSE_END or words[at] == "and" or words[at] in stops:
        return False
    return capitals or not _capital(cased[at])


_HOLDS = frozenset({"was", "is"})  # "the plant manager is Jane Doe": who holds the title


def in_names(text: str, words: list[str], determiners: frozenset[str], people: frozenset[str]) -> set[int]:
    """Positions of an acronym written in capitals right after a capitalised word that is no determiner nor an
    owner, and before no word for people ("NWA QA has", "Vision QC,", "Manual QA to detect"): part of a product's
    or a module's name, or a practice, no people ("The QA director", "Your IT team" and "Authority OT engineers"
    keep theirs). Not in a line written all in capitals (a title), where every word is."""
    cased = _cased(text)
    if text.isupper() or len(cased) != len(words) or [w.lower() for w in cased] != words:
        return set()
    plain = text.replace("\u2019", "'")
    return {i for i in range(1, len(cased)) if cased[i].isupper() and len(cased[i]) >= 2 and _capital(cased[i - 1])
            and words[i - 1] not in determiners and f"{cased[i - 1]}'s" not in plain
            and (i + 1 == len(words) or words[i + 1] not in people)}
