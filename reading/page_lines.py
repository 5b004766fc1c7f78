"""Page text read from its shape: a heading and the role it gives the lines under it ("The challenge",
"Results at the Zwickau plant"), the page's title and deck, a news headline, a label heading ("About the
Vendor:"), datelines, bylines and captions. None of them claims anything; a heading carries a role down.
The cues and sizes are data: drafting.yaml roles (headings, headings_last, headline)."""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from proposals.tables import row_cells

from .phrases import PhraseSet, normalise, tokens
from .testimonials import Testimonials

_MAX_HEADING_WORDS = 7
_MAX_FURNITURE_WORDS = 10
_MAX_RECORD_LABEL = 3  # "Interfaces:", "Operating temperature:", "Max. data rate:"
_MAX_CAPTION_WORDS = 20  # "Figure 2: ..." or "The picture above shows ...": a caption is short
_LIST_MARKS = frozenset("-•*–▪·")  # a line opening with one is a list's item
# lines of a German text being read (draft_pass.py): German capitalises every noun, so their capitals tell no title case
_NOUNS_CAPITALISED: ContextVar[frozenset[str]] = ContextVar("nouns_capitalised", default=frozenset())


@contextmanager
def nouns_capitalised(lines):
    """While reading roles, `lines` (a German text's, as written) are read as an English line in sentence case would
    be: "Vibrationssensoren (MEMS 3-Achsen):" is "Vibration sensors (MEMS 3-axis):", no label heading; "Die
    Kurzschlussfinder im Netz der Stadtwerke Wolfhagen ..." no news headline. Per draft, so one reader serves all."""
    token = _NOUNS_CAPITALISED.set(frozenset(lines))
    try:
        yield
    finally:
        _NOUNS_CAPITALISED.reset(token)
NUMBERED = "numbered"  # an offer's numbered heading with no cue ("3 Preise", "2.4 Betrieb"): it closes a before-state
SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")  # "1", "2.1", "3.": a section's number, no year nor postcode


class PageLines:
    """Compiled heading and headline cues; `plain` is the role a heading with no cue gives its lines."""

    def __init__(self, data: dict, plain: str):
        self.plain = plain
        self.testimonial = Testimonials(data).signed  # another customer's quoted words, signed by title and trade
        self.headings = {kind: _set(words) for kind, words in data["headings"].items()}
        # cues that end a heading ("Project Background", "The Customer's Challenge")
        self.headings_last = {kind: _set(words) for kind, words in data.get("headings_last", {}).items()}
        self.section_words = frozenset(data.get("heading_numbers", []))  # "SECTION 1 — WHAT WE HEARD", "Kapitel 2"
        self.parts = frozenset(data.get("architecture_parts", []))  # "AI layer", "KI-Schicht": a diagram's box
        self.part_words = int(data.get("architecture_words", 0))
        headline = data.get("headline", {})
        self.headline_spec = {"min_words": int(headline.get("min_words", 10**6)),
                              "capitalised": float(headline.get("capitalised", 1)),
                              "first_line_words": int(headline.get("first_line_words", 10**6)),
                              "small_words": frozenset(map(str, headline.get("small_words", [])))}

    def heading(self, text: str, words: list[str]) -> tuple[str | None, bool]:
        """The role a heading line gives the lines under it (None when the line is no heading), and
        whether a heading cue said so. A numbered heading ("1 Ausgangslage", "SECTION 1 — WHAT WE HEARD") is read
        past its number, by a cue only; a glossed one by its written words too ("Ist-Zustand", "Contexte")."""
        stripped = text.strip()
        at = self.numbered(words)
        if not words or len(words) - at > _MAX_HEADING_WORDS or stripped[-1:] in ".!?;," or not (
                at or stripped[:1].isalpha()):
            return None, False
        if row_cells(stripped):  # a short table row ("Signal: Temp; Unit: °C") heads nothing
            return None, False
        for said in (words, tokens(normalise(text))):
            cued = self._cued([w for w in said[self.numbered(said):] if w not in ":"])
            if cued:
                return cued, True
        plain = not at and stripped[:1].isupper() and stripped[-1:] != ":" and not any(c.isdigit() for c in stripped)
        return (self.plain if plain else None), False

    def _cued(self, key: list[str]) -> str | None:
        """The kind a heading cue gives the words: the heading's first words say it ("Challenges specific to food
        plants", "Results at the Zwickau plant"; the longest cue at the start wins), or its last ("Project Background")."""
        starts = [(end, kind) for kind, cues in self.headings.items() for start, end, _ in cues.find(key) if start == 0]
        ends = [(end - start, kind) for kind, cues in self.headings_last.items() for start, end, _ in cues.find(key)
                if end == len(key)]
        return max(starts)[1] if starts else max(ends)[1] if ends else None

    def numbered(self, words: list[str]) -> int:
        """How many words a heading's number takes ("2.1", "section 1"), when words follow it; 0 for none."""
        at = int(bool(words) and words[0] in self.section_words)
        return at + 1 if len(words) > at + 1 and SECTION_NUMBER.fullmatch(words[at]) and words[at + 1][:1].isalpha() else 0

    def run_on(self, text: str) -> str | None:
        """The role a cued heading pasted onto its first line gives ("The Scenario Before: When the Warehouse
        Depends on Memory LogiStore provides ..."): it heads the lines under it. None for a label of its own
        line only ("Problem: scratches reach your customer.")."""
        label, colon, rest = text.partition(": ")
        words = tokens(normalise(text))
        if self.numbered(words) and len(words) <= _MAX_HEADING_WORDS + 2 and text.strip()[-1:] not in ".!?;,":
            return NUMBERED  # "3 Preise", "2.4 Betrieb, Zugang, Daten": a section of the offer's own follows
        if not colon or not rest.strip() or not _title_case(label):
            return None
        heading, cued = self.heading(label, tokens(normalise(label)))
        return heading if cued else None

    @staticmethod
    def furniture(text: str, words: list[str], cues: dict[str, list[tuple[int, int]]]) -> bool:
        """Page text: a short line with a furniture cue, a short dateline or byline with no end mark, or a
        caption (its cue opens the line)."""
        short = len(words) <= _MAX_FURNITURE_WORDS
        return (short and bool(cues["furniture"])
                or short and bool(cues["dateline"]) and text.rstrip()[-1:] not in ".!?"
                or any(start == 0 for start, _end in cues["caption"]) and len(words) <= _MAX_CAPTION_WORDS)

    def diagram(self, texts: list[str], words: list[list[str]]) -> frozenset[str]:
        """The headings of a text that name parts of the system's architecture, where it names two or more ("AI
        layer", "Predictive analytics module", "Warstwa AI"): the boxes of a diagram, page furniture. One such line
        alone may be a page's or an offer's name for what it sells ("Batch Tracing Module")."""
        parts = {text for text, said in zip(texts, words) if self._part(text, said)}
        return frozenset(parts) if len(parts) > 1 else frozenset()

    def _part(self, text: str, words: list[str]) -> bool:
        """A heading of a few words whose first or last word, in drafting's words or as written, is a layer, tier or
        module: no list's item ("- Predictive analytics module" is offered)."""
        if not words or len(words) > self.part_words or text.lstrip()[:1] in _LIST_MARKS:
            return False
        written = tokens(normalise(text))
        ends = {words[0], words[-1], *(written[:1] + written[-1:])}
        return not self.parts.isdisjoint(ends) and self.heading(text, words)[0] is not None

    def title(self, text: str, words: list[str]) -> bool:
        """A line in the page's head that is its title or its deck: no end mark and no label mark ("Dairy plant
        updated with a code rewrite, minimal downtime"), or, with a colon, in title case ("The Connected Worker
        Dashboard: What Operators Need"; not "Proposal: monitoring of PM 2")."""
        least = self.headline_spec["first_line_words"]
        if _unmarked(text, words, least):
            return True
        return _unmarked(text.replace(":", " "), words, least) and self._capitalised(text) and not _record(text)

    def short_title(self, text: str, words: list[str]) -> bool:
        """A short line of the page's head in title case with no end mark ("ML4Industry Energy Blog", "Batch
        Tracing Module"): the site's or the product's name, a page line. It may name what a page or an offer
        offers, but no deed of one site's story (Drafter._headings)."""
        return _unmarked(text, words, 2) and self._capitalised(text)

    def labelled_title(self, text: str, words: list[str]) -> bool:
        """A line of the page's head set as "topic: story" with no end mark ("Cheese maker cuts waste by 30%:
        a case study"): a title, in sentence case or not. It names no deed of the product; as a page line it
        may still name the problem its story cut (roles.page_lines_may_draft)."""
        label, colon, rest = text.strip().partition(": ")
        return (bool(colon) and len(label.split()) >= 2 and len(rest.split()) >= 2 and not row_cells(text.strip())
                and _unmarked(text.replace(":", " "), words, self.headline_spec["first_line_words"]))

    def headline(self, text: str, words: list[str]) -> bool:
        """A news headline ("Dairy Plant Provides Early Warning With New Sensors"): a line as long as a
        sentence, in title case, with no end mark and no label or table mark. It names the story the text
        tells, no deed of its own; a shorter one heads a section or names a product, whose page claims it. Not a
        list's item ("• Schulung Ihrer Prüfer und Qualitätsingenieure (2 Tage)": German writes its nouns capitalised)."""
        return _unmarked(text, words, self.headline_spec["min_words"]) and self._capitalised(text) \
            and text.lstrip()[:1] not in _LIST_MARKS

    def label_heading(self, text: str) -> bool:
        """A short line in title case that ends on a colon ("About the Vendor:", "A Question of Balance:"): it
        heads the lines under it and says nothing itself. ("This led to three dashboard tiers:" says something.)"""
        stripped = text.strip()
        return (stripped.endswith(":") and len(stripped.split()) <= _MAX_HEADING_WORDS
                and self._capitalised(stripped[:-1]))

    def _capitalised(self, text: str) -> bool:
        """Most of the line's words, the small ones aside, open with a capital (headline.capitalised); never a line
        of a German text (nouns_capitalised)."""
        lines = _NOUNS_CAPITALISED.get()
        if lines and (text in lines or text.strip() in lines or text.strip() + ":" in lines):
            return False
        spec = self.headline_spec
        content = [w for w in text.split() if w[:1].isalpha() and w.lower() not in spec["small_words"]]
        return bool(content) and sum(w[:1].isupper() for w in content) >= spec["capitalised"] * len(content)


def _set(words) -> PhraseSet:
    return PhraseSet.of(words, "~role")


def _unmarked(text: str, words: list[str], least: int) -> bool:
    """A line of at least `least` words with no end mark and no label or table mark ("Signal: ...")."""
    stripped = text.strip()
    return len(words) >= least and stripped[-1:] not in ".!?;,:" and not any(c in stripped for c in ":|>")


def _record(text: str) -> bool:
    """A datasheet's record, no title: a label of a few words, then values with a figure or a list of three or
    more ("Interfaces: 2x Ethernet, OPC UA, Modbus TCP"; not "The Connected Worker Dashboard: What Operators Need")."""
    label, colon, rest = text.strip().partition(": ")
    return (bool(colon) and len(label.split()) <= _MAX_RECORD_LABEL
            and (any(c.isdigit() for c in rest) or rest.count(", ") >= 2))


def _title_case(label: str) -> bool:
    """A heading's words as a page sets them: two or more, each longer word capitalised ("The Scenario Before"); not
    two labels joined by a slash, as a form or a reply names its fields ("Problem / Goal: ...": that line only)."""
    words = label.split()
    return len(words) >= 2 and "/" not in label and all(w[:1].isupper() for w in words if len(w) > 3)


_SENTENCE_WORDS = 3  # before it on its line, a sentence: not a heading's number or one-word label


def paragraph_ends(text: str, sentences, roles: list) -> list:
    """The roles, a short line with no end mark read as a heading (PageLines.heading) no heading where it follows a
    sentence on its own line and ends it, in sentence case: the paragraph's last words, its end mark left off
    ("Connecteur standard via l'API REST de Carl. Déjà en service chez deux clients", walk80), heading nothing under it.
    A heading stands on a line of its own, past its number ("1. Introduction") or a one-word label ("Objective."), or
    is set in title case ("... in the most rudimentary way. Unternehmerisches Handeln"); a label ending on a colon
    heads the lines under it ("... two weekend stops. Training on site:"), a name and title is a signature's."""
    out = list(roles)
    for i, (sentence, role) in enumerate(zip(sentences, roles)):
        if not role.heading or not text or _title_case(sentence.text) or any(c in sentence.text for c in ",:"):
            continue
        before = text[text.rfind("\n", 0, sentence.start) + 1:sentence.start].rstrip()
        after = text[sentence.end:].split("\n", 1)[0].strip()
        if before[-1:] in (".", "!", "?") and len(before.split()) >= _SENTENCE_WORDS and not after:
            out[i] = replace(role, heading=False)
    return out
