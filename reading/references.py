"""What the vendor did for another customer, told inside an offer: a reference, not this offer's deed.

"At Müller GmbH the stop data went to SAP PM" shows the vendor has done it before; it is no link, data, output
or user of the plant the offer is for. In one site's story every sentence is that site's, so only an offer is
read so (reading.draft.Drafter.read). The words are data (drafting.yaml roles: reference_told).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .phrases import PhraseSet, is_number, normalise, tokens
from .word_regex import alternation

REFERENCE = "reference"  # the kind of `general` such a sentence gets (Pass.general)
_PAST_LEAST = 6  # letters: "connected" and "created" are past, "need" and "speed" are not
_OPENING_WORDS = 1  # words before the name's preposition in its clause: "Prepared for: Hartmann", not "we measured at FAT"
_LABEL_WORDS = 3  # a reference's label before its colon: "Référence client :"
_NAMED_WITHIN = 8  # words: a label's or a deed's name is capitalised among the line's first ones
_CLAUSE_BREAK = re.compile(r"[,;:(]")
_SHORT = re.compile(r"\(([A-ZÄÖÜ][A-Za-z0-9&]{1,7})\)")  # a company's short name in brackets: "(FMR)"
_JOINS = ("and", "but", "while", "whereas", "und", "aber", "en", "maar")
_FIRST_CLAUSE = re.compile(r"[;:]|,\s+(?:" + "|".join(_JOINS) + r")\s")
_NAME = r"[A-ZÄÖÜ][\w'’&.-]*(?: (?:&|and|und|y|et|e) [A-ZÄÖÜ][\w'’&.-]*| [A-ZÄÖÜ][\w'’&.-]*){0,4}"  # a whole name
_NAME_END = re.compile(r"\s*(?:[,(;:|/]|\s[-–—]\s).*")  # what ends a letterhead's name: its legal form's comma, a bracket


def same_name(one: str, other: str) -> bool:
    """Two names of one party: the words of one open the other ("acme" and "acme castings"), not only their first
    word ("fundiciones técnicas" is not "fundiciones y maquinados regiomontanos", "siemens opcenter" not "siemens
    simatic")."""
    a, b = one.split(), other.split()
    return bool(a and b) and a[:len(b)] == b[:len(a)]


def _unnamed(at: str, spec: dict) -> str:
    """A customer told by its trade, not its name, after an indefinite article ("At a tier-1 automotive supplier in
    Bavaria, NeuraFab reduced ...", "for a dairy we connected ..."): another customer as surely as a named one; a few
    words may describe it, the trade's word ends it (drafting.yaml reference_told unnamed)."""
    if not (spec.get("articles") and spec.get("trades")):
        return ""
    return rf"|(?<!\w)(?i:{at}) (?i:{alternation(spec['articles'])}) (?:[\w-]+ ){{0,3}}?((?i:{alternation(spec['trades'])}))(?!\w)"


@dataclass(frozen=True)
class ReferenceReader:
    cues: PhraseSet  # "at our reference customer", "in a similar project"
    reader: frozenset[str]  # "your", "will": a sentence that speaks to the reader or ahead is this offer's
    named: re.Pattern  # "At Müller", "for Brauerei Keller": a name after one of `at`
    not_names: frozenset[str]  # "At Line 3", "For SAP PM": no customer
    past: frozenset[str]  # product_page story.past and its own: "went", "ran", "came"
    doers: frozenset[str]  # "we", "they": a verb in -ed right after one of these is past ("we connected")
    back: frozenset[str]  # "There", "They": right after a reference, its story goes on
    may_draft: frozenset[str]  # what a reference may still answer: return.reference
    rises: frozenset[str] = frozenset()  # "rose": before "from" or "by" and a figure, a measured result
    lead: int = 12  # words of a sentence's opening in which a case is what it tells
    cued_only: bool = False  # only a case one of `cues` names ("another customer"), no name nor site (`cued`)
    addressed: re.Pattern | None = None  # "To: ACME Castings", "Cliente: ... (FMR)": the buyer's names (`own_names`)
    labels: PhraseSet | None = None  # "Reference:", "Reference customer:": a line opened so tells a case
    deeds: PhraseSet | None = None  # "Installed at", "Already in service at": a case when a name follows
    documents: frozenset[str] = frozenset()  # "Reference: Quotation 118": the offer's own reference, no case
    forms: frozenset[str] = frozenset()  # a company's legal forms, lower case ("gmbh", "s.a."): no part of its name

    @classmethod
    def from_data(cls, data: dict, past: list[str], forms: list[str] = ()) -> ReferenceReader:
        said = lambda key: frozenset(map(str, data.get(key, [])))  # noqa: E731
        at = "|".join(re.escape(w) for w in data.get("at", []))
        articles = "|".join(re.escape(w) for w in data.get("articles", []))  # "Bei der Stadtwerke Lindau GmbH"
        named = re.compile(rf"(?<!\w)(?i:{at}):? (?:(?i:{articles}) )?({_NAME})"  # "Prepared for: Hartmann"
                           + _unnamed(at, data.get("unnamed", {})))
        labels = alternation(data.get("addressed", []))
        addressed = re.compile(rf"(?im)^[ \t]*(?:{labels})[ \t]*:?[ \t]+(?:(?i:{articles}) )?(?P<name>[A-ZÀ-Ý][^\n]*)") \
            if labels else None
        return cls(PhraseSet.of(data.get("cues", []), "reference"), said("reader"), named, said("not_names"),
                   frozenset(past) | said("past"), said("doers"), said("goes_on"), said("may_draft"), said("rises"),
                   int(data.get("lead", 12)), addressed=addressed,
                   labels=PhraseSet.of(data.get("opened", {}).get("labels", []), "label"),
                   deeds=PhraseSet.of(data.get("opened", {}).get("deeds", []), "deed"),
                   documents=frozenset(map(str, data.get("opened", {}).get("documents", []))),
                   forms=frozenset(str(f).lower() for f in forms))

    def cued(self) -> ReferenceReader:
        """The reader of a text written to no one buyer (no letter, no story): a case only where a cue names another
        customer ("at another customer", "presso un altro cliente"), as a name there may be the text's own subject."""
        return replace(self, cued_only=True)

    def found(self, text: str) -> tuple[tuple[bool, str], ...]:
        """Each name after one of `at` (none of `not_names`), and whether it opens its clause ("At Müller GmbH ...",
        "In 2024, for Keller we ..."; not "which we measured at FAT"): read once a sentence for `own_names` and `tells`."""
        return tuple((len(_CLAUSE_BREAK.split(text[:m.start()])[-1].split()) <= _OPENING_WORDS, name)
                     for m in self.named.finditer(text)
                     if (name := self._whole(m.group(1)) if m.group(1) else f"a {m.group(2).lower()}")
                     and (name.split()[0] if m.group(1) else name) not in self.not_names) + self._addressee(text)

    def _whole(self, name: str) -> str:
        """A name lower case, whole, its legal form left off ("Müller GmbH": müller; "ACME Castings Ltd": acme castings)."""
        words = name.lower().rstrip(".,:").split()
        while len(words) > 1 and words[-1] in self.forms:
            words.pop()
        return " ".join(words).rstrip(".,:")

    def addressees(self, text: str) -> tuple[tuple[bool, str], ...]:
        """The buyer's names a line of `text` addressing the offer gives (`_addressee`)."""
        return self._addressee(text)

    def _addressee(self, text: str) -> tuple[tuple[bool, str], ...]:
        """The names of the buyer a line addressing the offer gives ("To: ACME Castings Ltd": acme; "Cliente:
        Fundiciones y Maquinados Regiomontanos, S.A. de C.V. (FMR)": fundiciones, fmr), each as a name opening its
        clause, said in the present: the offer's own (`own_names`), never another customer."""
        if self.addressed is None or ":" not in text and "attention" not in text.lower():
            return ()
        names = []
        for m in self.addressed.finditer(text):
            line = m.group("name")
            names += [self._whole(_NAME_END.sub("", line)), *(n.lower() for n in _SHORT.findall(line))]
        return tuple((True, n) for n in names if n and n.split()[0] not in self.not_names)

    def own_names(self, found: list[tuple[tuple[bool, str], ...]], words: list[list[str]]) -> frozenset[str]:
        """The names the offer gives where it tells no case (to the reader, ahead, in the present: "Offer for
        Vogt Küchenbau", "what we would do at Vogt Küchenbau"): the buyer's or the vendor's, never a reference.
        `found`: each sentence's names (`found`)."""
        return frozenset(name for names, said in zip(found, words) if names
                         and (not self.reader.isdisjoint(said) or not self.in_past(said)) for _, name in names)

    def tells(self, text: str, words: list[str], site: bool, own: frozenset[str] = frozenset(),
              past: bool | None = None, found: tuple[tuple[bool, str], ...] | None = None) -> bool:
        """Whether the sentence (or its clause) tells another customer's case: it speaks neither to the reader nor
        ahead, and names a reference (a cue, a company's site: `site`) or, told in the past (`past`: the whole
        sentence's, when a clause is asked of), a customer by a name not `own` (`found`: the text's names, if read)."""
        if not self.reader.isdisjoint(words):
            return False
        if site and not self.cued_only or self.cues.find(words):
            return True
        if self.cued_only:
            return False
        if self.opened(words, text, own):
            return True
        names = {name for opens, name in (self.found(text) if found is None else found) if opens}
        others = any(not any(same_name(name, o) for o in own) for name in names)  # whole names, not first words
        return others and (self.in_past(words) if past is None else past)  # names first: cheaper

    def opening(self, text: str) -> str:
        """The sentence's first `lead` words, up to its first ";", ":" or ", and": a case told there is what the
        sentence tells ("At Müller GmbH the stop data went to SAP PM, where ..."); one told after ("It predicts the
        shade ..., and we expect a good accuracy based on other customers", "It warns ... early enough for the
        operator to react, with very high accuracy at our reference mills") leaves the offer's clause the offer's.
        A reference's label ("Referencia:") opens the clause its colon leads to."""
        label, colon, rest = text.partition(":")
        said = tokens(normalise(label))
        if colon and len(said) <= _LABEL_WORDS and self._opener(self.labels, said) == len(said):
            return label + colon + " " + self.opening(rest.lstrip())
        return " ".join(_FIRST_CLAUSE.split(text, maxsplit=1)[0].split()[:self.lead])

    def opened(self, words: list[str], text: str, own: frozenset[str] = frozenset()) -> bool:
        """The sentence opens on a reference's label and its colon ("Reference: Northgate Dairy", "Referencia: planta
        de ... en Celaya", "Référence client : Fromagerie Vallet") or on a deed done at a site it names next ("Installed
        at Brantwood Foundry in 2023", "Implantado en Conservas Miralva", "Déjà en service chez Laiterie Morand"):
        another customer's case, as a cue names one. The name is a word (no number, no code: "Reference: OF-2024-118",
        "Installed in 2 days"), none of the offer's documents ("Reference: Quotation Q-301"), the buyer's, nor after a
        deed one of `not_names` ("installed at the press", "installed in plant 2"), and the line as written capitalises
        a name in its first words ("Installed in control cabinet": no site)."""
        label = self._opener(self.labels, words)
        at = label + 1 if label and words[label:label + 1] == [":"] else self._opener(self.deeds, words)
        name = words[at:at + 2] if at else []
        if not name or not name[0].isalpha() or any(c.isdigit() for w in name for c in w):
            return False
        return name[0] not in self.documents and not any(same_name(" ".join(name), o) for o in own) \
            and (bool(label) or name[0] not in self.not_names) and any(
            w[:1].isupper() and w.lower().strip(".,:;()") not in self.not_names | self.documents
            for w in text.split()[1:_NAMED_WITHIN])

    @staticmethod
    def _opener(phrases: PhraseSet | None, words: list[str]) -> int:
        """Where the phrase of `phrases` opening the words ends; 0 where none opens them."""
        return max((end for start, end, _ in (phrases.find(words[:6]) if phrases else ()) if start == 0), default=0)

    def opening_words(self, words: list[str]) -> list[str]:
        """`opening` on the words as read (a Romance or German sentence's glossed words): up to the first ";", ":" or
        ", and" (past a reference's label's colon), at most `lead`."""
        label = self._opener(self.labels, words)
        for at, word in enumerate(words):
            if word == ":" and label and at == label:
                continue
            if word in (";", ":") or word == "," and words[at + 1:at + 2] and words[at + 1] in _JOINS:
                return words[:at][:self.lead]
        return words[:self.lead]

    def measured(self, words: list[str], result: bool) -> bool:
        """The case reports a measured change: a result (words.yaml) or a rise from or by a figure ("OEE rose from 58%
        to 71%")."""
        return result or any(w in self.rises and words[at + 1:at + 2] in (["from"], ["by"])
                             and is_number(words[at + 2] if at + 2 < len(words) else "") for at, w in enumerate(words))

    def goes_on(self, words: list[str]) -> bool:
        """The sentence opens on a word pointing back ("There the planners created work orders from it")."""
        return bool(words) and words[0] in self.back

    def in_past(self, words: list[str]) -> bool:
        """Told in the past: a word of `past`, or a verb in -ed right after one of `doers`."""
        return not self.past.isdisjoint(words) or not self.doers.isdisjoint(words) and any(
            len(w) >= _PAST_LEAST and w.endswith("ed") and at and words[at - 1] in self.doers for at, w in enumerate(words))
