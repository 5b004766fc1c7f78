"""Whose deed a sentence tells: the system's, the vendor's or the project's for this plant, or a
general truth about the industry or the technology.

A general sentence ("manufacturers lose 800 hours a year to downtime", "predictive maintenance can
cut costs", "IIoT connects machines to the cloud", "learn how ...") names the same words as a claim
but says nothing of this offer: it may state the problem, never what the plant gets. The signals are
general by construction, not phrases of one text: who the subject is (the industry, a technology as a
concept, another product), modal generality, a source that is no party to the project, a definition,
a call to act or a hypothetical. The words are data (drafting.yaml `agent`); this module only reads them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import NUMBER_WORDS, PhraseSet, normalise

_STARTS = ("opens", "anywhere")  # where a kind of cue counts: at a clause's start, or anywhere


@dataclass(frozen=True)
class AgentReader:
    cues: PhraseSet  # "~opens:..." / "~anywhere:..." phrases, each tagged with its kind
    quantifiers: frozenset[str]  # "many", "most": the noun after them is any of a kind
    generic: frozenset[str]  # who in general: "manufacturers", "companies", "studies"
    kinds: frozenset[str]  # "systems", "tools": general only after a quantifier or one of `others`
    others: frozenset[str]  # "traditional", "conventional": another product, not this one
    particular: frozenset[str]  # "the", "our", "your": the noun after them is a particular one
    concepts: PhraseSet  # a technology named as a concept ("predictive maintenance", "IIoT")
    concept_verbs: frozenset[str]  # ... right after which a verb of a general statement follows
    ties: PhraseSet  # words that tie a sentence to this text's system, plant or project
    verbs: frozenset[str]  # present-tense verbs that follow a bare plural subject ("operators tag", "platforms support")
    not_subject: frozenset[str]  # a clause opening with one of these ("in", "when") has its subject further on
    reach: int  # a subject's noun at most this many words into its clause
    intro: int  # an opening phrase up to a comma of at most this many words ("Today, most plants ...")

    @classmethod
    def from_data(cls, data: dict) -> AgentReader:
        subjects, concepts = data.get("subjects", {}), data.get("concepts", {})
        cues = PhraseSet.union(*(PhraseSet({str(w): [("~agent", kind)] for w in words}, tag=f"~{where}:")
                                 for where in _STARTS for kind, words in data.get(where, {}).items()))
        words = lambda key, part=subjects: frozenset(normalise(str(w)) for w in part.get(key, []))  # noqa: E731
        return cls(cues, words("quantifiers"), words("generic"), words("kinds"), words("others"), words("particular"),
                   PhraseSet({str(w): [("~concept", "")] for w in concepts.get("nouns", [])}),
                   words("verbs", concepts), PhraseSet({str(w): [("~tie", "")] for w in concepts.get("ties", [])}),
                   words("verbs"), words("not_subject"), int(subjects.get("reach", 3)), int(data.get("intro", 4)))

    def general(self, words: list[str], untied: bool = False) -> str | None:
        """Why the sentence is a general truth and not this offer's deed (the kind of signal), or None.
        `untied`: the text never ties itself to one plant or offer (draft_pass.Pass), so a plural with
        no determiner is any of its kind, not the plant's own ("Operators tag downtime on a clipboard")."""
        starts = self._starts(words)
        for start, _end, key in self.cues.find(words):
            if key.startswith("~anywhere:") or start in starts:
                return self.cues.targets[key][0][1]
        if any(self._generic_subject(words, at) for at in starts):
            return "generic_subject"
        if any(self._concept_subject(words, at) for at in starts) and not self.ties.find(words):
            return "concept"
        if untied and any(self._bare_subject(words, at) for at in starts) and not self.ties.find(words):
            return "bare_subject"
        return None

    def _bare_subject(self, words: list[str], at: int) -> bool:
        """A plural noun with no determiner opens the clause and a present verb follows ("Operators tag
        downtime on a clipboard", "tracking platforms support takt time"): any of a kind, not this plant's."""
        head = words[at:at + self.reach + 2]
        if not head or head[0] in self.not_subject:
            return False
        for i, word in enumerate(head):
            if word in self.verbs:
                noun = head[i - 1] if i else ""
                return noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3 and noun not in self.verbs
            if word in self.particular or word[:1].isdigit() or word in ",;:()":
                return False
        return False

    def _starts(self, words: list[str]) -> set[int]:
        """Where a clause that may carry the subject starts: the sentence's first word, and the word
        after a short opening phrase ("In 2023, ...", "Today, ...")."""
        return {0} | {i + 1 for i, w in enumerate(words[:self.intro + 1]) if w == ","}

    def _generic_subject(self, words: list[str], at: int) -> bool:
        """Who opens the clause is the industry or any of a kind: "Manufacturers lose ...", "Most food
        plants ...", "Traditional systems ..."; not "the plant", "our sensors" or "3 plants"."""
        head = words[at:at + self.reach + 1]
        general = False  # a quantifier or another product's word seen: any noun of a kind is general
        for word in head:
            if word in self.particular or word[:1].isdigit() or word in NUMBER_WORDS:  # "3 plants", "three plants"
                return False
            if word in self.generic or (general and word in self.kinds):
                return True
            general = general or word in self.quantifiers or word in self.others
        return False

    def _concept_subject(self, words: list[str], at: int) -> bool:
        """A technology named as a concept opens the clause and a general verb follows it ("IIoT
        connects machines", "predictive maintenance can cut costs"): an explainer, not this system."""
        for start, end, _key in self.concepts.find(words[at:at + self.reach + 1]):
            after = at + end
            if after < len(words) and words[after] == "(" and ")" in words[after:after + 4]:
                after = words.index(")", after) + 1  # "Overall equipment effectiveness (OEE) is ..."
            if start == 0 and after < len(words) and words[after] in self.concept_verbs:
                return True
        return False
