"""The contract terms a document states (questions/terms.yaml, walk81): its warranty, acceptance, liability, payment,
term and renewal, and whose the plant's data is, each as its sentence states it, with the length or share it gives;
and whether the sentence works against the buyer (acceptance deemed given by silence, the vendor owning or using the
plant's data, liability capped below the order value, a contract that renews itself).

A sentence is of a kind where it holds one of the kind's words that is not a point in time the sentence counts from
("within 12 months from acceptance" states no acceptance term). Lines are joined into sentences first: a scan or a
PDF breaks "Gwarancja:" from "24 miesiące na sprzęt" at a line's end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting, load_terms

from .money_written import grouped, style
from .offer_prices import offer_prices
from .quantities import quantities
from .word_regex import alternation

QUOTE_CHARS = 220  # a term's sentence longer than this is clipped: a clause, not a page
FULL_SHARE = 100.0  # a liability cap below this share of the order value works against the buyer
OPENING_WORDS = 4  # an option named in a line's or a sentence's first words is sold on top, no term of the offer
_NUMBER = r"(\d{1,4}(?:[.,]\d{1,2})?)"
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□➢►\-–—*]|\(?[a-z0-9]{1,2}[.)]|[§$]\s*\d+\.?)\s+")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[^\W\d_]|\d+[.)]\s|[§$(„“\"])|(?<=\.)\s+(?=\d+\.?\s)")
_SHARE = re.compile(_NUMBER + r"\s*(?:%|percent\b|per cent\b|procent\w*|prozent\b|por ciento\b|pour cent\b|per cento\b)",
                    re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    kind: str  # terms.yaml kind id: "warranty"
    quote: str  # its sentence, as the document states it
    length: tuple[float, str] | None  # (24, "months"), the first length the sentence states
    shares: tuple[float, ...]  # (50.0,) for "50 %"; (30.0, 60.0, 10.0) for a payment's instalments
    against: bool  # the sentence works against the buyer (terms.yaml `against`)
    shares_first: bool = False  # its kind shows its shares before its length (a payment's instalments)
    amount: tuple[str, float] | None = None  # ("EUR", 50000.0): a cap stated as money, no share of the order value
    written: str = ""  # the amount as the sentence writes its money's figures: "EUR 50.000"

    @property
    def share(self) -> float | None:
        """The smallest share the sentence states: a cap's."""
        return min(self.shares) if self.shares else None

    def value(self) -> str:
        """The term's figure in words: "24 months", "10 working days", "50 %", "30 % / 60 % / 10 %"; "" for none."""
        shares = " / ".join(f"{s:g} %" for s in self.shares)
        if self.amount and not shares:
            return self.written
        if self.length and not (self.shares_first and shares):
            number, unit = self.length
            return f"{number:g} {unit}"
        return shares

    def days(self) -> float | None:
        """The length in days, to compare two documents' (a month 30, a year 360: "12 months" is "1 year")."""
        if not self.length:
            return None
        number, unit = self.length
        return number * {"year": 360, "month": 30, "week": 7}.get(unit.split()[-1].rstrip("s"), 1)


@dataclass(frozen=True)
class _Kind:
    id: str
    words: re.Pattern
    shows: str
    needs: re.Pattern | None
    capped: re.Pattern | None
    against: re.Pattern | None
    lengths: tuple[str, ...]  # the units its length is counted in; () any
    milestone: bool  # a share before its word makes the sentence a payment's milestone, no term of this kind


def words_of(words) -> re.Pattern:
    """The words, whole, any case; one ending in * with any ending ("gwarancj*")."""
    return re.compile(rf"(?<![\w-])(?:{_any_of(words)})(?!\w)", re.IGNORECASE)


def _any_of(words) -> str:
    """An alternation of the words as written and of the stems of those ending in *."""
    spelled = [w for w in words if not str(w).endswith("*")]
    stems = [str(w)[:-1] for w in words if str(w).endswith("*")]
    return f"(?:{alternation(spelled, spaced=True)})" + (rf"|(?:{alternation(stems, spaced=True)})\w*" if stems else "")


@lru_cache(maxsize=1)
def _kinds() -> tuple[list[_Kind], re.Pattern, re.Pattern, dict[str, str], re.Pattern]:
    spec = load_terms()
    against = spec["against"]
    kinds = [_Kind(id=k["id"], words=words_of(k["words"]), shows=k.get("shows", ""),
                   needs=words_of(k["needs"]) if k.get("needs") else None,
                   capped=words_of(k["capped"]) if k.get("capped") else None,
                   against=words_of(against[k["id"]]["words"]) if against.get(k["id"], {}).get("words") else None,
                   lengths=tuple(k.get("lengths", ())), milestone=bool(k.get("milestone")))
             for k in spec["kinds"]]
    units = {name: words for name, words in spec["units"].items() if name != "working"}
    unit_of = {}
    for name, words in units.items():
        unit_of.update({str(w).casefold(): name for w in words})
    every = [w for words in units.values() for w in words]
    length = re.compile(rf"{_NUMBER}\s*(?:-\s*)?({_any_of(every)})(?!\w)", re.IGNORECASE)
    article = rf"(?:(?:{alternation(spec['articles'])})\s*)?"
    since = re.compile(rf"(?<!\w)(?:{alternation(spec['since'])})\s+{article}$", re.IGNORECASE)
    return kinds, length, since, unit_of, words_of(spec["units"]["working"])


@lru_cache(maxsize=64)  # every page and export of an offer reads its documents again
def terms(text: str) -> tuple[Term, ...]:
    """The text's contract terms, in its order: each sentence once for each kind it states."""
    kinds, found = _kinds()[0], []
    for sentence in sentences(text):
        if _sold(sentence):
            continue
        for kind in kinds:
            term = _term(kind, sentence)
            if term is not None:
                found.append(term)
    return tuple(found)


def said_of(text: str, kind_id: str) -> tuple[Term, ...]:
    """Each sentence of the text on a term of this kind, whatever figure it gives or lacks: what a reply says of a term
    the letter asked about ("Acceptance will require your signed acceptance report", "we raise the cap to the full
    order value"), its length, share, amount and whether it still works against the buyer."""
    kind = next(k for k in _kinds()[0] if k.id == kind_id)
    said = [(sentence, _term(kind, sentence, shown=False)) for sentence in sentences(text)]
    return tuple(term for _, term in said if term is not None)


def _sold(sentence: str) -> bool:
    """A sentence of an option sold on top ("Opcja: O3; Opis: Rozszerzenie gwarancji do 36 miesięcy", "Options: ...
    O3 warranty extension to 36 months") or of a priced row: what it buys, no term of the offer."""
    return bool(_options().search(" ".join(sentence.split()[:OPENING_WORDS]))) or _priced_row(sentence)


def _priced_row(line: str) -> bool:
    """A table's row that prices something: cells between bars or tabs, or "Item: ...; Price: ..." pairs."""
    return bool(re.search(r"\||\t|:[^;]*;[^:]*:", line)) and bool(offer_prices().amount.search(line))


@lru_cache(maxsize=1)
def _options() -> re.Pattern:
    return words_of(load_drafting()["compare_options"])


def sentences(text: str) -> list[str]:
    """The text's sentences, its lines joined where a sentence runs on over a line's end; a bullet or a numbered
    item starts its own. A table's row stays whole: its cells are one line of one thing."""
    paragraphs, lines = [], []
    for line in text.splitlines():
        line = line.strip()
        if not line or _BULLET.match(line) or (lines and _ends(lines[-1])):
            if lines:
                paragraphs.append(" ".join(lines))
            lines = []
        if line:
            lines.append(line)
    if lines:
        paragraphs.append(" ".join(lines))
    return [s.strip() for p in paragraphs for s in ([p] if _row(p) else _SENTENCE.split(p)) if s.strip()]


def _row(line: str) -> bool:
    return bool(re.search(r"\||\t", line) or re.match(r"[^;:]{1,40}: [^;]+(?:; [^;:]{1,40}: [^;]*)+$", line))


def _ends(line: str) -> bool:
    """A line after which the next starts a new sentence: one ending a sentence, or a short heading."""
    return line.endswith((".", "!", "?")) or (len(line.split()) <= 4 and not line.endswith((":", ",", "–", "-")))


def _term(kind: _Kind, sentence: str, shown: bool = True) -> Term | None:
    """The sentence's term of this kind; None where it states none (no length or share it shows, no word of it; with
    `shown` False, only no word of it)."""
    since = _kinds()[2]
    at = [m for m in kind.words.finditer(sentence) if not since.search(sentence[:m.start()])
          and not (kind.milestone and _SHARE.search(sentence[:m.start()]))]
    against = bool(at and kind.against and kind.against.search(sentence))
    if not at or shown and kind.needs is not None and not (kind.needs.search(sentence) or against):
        return None
    start = at[0].start()
    length = _length(sentence, start, kind.lengths)
    shares = tuple(float(m.group(1).replace(",", ".")) for m in _SHARE.finditer(sentence, start))
    share = min(shares) if shares else None
    amount = None
    if kind.capped is not None:  # a liability capped below the whole order value
        capped = bool(kind.capped.search(sentence))
        against = capped and share is not None and share < FULL_SHARE
        # a cap in money is weighed against the offer's price where the offer is costed (scoring/contract_terms.py)
        amount = _amount(sentence, start) if share is None else None
        if shown and not (capped or share is not None):
            return None
    elif shown and not against and not _shows(kind.shows, length, share, kind.needs is not None):
        return None
    return Term(kind=kind.id, quote=_clip(sentence), length=length, shares=shares, against=against,
                shares_first=kind.shows.startswith("share"), amount=amount,
                written=f"{amount[0]} {grouped(amount[1], style(sentence))}" if amount else "")


def _amount(sentence: str, start: int) -> tuple[str, float] | None:
    """The least sum of money stated after the term's word ("limited to EUR 50,000", "auf 50.000 € begrenzt"): a cap's,
    in its currency's code."""
    money = [(q.unit, q.value) for q in quantities(sentence[start:]) if q.kind == "currency" and q.unit.isalpha()]
    return min(money, key=lambda m: m[1]) if money else None


def _shows(shows: str, length, share, needed: bool) -> bool:
    """A sentence states the term where it gives what its kind shows: a length, a share; one whose words are
    `needs` (whose data it is) by those words alone."""
    return needed or ("length" in shows and length is not None) or ("share" in shows and share is not None)


def _length(sentence: str, start: int, units: tuple[str, ...]) -> tuple[float, str] | None:
    """The first length after the term's word, or right before it ("24-month warranty", "12 Monate Gewährleistung"),
    in one of `units` where the kind names any."""
    _, length_of, _, unit_of, working = _kinds()
    for m in length_of.finditer(sentence):
        if m.start() < start and start - m.end() > 3:
            continue
        word = m.group(2).casefold()
        unit = unit_of.get(word) or next((u for w, u in unit_of.items() if w.endswith("*") and word.startswith(w[:-1])),
                                         "days")
        if units and unit not in units:
            continue
        number = float(m.group(1).replace(",", "."))
        if unit == "days" and working.search(sentence[m.start():m.end() + 14]):
            unit = "working days"
        return number, unit[:-1] if number == 1 else unit
    return None


def _clip(text: str) -> str:
    text = " ".join(text.split()).rstrip(";,:")
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1].rstrip() + "…"
