"""German read as English: a German sentence's words glossed into the English words drafting reads.

The drafting rules (questions/drafting.yaml) are written in English: who a story is about and what it did in the
past ("the customer installed"), the before-state ("previously"), the option cues ("vibration sensor", "energy
cost"). A German case study says the same in German ("Der Kunde installierte", "bisher", "Schwingungssensor",
"Energiekosten"). Rather than a second set of rules, a German text's words are glossed word by word into English
(questions/german.yaml) before the rules read them; a compound is read as its parts, its last part the head. The
sentence's own text, shown to the buyer and quoted, stays German.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .german_lists import listed as listed_at, participles as _participles
from .german_nouns import elided, inflected, modifier, shared_head
from .german_order import Done, VerbSecond, verb_second as _verb_second
from .german_verbs import joined, sibling_form
from .phrases import CLAUSE_END, is_number, normalise, tokens
from .romance import romance_rules, romance_words

_DATA = Path(__file__).resolve().parent.parent / "questions" / "german.yaml"
# a German participle by its shape: "ge" after at most a short prefix, ending in "t" or "en" ("gemacht",
# "eingeführt", "gearbeitet"), or a verb of "-ieren" ("installiert")
_PARTICIPLE = re.compile(r"^(?:[a-zäöü]{0,6})ge[a-zäöüß]{2,}(?:t|en)$|^[a-zäöüß]{3,}iert$")
_NOUNS_KEPT = 50_000  # words whose noun reading is kept (Gloss._noun)
_ABOUT = frozenset({"über", "rund", "etwa", "ca", "knapp", "fast", "gut"})  # a figure's hedge: "um über 300.000"
_CAPITAL = re.compile(r"(?<=\S\s)[A-ZÄÖÜ][a-zäöüß]+")  # a word written capitalised, not opening the text
_ADDRESSED = re.compile(r"(?<=[^\s.!?:])\s+(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")  # mid-sentence: the reader


@dataclass(frozen=True)
class Gloss:
    markers: frozenset[str]
    share: float
    sentence_least: int
    words: dict[str, tuple[str, str]]  # German word or phrase -> (English, English after an auxiliary)
    longest: int  # most words in a key of `words`
    nouns: dict[str, str]  # subjects and the option cues' nouns
    subjects: dict[str, str]  # who and where: read even where nouns_on is off
    links: tuple[str, ...]
    least_part: int
    bare_head: int  # a compound's head shorter than this is read only after a known first part
    auxiliaries: frozenset[str]
    addressed: dict[str, str]
    on: bool = True  # german.yaml read_in_drafting: drafting reads German texts glossed
    perfect: frozenset[str] = frozenset()  # "hatte", "hatten": with a participle, the past perfect
    perfect_cue: str = "previously"  # ... read as the before-state this English cue opens
    nouns_on: bool = True  # german.yaml read_nouns: nouns and compounds glossed too
    subjects_on: bool = True  # german.yaml read_subjects: who and where glossed (always, where nouns_on)
    endings: tuple[str, ...] = ()  # a noun's plural, case and feminine endings ("Messungen", "Instandhalterin")
    second: VerbSecond | None = None  # a sentence opened by something else: its subject after its verb
    particles: frozenset[str] = frozenset()  # a separable verb's particles, set at its clause's end ("führte ... ein")
    numbered: dict[str, str] = field(default_factory=dict)  # prepositions read otherwise before a figure ("um 12 %": by, "auf 3,2": to)
    bracket: frozenset[str] = frozenset()  # auxiliaries whose participle ends the clause ("hat ... installiert")
    joins: frozenset[str] = frozenset()  # ... not across "und", "oder"
    negations: frozenset[str] = frozenset()  # ... and a negation right before it goes with it ("nicht erfasst")
    drafting_repeats: dict[str, int] = field(default_factory=dict)  # german.yaml: cues a glossed option needs
    replies_nouns: bool = True  # german.yaml replies_read_nouns: a reply's nouns glossed too (where nouns_on)
    units: dict[str, str] = field(default_factory=dict)  # words read as a unit after a figure ("160 Meter": metres)
    figures: frozenset[str] = frozenset()  # ... or after a figure in words ("neun Millionen Meter")
    done: Done | None = None  # a participle no word list knows, after "hat" or "haben": a deed done (german_order.py)
    articles_not: frozenset[str] = frozenset()  # document kinds no article is (german_drafting.repeats_weighed)
    clause_openers: frozenset[str] = frozenset()  # a comma before one of these opens a clause: no particle's verb past it
    agents: dict[str, str] = field(default_factory=dict)  # "von", "vom" after a passive's participle: "by", "by the"
    passive: frozenset[str] = frozenset()  # ... the participles glossed so ("captured"): read after an auxiliary
    replies_listed: bool = False  # german.yaml replies_read_listed: a reply's list of things glossed, its nouns off
    listed: Gloss | None = None  # ... by this, the gloss with nouns on (german_lists.py)
    # each word's noun reading, once (a compound is tried at every cut); a copy by dataclasses.replace starts its own
    _nouns_read: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def is_german(self, texts: list[str]) -> bool:
        """Enough of the words of the whole text are common German words that no English text uses."""
        return self.words_are_german([tokens(normalise(t)) for t in texts])

    def words_are_german(self, said) -> bool:
        """is_german of texts already split into words."""
        return self.rival(said) > 0

    def rival(self, said) -> int:
        """How many German markers a Romance language's markers must outnumber for the text to be read in it: all of
        them where the text is German, none where it is not. A French offer's many "des" pass German's share, but it
        holds more French markers still ("des capteurs de vibration sur 12 presses": 1 German, 3 French)."""
        words = [w for each in said for w in each if w[:1].isalpha()]
        marked = sum(w in self.markers for w in words)
        return marked if words and marked and marked >= self.share * len(words) else 0

    def read_as_written(self, words: list[str], find) -> frozenset[int]:
        """The places of the words a German phrase of the rules covers (one naming a word german.yaml glosses, or
        one with a letter no English word has): glossing them would hide the phrase from the rules."""
        if find is None:
            return frozenset()
        german = self.german_phrase
        return frozenset(i for start, end, phrase in find(words) if german(phrase) for i in range(start, end))

    def repeats_for(self, question: str, option: str = "") -> int:  # cues a glossed option needs ("question: option" first)
        given = self.drafting_repeats; return given.get(f"{question}: {option}", given.get(question, given.get("default", 1)))

    def german_phrase(self, phrase: str) -> bool:
        """A phrase of the rules written in German, not in English."""
        said = phrase.lstrip("~").split()
        return any(w in self.words or w in self.nouns or w in self.addressed or not w.isascii() for w in said)

    def gloss(self, text: str, words: list[str], written: frozenset[int] = frozenset()) -> list[str]:
        """The sentence's words in English where german.yaml knows them; the rest as they are."""
        order = self._joined(words)
        if self.second is not None:
            again = self.second.order([words[i] for i in order], self._verb, self._noun_known, self.words.__contains__)
            order = [order[i] for i in again]
        nouns = {w.lower() for w in _CAPITAL.findall(text)}  # German writes its nouns capitalised: no participle
        again = self._bracketed([words[i] for i in order], nouns)
        order = [order[i] for i in again]
        closing = self._closing(words, order)
        words, written = [words[i] for i in order], frozenset(order.index(i) for i in written)
        out: list[str] = []
        addressed = {m.lower() for m in _ADDRESSED.findall(text)}
        parts = elided(text) if self.nouns_on else frozenset()  # "Strom- und Gaskosten": power cost and gas cost
        items = listed_at(words, self.listed._noun_known) if self.listed else frozenset()  # a reply's list of things
        helped = False  # an auxiliary earlier in this clause: its participle closes the clause ("wurde ... erfasst")
        at = 0
        while at < len(words):
            word = words[at]
            size, english = self._phrase(words, at)
            if at in written:  # a phrase the rules read in German, as written
                size, english = 1, (word, word)
            elif word in addressed and word in self.addressed and size < 2:
                size, english = 1, (self.addressed[word],) * 2
            elif word in self.numbered and self._number_after(words, at):
                size, english = 1, (self.numbered[word],) * 2
            elif word in self.units and at and (is_number(words[at - 1]) or words[at - 1] in self.figures):
                size, english = 1, (self.units[word],) * 2
            elif word in self.agents and out and out[-1] in self.passive and helped:
                size, english = 1, (self.agents[word],) * 2  # "wird vom Werker erfasst": captured by the operator
            if not size and self.done is not None and at in closing and self.done.deed(words, at, nouns):
                out.append(self.done.cue)  # "hat ... entwickelt": "has developed", told in the past
            if size:
                plain, participle = english
                out.extend((participle if helped else plain).split())
                at += size
            else:
                out.extend(self.listed._noun(word) if at in items else self._noun(word))
                out.extend(shared_head(words, at, parts, self._noun) if word in parts else ())
                at += 1
            helped = (helped or out[-1] in self.auxiliaries) and out[-1] not in CLAUSE_END
        return [self.perfect_cue, *out] if self._past_perfect(words) else out

    def _past_perfect(self, words: list[str]) -> bool:
        """A clause in the past perfect ("hatte die Gruppe ... eine MDE eingeführt"): what the site had done before
        the story's project, its before-state, as English "had introduced" after "previously" is."""
        for at, word in enumerate(words):
            if word in self.perfect:
                # to the clause's end: a part in brackets or after a comma goes on ("hatte ... eine MDE (MDE) eingeführt")
                end = next((i for i in range(at + 1, len(words)) if words[i] in ";:"), len(words))
                if any(_PARTICIPLE.match(w) or self.words.get(w, ("", ""))[1].endswith("ed")
                       for w in words[at + 1:end]):
                    return True
        return False

    def _phrase(self, words: list[str], at: int) -> tuple[int, tuple[str, str]]:
        for size in range(min(self.longest, len(words) - at), 0, -1):
            key = " ".join(words[at:at + size])
            if key in self.words:
                return size, self.words[key]
        sibling = sibling_form(words[at], self.words)  # "erfassten", "analysieren": a listed verb's other form
        return (1, sibling) if sibling else (0, ("", ""))

    @staticmethod
    def _number_after(words: list[str], at: int) -> bool:
        """A figure right after the word, or after "über", "rund", "etwa" ("um über 300.000 Euro")."""
        after = words[at + 1:at + 3]
        return bool(after) and (is_number(after[0]) or (len(after) == 2 and after[0] in _ABOUT and is_number(after[1])))

    def _joined(self, words: list[str]) -> list[int]:
        """The word places with a separable verb's particle moved right after its verb (german_verbs.joined)."""
        return joined(words, self.particles, self.words, self.clause_openers)

    def _closing(self, written: list[str], order: list[int]) -> frozenset[int]:
        """The places, in English order, of the words written at their clause's end or right before an auxiliary:
        where German sets a participle ("hat ... entwickelt", "entwickelt hat"); an adverb right after "hat" stands
        elsewhere ("hat jederzeit Anspruch": has a right at any time, no deed done)."""
        done = self.done.auxiliaries if self.done is not None else frozenset()
        return frozenset(i for i, j in enumerate(order) if j + 1 == len(written) or written[j + 1] in CLAUSE_END
                         or written[j + 1] in done)

    def _bracketed(self, words: list[str], nouns: frozenset[str] = frozenset()) -> list[int]:
        """The word places with a participle German sets at its clause's end, its auxiliary earlier ("Die Firma hat
        im Mai 40 Sensoren installiert", "Danach wurde der Erhitzer erneuert"), moved right after that auxiliary, as
        English says it ("has installed", "was renewed"). Not across a clause joined by "und" or "oder"; but two
        participles so joined at the clause's end go together ("wird vom Schichtleiter bestätigt oder korrigiert": is
        confirmed or corrected)."""
        order = list(range(len(words)))
        for at, word in enumerate(words):
            if not (at + 1 == len(words) or words[at + 1] in CLAUSE_END) or not self._participle(word, nouns):
                continue
            start = max((i for i in range(at) if words[i] in CLAUSE_END), default=-1) + 1
            helper = next((i for i in range(start, at - 1) if words[i] in self.bracket), None)
            first = self._first_joined(words, helper, at, nouns) if helper is not None else at
            if helper is not None and self.joins.isdisjoint(words[helper:first]):
                moved = list(range(first, at + 1))
                moved = [first - 1, *moved] if words[first - 1] in self.negations and first - 1 > helper else moved
                for place in moved:  # "nicht erfasst" goes whole: "were not captured"
                    order.remove(place)
                spot = order.index(helper) + 1
                order[spot:spot] = moved
        return order

    def _first_joined(self, words: list[str], helper: int, at: int, nouns: frozenset[str]) -> int:
        """Where the participles joined to the one at `at` by "und" or "oder" start ("bestätigt oder korrigiert")."""
        first = at
        while first - 2 > helper and words[first - 1] in self.joins and self._participle(words[first - 2], nouns):
            first -= 2
        return first

    def _participle(self, word: str, nouns: frozenset[str] = frozenset()) -> bool:
        """By its shape or its gloss, or a participle without "ge" ("entwickelt", "begonnen": Done) not written as a noun."""
        return bool(_PARTICIPLE.match(word)) or self.words.get(word, ("", ""))[1].endswith("ed") \
            or (self.done is not None and word not in nouns and self.done.shaped(word))

    def _verb(self, words: list[str], at: int) -> int:
        """How many words a finite verb at `at` is, by its gloss (0: none): an auxiliary or a verb in the past
        ("wurde", "installierte"; "führte ein", its particle joined)."""
        size = 2 if " ".join(words[at:at + 2]) in self.words else 1
        english = self.words.get(" ".join(words[at:at + size]), ("", ""))[0].split()
        past = english[:1] and (english[0] in self.auxiliaries or english[0] in self.second.finite
                                or english[0].endswith("ed"))
        return size if past else 0

    def _noun_known(self, word: str) -> bool:
        return self._noun(word) != [word]

    def _noun(self, word: str) -> list[str]:
        read = self._nouns_read.get(word)
        if read is None:
            if len(self._nouns_read) > _NOUNS_KEPT:  # a long-running app reads many texts: start afresh
                self._nouns_read.clear()
            read = self._nouns_read[word] = tuple(self._noun_read(word))
        return list(read)

    def _noun_read(self, word: str) -> list[str]:
        """A noun whole ("Temperatur"), or a compound read as its parts: its longest known last part, and before it
        the rest, glossed where known once its linking letters are off ("Schwingungs|sensor": vibration sensor)."""
        nouns = self.nouns if self.nouns_on else self.subjects if self.subjects_on else {}
        if not nouns:  # german.yaml reads neither nouns nor subjects: nothing to look for in a compound
            return [word]
        whole = self._inflected(word, nouns)
        if whole:
            return whole
        for cut in range(self.least_part, len(word) - self.least_part + 1):
            head = self._inflected(word[cut:], nouns)
            if head:
                before = self._modifier(word[:cut], nouns)
                if before == [word[:cut]] and len(word) - cut < self.bare_head:
                    continue  # "Fußabdruck", "Wettbewerbsdruck": a short head after an unknown part
                return before + head
        return [word]

    def _inflected(self, word: str, nouns: dict[str, str]) -> list[str]:
        return inflected(word, nouns, self.endings, self.least_part)

    def _modifier(self, part: str, nouns: dict[str, str]) -> list[str]:
        return modifier(part, nouns, self.links, self._compound)

    def _compound(self, part: str) -> list[str]:  # a first part read as a compound of its own, never whole
        return self._noun(part) if len(part) >= 2 * self.least_part else [part]


@lru_cache(maxsize=1)
def gloss_rules() -> Gloss:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    detect = data["detect"]
    subjects = {str(k): str(v) for k, v in data["subjects"].items()}
    words = {}
    for key, value in data["words"].items():
        plain, _, after = str(value).partition("|")
        words[" ".join(tokens(normalise(str(key))))] = (plain, after or plain)
    return Gloss(frozenset(detect["markers"]), float(detect["share"]), int(detect["sentence_least"]), words,
                 max(len(k.split()) for k in words), {**subjects, **{str(k): str(v) for k, v in data["nouns"].items()}},
                 subjects,
                 tuple(data["links"]), int(data["least_part"]), int(data.get("bare_head", 0)),
                 frozenset(data["auxiliaries"]),
                 {str(k): str(v) for k, v in data["addressed"].items()}, bool(data.get("read_in_drafting", True)),
                 frozenset(data["past_perfect"]["auxiliaries"]), str(data["past_perfect"]["cue"]),
                 bool(data.get("read_nouns", True)), bool(data.get("read_subjects", True)),
                 tuple(data.get("endings", ())), _verb_second(data.get("verb_second")),
                 frozenset(data.get("particles", ())), {str(k): str(v) for k, v in data.get("numbered", {}).items()},
                 frozenset(data.get("bracket", {}).get("auxiliaries", ())),
                 frozenset(data.get("bracket", {}).get("joins", ())),
                 frozenset(data.get("bracket", {}).get("negations", ())),
                 {str(k): int(v) for k, v in data.get("drafting_repeats", {}).items()},
                 bool(data.get("replies_read_nouns", True)),
                 dict(data.get("units", {}).get("words", {})), frozenset(data.get("units", {}).get("figures", ())),
                 Done.from_data(data.get("done")), frozenset(data.get("articles_not", ())),
                 clause_openers=frozenset(data.get("clause_openers", ())),
                 agents=dict(data.get("passive_agent", {})),
                 passive=frozenset(_participles(words.values())),
                 replies_listed=bool(data.get("replies_read_listed", False)))


@lru_cache(maxsize=1)
def _for_replies() -> Gloss:
    """The gloss a reply to the buyer's questions is read with: its nouns only where german.yaml replies_read_nouns."""
    rules = gloss_rules()
    listed = rules if rules.nouns_on and not rules.replies_nouns and rules.replies_listed else None
    return replace(rules, nouns_on=rules.nouns_on and rules.replies_nouns, listed=listed)


def english_words(texts: list[str], find=None) -> dict[str, list[str]]:
    """Each text's words as drafting reads them: glossed into English where the whole text, or the sentence itself,
    is German; an English text's words unchanged. Where `find` (the rules' scan) finds one of the rules' own German
    phrases in the German words ("an Ihr MES", "stoppt das System", "Bildschirme"), those words stay as written: the
    rules already read them."""
    return english_and_written(texts, find)[0]


def english_and_written(texts: list[str], find=None, replies: bool = False) -> tuple[dict[str, list[str]],
                                                                                   dict[str, list[str]]]:
    """english_words, and each glossed text's words as written (a Romance text's too, glossed by romance.py): the KPI reader reads German numbers, prepositions and
    verbs of change itself (drafting.yaml kpi.grammar, "senken wir ... auf 54,0 kg/t"), which a gloss would lose.
    `replies`: the texts are replies to the buyer's questions, read with nouns only where german.yaml says."""
    rules = _for_replies() if replies else gloss_rules()
    out = {text: tokens(normalise(text)) for text in dict.fromkeys(texts)}  # each text split once
    if not rules.on:
        return out, {}
    # a Spanish, French, Italian or Portuguese text (romance.py), a reply too: its lines answer in that language's
    # words ("lemos a temperatura ... do CLP"), which drafting reads only glossed; a German text is none of them, though
    # a few of its sentences hold a Romance marker ("das", "des"): Romance only with more of its markers than German's
    german = rules.rival(out.values())
    whole = german > 0
    romance = romance_words(out, german)
    if romance is not None:  # ... its lines in German read as German (a datasheet's under an Italian offer: walk74)
        english, written = romance
        latin = romance_rules().markers
        for text, words in out.items():
            marked = sum(map(rules.markers.__contains__, words))
            if marked >= rules.sentence_least and marked > sum(w in latin for w in words):
                english[text], written[text] = rules.gloss(text, words, rules.read_as_written(words, find)), words
        return english, written
    if all(rules.markers.isdisjoint(words) for words in out.values()):  # an English text: not one German word of
        return out, {}  # the markers, nothing to gloss
    marked = {text: sum(map(rules.markers.__contains__, words)) for text, words in out.items()}
    written = {}
    for text, words in out.items():
        if whole or marked[text] >= rules.sentence_least:  # the text, or this sentence, German
            out[text], written[text] = rules.gloss(text, words, rules.read_as_written(words, find)), words
    return out, written
