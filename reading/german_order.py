"""German word order read as English: a main clause's finite verb second, its subject after it where something
else opens the sentence (german.py reads a German sentence's words in this order before glossing them)."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class VerbSecond:
    """German puts a main clause's verb second: a sentence opened by an adverb, a phrase or a clause of its own
    ("Anschließend installierte der Kunde ...", "Um Energie zu sparen, entschied sich das Unternehmen ...") has
    its subject right after the verb. Read in English order, the subject before its verb, as the rules read a story."""
    openers: frozenset[str]  # adverbs and prepositions that open a sentence and are no subject
    subjects: frozenset[str]  # what opens a subject: articles, pronouns
    pronouns: frozenset[str]  # ... a subject alone
    adjective: dict[str, tuple[str, ...]]  # an adjective's endings after an article ("der neue", "ein neuer")
    skip: frozenset[str]  # a reflexive between verb and subject ("entschied sich das Unternehmen")
    finite: frozenset[str]  # English pasts of strong verbs the gloss writes ("began", "chose")
    reach: int  # the farthest word the verb may stand at

    def order(self, words: list[str], verb, noun, listed) -> list[int]:
        """The sentence's word places in English order: its first finite verb's subject moved before it."""
        keep = list(range(len(words)))
        at = next((i for i in range(min(self.reach, len(words))) if verb(words, i)), None)
        if not at or (words[0] not in self.openers and words[at - 1] != ","):
            return keep
        start = at + verb(words, at)
        start += start < len(words) and words[start] in self.skip
        if start >= len(words) or words[start] not in self.subjects:
            return keep
        subject = range(start, min(start + self._size(words, start, noun, listed), len(words)))
        return keep[:at] + list(subject) + [i for i in keep[at:] if i not in subject]

    def _size(self, words: list[str], start: int, noun, listed) -> int:
        """A pronoun alone; an article and its noun, or one adjective between them ("der neue Erhitzer")."""
        if words[start] in self.pronouns:
            return 1
        after = words[start + 1:start + 3]
        if len(after) < 2 or noun(after[0]):
            return 2
        # an adjective's ending after the article, and a word after it no gloss lists as a small word: its noun
        endings = self.adjective.get(words[start], self.adjective["*"])
        return 3 if after[0].endswith(endings) and after[1].isalpha() and not listed(after[1]) else 2


def verb_second(data: dict | None) -> VerbSecond | None:
    if not data:
        return None
    return VerbSecond(frozenset(data["openers"]), frozenset(data["subjects"]), frozenset(data["pronouns"]),
                      {k: tuple(v) for k, v in data["adjective"].items()},
                      frozenset(data["skip"]),
                      frozenset(data["finite"]), int(data["reach"]))


@dataclass(frozen=True)
class Done:
    """A participle that closes a clause after "hat" or "haben" (the sentence bracket, moved into English order right
    after them: german.py _bracketed) tells a deed done, though no word list glosses it ("hat ein System entwickelt",
    "haben die Umstellung begonnen"): read with `cue`, an English past the story rules know. Its shape: "ge" inside,
    "-iert", or a prefix that takes no "ge" ("ent-wickelt", "be-gonnen", "ver-bessert"); a word written capitalised is
    a noun. ("wurde", "hatte" are glossed "was", "had": a past already.)"""
    auxiliaries: frozenset[str]  # German: the present perfect's, not the present's ("wird", "ist")
    shape: re.Pattern
    cue: str
    adverbs: frozenset[str] = frozenset()  # of the shape, but adverbs: "hat jederzeit Anspruch" tells no deed

    @classmethod
    def from_data(cls, data: dict | None) -> Done | None:
        if not data:
            return None
        prefixes = "|".join(map(re.escape, data["prefixes"]))
        shape = re.compile(rf"^(?:[a-zäöü]{{0,6}})(?:{prefixes})[a-zäöüß]{{3,}}(?:t|en)$")
        return cls(frozenset(data["auxiliaries"]), shape, str(data["cue"]), frozenset(data.get("adverbs", ())))

    def shaped(self, word: str) -> bool:
        return word not in self.adverbs and bool(self.shape.match(word))

    def deed(self, words: list[str], at: int, nouns: frozenset[str]) -> bool:
        """The word at `at`, in English order, is a participle right after one of `auxiliaries` ("hat nicht entwickelt",
        a deed not done, is none)."""
        return at > 0 and words[at - 1] in self.auxiliaries and words[at] not in nouns \
            and words[at] not in self.adverbs and (bool(_GE.match(words[at])) or self.shaped(words[at]))


_GE = re.compile(r"^(?:[a-zäöü]{0,6})ge[a-zäöüß]{2,}(?:t|en)$|^[a-zäöüß]{3,}iert$")  # german.py _PARTICIPLE
