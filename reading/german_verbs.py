"""A German weak verb's form no word list glosses, read from a form of the same verb that one does (german.py).

german.yaml lists a verb's forms one by one ("analysiert: analyses|analysed", "erfasste: captured"); a text writes
the others as often: the past's plural ("erfassten", "analysierten"), the past of a present listed alone
("analysierte"), the infinitive or the present's plural ("analysieren", "dokumentieren"). A weak verb builds them all
from one stem, so each is read from its listed sibling, in the English tense the form tells.
"""
from __future__ import annotations

_HISSING = ("sses", "shes", "ches", "xes", "zes")  # an English present whose "-es" is all its ending ("processes")


def sibling_form(word: str, words: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The (plain, after an auxiliary) English of a weak verb's form `word` no entry lists, by the entry of its
    sibling: "-ten" by "-te" ("erfassten": captured) or by "-t" ("analysierten": analysed), "-te" by "-t"
    ("analysierte"), "-en" by "-t" ("analysieren": analyse); None where no sibling is listed as a verb."""
    if word.endswith("ten") and word[:-1] in words:
        return _past(words[word[:-1]])
    if word.endswith("ten") and word[:-2] in words:
        return _past(words[word[:-2]])
    if word.endswith("te") and word[:-1] in words:
        return _past(words[word[:-1]])
    if word.endswith("en") and word[:-2] + "t" in words:
        plain, after = words[word[:-2] + "t"]
        if plain != after and plain.endswith("s"):  # a present|participle entry: the infinitive is its base form
            base = plain[:-2] if plain.endswith(_HISSING) else plain[:-1]
            return base, base
    return None


def _past(entry: tuple[str, str]) -> tuple[str, str] | None:
    """The past an entry tells: a "present|participle" entry's participle ("analyses|analysed"), or a past entry as it
    is ("captured"); None for one that tells no past (a present alone, "warns"; a word of another kind)."""
    plain, after = entry
    if plain != after:
        return after, after
    return (plain, plain) if plain.endswith("ed") else None
