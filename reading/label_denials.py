"""A label's word that is no claim the vendor sells with: one the sentence denies or says is not needed ("no cloud
connection is required", "does not need AI", "kein Cloud-Zugang nötig", "sans cloud"), or one inside a product's name
in a title line ("Datenblatt AlpenSense Edge EX-400"). The words and shapes are data: glossary.yaml `denied` and
`product_names`. Only the sentence's own text is read, so a sentence reads alike wherever it stands (text_reuse.py)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from .german import gloss_rules
from .label_scope import LabelScope
from .phrases import normalise, tokens
from .romance import romance_rules
from .sentence import NEUTRAL_REASON, Sentence
from .word_regex import alternation

_REACH = 120  # characters before a label's word a denial is looked for in: a few words
_NOT = re.compile(r"n't\b")  # "doesn't need" read as "does not need"
_END_MARKS = ".!?;,:"
_CLAUSE_MARKS = ",;:.!?"
_WORD = re.compile(r"\w")
_CAPITALISED = re.compile(r"(?<= )[A-Z]\w*")  # a capitalised word after a space: a brand's product, maybe
_COMMA_NEXT = re.compile(r"[^;:.!?]*,")  # a comma before the clause ends


def _gap() -> str:
    """What separates two words: whitespace, or nothing after an elided article ("l'edge", "d'AI")."""
    return r"(?:\s+|(?<='))"


def _read_lower(text: str) -> tuple[str, Callable[[int], int]]:
    """The text lower-cased with "’" as "'" and "n't" as " not", and where an offset in `text` lands in it."""
    lower = text.lower()
    if len(lower) != len(text):  # rare Unicode whose lower case changes length: lowered alone, offsets kept
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    lower = lower.replace("\u2019", "'")
    widened = [m.start() for m in _NOT.finditer(lower)]  # each widens the text by one character after it
    if not widened:
        return lower, int
    return _NOT.sub(" not", lower), lambda at: at + bisect_left(widened, at)


class LabelDenials:
    """`kept(text, labels)`: the labels of a sentence some occurrence of which it sells with. `occurrences(text)`
    gives each label word's (start, end, label id) in the sentence, as the reader scans it."""

    def __init__(self, spec: dict, occurrences: Callable[[str], list[tuple[int, int, str]]]):
        self.occurrences = occurrences
        denied, names = spec.get("denied", {}), spec.get("product_names", {})
        self.deniable = frozenset(denied.get("labels", []))
        between, gap = alternation(denied.get("between", []), spaced=True), _gap()
        self._before = re.compile(rf"(?<![\w'])(?P<denial>{alternation(denied.get('before', []), spaced=True)})"
                                  rf"(?:{gap}(?:{between}))*{gap}\Z")
        self._after = re.compile(rf"\A(?:[\s-]+(?:{alternation(denied.get('after_between', []), spaced=True)}))*"
                                 rf"[\s-]+(?:{alternation(denied.get('after', []), spaced=True)})(?![\w])")
        # any word a denial is told with: a sentence with none keeps its labels unread
        self._any_denial = re.compile(rf"(?<![\w'])(?:{alternation(denied.get('before', []) + denied.get('after', []), spaced=True)})")
        self._conditions = frozenset(w.lower() for w in denied.get("conditions", []))
        self._impossible = re.compile(rf"(?<![\w'])(?:{alternation(denied.get('impossible', []), spaced=True)})(?![\w])")
        self._title_words = int(names.get("title_words", 0))
        self.scope = LabelScope(spec.get("out_of_scope", {}), spec.get("headings", {}), names.get("hyphen_names", {}))
        self._company = self._companies(spec.get("company_forms", []))
        # a web or mail address ("www.northbeam-ai.example", "sales@smart-factory.de"): a name, no label sold
        self._address = re.compile(r"\S*(?:www\.|://|@)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|ai|example|de|fr|"
                                   r"it|es|co|uk|eu|at|ch|nl|be|pl|us|info|biz)(?:/\S*)?(?![\w.])")
        shapes = [names[k] for k in ("brand", "code") if names.get(k)]
        self._named = re.compile(r"\A(?:" + "|".join(shapes) + r")\Z") if shapes else None
        self._separator = re.compile(names.get("separator") or r"(?!)")
        self._maker = re.compile(rf"(?:{names.get('maker') or '(?!)'})\Z")
        self._not_makers = frozenset(w.upper() for w in names.get("not_makers", []))
        # ... or a maker's name written as a word, after a word that says whose the product is ("de Ignition Edge")
        self._made_by = re.compile(rf"(?<![\w'])(?i:{alternation(names.get('made_by', []), spaced=True)})\s+[A-Z][a-z]{{2,}}\Z")
        self._made_words = frozenset(w.lower() for w in names.get("made_by_words", []))
        # a brand, a capitalised word, then a release's number or a model's code: "KilnSight Edge 5", in any sentence
        brand, code = names.get("brand") or r"(?!)", names.get("code") or r"(?!)"
        self._versioned = re.compile(rf"(?<!\w)(?:{brand}) [A-Z][\w-]* (?:{code}|\d+(?:\.\d+)?)(?![\w-])"
                                     # ... or a determiner, a capitalised word and a whole release number: "our Edge 5
                                     # units" (a decimal after one is a label's own: "the Industry 4.0 journey")
                                     rf"|(?<![\w-])(?i:{alternation(names.get('named_by', []), spaced=True)}) [A-Z][\w-]* \d+(?![\w.,-]|[.,]\d)")

    def kept(self, text: str, labels: list[str]) -> list[str]:
        """`labels` without those whose every occurrence in `text` is denied or part of a product's, a company's or a web
        address's name."""
        head = self._title_head(text)
        named = [m.span() for r in (self._company, self._address) for m in r.finditer(text)]
        named = named or ([(0, 0)] if self._maker_before_label(text) else [])  # a maker's product: read each word
        scoped = self.scope.may_unsell(text)
        if (head is None and not self.deniable.intersection(labels) and not self._versioned.search(text) and not named
                and not scoped):
            return labels  # most label sentences: a benefit's label, in prose
        lower, shift = _read_lower(text)
        if (head is None and self._any_denial.search(lower) is None and not self._versioned.search(text) and not named
                and not scoped):
            return labels
        apart = lru_cache(maxsize=1)(lambda: _names_apart(text, self.scope.shared))  # read once, if a name asks
        sold = {label for start, end, label in self.occurrences(text)
                if not (label in self.deniable and self._denied(lower, shift(start), shift(end)))
                and not (head and self._in_name(text, start, end, head)) and not self._versioned_name(text, start, end)
                and not self._made(text, start, end)
                and not (scoped and self.scope.unsold(text, start, end, scoped, apart))
                and not any(s <= start and end <= e for s, e in named)}
        return [label for label in labels if label in sold]

    @staticmethod
    def _companies(forms: list[str]) -> re.Pattern:
        """A company's name: up to five capitalised words before a legal form, a comma between allowed ("Northbeam
        Industrial AI, Inc.", "Kessler Predictive Analytics GmbH"): the vendor's name, no label it sells with (walk73)."""
        if not forms:
            return re.compile(r"(?!)")
        alternatives = "|".join(re.escape(str(f)) for f in sorted(map(str, forms), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:[A-Z][\w&.'-]*\s+){{0,4}}[A-Z][\w&.'-]*,?\s+(?:{alternatives})(?![\w])")

    def _denied(self, lower: str, start: int, end: int) -> bool:
        """Denied right before or said not needed right after, and neither a condition nor a need told."""
        before = self._before.search(lower, max(0, start - _REACH), start)
        if before is None and self._after.match(lower[end:end + _REACH]) is None:
            return False
        if before is not None and self._condition(lower, before, end):
            return False
        return self._impossible.search(_clause(lower, start, end)) is None

    def _condition(self, lower: str, denial: re.Match, end: int) -> bool:
        """"Without AI, inspectors miss cracks": a denial word of `conditions` opens the sentence, a comma closes it."""
        return (denial.group("denial") in self._conditions and not _WORD.search(lower, 0, denial.start())
                and _COMMA_NEXT.match(lower, end) is not None)

    def _made(self, text: str, start: int, end: int) -> bool:
        """The word, capitalised, right after a maker's name in capitals ("AVEVA Edge") or a capitalised word a `made_by`
        word opens ("store-and-forward de Ignition Edge", "provided by Ignition Edge"): the maker's product."""
        if not text[start:start + 1].isupper() or text[start - 1:start] != " ":
            return False
        before = text[:start - 1].rsplit(None, 1)[-1:] or [""]
        maker = self._maker.match(before[0]) is not None and before[0].upper() not in self._not_makers
        made_by = text[start:end].lower() in self._made_words and self._made_by.search(text, 0, start - 1) is not None
        return ((maker or made_by)
                and not self.occurrences(before[0]))

    def _maker_before_label(self, text: str) -> bool:
        """Some capitalised word follows a maker's name: the sentence's label words are read one by one."""
        return any(self._made(text, m.start(), m.end()) for m in _CAPITALISED.finditer(text))

    def _versioned_name(self, text: str, start: int, end: int) -> bool:
        """The word stands between a brand and a release's number or a model's code ("the KilnSight Edge 5 system"):
        the product's name wherever it stands, no claim of the label."""
        return any(m.start() < start and end < m.end() for m in self._versioned.finditer(text))

    def _title_head(self, text: str) -> tuple[int, int] | None:
        """Where a title line's head is (before a tagline's dash or a town's comma): a line with no end mark, of few
        words, its head's words each capitalised ("Datenblatt AlpenSense Edge EX-400", "PlanWise AI - ...")."""
        stripped = text.strip()
        if not stripped or stripped[-1] in _END_MARKS or len(stripped.split()) > self._title_words:
            return None
        at = text.index(stripped[0])
        cut = self._separator.search(text, at)
        end = cut.start() if cut else at + len(stripped)
        capitalised = all(word[:1].isupper() or word[:1].isdigit() for word in text[at:end].split())
        return (at, end) if capitalised else None

    def _in_name(self, text: str, start: int, end: int, head: tuple[int, int]) -> bool:
        """The word in the title's head, right beside a brand or a model's code ("AlpenSense Edge EX-400")."""
        if self._named is None or start < head[0] or end > head[1]:
            return False
        before = text[head[0]:start].rstrip(" ").rsplit(None, 1)
        after = text[end:head[1]].lstrip(" ").split(None, 1)
        beside = [before[-1] if before and text[start - 1:start] == " " else "",
                  after[0] if after and text[end:end + 1] == " " else ""]
        return any(self._named.match(word) and not self.occurrences(word) for word in beside if word)


def _names_apart(text: str, shared: frozenset[str]) -> bool:
    """The sentence holds English or Romance function words and is not German: there a hyphen-joined capitalised word
    names a product ("the IIoT-Connect box"); in German, or a line too short to tell, it is a common noun's compound
    ("die Cloud-Plattform speichert", "Edge-Gerät pro Linie")."""
    said = [tokens(normalise(text))]
    rules = romance_rules()
    marked = any(w in rules.english or w in rules.markers for w in said[0] if w not in shared)
    return marked and not gloss_rules().words_are_german(said)


def _clause(lower: str, start: int, end: int) -> str:
    """The clause the word at start..end stands in: from the last comma, colon or stop before it to the next."""
    opening = max(lower.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    closing = [at for at in (lower.find(mark, end) for mark in _CLAUSE_MARKS) if at >= 0]
    return lower[opening:min(closing, default=len(lower))]


def without_unsold(sentence: Sentence, kept: list[str], names) -> Sentence:
    """The sentence with only the labels `kept`: one left with neither a label nor a buzzword, and not substance
    already, is neutral, as a sentence that never named the label."""
    buzz = sentence.buzzwords
    kind = sentence.kind if sentence.kind == "substance" or kept or buzz else "neutral"
    if kind == "neutral":
        return Sentence(sentence.text, sentence.start, sentence.end, kind, NEUTRAL_REASON, None, sentence.substance)
    return Sentence(sentence.text, sentence.start, sentence.end, kind, None, kept, sentence.substance, buzz, names)
