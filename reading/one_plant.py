"""Whether a text is written for ONE buyer's plant, by structure, as a proposal, a meeting's minutes or a chat with the
vendor is and a product page is not: it names a unit of that site ("line 3", "four presses", "your plant":
site_named.py), a unit by its code ("airlock C-104"), a count of the reader's own things ("your two melting
furnaces"), the reader's own system by its name ("your existing AVEVA", "your Veeva Vault QMS") or a day of the
project ("Date: 12 Oct", "by 20 November"). A product page names its product, "our customers" and "any plant".
Which words own, count and date is data (drafting.yaml product_page: one_plant)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .phrases import CLAUSE_END, NUMBER_WORDS, is_number
from .site_named import SiteNames

if TYPE_CHECKING:
    from .draft_pass import Pass

# a unit named by its code: a common noun, then one or two capitals, a hyphen and its number ("airlock C-104",
# "line PL-3"); not a standard ("ISA-95": three letters) nor a product's model opened by a name ("S7-1500")
_CODED = re.compile(r"\b[a-z]{3,} [A-Z]{1,2}-[0-9]{1,4}\b")
# the reader's own system by its name: "your" said inside a sentence, at most one word, then a capitalised name
# ("your Rockwell ControlLogix PLCs", "your existing AVEVA"); a heading's "Your Operations" is capitalised as a title
_OWN_NAMED = re.compile(r"(?<![A-Za-z])your(?: [a-z]+)? ([A-Z][\w-]*)((?: [A-Z][\w-]*)*)")


@dataclass(frozen=True)
class OnePlant:
    owners: frozenset[str]  # "your": whose counted things are one buyer's ("your 12 presses")
    between: int  # at most this many words between the count and the counted noun ("your 3 test benches")
    months: frozenset[str]  # "oct", "november": a day of the project
    ambiguous: frozenset[str]  # "may", "march": a month that is also a word, no date
    system_kinds: frozenset[str]  # "erp", "mes": a kind of system written in capitals, no name of the buyer's own
    people: frozenset[str] = frozenset()  # "master", "team": a capitalised name ending on one is a person's title

    @classmethod
    def from_data(cls, spec: dict, system_kinds: frozenset[str]) -> OnePlant:
        return cls(frozenset(str(w) for w in spec.get("owners", [])), int(spec.get("between", 2)),
                   frozenset(str(w) for w in spec.get("months", [])), frozenset(str(w) for w in spec.get("ambiguous", [])),
                   system_kinds, frozenset(str(w) for w in spec.get("people", [])))

    def for_no_plant(self, seen: Pass, sites: SiteNames, least: int) -> bool:
        """A text of `least` sentences or more (quiet.least: a vendor's pitch of a few lines is `described`'s to judge,
        and a clarification round reads its questions from it) that tells no site's story (Pass.told), names no offer's own term
        (Pass.offered), does not call itself a case study, says little in the past (story.told_in_past) and names
        nothing of one plant (`ties`): whatever it says is said to any plant, never "described specifically"."""
        story = seen.drafter.story
        return seen.long >= least and not seen.told and not seen.offers() and not seen.declared \
            and not story.told_in_past(seen.long, seen.past) \
            and not self.ties([s.text for s in seen.reading.sentences], seen.words, sites)

    def ties(self, texts: list[str], words: list[list[str]], sites: SiteNames) -> bool:
        """Any sentence names one plant's unit, code, counted own things, own named system or a day of the project."""
        return any(sites.names(w) or self._counted(w) or self._dated(w) for w in words) \
            or any(_CODED.search(t) or self._own_named(t) for t in texts)

    def _counted(self, words: list[str]) -> bool:
        """An owner, a count of two or more, and a plural noun soon after in its clause ("your two melting furnaces")."""
        for at, word in enumerate(words[:-1]):
            count = words[at + 1]
            if word not in self.owners or not (is_number(count) or count in NUMBER_WORDS) or count in ("1", "one"):
                continue
            for after in words[at + 2:at + 3 + self.between]:
                if after in CLAUSE_END:
                    break
                if len(after) > 3 and after.endswith("s"):
                    return True
        return False

    def _dated(self, words: list[str]) -> bool:
        """A day and its month, either way round ("12 oct", "november 19"), with no year after it: a project's calendar
        ("sends quote by 20 Oct"); a date with its year is a page's byline or a firm's history ("By Hazel Green on June
        23, 2025", "founded on February 27, 1989"). A month that is also a word ("may", "march") is no date."""
        for at, word in enumerate(words):
            if word not in self.months or word in self.ambiguous:
                continue
            before, after = words[at - 1:at], words[at + 1:at + 3]
            day_after = bool(after) and _day(after[0])
            year = after[1:2] if day_after else after[:1]
            if (day_after or any(_day(w) for w in before)) and not any(_year(w) for w in year):
                return True
        return False

    def _own_named(self, text: str) -> bool:
        """"your existing AVEVA": the reader's own system by its name; not a kind of system ("your ERP") nor a person's
        or a team's title ("your Ice Cream Master", "your Maintenance Team"), which any reader has."""
        return any(m.group(1).lower() not in self.system_kinds and self._not_title(m) for m in _OWN_NAMED.finditer(text))

    def _not_title(self, match: re.Match) -> bool:
        """Whether the capitalised name's last word is no person's title."""
        return (match.group(1) + match.group(2)).split()[-1].lower() not in self.people


def _year(word: str) -> bool:
    return len(word.rstrip(",.")) == 4 and word.rstrip(",.").isdigit()


def _day(word: str) -> bool:
    """A day of a month: 1 to 31 ("3," as a date's day is read with its comma)."""
    word = word.rstrip(",")
    return word.isdigit() and 1 <= int(word) <= 31
