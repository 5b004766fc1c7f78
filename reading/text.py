"""Read free text: find labels, buzzwords and substance, sentence by sentence.

All word lists come from the bank (words.yaml, glossary.yaml), compiled into one regex
(signal_patterns.py), so a text is scanned once whatever the list sizes.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter, methodcaller

from questions.loader import load_drafting, load_label_reading
from questions.models import QuestionBank

from .splitting import lowered as _lowered
from .sentence import NEUTRAL_REASON, Sentence, Signal, _Labelled, _Neutral  # noqa: F401 (Sentence: public here too)
from .signal_patterns import PLAIN, joining, meanings, result_verbs, scan_pattern, signal_pattern
from .label_denials import LabelDenials, without_unsold
from .label_headings import HeadingLines
from .label_object import LabelObjects
from .withheld_rows import WithheldRows
from .offer_sections import OfferSections
from .clock import clock_pattern, masked
from .splitting import splitter

STRONG = frozenset({"number", "protocol", "system", "frequency", "sampling", "result"})
KIND_NAMES = {"label": "label", "buzzword": "buzzword", "number": "number with unit"}
_NOWHERE = float("inf")  # where the signal after the last one starts
MAX_SENTENCE = 1000  # a "sentence" longer than this is cut, so one run-on line stays readable


@dataclass(slots=True)
class Reading:
    sentences: list[Sentence]
    labels: list[str]  # glossary label ids found, in order of first use
    substance_ratio: float  # substance sentences / (substance + label sentences)
    claimed_scope: int  # the highest level the labels found claim


class Reader:
    """A compiled reader for one bank: call `signals`, `substance` or `read`."""

    def __init__(self, bank: QuestionBank):
        self.meaning = meanings(bank)
        self.kind_names = dict(KIND_NAMES) | {kind: entry.name for kind, entry in bank.words.substance.items()}
        self.claims = {label.id: label.claims for label in bank.labels}
        self._substance = lru_cache(maxsize=16384)(self._read_substance)
        self.label_names = {label.id: label.name for label in bank.labels}
        self._splitter = splitter()
        self.pattern = re.compile(r"(?<![\w])" + signal_pattern(bank, self.meaning))
        # The same signals for `read`, found faster: the match takes the non-word character before
        # the signal instead of looking behind for it, so the regex engine skips from one space or
        # stop to the next in C rather than trying every letter. Searched over " " + the lower-cased
        # text, a match's start is the signal's start in the text itself, and its end is one past;
        # group 1 is the signal, lower-cased.
        self._scan = re.compile(scan_pattern(bank, self.meaning))
        self._verbs = frozenset(v.lower() for v in result_verbs(bank))
        self.joins = joining(bank, self.meaning)  # what a signal may hold before a space: text_reuse.py
        # a company's legal forms, as drafting reads a party's name ("Northbeam Industrial AI, Inc."): no label sold
        forms = load_drafting().get("company_names", {}).get("forms", [])
        self.denials = LabelDenials({**load_label_reading(), "company_forms": forms}, self._label_words)
        self.headings = HeadingLines(load_label_reading().get("headings", {}))  # "Edge y servidor" over its body
        self.objects = LabelObjects(load_label_reading().get("objects", {}))  # "Digitalizzazione dei cicli CIP": a scope
        self.withheld = WithheldRows(load_drafting()["price_sheet"])
        self.excluded = OfferSections.from_data(load_drafting().get("excluded_sections", {}))  # "Exclusions" lists
        streets = load_label_reading()["product_names"].get("street_words", [])
        self._street = re.compile(r"\s+(?:" + "|".join(map(re.escape, streets)) + r")(?!\w)") if streets else None
        self._clock = clock_pattern(bank.words.clock)  # "18:00 h" is a time of day: no "00 h" read (clock.py)

    def _lower(self, text: str) -> str:
        lower = _lowered(text)
        if len(lower) != len(text):  # rare Unicode whose lower case changes length
            lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        return masked(lower, self._clock)

    def signals(self, text: str) -> list[tuple[int, Signal]]:
        """(position, signal) for every label, buzzword and substance signal in the text."""
        lower = self._lower(text)
        found = []
        meaning = self.meaning
        for match in self.pattern.finditer(lower):
            start, end = match.span()
            group = match.lastgroup
            if group == "term":
                kind, key = meaning[match.group()]
            else:
                kind, key = group, " ".join(match.group().split())
            if kind != PLAIN:
                found.append((start, Signal(kind, text[start:end], key)))
        return found

    def substance(self, text: str) -> frozenset[tuple[str, str]]:
        """The distinct substance signals (kind, key) in a text: what an answer names.
        Cached by text: the app re-scores after every edit, and most answers did not change."""
        if not text:
            return frozenset()
        return self._substance(text)

    def answer_substance(self, answer) -> frozenset[tuple[str, str]]:
        """What an answer's free text and its quoted proposal sentences name."""
        found = self.substance(answer.text)
        return found | self.substance(" ".join(answer.quotes)) if answer.quotes else found

    def _read_substance(self, text: str) -> frozenset[tuple[str, str]]:
        return frozenset((s.kind, s.key) for _, s in self.signals(text) if s.kind not in ("label", "buzzword"))

    def read(self, text: str, offer: bool | None = None) -> Reading:
        """Mark each sentence as label, substance or neutral; the reasons are built when read (`offer`: whether the
        text is an offer, where it is part of one: label_headings.py; else told by the text)."""
        return self._read(text, offer)

    def _read(self, text: str, offer: bool | None = None) -> Reading:
        starts, found = self._signals(text)
        meant = list(map(self.meaning.get, found, repeat(_NUMBER)))  # (kind, key) of each
        kinds = list(map(_FIRST, meant))
        count, j = len(starts), 0
        following = starts[0] if count else _NOWHERE  # where the first signal not yet given out starts
        sentences: list[Sentence] = []
        add, neutral, labelled, longest = sentences.append, _Neutral, _Labelled, MAX_SENTENCE
        for start, words in self._splitter.sentences(text):  # where each ends: reading/splitting.py
            end = start + len(words)
            if end - start > longest:  # a run-on line: cut, each piece takes its own signals
                for piece in _cut(text, start, end):
                    j = self._take(text, piece, starts, found, meant, j, add)
                following = starts[j] if j < count else _NOWHERE
            elif following >= end:
                add(neutral(words, start, end))  # most sentences name nothing: no bookkeeping
            else:
                first = bisect_left(starts, start, j)
                j = bisect_left(starts, end, first)
                following = starts[j] if j < count else _NOWHERE
                if j - first == 1:
                    kind, key = meant[first]
                    add(labelled(words, start, end, [key], [], self) if kind == "label" else  # one label: the usual
                        self._one(text, start, end, words, starts[first], found[first], meant[first]))
                elif first == j:
                    add(neutral(words, start, end))
                elif kinds[first:j].count("label") == j - first:  # labels only: `_sentence`'s result, faster
                    labels = [key for _, key in meant[first:j]]
                    add(Sentence(words, start, end, "label", None, list(dict.fromkeys(labels)), [], [], self))
                else:
                    add(self._sentence(text, start, end, words, starts[first:j], found[first:j], meant[first:j]))
        return self.reading_of(self._sold(self._offered(sentences), text, offer))

    def _offered(self, sentences: list[Sentence]) -> list[Sentence]:
        """The sentences, a bid's row of an item it leaves out ("Remarks: Not included", a quantity of 0) neutral:
        it offers nothing (withheld_rows.py)."""
        withheld = self.withheld.withheld
        return [_Neutral(s.text, s.start, s.end) if s.kind != "neutral" and withheld(s.text) else s for s in sentences]

    def _sold(self, sentences: list[Sentence], text: str, offer: bool | None) -> list[Sentence]:
        """The sentences, each label word that is no claim left out ("no cloud connection is required", a product's
        name in a title: label_denials.py), and every one of an item an exclusions list under its heading names
        (offer_sections.py), and a heading alone over its body in an offer (label_headings.py); only the few that
        hold a label are read again."""
        is_offer = lru_cache(maxsize=1)(lambda: self.headings.offer(text) if offer is None else offer)
        read: dict[tuple, tuple[str, ...]] = {}  # (text, labels) -> kept: a 100-page offer says its lines again on each page
        listed: dict = {}  # lists_at's, this text's
        for i in compress(range(len(sentences)), map(_LABELS, sentences)):  # in C: few hold a label
            sentence = sentences[i]
            key = (sentence.text, tuple(sentence._labels))
            if self.excluded.lists_at(text, sentence.start, listed) \
                    or self.headings.alone(text, sentence.start, sentence.end, is_offer):
                kept = []
            elif key in read:
                kept = list(read[key])
            else:
                kept = self.denials.kept(sentence.text, sentence._labels)
                read[key] = tuple(kept)
            if kept != sentence._labels:
                sentences[i] = without_unsold(sentence, kept, self)
        return sentences

    def _label_words(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label id) of each label word in a text, as `_read` scans it."""
        starts, found = self._signals(text)
        meaning = self.meaning
        return [(at, at + len(word), meaning[word][1]) for at, word in zip(starts, found)
                if meaning.get(word, _NUMBER)[0] == "label"]

    def joined(self, parts: list[tuple[str, Reading]]) -> Reading | None:
        """The reading of texts a blank line apart ("\\n\\n".join, as Evaluation.proposal_text joins documents) from each
        one's own: a blank line ends every sentence (splitting.py), and no signal spans one (a unit, an amount's
        suffix follow their number after one space at most), but a measured result's "by", "from" or "to" that ends a
        text, its figure after the blank line ("... cut scrap by" "12% ..."): None there, the whole is read; so too where
        a heading's reading may differ (label_headings.py: the whole an offer and a part not, a heading ending one)."""
        sentences, at = [], 0
        whole = self.headings.offer("\n\n".join(text for text, _ in parts))
        for i, (text, reading) in enumerate(parts):
            last = text.rstrip().rsplit("\n", 1)[-1]
            if i < len(parts) - 1 and (_OPEN_END.search(text[-40:].lower()) or self.headings.shaped(last)):
                return None
            if self.headings.offer(text) != whole:
                return None
            sentences += [s.moved(at) for s in reading.sentences] if at else reading.sentences
            at += len(text) + 2
        return self.reading_of(sentences)

    def _take(self, text: str, piece: tuple[int, int, str], starts, found, meant, j: int, add) -> int:
        """Add one piece of a cut sentence with the signals that start in it; the next signal's index."""
        start, end, words = piece
        first = bisect_left(starts, start, j)
        j = bisect_left(starts, end, first)
        add(self._sentence(text, start, end, words, starts[first:j], found[first:j], meant[first:j]) if first < j
            else _Neutral(words, start, end))
        return j

    def _signals(self, text: str) -> tuple[list[int], list[str]]:
        """Where each signal starts in `text`, in order, and the signal lower-cased (`_scan`'s group 1);
        as written it is text[start:start + len(signal)]. Numbers and strings only: no match object is
        kept, nothing for the cyclic collector to walk.
        One finditer pass: a match ends on a word character, so the next starts after it, except a
        signal that ends in "%" or "+": that character may be the non-word one before the next signal
        ("5%$2M"). Such a signal is rare (a few a page) and one right after it rarer: the pass is
        made in C, and scanned again as `_rescan` does only if a signal starts at such a character."""
        spaced = " " + self._lower(text)
        matches = self._scan.finditer(spaced)
        starts, found = self._scanned(list(matches))
        ends = "".join(map(_LAST, found))  # each signal's last character
        if ends.isalnum():
            return starts, found
        match = self._scan.match
        if any(match(spaced, starts[odd.start()] + len(found[odd.start()])) for odd in _NOT_ALNUM.finditer(ends)):
            return self._scanned(self._rescan(spaced))
        return starts, found

    @staticmethod
    def _scanned(matches: list[re.Match]) -> tuple[list[int], list[str]]:
        return list(map(_START, matches)), list(map(_SIGNAL, matches))

    def _rescan(self, spaced: str) -> list[re.Match]:
        """The signals of " " + a lower-cased text, each scan going on from a signal's last character
        where that is not a letter or a digit."""
        scan = self._scan.finditer
        found, pos = [], 0
        append = found.append
        while pos is not None:
            start, pos = pos, None
            for match in scan(spaced, start):
                append(match)
                end = match.end()
                if not spaced[end - 1].isalnum():  # \w is isalnum() or "_": "_" only costs a new scan
                    pos = end - 1
                    break
        return found

    def _one(self, text: str, start: int, end: int, words: str, at: int, found: str, meant) -> Sentence:
        """A sentence with a single signal: the usual case, one label or buzzword."""
        kind = meant[0]
        if kind == "label":
            return _Labelled(words, start, end, [meant[1]], [], self)
        if kind == "buzzword":
            if self._in_a_name(text, at, found):
                return _Neutral(words, start, end)
            return _Labelled(words, start, end, [], [text[at:at + len(found)]], self)
        if kind == PLAIN:
            return _Neutral(words, start, end)
        return self._sentence(text, start, end, words, [at], [found], [meant])

    def _in_a_name(self, text: str, at: int, signal: str) -> bool:
        """A buzzword in a street's name ("1250 Innovation Drive"): an address sells nothing (glossary.yaml
        product_names street_words)."""
        return self._street is not None and text[at].isupper() and self._street.match(text, at + len(signal)) is not None

    def _sentence(self, text: str, start: int, end: int, words: str, starts, found, meant) -> Sentence:
        """One sentence from its signals: where each starts, each lower-cased, what each means (`_read`)."""
        labels, buzz, substance, strong = [], [], {}, False
        for at, signal, (kind, key) in zip(starts, found, meant):
            if kind is None:  # a number with a unit, or a measured result: strong substance (`_scan_pattern`)
                kind, key, strong = "result" if signal in self._verbs else "number", " ".join(signal.split()), True
            elif kind == "label":
                labels.append(key)
                continue
            elif kind == "buzzword":
                if not self._in_a_name(text, at, signal):
                    buzz.append(text[at:at + len(signal)])
                continue
            elif kind == PLAIN:
                continue
            else:
                strong = strong or kind in STRONG
            # the last one as written; tuple.__new__ skips the named tuple's Python-level __new__
            substance[kind, key] = _tuple_new(Signal, (kind, text[at:at + len(signal)], key))
        signals = list(substance.values())
        if strong or len(signals) >= 2 or (labels and signals and self.objects.scoped(text, starts, found, meant)):
            kind = "substance"
        elif labels or buzz:
            kind = "label"
        else:
            return Sentence(words, start, end, "neutral", NEUTRAL_REASON, None, signals)
        return Sentence(words, start, end, kind, None, labels if len(labels) < 2 else list(dict.fromkeys(labels)),
                        signals, buzz if len(buzz) < 2 else list(dict.fromkeys(buzz)), self)

    def reason(self, kind: str, labels: list[str], buzz: list[str], substance: list[Signal]) -> str:
        """Why a sentence of this kind, with these labels, buzzwords and substance, is marked so."""
        if kind == "substance":
            reason = "names " + ", ".join(f"{self.kind_names[s.kind]} '{s.term}'" for s in substance)
            if labels or buzz:
                reason += "; also uses " + _quoted([self.label_names[l] for l in labels] + buzz)
            return reason
        if kind == "label":
            reason = "uses " + _quoted([self.label_names[l] for l in labels] + buzz)
            return reason + " with " + ("only " + _quoted([s.term for s in substance]) if substance else
                                        "no data, system, protocol, number or role") + " behind it"
        return NEUTRAL_REASON

    def reading_of(self, sentences: list[Sentence]) -> Reading:
        """The reading these sentences, in order, make (`read`'s, `joined`'s, text_reuse.py's)."""
        # in C: map, filter and chain walk the sentences without a Python step for each
        labels = list(dict.fromkeys(chain.from_iterable(filter(None, map(_LABELS, sentences)))))
        kinds = list(map(_KIND, sentences))
        substance = kinds.count("substance")
        counted = substance + kinds.count("label")
        claimed = max((self.claims[l] for l in labels), default=0)
        return Reading(sentences, labels, round(substance / counted, 3) if counted else 0.0, claimed)


_tuple_new = tuple.__new__
_START, _SIGNAL, _FIRST, _LAST = re.Match.start, methodcaller("group", 1), itemgetter(0), itemgetter(-1)
_NUMBER = (None, None)  # what a number or a result verb means in the word lists: nothing (Reader._read)
_LABELS, _KIND = attrgetter("_labels"), attrgetter("kind")
_NOT_ALNUM = re.compile(r"[\W_]")
_OPEN_END = re.compile(r"\b(?:by|from|to)\s*\Z")  # where a result verb's number may follow in the next text  # \w is isalnum() or "_"


def _quoted(terms: list[str]) -> str:
    return ", ".join(f"'{t}'" for t in terms)


def _cut(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    while end - start > MAX_SENTENCE:
        out.append((start, start + MAX_SENTENCE, text[start:start + MAX_SENTENCE]))
        start += MAX_SENTENCE
    return out + [(start, end, text[start:end])]


_readers: dict[int, tuple[QuestionBank, Reader]] = {}


def reader_for(bank: QuestionBank) -> Reader:
    """One compiled reader per bank object (banks are not hashable; keep the bank alive)."""
    cached = _readers.get(id(bank))
    if cached is None or cached[0] is not bank:
        cached = _readers[id(bank)] = (bank, Reader(bank))
    return cached[1]
