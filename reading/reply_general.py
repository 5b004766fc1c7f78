"""A reply sentence that speaks of the product or the market in general rather than answering for this
plant: alternatives listed ("Integration with SAP, Oracle and Microsoft Dynamics is standard"), a
capability or a possibility ("data can be exported in many formats", "built for 99.9% uptime",
"offline-capable"), every system of a kind ("integrates with any MES and ERP"), what customers typically see ("customers typically see 20-30% less downtime"), a
certificate or standard held as a credential ("ISO 27001 certified", "designed in line with EU GMP Annex 1"), the product's
renown ("listed in the Book of Records"), others trusting it by its name ("bakeries all over Europe trust LayerIQ"). Such a sentence answers for
this plant only where it also names the plant or commits ("your", "will"): otherwise it answers no
question and makes no answer specific, whatever it names (the words: questions/rounds.yaml `general`).
"""
from __future__ import annotations

import re

from questions.bank_models import GeneralRules

from .reply_boasts import Boasts
from .reply_grades import Grades
from .reply_phrases import Phrases, key_runs, runs
from .signal_patterns import trie_pattern
from .word_regex import alternation

# Three names or more in one list, the last after "and" or "or": products offered as alternatives.
# An item is one or two words; two of them at least are written as names (a capital letter).
_ITEM = r"[\w./-]+(?:\s+[\w./-]+)?"
_LIST = re.compile(rf"(?<![\w./-])({_ITEM})((?:,\s+{_ITEM})+),?\s+(?:and|or)\s+({_ITEM})")
_AND_OR = re.compile(r"\s(?:and|or)\s")  # what _LIST needs besides a comma
_NAMED = re.compile(r"[A-Z]")
_CLAUSE_END = re.compile(r"(?:is|are|was|were|has|have|be)\s", re.I)  # "is owner": a clause's end
_PREPOSITION = re.compile(r"(?:as|in|via|over|by|to|from|with|into|through)\s")  # an item that opens a list of its own
# an item that opens with an article or a person's title names no product offered: ", one way, and the LIMS sends ...",
# "..., one way, and Mrs Kral owns that" join two clauses, not three alternatives
_NO_PRODUCT = re.compile(r"(?:the|a|an|mr|mrs|ms|dr)\s", re.I)
# a list's first item right after an article or a possessive is a thing of the plant or the vendor, no product offered:
# "bag weights from the Mettler checkweighers, moisture and EC from a new NIR probe" lists what is read and where
_DETERMINED = re.compile(r"(?<![\w-])(?:the|a|an|our|your|their|its|this|these)\s+$", re.I)
# a chemical formula with a count or an "x" ("O2", "NOx", "CO2", "H2S") is a gas or a compound measured, no product
# offered: "pyrometer, O2, NOx, CO, drive current and feed" lists what is read
_FORMULA = re.compile(r"(?:[A-Z][a-z]?[2-4]?)+(?<=[2-4]|x)$")
_DIGIT = re.compile(r"\d")
_CAMEL = r"[A-Z][a-z]+[A-Z][A-Za-z]*\b"  # a product's name: "LayerIQ", "PalmSense" (as reply_boasts.py reads one)
_THREE = re.compile(r"[\d-]{3}")  # what a standard's number needs
_TWO_CAPS = re.compile(r"[A-Z][^A-Z]*[A-Z]")  # two items written as names hold two capitals
_CLAUSE = re.compile(r"[;:]\s+|,\s+(?=so\s)")  # "..., so you will see": what follows, not for whom
_STANDS_ALONE = re.compile(r";\s+")  # two statements, each whole: one may answer though the other sells
_POINTS_BACK = re.compile(r"^\W*(?:it|they|this|these|that|those)\b", re.I)  # "It can be downloaded ...": the sentence before's


def _words(words: list[str]) -> Phrases | None:
    lowered = sorted({w.lower() for w in words})
    alternatives = trie_pattern(lowered)  # the same matches as longest first (reply.py)
    # tried only where a word starts as one of them does (reply_phrases.py: \b before a letter is no letter)
    return Phrases(re.compile(rf"\b({alternatives})\b"), key_runs(lowered)) if words else None


class General:
    """`why(text, before)`: why a sentence is general ('' when it answers for this plant or is not
    general); `before`: the sentence before it in its paragraph, whose plant a pronoun points back to."""

    def __init__(self, rules: GeneralRules):
        self.marks, self.plant = _words(rules.marks), _words(rules.plant)
        self.people = frozenset(w.lower() for w in rules.people)  # "QC technician": a role, no product
        # "any MES", "most ERP", "all major PLC"; the phrase in any case, as it opens a line ("Connection with every MES");
        # its word of every one carried on through a list ("connects to all presses and all ERP and CMMS")
        self.unnamed = re.compile(rf"\b(?i:{'|'.join(map(re.escape, rules.unnamed))})\s+(?:[a-z]+\s+)?"
                                  rf"(?:(?:and|or)\s+(?:all|any|every)\s+)?[A-Z]{{2,}}\b") \
            if rules.unnamed else None
        # its words are lower-case letters where it matches: tried where the lower-case text holds them (reply_phrases.py)
        self.any_unnamed = Phrases(self.unnamed, key_runs([w.lower() for w in rules.unnamed])) if rules.unnamed else None
        graded = rf"(?!(?:\s+\S+)?\s+(?i:{'|'.join(map(re.escape, rules.yardsticks))})\b)" if rules.yardsticks else ""
        self.standard = re.compile(rf"\b(?:{'|'.join(map(re.escape, rules.standards))})\s?[\d-]{{3,}}+{graded}") \
            if rules.standards else None
        # each match holds one as written (case-sensitive): most texts none, told by one search for any of them
        self.standard_names = re.compile("|".join(map(re.escape, rules.standards))) if rules.standards else None
        self.range = re.compile(rf"\b(?:{alternation(rules.ranges)})\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(rules.bounds)})\b") \
            if rules.ranges and rules.bounds else None  # "any line speed up to"
        # a range needs a run of one of its opening words' and of one of its bounds' ("any" is in "company" too)
        self.ranging = [Phrases(self.range, key_runs([w.lower() for w in words])) for words in (rules.ranges, rules.bounds)] \
            if self.range else []
        lists = [words for words in (self.marks, self.any_unnamed) if words is not None]
        # the runs one of which a general clause's words need (None: a word with no letter, always tried)
        self.keys = None if any(words.keys is None for words in lists) else frozenset().union(*(w.keys for w in lists))
        self.lists = lists  # a clause's runs are its text's, so a text none of whose phrases may match has no clause that does
        self.records = re.compile(rf"(?:\W+[\w-]+){{0,2}}?\W+(?:{'|'.join(map(re.escape, rules.records))})\b") \
            if rules.records else None
        self.commits = frozenset(rules.commits)
        # "your request": the reader's wish, which ties a clause to no thing of the plant ("connects with every ERP as
        # per your request"), a word or two of the reader's before it, or two such joined ("your specific needs", "your
        # IFS Food and BRCGS audits")
        self.wishes = re.compile(rf"\byour\s+(?:(?:[\w'-]+\s+){{1,2}}(?:and|or|&)\s+)?(?:[\w'-]+\s+){{0,2}}"
                                 rf"(?:{'|'.join(map(re.escape, rules.wishes))})\b") if rules.wishes else None
        # others said to trust the product by its name ("bakeries all over Europe trust LayerIQ"), as "trust our" is
        self.trusted = Phrases(re.compile(rf"\b(?i:{alternation(rules.trusts)})\s+{_CAMEL}"),
                               key_runs([w.lower() for w in rules.trusts])) if rules.trusts else None
        self.elsewhere = _words(rules.elsewhere)
        self.places = _places(rules.places)  # "en una panificadora de Valladolid", "at a customer"
        self.hedges = frozenset(rules.hedges)
        self.horizon = _horizon(rules.horizons)
        self.parties = re.compile(rf"\b(?:{'|'.join(map(re.escape, rules.parties))})\b") if rules.parties else None
        self.boasts = Boasts(rules.boasters, rules.gains, rules.brings, rules.abilities)  # a gain promised, no figure (reply_boasts.py)
        self.grades = Grades(rules.universals, rules.assurances)  # "all ERP and CMMS", "at the highest level" (reply_grades.py)

    def why(self, text: str, before: str = "") -> str:
        """Clause by clause: "CureWatch addresses the most common causes of scrap, so you will see the
        benefit quickly" speaks of the market in its first clause, whatever its second says of you."""
        if self.plant is None or self._none_general(text):
            return ""
        # a grade whose only tie to the plant is its "your" ("Your data are protected at the highest level."); one naming
        # no plant at all is left to drafting, which drafts nothing specific of it ("The system is very reliable.")
        graded = self.plant.search(text.lower()) and self.grades.only_graded(text)
        if graded:
            return f"it grades the product (\u201c{graded.group()}\u201d) without a measure or a name"
        for at, clause in enumerate(_CLAUSE.split(text)):
            lower = clause.lower()
            # a grade's "your" ("and your data are protected at the highest level") names no thing of the plant
            if self.plant.search(self._unwished(self.grades.unassured(clause).lower())) and not self._promised_elsewhere(lower):
                continue
            # "It" after a sentence on this plant is this plant's, but what it offers every system of a
            # kind, or one of several, is offered to every plant ("It connects to all major MES")
            back = not at and _POINTS_BACK.match(clause) and self.plant.search(before.lower())
            why = self._offered(clause, lower) if back else self._general(clause, lower)
            if why:
                return why
        return ""

    def _unwished(self, lower: str) -> str:
        """A clause without the reader's wishes it names ("as per your request"): what is left may name the plant."""
        return self.wishes.sub(" ", lower) if self.wishes and "your" in lower else lower

    def _none_general(self, text: str) -> bool:
        """Whether no clause of a text can be general (most sentences): its runs of letters hold all the runs of no mark's and
        of no "any MES"'s phrase (Phrases.may), it holds no standard's number and no list of names. A clause's runs, numbers and lists are
        its text's (a clause is a part of it cut at a stop), so one look at the whole text answers for every clause; so is a
        range's ("any line speed up to")."""
        if self.keys is None:
            return False
        lower = text.lower()  # no run of any list's keys (most sentences): no list's phrase may match, one look for both
        return (self.keys.isdisjoint(runs(lower)) or not any(words.may(lower) for words in self.lists)) \
            and not (self.standard and self.standard_names.search(text) and _THREE.search(text)) \
            and not ("," in text and _AND_OR.search(text) and _TWO_CAPS.search(text)) and not (self.range and all(words.may(lower) for words in self.ranging)) \
            and not (self.elsewhere and self.elsewhere.search(lower)) and not self._trusted(text, lower) \
            and not (self.places and self.places.search(text)) \
            and not self.grades.holds(text, lower)  # "will run ..., proven on 14 lines worldwide"; "all ERP", "highest level"

    def _promised_elsewhere(self, lower: str) -> bool:
        """Whether a clause's only words for this plant are a promise ("will") and it names other plants or the
        market ("proven on 14 lines worldwide"): what is promised is the market's figure."""
        return bool(self.elsewhere and self.elsewhere.search(lower)
                    and all(m.group() in self.commits for m in self.plant.finditer(lower)))

    def here(self, lower: str) -> bool:
        """Whether a sentence (lower-case) names this plant or commits ("your", "will")."""
        return bool(self.plant and self.plant.search(lower))

    def answering_part(self, text: str, before: str = "", why=None) -> tuple[int, int] | None:
        """Where a sentence with a general clause still answers for this plant ("an edge PC per press
        connects only outbound over HTTPS; our cloud is ISO 27001 certified"): the span of its other
        clauses, when they stand together; None when no clause is general, or all are. Only a clause a
        semicolon sets apart stands alone: "..., so exchanging data with the ERP is routine" follows from
        the general clause before it. `why(clause, before)`: why a clause answers nothing (default: it is general)."""
        why = why or self.why
        cuts = [0, *(at for m in _STANDS_ALONE.finditer(text) for at in (m.start(), m.end())), len(text)]
        if len(cuts) == 2:
            return None  # one statement (most sentences): no part of it stands apart, none asked why
        spans = list(zip(cuts[::2], cuts[1::2]))
        general = [bool(why(text[a:b], before if not i else "")) for i, (a, b) in enumerate(spans)]
        rest = [i for i, g in enumerate(general) if not g]
        if not rest or len(rest) == len(spans) or rest != list(range(rest[0], rest[-1] + 1)):
            return None
        return spans[rest[0]][0], spans[rest[-1]][1]

    def _offered(self, text: str, lower: str) -> str:
        """Why a clause offers systems to any plant: several as alternatives, or every one of a kind."""
        if _alternatives(text, self.people):
            return "it lists products as alternatives rather than says which of your systems"
        found = self.unnamed and self.any_unnamed.may(lower) and self.unnamed.search(text)
        # a quantifier over a class ("all ERP and CMMS"), where the clause counts nothing ("all PLC of line 3" is the plant's)
        found = found or (not _DIGIT.search(text) and self.grades.universal(text))
        return f"it offers every system of a kind (\u201c{found.group()}\u201d) rather than says which of yours" if found else ""

    def _general(self, text: str, lower: str) -> str:
        offered = self._offered(text, lower)
        if offered:
            return offered
        standards = self.standard.finditer(text) if self.standard and _THREE.search(text) else ()
        found = next((m for m in standards if not _bracketed(text, m)), None)
        if found:
            return f"it names a standard (\u201c{found.group()}\u201d) as a credential, not what it does in your plant"
        found = self.places and self.places.search(text)
        if found:
            return f"it tells of another plant (\u201c{found.group()}\u201d), not yours"
        found = self.marks and next((m for m in self.marks.finditer(lower)
                                     if not self._counted_in(lower, m.end()) and not self._own_hedge(lower, m)), None)
        found = found or (self.range and "any" in lower and self.range.search(lower))  # most clauses hold no "any"
        found = found or self._trusted(text, lower)
        if found:
            return f"it describes the product or the market (\u201c{found.group()}\u201d), not your plant"
        return ""

    def _trusted(self, text: str, lower: str) -> re.Match | None:
        """A verb of trust before a product's name ("trust LayerIQ"): tried where the text holds one of the verbs."""
        return self.trusted.compiled.search(text) if self.trusted and self.trusted.may(lower) else None

    def _own_hedge(self, lower: str, found: re.Match) -> bool:
        """Whether a hedge qualifies the system's own horizon or tolerance ("it typically warns 2 to 3 days before a
        bearing fails"), not what the market sees ("Presses using PressMind typically warn 5 days before")."""
        if found.group() not in self.hedges or self.horizon is None or not self.horizon.search(lower):
            return False
        before = lower[:found.start()]
        # the subject: before the hedge, or right after one that opens the clause ("Typically, users get alerts ...")
        subject = before if before.strip(" ,") else _FIRST.match(lower, found.end()).group()
        return not (_PLURAL.search(subject) or (self.parties and self.parties.search(lower)))

    def _counted_in(self, lower: str, at: int) -> bool:
        """Whether a mark is followed closely by a record of the plant's ("according to the die log")."""
        return self.records is not None and self.records.match(lower, at) is not None


# a plural noun right before a hedge is who sees it ("Dairies typically", "Customers usually"), not a verb ("is")
_PLURAL = re.compile(r"\b[a-z]{2,}(?<![su'i])s\s*$")
_FIRST = re.compile(r"\W*[\w']*")
_COUNT = r"(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"


def _places(words: dict[str, list[str]]) -> re.Pattern | None:
    """Another plant named with an indefinite article: a customer ("at a customer", "chez un client"), or a kind of
    plant and the town it is in ("en una panificadora de Valladolid"): not this plant, whose town a reply needs not
    name; a name followed by a number ("in a hall of Plant 2") is a part of a plant, not a town."""
    if not all(words.get(k) for k in ("at", "a", "customers", "sites", "of")):
        return None
    opens = rf"(?i:(?:{alternation(words['at'])})\s+(?:{alternation(words['a'])})" + \
            (rf"|{alternation(words['fused'])})" if words.get("fused") else ")")
    customer = rf"(?i:{alternation(words['customers'])})(?![\w-])"
    town = rf"(?i:{alternation(words['sites'])})\s+(?i:{alternation(words['of'])})\s+[A-Z\u00c0-\u00de][\w-]+(?![\w-])(?!\s*\d)"
    return re.compile(rf"(?<![\w'-]){opens}\s+(?:{customer}|{town})")


def _horizon(rules: dict[str, list[str]]) -> re.Pattern | None:
    """A lead time ("about ten days ahead", "2 to 3 days before") or a tolerance ("within 1.5 MPa", "± 45 s")."""
    units, after, before = (rules.get(k, []) for k in ("units", "after", "before"))
    if not (units and after) and not before:
        return None
    lead = rf"\b{_COUNT}\s+(?:(?:to|-|or)\s+{_COUNT}\s+)?(?:{alternation(units)})\s+(?:{alternation(after)})\b"
    close = rf"(?<!\w)(?:{alternation(before)})\s*(?:about\s+)?\d"
    return re.compile("|".join(p for p, ok in ((lead, units and after), (close, before)) if ok))


def _bracketed(text: str, found: re.Match) -> bool:
    """Whether a standard stands alone in brackets after what is done by it ("we calibrate them on site once a year
    (ISO 21501-4)"): the yardstick of that act, no credential."""
    return text[:found.start()].rstrip().endswith("(") and text[found.end():].lstrip().startswith(")")


def _alternatives(text: str, people: frozenset[str] = frozenset()) -> bool:
    if "," not in text or not _AND_OR.search(text) or not _TWO_CAPS.search(text):
        return False  # no list of three (most clauses), or not two names in it: _LIST need not try each word
    for found in _lists(text):
        first = [found.group(1), *re.split(r",\s+", found.group(2))[1:], found.group(3)]
        items = _from_preposition(first)
        if people and _roles(items, text[found.end(3):], people):
            continue  # roles listed ("Machine operator, QC technician and tool shop technician"), no products
        owned = items[0] == first[0] and _DETERMINED.search(text, 0, found.start())  # "from the Mettler checkweighers, ..."
        named = sum(_named(item) and not (owned and not at) for at, item in enumerate(items))
        # a plain word between two names ("Bologna deploys, monitors and maintains GlazeIQ") joins the words of one
        # clause, verbs or things measured; a list of products holds names throughout, or more of them
        named -= named == 2 and any(not _NAMED.search(item) for item in items[1:-1])
        if len(items) >= 3 and named >= 2 and not _in_brackets(text, found):
            return True
    return False


def _roles(items: list[str], after: str, people: frozenset[str]) -> bool:
    """Whether each listed item ends in a word of a person's role, the last perhaps in the word after it ("tool shop
    technician": the list's items are of two words at most)."""
    following = after.split(None, 1)[0].strip(".,;:").lower() if after.strip() else ""
    ends = [item.split()[-1].lower() if item.split() else "" for item in items]
    return all(end in people for end in ends[:-1]) and (ends[-1] in people or following in people)


def _named(item: str) -> bool:
    """Whether a list's item is written as a name: a capital in it, no article or title before it, no gas's formula."""
    return bool(_NAMED.search(item)) and not _NO_PRODUCT.match(item) and not _FORMULA.match(item.strip())


def _lists(text: str):
    """`_LIST.finditer(text)`, the same matches, tried only where one may open: a match's first item (one or two runs of
    item characters, whitespace between) stands right before a comma and whitespace. Tried at every word of a sentence,
    _LIST cost ~17 us; a sentence has a few commas. The runs before a comma are read in the text reversed."""
    back, opens = text[::-1], []  # in order, each once
    for comma in _COMMA.finditer(text):
        run = _RUNS_BEFORE.match(back, len(text) - comma.start())
        if run:
            last = comma.start() - len(run.group(1))
            opens += [last - len(run.group(2)) - len(run.group(3)), last] if run.group(2) else [last]
    at = 0
    for start in opens:
        found = _LIST.match(text, start) if start >= at else None
        if found:
            yield found
            at = found.end()


_COMMA = re.compile(r",\s")
# reversed: the run of item characters before a comma, and the run before it where only whitespace parts them
_RUNS_BEFORE = re.compile(r"([\w./-]+)(?:(\s+)([\w./-]+))?")


def _from_preposition(items: list[str]) -> list[str]:
    """The list's items from the last after its first that opens with a preposition: the list starts there ("Export:
    complete, as CSV and HDF5" lists two formats, not three products)."""
    opened = [i for i, item in enumerate(items) if i and _PREPOSITION.match(item)]
    items = items[opened[-1]:] if opened else items
    # a first item that opens with a verb of being ends a clause, no item of the list: "customer is owner, full CSV or
    # JSON export" lists two formats, not three products
    return items[1:] if items and _CLAUSE_END.match(items[0]) else items


def _in_brackets(text: str, found: re.Match) -> bool:
    """Whether a list stands in brackets after what it spells out ("the climate computer for all measurements (air
    temperature, RH, CO2, screen and vent positions)"): the values of one thing, no products offered as alternatives."""
    return text.count("(", 0, found.start()) > text.count(")", 0, found.start())
