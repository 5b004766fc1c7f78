"""Kinds of sentence that name an option's words without telling that the offer gives it (drafting.yaml `kinds`).

Each kind is a shape of sentence, not a phrase of one text:
- an output named as what is counted or changed ("reduce spurious alarms by 30%", "the frequency of downtime
  notifications", "fewer escalations"): the plant's own alarms the project measured, no alert the offer sends;
- a sentence that says who or how big the site is ("Foremost Farms, a milk solids processing facility ...", "today is a
  $30 million company", "the company's approximately 85 operators work with ..."): the setting, no data captured, no
  user and no trouble;
- a team named as the one that keeps the system running ("Your IT team hosts, backs up and monitors the virtual
  machine", "looked after by your OT group"): its upkeep owner, no user of the output;
- a role named as who a person is ("Joe Vogelbacher, CEO of ...", "He is the sole owner of ...") or how a person
  felt ("the plant manager was baffled"): no user of the output;
- a decision on the purchase ("After the pilot you decide whether to extend to Lines 1-3"): the buyer's, no review of
  what the system decides;
- data named as what is kept safe ("bank-level encryption ... keep your data safe"): protection, no ownership;
- the buyer deciding when an update is installed ("the customer decides when they are installed"), an approval of a
  permit, a model's new version or a project's document ("X-ray type approval", "a new model version is only
  activated after ... written approval by quality"), or the offer accepted: no review of what the system decides;
- a way of hosting offered beside another ("forwards them to the EnerGate Cloud or to an on-premise server"): a
  choice, no promise that nothing leaves the site;
- a price row's head ("Annual subscription (software, remote support): 1.200,00 EUR") or a payment line ("Payment
  terms: 30 % with the order"): what is paid for and when, never how the system connects, where its data comes from
  or how fast a decision is seen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .draft_specs import ACT
from .fees import fees
from .phrases import CLAUSE_END, is_number, normalise, tokens

Hit = tuple[str, str, int]  # (question, option, word position)


def _pairs(spec: dict) -> frozenset[tuple[str, str]]:
    return frozenset((q, o) for q, options in spec.get("drops", {}).items() for o in options)


def _words(spec: dict, key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in spec.get(key, []))


@dataclass(frozen=True)
class Counted:
    """An option right after a word that counts or changes it, in its clause, is what was measured or changed."""
    drops: frozenset[tuple[str, str]]
    before: frozenset[str]  # "frequency", "fewer", "reduce"
    window: int
    after: frozenset[str] = frozenset()  # ... or one of these at most `window` words on, past one of `joins`
    joins: frozenset[str] = frozenset()  # "to": "belongs to offer 12", not "export as CSV per order"

    def holds(self, words: list[str], at: int) -> bool:
        for i in range(at - 1, max(-1, at - self.window - 1), -1):
            if words[i] in CLAUSE_END:
                break
            if words[i] in self.before:
                return True
        for i in range(at + 1, min(len(words), at + 1 + self.window)):
            if words[i] in CLAUSE_END:
                return False
            if words[i] in self.after and not self.joins.isdisjoint(words[at + 1:i]):
                return True
        return False


@dataclass(frozen=True)
class Bought:
    """A cue of deciding right before, in its clause, a word of buying or widening the offer ("you decide whether to
    extend", "decide if you roll out"): the buyer's commercial decision, which answers none of `quotes` either."""
    drops: frozenset[tuple[str, str]]
    after: frozenset[str]  # "extend", "roll", "purchase"
    window: int
    quotes: frozenset[str]  # text questions such a sentence is no quote for
    cues: frozenset[str]  # ... where one of these words decides ("decide", "choose")

    def holds(self, words: list[str], at: int) -> bool:
        for word in words[at + 1:at + 1 + self.window]:
            if word in CLAUSE_END and word != ",":
                return False
            if word in self.after:
                return True
        return False

    def drops_hit(self, hit: Hit) -> bool:
        """An option of `drops`, or the act that would draft it beside a role (a person who decides)."""
        return hit[:2] in self.drops or (hit[0] == ACT and any(hit[1] == o for _q, o in self.drops))

    def decides(self, words: list[str]) -> bool:
        """The sentence holds such a decision, one of `cues` ("decide", "decides") opening it."""
        return any(w in self.cues and self.holds(words, at) for at, w in enumerate(words))


@dataclass(frozen=True)
class Persons:
    """A role named as who a person is or how a person felt: an apposition to a name ("Joe Vogelbacher, CEO"), a
    person's copula ("he is the sole owner"), or a reaction after the role ("the plant manager was baffled")."""
    question: str
    marks: frozenset[str]  # what sets an apposition off after a name: ",", "("
    between: int  # at most this many words (modifiers) between the mark and the role
    not_between: frozenset[str]  # "so", "your": a new clause, no apposition ("of Pantheon, so your accountant sees")
    pronouns: frozenset[str]  # "he", "she": a person as subject
    copulas: frozenset[str]  # "is", "was"
    reach: int  # the role at most this many words after the copula
    felt: frozenset[str]  # "baffled", "delighted": a reaction
    felt_reach: int  # ... at most this many words after the role
    readers: tuple[tuple[str, ...], ...] = ()  # "to :", "dear", "kind regards ,": a line's opening naming its reader
    reader_reach: int = 0  # ... with the role at most this many words after it

    def holds(self, words: list[str], at: int, names: frozenset[str]) -> bool:
        return self._apposed(words, at, names) or self._is(words, at) or self._felt(words, at) or self._reader(words, at)

    def _reader(self, words: list[str], at: int) -> bool:
        """The role is who a letter is to or from ("To: Plant Manager, ...", "Dear Plant Manager,"): its reader or
        its writer, no one said to use the system."""
        return any(tuple(words[:len(p)]) == p and 0 <= at - len(p) <= self.reader_reach
                   and not any(w in CLAUSE_END for w in words[len(p):at]) for p in self.readers)

    def _apposed(self, words: list[str], at: int, names: frozenset[str]) -> bool:
        for i in range(at - 1, max(0, at - self.between - 2), -1):
            if words[i] in self.marks:
                return i > 0 and words[i - 1] in names
            if words[i] in CLAUSE_END or words[i] in self.not_between:
                return False
        return False

    def _is(self, words: list[str], at: int) -> bool:
        for i in range(max(0, at - self.reach), at):
            if words[i] in self.copulas and i > 0 and words[i - 1] in self.pronouns:
                return not any(w in CLAUSE_END for w in words[i:at])
        return False

    def _felt(self, words: list[str], at: int) -> bool:
        after = words[at + 1:at + 1 + self.felt_reach]
        return not self.felt.isdisjoint(after) and not any(w in CLAUSE_END for w in after[:-1])


@dataclass(frozen=True)
class Site:
    """A sentence that tells what the site is ("X is an electronics production facility", "X, a milk processing
    facility, ...") or how big ("a $30 million company", "approximately 85 operators")."""
    nouns: frozenset[str]  # "facility", "company", "manufacturer": what a site is
    articles: frozenset[str]  # "a", "an"
    copulas: frozenset[str]  # "is", "was"
    reach: int  # the site's noun at most this many words after the article
    counted: frozenset[str]  # "employees", "operators", "company": what a site's size counts
    count_reach: int  # ... at most this many words after a number

    def describes(self, words: list[str]) -> bool:
        return self._is(words) or self._sized(words)

    def _is(self, words: list[str]) -> bool:
        """An article right after a copula, or right after the opening name's comma, and a site's noun soon after."""
        first = words.index(",") if "," in words[:6] else -1
        for at, word in enumerate(words[:-1]):
            if word in self.articles and at > 0 and (words[at - 1] in self.copulas or at - 1 == first):
                ahead = words[at + 1:at + 1 + self.reach]
                cut = next((i for i, w in enumerate(ahead) if w in CLAUSE_END), len(ahead))
                if not self.nouns.isdisjoint(ahead[:cut]):
                    return True
        return False

    def _sized(self, words: list[str]) -> bool:
        return any(is_number(w) and not self.counted.isdisjoint(words[at + 1:at + 1 + self.count_reach])
                   for at, w in enumerate(words))


@dataclass(frozen=True)
class Keepers:
    """A role whose verb, at most `window` words on in its clause, keeps the system running ("hosts", "operates the
    server"), or that an upkeep participle and "by" lead ("looked after by your OT group")."""
    question: str
    owner: str  # the question of who keeps it: an option said as its keeper outranks the others its sentence names
    verbs: tuple[tuple[str, ...], ...]  # "hosts", "backs up", "looks after"
    window: int
    by: frozenset[str]  # "by": the doer after a participle of `verbs`

    def holds(self, words: list[str], at: int) -> bool:
        end = next((i for i in range(at + 1, min(len(words), at + 1 + self.window)) if words[i] in CLAUSE_END),
                   min(len(words), at + 1 + self.window))
        if any(self._verb(words, i) for i in range(at + 1, end)):
            return True
        by = next((i for i in (at - 1, at - 2) if i >= 0 and words[i] in self.by), None)  # "by (your) OT group"
        return by is not None and any(self._verb(words, i, True) for i in range(max(0, by - 3), by))

    def _verb(self, words: list[str], i: int, participle: bool = False) -> bool:
        for verb in self.verbs:
            said = tuple(words[i:i + len(verb)])
            if said == verb or (participle and said[:1] and said[0].endswith("ed") and _stem(said[0]) == _stem(verb[0])
                                and said[1:] == verb[1:]):
                return True
        return False


def _stem(word: str) -> str:
    """ "hosts", "hosted", "host" alike; "looks", "looked" alike."""
    for end in ("ed", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[:-len(end)]
    return word


@dataclass(frozen=True)
class Chosen:
    """An option joined by "or" to another of `others` in its clause, at most `window` words either side ("the Cloud or
    an on-premise server", "on premise or in Azure"): one way of two offered, not the one promised. Not where a
    negation comes before ("no cloud or internet connection")."""
    drops: frozenset[tuple[str, str]]
    ors: frozenset[str]  # "or", "oder", "ou"
    others: frozenset[str]  # "cloud", "azure": the other way
    negations: frozenset[str]
    window: int

    def holds(self, words: list[str], at: int) -> bool:
        lo, hi = _clause(words, at, self.window)
        if not self.negations.isdisjoint(words[lo:at]):
            return False
        for i in range(lo, hi):
            if words[i] in self.ors:
                side = words[lo:i] if i < at else words[i + 1:hi]
                if not self.others.isdisjoint(side):
                    return True
        return False


def _clause(words: list[str], at: int, window: int) -> tuple[int, int]:
    """The span of `at`'s clause at most `window` words either side of it."""
    lo = at
    while lo > max(0, at - window) and words[lo - 1] not in CLAUSE_END:
        lo -= 1
    hi = at + 1
    while hi < min(len(words), at + window + 1) and words[hi] not in CLAUSE_END:
        hi += 1
    return lo, hi


@dataclass(frozen=True)
class Priced:
    """A price row ("Annual subscription (software, remote support): 1.200,00 EUR per press", "22 edge units incl.
    sensors: 22 x 3.850,00 EUR"): its head, before the colon that an amount follows, names what is paid for, none of
    `questions`; what the text after the amount tells stays ("EUR 280 a month, remote access through your VPN"). A line
    that opens with a head of payment ("Payment terms: 30 % with the order") names when it is paid, none of them at all."""
    questions: frozenset[str]
    heads: tuple[tuple[str, ...], ...]  # "payment terms": a line's opening before its colon
    reach: int  # the amount at most this many characters into the text after the colon ("22 x 3.850,00 EUR")

    def head_end(self, text: str, words: list[str]) -> int:
        """The word position up to which the sentence's hits name what is paid for; 0 where it is no price line."""
        if ":" not in words:
            return 0
        colon = words.index(":")
        if tuple(words[:colon]) in self.heads:
            return len(words)
        body = text.partition(":")[2].lstrip()
        found = fees().amount.search(body[:self.reach]) if body[:1].isdigit() or not body[:1].isalpha() else None
        return colon if found else 0


@dataclass(frozen=True)
class Kinds:
    counted: Counted
    persons: Persons
    site: Site
    keepers: Keepers
    bought: Bought
    priced: Priced = Priced(frozenset(), (), 0)
    guarded: Counted = Counted(frozenset(), frozenset(), 0)
    updated: Bought = Bought(frozenset(), frozenset(), 0, frozenset(), frozenset())
    chosen: Chosen = Chosen(frozenset(), frozenset(), frozenset(), frozenset(), 0)
    released: tuple[Counted, ...] = ()  # an approval of a permit, a version, a document: no review of the output

    @classmethod
    def from_data(cls, data: dict) -> Kinds:
        counted, persons, site = data.get("counted", {}), data.get("persons", {}), data.get("site", {})
        keepers, bought = data.get("keepers", {}), data.get("bought", {})
        return cls(_counted(counted),
                   Persons(persons.get("question", ""), frozenset(persons.get("marks", [])),
                           int(persons.get("between", 0)), _words(persons, "not_between"), _words(persons, "pronouns"), _words(persons, "copulas"),
                           int(persons.get("reach", 0)), _words(persons, "felt"), int(persons.get("felt_reach", 0)),
                           tuple(tuple(tokens(normalise(str(p)))) for p in persons.get("readers", [])),
                           int(persons.get("reader_reach", 0))),
                   Site(_words(site, "nouns"), _words(site, "articles"), _words(site, "copulas"), int(site.get("reach", 0)),
                        _words(site, "counted"), int(site.get("count_reach", 0))),
                   Keepers(keepers.get("question", ""), keepers.get("owner", ""), tuple(tuple(normalise(str(v)).split()) for v in keepers.get("verbs", [])),
                           int(keepers.get("window", 0)), _words(keepers, "by")),
                   _bought(bought),
                   _priced(data.get("priced", {})), _counted(data.get("guarded", {})), _bought(data.get("updated", {})),
                   Chosen(_pairs(data.get("chosen", {})), _words(data.get("chosen", {}), "ors"),
                          _words(data.get("chosen", {}), "others"), _words(data.get("chosen", {}), "negations"),
                          int(data.get("chosen", {}).get("window", 0))),
                   tuple(_counted(spec) for spec in data.get("released", [])))

    def kept(self, text: str, words: list[str], hits: list[Hit], names: frozenset[str]) -> list[Hit]:
        """The hits none of the kinds speaks against. `names`: the words the whole text writes only capitalised;
        a name the sentence itself writes capitalised counts too (a person named once, in a line of many capitals)."""
        if any(h[0] == self.persons.question for h in hits):
            names = names | capitalised(text)
        if any(h[0] in self.priced.questions for h in hits):
            paid = self.priced.head_end(text, words)
            hits = [h for h in hits if h[0] not in self.priced.questions or h[2] >= paid]
        return [h for h in self._kept_by(words, hits)
                if not any(h[:2] in c.drops and c.holds(words, h[2])
                           for c in (self.counted, self.guarded, self.chosen, *self.released))
                and not any(b.drops_hit(h) and b.holds(words, h[2]) for b in (self.bought, self.updated))
                and not (h[0] == self.persons.question and self.persons.holds(words, h[2], names))
                and not (h[0] == self.keepers.question and self.keepers.holds(words, h[2]))]


    def _kept_by(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """Who keeps the system, as its sentence says one does ("Your IT team hosts ... (maintenance agreement EUR
        4,800 per year)"): that option alone, not the contract named beside it."""
        owner = self.keepers.owner
        keeps = [h for h in hits if h[0] == owner and self.keepers.holds(words, h[2])]
        return [h for h in hits if h[0] != owner or h in keeps] if keeps else hits


def _counted(spec: dict) -> Counted:
    return Counted(_pairs(spec), _words(spec, "before"), int(spec.get("window", 0)), _words(spec, "after"), _words(spec, "joins"))


def _bought(spec: dict) -> Bought:
    return Bought(_pairs(spec), _words(spec, "after"), int(spec.get("window", 0)), frozenset(spec.get("quotes", [])),
                  _words(spec, "cues"))


def _priced(spec: dict) -> Priced:
    return Priced(frozenset(spec.get("questions", [])), tuple(tuple(tokens(normalise(str(h)))) for h in spec.get("heads", [])),
                  int(spec.get("reach", 0)))


def capitalised(text: str) -> frozenset[str]:
    """The words a sentence writes capitalised past its first ("Just ask Joe Vogelbacher, CEO"), in lower case."""
    return frozenset(w.lower() for w in _WORDS.findall(text)[1:] if w[0].isupper() and w[1:].islower())


_WORDS = re.compile(r"[^\W\d_]+")
