"""What an offer leaves out and what it sells on top, read from its own documents (questions/drafting.yaml
`offer_extras`, walk80: the scorecard showed one option, "4 800,00 € / an a year", and none of the items the offer
excluded).

A heading of the offer's list of exclusions ("4. Non compris", "Not included:") or of its options ("5. Options",
"Optionen") opens a section that runs to the next heading (a numbered one of a higher number, or another such
heading); its bullets, its table rows, or where it has neither its short plain lines, are its items. A sentence that
says its subject is not included ("The network cabling is not included") is left out wherever it stands, and a priced
line whose first words or first cell name an option ("Option: OPT-2; ...; 6 900,00 €") is an option wherever it
stands. An option's price is its amount as written; how often it is paid ("/ an", "par an", "pro Jahr", "a year")
is said once, in the words of drafting's periods, and an option that says none is a one-off price.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting

from .draft_optional import excluded_sections, optional_sections
from .offer_prices import apart_clause, offer_prices, told_period
from .offer_sections import OfferSections
from .price_currency import currencies
from .word_regex import alternation

ONE_OFF = "one-off"
ITEMS = 12  # items read of one section: an options table or an exclusions list, never the rest of the document
ITEM_CHARS = 200  # an item longer than this is clipped: a list's item, not a page
STRAY = 4  # lines neither item nor heading (a page's footer and header) after which a bulleted list ends
PLAIN_WORDS = 30  # a plain line longer than this is prose: the list without bullets has ended
OPENING_WORDS = 4  # an option named in a line's first words ("Optional: remote support ...")
TITLE_WORDS = 4  # a heading of an unnumbered section ("Preise", "Project plan") after a list of bullets or rows
RUN_IN_LABEL = 6  # words a run-in list's label holds at most ("The following are not included in this offer")
SUBJECT_WORDS = 2  # words before "is not included" that say what is not (not "Non compris dans l'offre de base")

_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□➢►\-–—*]|\(?[a-z]\)|\d{1,2}\))\s+")
_NUMBER = re.compile(r"^\s*(?:§\s*)?(\d{1,2})(?:\.\d{1,2})*\.?\s+(?=\S)")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


@dataclass(frozen=True)
class PricedOption:
    item: str  # "OPT-1 Interface SAP Business One (OF, quantités, rebuts) via Service Layer"
    price: str  # the amount as written, its period's words taken off: "4 800,00 €"
    period: str  # "a year", "a month" or "one-off"

    def said(self) -> str:
        return f"{self.item}: {self.price} {self.period}" if self.item else f"{self.price} {self.period}"


@dataclass(frozen=True)
class Extras:
    excluded: list[str]
    options: list[PricedOption]


@dataclass(frozen=True)
class _Words:
    excluded: OfferSections  # drafting's own readers of these sections' headings (reading/offer_sections.py)
    optional: OfferSections
    says: re.Pattern
    options: re.Pattern
    periods: dict  # "a year" -> its words this reader reads beside drafting's

    def head(self, line: str) -> tuple[str, int | None] | None:
        """('excluded' | 'options' | 'other', its number) of a heading line; None for any other line. A priced line
        heads nothing ("Option: OPT-1; ...; 8 400,00 €" is an option)."""
        number = _NUMBER.match(line)
        at = int(number.group(1)) if number else None
        if offer_prices().amount.search(line) or _BULLET.match(line) and not number or _headed_row(line):
            return None  # (nor a table's row: "Opcja: O3; Opis: ...; Cena netto PLN: 5% wartości")
        if self.excluded.heads(line) or self.excluded.leads(line):
            return "excluded", at
        if self.optional.heads(line) or self.optional.leads(line):
            return "options", at
        words = line[number.end():].strip().split() if number else []
        if words and len(words) <= 8 and not line.rstrip().endswith(".") and words[0][:1].isalpha():
            return "other", at
        return None


    def run_in(self, line: str) -> list[str]:
        """The items a run-in list names after its label ("Sono esclusi: opere murarie; licenza OPC UA; ...", "Not
        included: civil works, cabling"), each clipped; [] for any other line. Its items stand after the phrase, so no
        sentence of it says what is excluded before the phrase (walk82: a long one was lost whole)."""
        label, colon, rest = line.partition(":")
        if not colon or not rest.strip() or len(label.split()) > RUN_IN_LABEL or not self.excluded.leads(label + ":"):
            return []
        return [_clip(item) for item in (part.strip(" .") for part in rest.split(";")) if item]


@lru_cache(maxsize=1)
def _words() -> _Words:
    drafting = load_drafting()
    return _Words(excluded=excluded_sections()[0], optional=optional_sections(),
                  says=_whole(drafting["offer_extras"]["excluded_says"]), options=_whole(drafting["compare_options"]),
                  periods={said: _period_words(words) for said, words in drafting["offer_extras"]["periods"].items()})


def _period_words(words) -> re.Pattern:
    """Any of a period's words, whole where it starts or ends with a letter ("/rok" after "PLN 36 000")."""
    return re.compile("|".join((r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w) + r"(?!\w)" for w in words),
                      re.IGNORECASE)


def _whole(words) -> re.Pattern:
    """Any of the words, whole: "option", not the one in "adoption"."""
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)  # every page and export of an offer reads its documents again
def extras(text: str) -> Extras:
    """The text's excluded items and priced options, each once, in the order the text gives them."""
    words, excluded, options = _words(), [], []
    lines = text.splitlines()
    sections = list(_sections(lines, words))
    inside = {at for _, opened, ats in sections for at in (opened, *ats)}
    for kind, _, ats in sections:
        for at in ats:
            if kind == "excluded":
                excluded += words.run_in(lines[at]) or [_item(lines[at])]
            elif (option := _priced(lines[at])) is not None:
                options.append(option)
    for at, line in enumerate(lines):
        if at in inside:
            continue
        if (option := _priced(line)) is not None and _names_option(line, words):
            options.append(option)
        excluded += words.run_in(line) or [_clip(_excluded_part(s, words)) for s in _SENTENCE.split(line)
                                          if _says_excluded(s, words)]
    return Extras(excluded=_once(excluded), options=list({o.said().casefold(): o for o in options}.values()))


def _sections(lines: list[str], words: _Words):
    """(kind, its heading's line number, its items' line numbers) of each exclusions or options section."""
    at = 0
    while at < len(lines):
        head, opened = words.head(lines[at]), at
        at += 1
        if not head or head[0] == "other":
            continue
        items, stray, mode = [], 0, ""
        while at < len(lines) and len(items) < ITEMS:
            line = lines[at]
            following = words.head(line) if not _BULLET.match(line) else None
            if following and _ends(head, following, mode, len(items)):
                break
            if mode in ("bullet", "row", "numbered") and _titled(line):
                break  # "Preise" after a table of options: the next section, unnumbered
            at += 1
            if not line.strip():
                continue
            bullet, row = bool(_BULLET.match(line) or _NUMBER.match(line)), _row(line)
            if bullet or row or (mode != "bullet" and len(line.split()) <= PLAIN_WORDS):
                items.append(at - 1)
                numbered = bool(_NUMBER.match(line)) and mode in ("", "numbered")
                mode = "numbered" if numbered else mode or ("bullet" if bullet else "row" if row else "plain")
                stray = 0
            elif mode == "plain" or (stray := stray + 1) > STRAY:
                break
        yield head[0], opened, items


def _ends(head: tuple[str, int | None], following: tuple[str, int | None], mode: str, items: int) -> bool:
    """The heading `following` ends the section `head` opened: another section's, or a numbered one past its own
    number ("6. Prix" after "5. Options"), not an item counting on from 1 ("1. Civil works", "2. Cabling")."""
    if following[0] != "other":
        return True
    counting = mode in ("", "numbered") and following[1] == items + 1
    return not counting and (head[1] is None or following[1] > head[1])


def _titled(line: str) -> bool:
    """A line that reads as a heading: a few words, no figure, no bullet, no cell and no sentence's end."""
    words = line.split()
    return 0 < len(words) <= TITLE_WORDS and not re.search(r"[\d;|.!?]", line) and not _BULLET.match(line) \
        and words[0][:1].isupper()


def _row(line: str) -> bool:
    """A table's row line: "Option: OPT-1; Description: ...; Prix HT: 8 400,00 €", or cells between bars or tabs."""
    return bool(re.search(r"\||\t", line)) or bool(re.match(r"[^;:]{1,40}: [^;]+(?:; [^;:]{1,40}: [^;]*)+$", line))


def _cells(line: str) -> list[str]:
    """A row's cells' values (a row line's after their headers); a line that is no row, whole."""
    if "|" in line or "\t" in line:
        return [c.strip() for c in re.split(r"\||\t", line) if c.strip()]
    if _row(line):
        return [cell.partition(": ")[2].strip() for cell in line.split("; ")]
    return [line.strip()]


def _item(line: str) -> str:
    """A list's item as one line: its bullet or number off, a row's cells joined."""
    return _clip(" — ".join(c for c in _cells(_NUMBER.sub("", _BULLET.sub("", line))) if c))


def _headed_row(line: str) -> bool:
    """A table's row line with its headers ("Opcja: O1; Opis: ...; Cena netto PLN: 78 000")."""
    return "|" not in line and "\t" not in line and _row(line)


def _priced(line: str) -> PricedOption | None:
    """A line that prices something: the words that are not its price, its last amount, and how often it is paid. A
    bare figure under a header naming its currency ("Cena netto PLN: 78 000", "Preis EUR: 4.800 / Jahr") is an amount
    in it (walk81's options list gave no priced option)."""
    amount = offer_prices().amount
    cells = _cells(_BULLET.sub("", currency_told(line)))
    priced = [c for c in cells if amount.search(c)]
    if not priced:
        return None
    cell = priced[-1]
    found = list(amount.finditer(cell))[-1]
    rest = [c for c in cells if c is not cell]
    item = " ".join([*rest, cell[:found.start()]]) if len(cells) > 1 else cell[:found.start()]
    item = re.sub(r"[\s:;,=–—-]+$", "", " ".join(item.split()))
    period = _period(cell[found.end():]) or _period(item) or ONE_OFF
    return PricedOption(item=_clip(item), price=found.group().strip(), period=period)


def currency_told(line: str) -> str:
    """The line with each bare figure after a label naming one currency ("Cena netto PLN: 78 000", a row's cell or a
    sentence's) written after that currency's code: "Cena netto PLN: PLN 78 000"."""
    return _LABELLED.sub(_coded, line) if ":" in line else line


_LABELLED = re.compile(r"(?P<head>[^;:|\n]{1,40}):[ \u00a0]*(?P<figure>\d[\d.,'\u00a0]*(?<=\d)(?: \d{3}(?!\d))*(?:,-)?)"
                       r"(?![\d%])")


def _coded(found: re.Match) -> str:
    told = currencies().told(found.group("head"))
    if len(told) != 1:
        return found.group()
    return f"{found.group('head')}: {told[0]} {found.group('figure')}"


def _period(text: str) -> str:
    """How often an option's price is paid: drafting's periods, or this reader's words of the languages they lack
    (`offer_extras: periods`: "36 000 / rok", "rocznie")."""
    said = told_period(text)
    if said:
        return said
    text = re.sub(r"/\s+(?=[^\W\d_])", "/", text)
    return next((period for period, words in _words().periods.items() if words.search(text)), "")


def _names_option(line: str, words: _Words) -> bool:
    """An option's line: a row's header or its first cell ("Pos: O1; Option: ...", "Partida: Option B - ..."), or
    a line's first words ("Optional: remote support ..."), name one."""
    if _row(line) and "|" not in line and "\t" not in line:
        cells = [cell.partition(": ") for cell in _BULLET.sub("", line).split("; ")]
        named = [head for head, _, _ in cells] + [cells[0][2]]
    else:
        named = [" ".join(_BULLET.sub("", line).split()[:OPENING_WORDS])]
    return any(words.options.search(said) for said in named)


def _excluded_part(sentence: str, words: _Words) -> str:
    """The clause that says what is excluded where it names its own subject ("..., hardware and onboarding quoted
    separately"), else the sentence."""
    span = apart_clause(sentence, words.says.search(sentence))
    return sentence[span[0]:span[1]].strip(" ,;.") if span else sentence


def _says_excluded(sentence: str, words: _Words) -> bool:
    """A sentence that says its subject is not included: words before the phrase that say what."""
    said = words.says.search(sentence)
    return bool(said) and len(re.findall(r"\w+", sentence[:said.start()])) >= SUBJECT_WORDS


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= ITEM_CHARS else text[:ITEM_CHARS - 1].rstrip() + "…"


def _once(items: list[str]) -> list[str]:
    """Each item once: one another item holds whole is left out (the sentence under the heading, read again)."""
    kept = [i for i in dict.fromkeys(i for i in items if i)]
    return [i for i in kept if not any(i != o and i.casefold().rstrip(".") in o.casefold() for o in kept)]
