"""Which lines of a whole offer stand in one of its sections of options ("7. Optional items", "Optionen") or of what it
leaves out ("5. Exclusions", "The following are not included in this offer:"): one reader, whose lines every use of
such a section takes (draft_optional.py: options offered to check, options and links dropped; draft_text.py: no text
answer quotes them; draft_excluded_links.py: the links an exclusions list names).

A section opens on a heading: a line of at most `longest` words ending on no stop (or, where the section reads
`role_headings`, one the role reader reads as a heading), that opens on one of its phrases after its number or numbered
label ("6. Exclusions", "SECTION 3 — NOT INCLUDED / CUSTOMER RESPONSIBILITIES"), or holds one of its `marks` ("Phase 2
(indicative)"); it runs to the next heading. Where the section reads `lists`, a line ending on its colon that holds one of
the phrases outside brackets leads a list ("Ne sont pas compris dans la présente offre :", "Not included:"): its bulleted
items, with a wrapped item's next line, up to the first line that is none; where no item opens it, up to the next
heading. A section ends on the offer's next heading: one the role reader reads (not a table's header row right under the
section's heading), a numbered one ("6 KPI guarantee: scrap rate", "5 Preise"), or the heading of a section of the other
kind ("4 Optionen / Phase 2" after "3 Nicht im Lieferumfang"). A numbered item counting on from 1 under the heading ("1.
Interface to SAP ECC", "2. Civil works") is an item of the section, not the next one. A line sold apart from the offer
(`apart`) is read wherever it stands: "Optional: 24/7 remote support by our partner Servotek, EUR 4,800/year"; and where
the section reads `inline`, a line that names its items after such a label and its colon is the section itself:
"Exclusions: interface to your SAP ERP, civil works."."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .page_lines import SECTION_NUMBER
from .phrases import normalise, tokens

if TYPE_CHECKING:
    from .roles import Role

ITEM = re.compile(r"\s*(?:[-–*+•◦▪‣●○■□]|\(?(?:\d{1,2}|[a-z])[.)])\s")  # "• Network cabling", "- ", "a) ", "1. "
_BULLET = re.compile(r"[-–*+•◦▪‣●○■□]\s")  # a bulleted item, no heading
_COUNTED = re.compile(r"\s*\(?(\d{1,2})[.)]\s+\S")  # "1. Civil works", "2) ...": an item's number
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")  # "Prices (VAT excluded):" names no list left out
_PARTS = re.compile(r"\s*(?:[/:|–—]|\s-\s)\s*")  # a heading's parts: "SECTION 3 — NOT INCLUDED / ..."
_STOPS = (".", "!", "?", ";")
_TABLE = re.compile(r"\S\s*\|\s*\S")  # a pasted table's line: cells between bars


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokens(normalise(str(p)))) for p in items)


def _words(text: str) -> list[str]:
    return [w for w in tokens(normalise(text)) if w.isalnum() or "'" in w]


def _opens(words: Sequence[str], phrases) -> bool:
    return any(tuple(words[:len(p)]) == p for p in phrases)


def _holds(words: Sequence[str], phrases) -> bool:
    firsts = {p[0] for p in phrases if p}  # a phrase is looked for only where its first word stands
    return any(_opens(words[at:], phrases) for at, word in enumerate(words) if word in firsts)


@dataclass(frozen=True)
class OfferSections:
    opens: tuple[tuple[str, ...], ...]  # a heading opening on one names the section ("Optional items", "Exclusions")
    marks: frozenset[str]  # ... and one holding one of these a later phase offered apart ("Phase 2 (indicative)")
    longest: int  # words: a longer line is a sentence, no heading
    lists: bool = False  # a line ending on its colon that holds one of `opens` leads a list
    headed: bool = False  # a line the role reader reads as a heading may be longer than `longest`
    sold_apart: tuple[tuple[str, ...], ...] = ()  # a line holding one is sold apart from the offer ("quoted separately")
    inline: bool = False  # a line whose label before its colon opens on a phrase is the section, its items after it

    @classmethod
    def from_data(cls, data: dict) -> OfferSections:
        return cls(_phrases(data.get("opens", [])), frozenset(str(w).lower() for w in data.get("marks", [])),
                   int(data.get("longest", 8)), bool(data.get("lists", False)), bool(data.get("role_headings", False)),
                   _phrases(data.get("apart", [])), bool(data.get("inline", False)))

    def heads(self, text: str, heading: bool = False) -> bool:
        """The line is such a section's heading, or ends on one after its number (a page's running head set before
        it: "... www.visiotec-pruef.de 5 Exclusions"): short (or read as a heading: `heading`), ending on no stop, a part
        opening on one of the phrases, or naming one offered apart. A line leading a list is none (`leads`)."""
        line = text.strip()
        if self.leads(line) or _BULLET.match(line):  # "- Instandhaltungsmodul (optional, siehe Punkt 5)": an item
            return False
        return self._heads(line, heading) or any(self._heads(tail, heading) for tail in _numbered(line))

    def _heads(self, line: str, heading: bool) -> bool:
        words = _words(line)
        while words and words[0].isdigit():  # its number: "6. Exclusions"
            words = words[1:]
        if not words or len(words) > self.longest and not (heading and self.headed) or line.endswith(_STOPS):
            return False
        return _opens(words, self.opens) or _opens(self._named(line), self.opens) or not self.marks.isdisjoint(words)

    @staticmethod
    def _named(line: str) -> list[str]:
        """The words of a heading after its numbered label, set apart by a dash, a bar or a colon ("SECTION 3 — NOT
        INCLUDED / CUSTOMER RESPONSIBILITIES", "Teil 4: Nicht im Lieferumfang"): what the heading names first."""
        parts = [words for words in map(_words, _PARTS.split(line)) if words]
        while len(parts) > 1 and len(parts[0]) <= 2 and any(w.isdigit() for w in parts[0]):
            parts.pop(0)
        return parts[0] if parts else []

    def leads(self, text: str) -> bool:
        """The line leads a list of the section's items: it ends on its colon and holds one of the phrases outside
        brackets ("The following are not included in this offer:", "Exclusions:"; not "Prices (VAT excluded):")."""
        line = text.strip()
        return self.lists and line.endswith(":") and _holds(_words(_BRACKETED.sub(" ", line)), self.opens)

    def apart(self, text: str) -> bool:
        """The line, wherever it stands, names what is sold apart from the offer: its label before its colon opens on
        one of the phrases ("Optional: 24/7 remote support by our partner Servotek, EUR 4,800/year", "Option B:
        remote analyst service"), or it holds one of `sold_apart` ("under a separate contract with our partner")."""
        if not self.sold_apart:
            return False
        label, colon, _rest = ITEM.sub("", text.strip(), count=1).partition(":")
        words = _words(label)
        return bool(colon) and 0 < len(words) <= _LABEL_WORDS and _opens(words, self.opens) \
            or _holds(_words(text), self.sold_apart)

    def labelled(self, text: str) -> bool:
        """The line's label before its colon opens on one of the phrases, its items after it on the same line
        ("Exclusions: interface to your SAP ERP, civil works.", "Not included: interface to SAP"; not a lead-in, `leads`)."""
        label, colon, rest = ITEM.sub("", text.strip(), count=1).partition(":")
        words = _words(label)
        return bool(colon and rest.strip()) and 0 < len(words) <= self.longest and _opens(words, self.opens)

    def lists_at(self, text: str, at: int, memo: dict | None = None) -> bool:
        """The line of `text` that offset `at` stands in is an item of a list right under such a heading or lead-in,
        read in the text alone, with no role reader ("Exclusions" / "- AI quality module"): walking back over the
        list's items, their wrapped lines and blank lines to the first other line, that line heads or leads one.
        `memo`, one text's: each line's answer and each line's heading read once (the sentences of a line, a list's
        items walking back over the same lines)."""
        start = text.rfind("\n", 0, at) + 1
        memo = {} if memo is None else memo
        if start not in memo:
            memo[start] = self._lists_at(text, start, memo)
        return memo[start]

    def _lists_at(self, text: str, start: int, memo: dict) -> bool:
        if not ITEM.match(text, start):
            return False
        while start:
            start = text.rfind("\n", 0, start - 1) + 1
            line = text[start:text.find("\n", start)].strip()
            if line not in memo:
                memo[line] = self.heads(line) or self.leads(line)
            if memo[line]:
                return True
            if line and not ITEM.match(line) and not _wrapped(line):
                return False
        return False

    def named_in(self, text: str) -> bool:
        """Some line of `text` heads or leads such a section (text_reuse.py reads such a text whole)."""
        return any(self.heads(line) or self.leads(line) for line in text.split("\n")
                   if len(line.split()) <= self.longest or line.rstrip().endswith(":"))

    def _closes(self, text: str) -> bool:
        return _numbered_head(text) or any(
            len(tail.split()) <= self.longest and not any(c.isdigit() for c in tail) for tail in _numbered(text.strip()))

    def at(self, texts: Sequence[str], roles: Sequence["Role"], apart: OfferSections | None = None) -> list[int]:
        """The indices of the lines under such a heading, up to the next heading (a line the role reader reads as one,
        the offer's next numbered section, or a heading of `apart`, the other kind), or in a list a lead-in opens.
        Read once per draft: its answers ask for the same lines of the same roles several times (_AT)."""
        said, headings = tuple(texts), tuple(bool(role.heading) for role in roles)
        key = (id(self), id(apart), id(roles))
        known = _AT.get(key)
        if known is None or known[3:5] != (said, headings):
            while len(_AT) >= _AT_KEPT:
                _AT.pop(next(iter(_AT), None), None)  # the oldest
            known = _AT[key] = (self, apart, roles, said, headings, tuple(self._at(said, roles, apart)))
        return list(known[5])

    def _at(self, texts: Sequence[str], roles: Sequence["Role"], apart: OfferSections | None) -> list[int]:
        out, inside, bullets, counted, fresh = [], False, None, 0, False  # bullets: None under a heading, False before a list's first line
        read: dict[tuple[str, bool], tuple[bool, ...]] = {}  # a 100-page offer says its running lines on every page
        for i, (text, role) in enumerate(zip(texts, roles)):
            key = (text, bool(role.heading))
            if key not in read:
                read[key] = (self.heads(text, role.heading), self.leads(text), self._closes(text),
                             apart is not None and (apart.heads(text, role.heading) or apart.leads(text)))
            heads, leads, closes, other = read[key]
            if not inside and self.inline and self.labelled(text):  # "Exclusions: interface to SAP, civil works."
                out.append(i)
                continue
            if heads or leads:
                inside, bullets, counted, fresh = True, (None if heads else False), 0, True
                continue
            number = _COUNTED.match(text)
            if inside and number and int(number.group(1)) == counted + 1:  # "1. Civil works", "2. ...": an item
                counted = int(number.group(1))
            elif fresh and role.heading and _TABLE.search(text):  # "Pos. | Description | Price": the section's table
                pass
            elif role.heading or closes or other:
                inside = False
            fresh = False
            if inside and bullets is False:  # a lead-in's list: bulleted items if its first line is one
                bullets = True if ITEM.match(text) else None
            elif inside and bullets and not ITEM.match(text) and not _wrapped(text):
                inside = False  # the line after the list's last item (and its wrapped lines)
            if inside:
                out.append(i)
        return out

    def lines(self, texts: Sequence[str], roles: Sequence["Role"], apart: OfferSections | None = None) -> frozenset[str]:
        """The texts of the lines `at` finds."""
        return frozenset(texts[i] for i in self.at(texts, roles, apart))


# (id(sections), id(apart), id(roles)) -> (sections, apart, roles, texts, headings, indices): the objects are held, so no
# id is reused while kept; a draft's roles are a list of its own, so a draft never reads another's lines
_AT: dict[tuple[int, int, int], tuple] = {}
_AT_KEPT = 8


def _wrapped(text: str) -> bool:
    """A bulleted item's next line, wrapped: it goes on in lower case or in brackets ("(JDF/JMF), every 30 s")."""
    first = text.lstrip()[:1]
    return first.islower() or first in "(["


_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.?\s+([A-ZÀ-Þ][^.!?;]*)$")  # "5 Exclusions", "3.1 AI defect ..."


def _numbered(line: str) -> list[str]:
    """A numbered heading's words where the line ends on one: its number, then a capital and no stop to the end."""
    found = _NUMBERED.search(line)
    return [found.group(1).strip()] if found and not line.endswith(_STOPS) else []


def _numbered_head(text: str) -> bool:
    """A section's number and a few words with no figure and no stop ("5 Preise", "3 Nicht im Lieferumfang"): a heading
    of the offer's own, however the role reader reads it (an item "1. Energy meters: 6,900 EUR" is none)."""
    words = tokens(normalise(text.strip()))
    return 1 < len(words) <= _HEAD_WORDS + 1 and bool(SECTION_NUMBER.fullmatch(words[0])) \
        and all(w.isalpha() for w in words[1:]) and not text.strip().endswith((*_STOPS, ":"))


_HEAD_WORDS = 4  # words after its number a numbered section's heading holds at most
_LABEL_WORDS = 3  # words a line's label before its colon holds at most ("Optional extras:", "Option B:")
