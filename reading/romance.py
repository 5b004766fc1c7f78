"""Spanish, French, Italian and Portuguese read as English: a Romance text's words glossed into the English words the
drafting rules read (questions/romance.yaml), as german.py does for German, but lighter.

The language is told by its function words (a share of the text's words, counted in one pass for all four). Each word
or listed phrase is glossed; a plural no entry lists is read as its singular. Romance sets a noun's modifiers after it,
so a noun's adjectives and a second noun joined by "de", "di", "du", "da" are read in English order: "sensor de
temperatura" is "temperature sensor", "manutenzione predittiva" "predictive maintenance". The sentence's own text,
shown to the buyer and quoted, stays as written.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .phrases import normalise, tokens

_DATA = Path(__file__).resolve().parent.parent / "questions" / "romance.yaml"
NOUN, ADJECTIVE, WORD, OTHER = "noun", "adjective", "word", ""


@dataclass(frozen=True)
class Unit:
    """One glossed word or phrase: as written, in English, and its kind (a noun, an adjective, another word)."""
    source: str
    english: str
    kind: str
    singular: str = ""  # a plural's English in the singular: as a modifier ("czujników": sensor), where it is one


@dataclass(frozen=True)
class Language:
    name: str
    entries: dict[str, tuple[str, str]]  # a word or phrase -> (English, kind)
    adjectives: dict[str, str]  # read after a noun as its modifier
    longest: int  # most words in a key of `entries`
    plurals: tuple[tuple[str, str], ...]  # (ending, its singular's ending)
    simple: tuple[str, ...] = ()  # a simple past's endings ("implementó")
    auxiliaries: frozenset[str] = frozenset()  # of having, before a participle ("ha", "ont")
    participles: tuple[str, ...] = ()  # a participle's endings ("digitalizzato")
    juxtaposed: bool = False  # a noun right after a noun is its modifier ("controllo qualità": quality control)
    agents: dict[str, str] | None = None  # after a participle, the passive's agent ("confermata dal": confirmed by the)
    enclitics: tuple[tuple[str, str, str], ...] = ()  # (ending, the infinitive's ending, the pronoun's English)
    cases: tuple[tuple[str, str], ...] = ()  # (ending, the listed form's ending): a case's form read in the singular
    of_words: frozenset[str] | None = None  # its own words of "of" where the shared ones are its articles (Dutch "de")
    shared: frozenset[str] = frozenset()  # its words English writes too ("in", "is"): no sign of an English sentence
    before: bool = False  # its adjectives stand before their noun, as English sets them (Czech "prediktivní údržba")
    forms: tuple[tuple[str, str], ...] = ()  # (ending, the listed form's ending): a verb's other form ("collegata")


@dataclass(frozen=True)
class RomanceGloss:
    on: bool
    share: float
    least: int
    markers: dict[str, tuple[str, ...]]  # a function word -> the languages it marks
    languages: dict[str, Language]
    of_words: frozenset[str]
    articles: frozenset[str]
    elisions: dict[str, str]
    uncounted: frozenset[str]
    english: frozenset[str] = frozenset()  # a sentence with more of these than of its language's markers is English
    ands: frozenset[str] = frozenset()  # "y", "et", "e": a second modifier of the same noun after one
    repeats: tuple[tuple[str, int], ...] = ()  # romance.yaml drafting_repeats: cues a glossed option needs
    past_cue: str = "did"  # read before a verb told in the past by its shape
    past_least: int = 5  # ... of this many letters or more
    reach: int = 2  # ... a participle within this many words after its auxiliary
    reflexives: dict[str, frozenset[str]] | None = None  # a pronoun before an auxiliary that makes it "has become" ("se ha")
    measures: frozenset[str] = frozenset()  # a head that measures its de-noun keeps "of" ("7 dias de dados": 7 days of data)
    short: tuple[int, float] = (0, 1.0)  # (least, share): a text too short for `least` markers is read by these
    letters: tuple[tuple[str, frozenset[str]], ...] = ()  # a language's own letters: a word with one marks it ("ř")

    def language(self, said, rival: int = 0) -> Language | None:
        """The language enough of the words of the whole text are markers of, the one with most; None for any other.
        A sentence with no function word of English nor of any of these languages (a price sheet's row "Pos: 4; Codice:
        NIR-M40; Prezzo: 12.500,00 EUR", a part number) is in no language: its words would only thin the share (walk67:
        an Italian offer with its Excel price list read as English, its problem and pilot no longer drafted). `rival`: the
        German markers the language's must outnumber (german.Gloss.rival)."""
        counts = dict.fromkeys(self.languages, 0)
        total = english = 0
        for words in said:
            if not any(word in self.markers or word in self.english or self._lettered(word) for word in words):
                continue
            for word in words:
                total += word[:1].isalpha()
                english += word in self.english
                for name in self.markers.get(word) or self._lettered(word):
                    counts[name] += 1
        name = max(counts, key=counts.get)
        best = counts[name]
        # a short sentence ("El sistema es seguro y no necesita nube.") has fewer markers than `least`: enough of its
        # words and more than its English function words tell it
        short = best >= self.short[0] > 0 and best >= self.short[1] * total and best > english
        enough = best >= self.least and best >= self.share * total or short
        return self.languages[name] if enough and best > rival else None

    def _lettered(self, word: str) -> tuple[str, ...]:
        """The languages a word is told by its letters (Czech "ř", "ů", Swedish "å"): a Czech offer's few function
        words ("je", "pro") are too few of its inflected words for the share, its letters are not."""
        return tuple(name for name, own in self.letters if not own.isdisjoint(word))

    def repeats_for(self, question: str, option: str = "") -> int:  # as german.Gloss.repeats_for, by romance.yaml
        given = dict(self.repeats)
        return given.get(f"{question}: {option}", given.get(question, given.get("default", 1)))

    def in_english(self, words: list[str], language: Language) -> bool:
        """A sentence of a Romance text written in English: more English function words than the language's markers."""
        english = sum(w in self.english and w not in language.shared for w in words)
        return english > 0 and english > sum(language.name in self.markers.get(w, ()) for w in words)

    def gloss(self, words: list[str], language: Language) -> list[str]:
        """The sentence's words in English, modifiers before their noun; the rest as they are."""
        units = self._units(self._split(words), language)
        out: list[str] = []
        at = 0
        while at < len(units):
            end, head = self._noun_group(units, at, language)
            if not head:
                out.extend(units[at].english.split())
                at += 1
                continue
            after, modifier = self._of_noun(units, end, language)
            while modifier and after + 1 < len(units) and units[after].source in self.ands:
                more, other = self._of_noun(units, after + 1, language)  # "de temperatura y de presión"
                if not other:
                    break
                after, modifier = more, [*modifier, "and", *other]
            out.extend(head + ["of"] + modifier if modifier and head[-1] in self.measures else modifier + head)
            at = after if modifier else end
        return out

    def _split(self, words: list[str]) -> list[str]:
        """An elided article or preposition apart from its word ("l'usine": "l'", "usine")."""
        out = []
        for word in words:
            cut = word.find("'") + 1
            if 0 < cut < len(word) and word[:cut] in self.elisions:
                out.extend((word[:cut], word[cut:]))
            else:
                out.append(word)
        return out

    def _units(self, words: list[str], language: Language) -> list[Unit]:
        units, at, helped = [], 0, -self.reach - 1  # helped: where the last auxiliary of having stood
        while at < len(words):
            size, unit = self._longest(words, at, language)
            if unit.kind == OTHER and self._past(unit.source, language, at - helped <= self.reach):
                units.append(Unit("", self.past_cue, WORD))  # "implementó": did implementó
            helped = at if self._helps(words, at, language) else helped
            units.append(self._agent(unit, units[-1], language) if units else unit)
            at += size
        return units

    def _agent(self, unit: Unit, before: Unit, language: Language) -> Unit:
        """A preposition of `agents` right after a participle names who does the act ("corretta dal capoturno":
        corrected by the shift leader), where elsewhere it says where from ("dati dal PLC": a noun, no participle)."""
        agent = (language.agents or {}).get(unit.source)
        participle = before.kind != NOUN and (before.english.endswith("ed") or before.source.endswith(language.participles))
        return Unit(unit.source, agent, unit.kind) if agent and participle and before.source else unit

    def _helps(self, words: list[str], at: int, language: Language) -> bool:
        """An auxiliary of having, but not after a reflexive pronoun: "se ha convertido" is "has become", a state
        any text may state, no deed of one site."""
        if words[at] not in language.auxiliaries:
            return False
        return not (at and words[at - 1] in (self.reflexives or {}).get(language.name, ()))

    def _past(self, word: str, language: Language, helped: bool) -> bool:
        """A verb no entry glosses, told in the past by its ending: a simple past, or a participle after "ha", "ont"."""
        if len(word) < self.past_least or not word.isalpha():
            return False
        return word.endswith(language.simple) or (helped and word.endswith(language.participles))

    def _longest(self, words: list[str], at: int, language: Language) -> tuple[int, Unit]:
        for size in range(min(language.longest, len(words) - at), 0, -1):
            key = " ".join(words[at:at + size])
            if key in language.entries:
                english, kind = language.entries[key]
                return size, Unit(key, english, kind)
        word = words[at]
        if word in self.elisions:
            return 1, Unit(word, self.elisions[word], WORD)
        return 1, self._plural(word, language) or self._enclitic(word, language) or Unit(word, word, OTHER)

    def _enclitic(self, word: str, language: Language) -> Unit | None:
        """An infinitive with its object pronoun on it, read as the listed verb and the pronoun ("confermarle":
        confirm them), so the verb's act is read with what it acts on."""
        for ending, infinitive, pronoun in language.enclitics:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                english, kind = language.entries.get(word[:len(word) - len(ending)] + infinitive, ("", OTHER))
                if english:
                    return Unit(word, f"{english} {pronoun}", WORD)
        return None

    def _plural(self, word: str, language: Language) -> Unit | None:
        """A plural noun or adjective read as its singular's English ("temperaturas", "sensori", "capteurs")."""
        for ending, singular in language.plurals:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                english, kind = language.entries.get(word[:len(word) - len(ending)] + singular, ("", OTHER))
                if kind == NOUN:
                    return Unit(word, self._english_plural(english), NOUN, english)
                if kind == ADJECTIVE:
                    return Unit(word, english, ADJECTIVE)
        for ending, listed in language.cases:  # "temperaturze", "czujnika": the listed word in another case
            if word.endswith(ending) and len(word) > len(ending) + 2:
                english, kind = language.entries.get(word[:len(word) - len(ending)] + listed, ("", OTHER))
                if kind in (NOUN, ADJECTIVE):
                    return Unit(word, english, kind)
        for ending, listed in language.forms:  # "collegata", "remontées": a participle's gender and number
            if word.endswith(ending) and len(word) > len(ending) + 2:
                english, kind = language.entries.get(word[:len(word) - len(ending)] + listed, ("", OTHER))
                if english:
                    return Unit(word, english, kind)
        return None

    def _english_plural(self, english: str) -> str:
        if english in self.uncounted or english.split()[-1] in self.uncounted or english.endswith("s"):
            return english
        if english.endswith("y") and english[-2:-1] not in "aeiou":
            return english[:-1] + "ies"
        return english + ("es" if english.endswith(("x", "ch", "sh")) else "s")

    def _noun_group(self, units: list[Unit], at: int, language: Language,
                    modifier: bool = False) -> tuple[int, list[str]]:
        """A noun and the adjectives after it, in English order ("datos históricos": historical data); as a modifier
        (`modifier`, Polish's genitive: "czujnik drgań", a noun after "de": "l'état des machines"), a plural said in the
        singular, as English says it."""
        if units[at].kind != NOUN:
            return at, []
        end, before = at + 1, []
        while end < len(units) and not language.before and self._adjective(units[end], language):
            before.extend(self._adjective(units[end], language).split())
            end += 1
        return end, before + ((modifier and units[at].singular) or units[at].english).split()

    def _adjective(self, unit: Unit, language: Language) -> str:
        """A unit's English as an adjective after a noun ("historique" is a noun alone, an adjective after one)."""
        if unit.kind == ADJECTIVE:
            return unit.english
        return language.adjectives.get(unit.source, "")

    def _of_noun(self, units: list[Unit], at: int, language: Language) -> tuple[int, list[str]]:
        """A noun (with its adjectives) after "de", "du", "della", an article between, or right after it where the
        language sets one so: the modifier of the noun before it ("orden de trabajo": work order, "consumo de la
        energía": energy consumption, "contrôle qualité": quality control)."""
        if at < len(units) and language.juxtaposed and units[at].kind == NOUN:
            return self._noun_group(units, at, language, bool(language.cases))
        of_words = self.of_words if language.of_words is None else language.of_words
        if at >= len(units) or units[at].source not in of_words:
            return at, []
        at += 1
        if at < len(units) and units[at].source in self.articles:
            at += 1
        if at >= len(units):
            return at, []
        # ... in the singular, as English says a modifier ("l'état des machines": machine status; recall78)
        return self._noun_group(units, at, language, modifier=True)


def _language(name: str, data: dict, plurals, split, past: dict, agents: dict, enclitics=(), cases=(),
              forms=()) -> Language:
    entries: dict[str, tuple[str, str]] = {}
    for kind, section in ((ADJECTIVE, "adjectives"), (WORD, "words"), (NOUN, "nouns")):  # a noun wins a tie
        for key, value in data.get(section, {}).items():
            entries[" ".join(split(tokens(normalise(str(key)))))] = (str(value), kind)  # "chef d' équipe" as read
    adjectives = {str(k): str(v) for k, v in data.get("adjectives", {}).items()}
    return Language(name, entries, adjectives, max(len(k.split()) for k in entries),
                    tuple((str(e), str(s)) for e, s in plurals.get(name, ())),
                    tuple(past.get("simple", {}).get(name, ())), frozenset(past.get("auxiliaries", {}).get(name, ())),
                    tuple(past.get("participles", {}).get(name, ())), bool(data.get("juxtaposed", False)),
                    {str(k): str(v) for k, v in agents.get(name, {}).items()},
                    tuple((str(e), str(i), str(p)) for e, i, p in enclitics), tuple((str(e), str(s)) for e, s in cases),
                    None if "of_words" not in data else frozenset(map(str, data["of_words"])),
                    frozenset(map(str, data.get("shared", ()))), bool(data.get("before", False)),
                    tuple((str(e), str(s)) for e, s in forms))


def unelided(words: list[str]) -> list[str]:
    """The words with each elided article or preposition apart from its word (romance.yaml elisions: "l'oee": "l'",
    "oee"), for rules that read a word whole in any language."""
    return romance_rules()._split(words)


@lru_cache(maxsize=1)
def romance_rules() -> RomanceGloss:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    for name in data.get("more", ()):  # another language read the same way, in its own file (polish.yaml)
        more = yaml.safe_load((_DATA.parent / name).read_text(encoding="utf-8"))
        for section in ("languages", "plurals", "cases"):
            data.setdefault(section, {}).update(more.get(section, {}))
        for part, each in more.get("past", {}).items():  # its past's endings and auxiliaries (dutch.yaml)
            data.setdefault("past", {}).setdefault(part, {}).update(each)
    split = RomanceGloss(False, 0, 0, {}, {}, frozenset(), frozenset(), {str(k): "" for k in data["elisions"]},
                         frozenset())._split
    past = data.get("past", {})
    languages = {name: _language(name, each, data.get("plurals", {}), split, past, data.get("agents", {}),
                                 data.get("enclitics", {}).get(name, ()), data.get("cases", {}).get(name, ()),
                                 data.get("forms", {}).get(name, ()))
                 for name, each in data["languages"].items()}
    markers: dict[str, tuple[str, ...]] = {}
    for name, each in data["languages"].items():
        for word in dict.fromkeys(each["markers"]):  # a word listed twice counts once
            markers[str(word)] = (*markers.get(str(word), ()), name)
    return RomanceGloss(bool(data.get("read_in_drafting", True)), float(data["detect"]["share"]),
                        int(data["detect"]["least"]), markers, languages,
                        frozenset(str(w) for w in data["of_words"]), frozenset(str(w) for w in data["articles"]),
                        {str(k): str(v) for k, v in data["elisions"].items()}, frozenset(data.get("uncounted", ())),
                        frozenset(str(w) for w in data.get("english", ())),
                        frozenset(str(w) for w in data.get("ands", ())),
                        tuple((str(k), int(v)) for k, v in data.get("drafting_repeats", {}).items()),
                        str(past.get("cue", "did")),
                        int(past.get("least", 5)), int(past.get("reach", 2)),
                        {str(k): frozenset(map(str, v)) for k, v in past.get("reflexives", {}).items()},
                        frozenset(str(w) for w in data.get("measures", ())),
                        (int(data["detect"].get("short_least", 0)), float(data["detect"].get("short_share", 1.0))),
                        tuple((name, frozenset(each.get("letters", ()))) for name, each in data["languages"].items()
                              if each.get("letters")))


class Written(dict):
    """A Romance text's glossed sentences, each one's words as written, and the gloss that read them (its
    drafting_repeats: german_drafting.held_back)."""

    def __init__(self, sentences: dict[str, list[str]], rules: RomanceGloss):
        super().__init__(sentences)
        self.rules = rules


def romance_words(out: dict[str, list[str]],
                  rival: int = 0) -> tuple[dict[str, list[str]], dict[str, list[str]]] | None:
    """Each text's words glossed into English where the whole text is Spanish, French, Italian or Portuguese, and
    each one's words as written (german.english_and_written's shape); None where it is none of them (`rival`: as
    RomanceGloss.language)."""
    rules = romance_rules()
    language = rules.language(out.values(), rival) if rules.on else None
    if language is None:
        return None
    glossed = {text: rules.gloss(words, language) for text, words in out.items() if not rules.in_english(words, language)}
    return {**out, **glossed}, Written({text: out[text] for text in glossed}, rules)
