"""Two kinds of reply clause that name no thing of this plant, read by how they are built (the words:
questions/rounds.yaml `general.universals` and `general.assurances`):
- a quantifier over a class of systems ("all ERP and CMMS", "every ERP", "whatever system you run"): every system of
  a kind is offered, none of this plant's is named. Only where the system's name is the head of what the quantifier
  takes ("all ERP and CMMS,", "all MES systems"), not where it qualifies a noun after it ("every PLC cycle", "all PLC
  tags" are the plant's own);
- a grade without a measure ("your data are protected at the highest level", "the twin is very accurate", "fully
  protected"): a superlative or an absolute grade of a quality, with no figure and no name in its part of the sentence,
  names no control and no figure. Its "your" names no thing of the plant, so it does not make the sentence the
  plant's; a sentence made only of such grades (no figure, no name) answers nothing."""
from __future__ import annotations

import re

from .reply_phrases import runs
from .word_regex import alternation

_DIGIT = re.compile(r"\d")
# a name past a part's first word: a capital after a letter-less gap ("SAP", "Siemens S7"); the part's first word
# may be capitalised as any sentence's is
_NAME = re.compile(r"(?<=\s)[A-Z]")
# the name a sentence opens with, its capitalised words and numbers ("Cold Chain 360", "The"): its subject
_SUBJECT = re.compile(r"\W*(?:[A-Z][\w-]*|\d+)(?:[ \t]+(?:[A-Z][\w-]*|\d+)\b)*|")
# a span of words from one end to the other, no figure ("from temperature compliance to waste and downtime")
_SPAN = r"from\s+[^\d,.;:]+?\s+to\s+[^\d,.;:]+[.!]?\s*$"
# the parts of a clause that coordinate statements: "It connects to every ERP and LIMS, and your data are protected ..."
_PARTS = re.compile(r",\s+")


class Grades:
    """`universal(text)`: the quantifier over a class of systems a clause holds (None: none); `assured(lower_part)`:
    the grade a part holds with no measure; `unassured(text)`: the clause without its parts that only grade."""

    def __init__(self, universals: dict[str, list[str]], assurances: dict[str, list[str]]):
        quantifiers, heads = universals.get("quantifiers", []), universals.get("heads", [])
        choosers, choosing = universals.get("choosers", []), universals.get("choosing", [])
        heads_ = rf"|\s+(?i:{alternation(heads)})\b" if heads else ""
        linking = universals.get("linking", [])
        # after a verb or noun of linking earlier in the clause ("It connects to all presses and all ERP and CMMS"), or in a
        # list of such classes after it ("works with every brining tank, every cold room and every ERP"): the
        # systems linked with; the system's name ends what the quantifier takes: a stop, "and"/"or" (another of the
        # class), a class word ("every NOK" after "decides on rework for" counts parts, no systems)
        self.universal_ = re.compile(
            rf"\b(?i:{alternation(linking)})\b[^,;:]*?(?:\b(?i:{alternation(quantifiers)})\s[^,;:]+,\s+)*[^,;:]*?"
            rf"\b(?i:{alternation(quantifiers)})\s+([A-Z]{{2,}}s?)\b"
            rf"(?=\s*(?:[,.;:!)]|$)|\s+(?:and|or|&)\s{heads_})") if quantifiers and linking else None
        # the reader's own choice, every one of a kind: "whatever system you run", "whichever ERP your plant uses"
        self.chosen = re.compile(
            rf"\b(?i:{alternation(choosers)})\s+(?:[\w-]+\s+)?(?:[A-Z]{{2,}}s?|(?i:{alternation(heads)}))\s+(?:[\w-]+\s+)?"
            rf"(?i:{alternation(choosing)})\b") if choosers and choosing and heads else None
        grades, qualities = assurances.get("grades", []), assurances.get("qualities", [])
        absolutes = assurances.get("absolutes", [])
        # a grade of a quality, the grade before it at most two words away or after it ("protected at the highest
        # level", "very accurate", "maximum security", "secure at the highest standard"), or an absolute adverb
        graded = (rf"\b(?:{alternation(grades)})\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(qualities)})\b"
                  rf"|\b(?:{alternation(qualities)})\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(grades)})\b") if grades and qualities else ""
        alone = rf"\b(?:{alternation(absolutes)})\b" if absolutes else ""
        extents = assurances.get("extents", [])
        # an extent is graded only where no list of what it covers follows it in the sentence; a span of words, no
        # figure, after a comma names the range's two ends ("..., from temperature compliance to waste"), no list
        extent = (rf"\b(?:{alternation(extents)})\b(?![^.]*(?:[:;(]|,(?!\s*{_SPAN})|such as|including|e\.g\.))"
                  if extents else "")
        either = "|".join(p for p in (graded, alone, extent) if p)
        self.grade = re.compile(either) if either else None
        # the words one of which a text needs to hold either kind (most sentences hold none: not tried)
        # an extent's key is its longest word ("range"): "a" and "of" are in most sentences
        self.keys = frozenset([*(r for w in (*quantifiers, *choosers, *grades, *absolutes) for r in re.findall(r"[a-z]+", w.lower())),
                               *(max(re.findall(r"[a-z]+", w.lower()), key=len) for w in extents)])

    def may(self, lower: str) -> bool:
        return not self.keys.isdisjoint(runs(lower))

    def holds(self, text: str, lower: str) -> bool:
        """Whether a sentence holds either kind: its key words first ("all", "very" are common), then the patterns."""
        return self.may(lower) and bool(self.universal(text) or (self.grade and self.grade.search(lower)))

    def universal(self, text: str) -> re.Match | None:
        """The quantifier over a class of systems a clause links with, or the reader's choice of one."""
        found = self.universal_.search(text) if self.universal_ else None
        return found or (self.chosen.search(text) if self.chosen else None)

    def assured(self, part: str) -> re.Match | None:
        """The grade a part of a clause holds where the part names no figure and no name ("and your data are protected
        at the highest level"); None where it names one ("fully encrypted with TLS 1.3")."""
        if self.grade is None or _DIGIT.search(part) or _NAME.search(part):
            return None
        return self.grade.search(part.lower())

    def unassured(self, text: str) -> str:
        """The clause without its parts that only grade, nor the reader's choice: their "your" names no thing of the
        plant ("It connects to every ERP and LIMS, and your data are protected at the highest level")."""
        if not self.may(text.lower()):
            return text  # most clauses: no key word of either kind
        text = self.chosen.sub(" ", text) if self.chosen else text
        if self.grade is None:
            return text
        return ", ".join(part for part in _PARTS.split(text) if not self.assured(part))

    def only_graded(self, text: str) -> re.Match | None:
        """The first grade of a sentence each of whose parts grades or names nothing, with no figure and no name
        anywhere but in the name its subject opens with ("The twin is very accurate and your data are fully protected.",
        "Cold Chain 360 addresses the full range of ..."): it answers nothing."""
        # its subject by name, the product ("Cold Chain 360 addresses ..."), is no thing of the plant
        rest = text[_SUBJECT.match(text).end():]
        if self.grade is None or _DIGIT.search(rest) or _NAME.search(rest) or not self.may(lower := text.lower()):
            return None
        return self.grade.search(lower)

    def why(self, text: str) -> str:
        """Why a sentence made only of grades answers no question though it names no plant ("Our advanced algorithms
        detect a wide range of defects with industry-leading accuracy."): its "defects" is no data of this plant and its
        grade no figure. Drafting leaves such a sentence to its own reading (it drafts nothing specific of it)."""
        found = self.only_graded(text)
        return f"it grades the product (\u201c{found.group()}\u201d) without a measure or a name" if found else ""
