"""What a reply sentence names by how it is built rather than by the words of a list: a figure with
what it counts is a number in whatever unit ("1,900 loaves a week", "9 µm"); a person spoken of as one
is a role ("the saw filer, who decides", "the sawyer sees it on his screen"), and so is the same person
named again elsewhere in the reply; what the sentence says comes from a system it names is data ("feed
speed from the canter PLC"), as the question on data asks; a capitalised word that starts no sentence or
clause is a name ("the Mettler scales", "our desk in Graz").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .quantities import inside, name_spans
from .reply_phrases import runs
from .word_regex import alternation

# not a year, not "Q5", not "24/7", not a port or a TLS version ("over OPC UA port 4840 and ...": no figure of anything)
_FIGURE = re.compile(r"(?<![\w.,/+-])(?<!port )(?<!ports )(?<!tls )(?!(?:19|20)\d\d\b)\d[\d,.]*\s?(?:%|[^\W\d_]+)")
_PERSON = re.compile(r"\b(?:the|your|our)\s+[a-z-]+(?:\s+[a-z-]+)?,?\s+who\b|\b(?:he|she|his|her)\b")
# "the saw filer, who decides", "the sawyer sees it on his screen", "the sawyer chooses the pattern by eye",
# "the cellar master decides each release himself"
_SUBJECT = re.compile(r"\b(?:the|your|our)\s+([a-z-]{3,}(?:\s+[a-z-]{3,})??)"
                      r"(,?\s+who\b|\s+(?!(?:does|goes|gets)\b)[a-z]{3,}s\b)")  # "is", "has": no act
# a word start with the first letter of a mark before the three look-backs (the same matches, a third faster)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b")  # _PERSON's second alternative
_MARK = re.compile(r"\b(?=[hsbm])(?<!to )(?<!for )(?<!with )(?:he|she|his|her|himself|herself|by eye|by hand|by feel|manually)\b")  # not "shows it to her"
# "TemperEye service", "CellTrace support", "the Kessler team": a team named by whose it is, as "our service team" is
_TEAM = re.compile(r"(?<!\byour )(?<!\bYour )\b[A-Z][A-Za-z]+(?:[A-Z][a-z]+)*\s+"
                   r"(?:(?:remote|field|technical|customer|applications?|operations)\s+)?"  # "RailEar remote service"
                   r"(?:service|support|team|service team|support team)\b")
_INNER_CAPITAL = re.compile(r"\w[A-Z]")  # "RailEar": a name even where a clause starts with it
_DIGIT = re.compile(r"\d")  # what _FIGURE needs first
_STOPS = re.compile(r"[.;:]")  # where a sentence's clauses end, for who it speaks of as a person
_PRONOUNS = frozenset({"he", "she", "his", "her"})  # _PRONOUN's words, each a whole run of letters where it matches
_MARK_RUNS = frozenset({"he", "she", "his", "her", "himself", "herself", "eye", "hand", "feel", "manually"})  # _MARK's


def _may_mark(lower: str) -> bool:
    """Whether `_MARK` may match: each of its words ("eye" of "by eye") is a whole run of letters where it does."""
    return not _MARK_RUNS.isdisjoint(runs(lower)) and _MARK.search(lower) is not None
_COMES_FROM = re.compile(r"\b[a-z][a-z-]{2,}\s+(?:comes?\s+|come\s+)?from\s+((?:[\w-]+\s+){0,3}[\w-]+)")


class Built:
    """`built(lower, named, systems, more, persons)`: the kinds a lower-case sentence names by its build, beyond
    `named` (those its words name); `systems`: the systems it names, lower-case; `more`: more words that name one on
    this topic; `persons`: those the reply spoke of as persons before (`persons`). A sentence on two topics differs
    only in what its words name there: its `figured`, `personal` and `_from_source` are each read once (bounded
    memos, emptied by `cache_clear`)."""

    def __init__(self):
        self.figured, self.personal = lru_cache(maxsize=4096)(figured), lru_cache(maxsize=4096)(personal)
        self.sourced = lru_cache(maxsize=1024)(_from_source)

    def __call__(self, lower: str, named: frozenset[str], systems: tuple[str, ...], more: re.Pattern | None,
                 persons: re.Pattern | None = None) -> frozenset[str]:
        out = []
        if "number" not in named and self.figured(lower):
            out.append("number")
        if "role" not in named and self.personal(lower, persons):
            out.append("role")
        if "data" not in named and "system" in named and self.sourced(lower, systems, more):
            out.append("data")
        return frozenset(out)

    def cache_clear(self) -> None:
        for memo in (self.figured, self.personal, self.sourced):
            memo.cache_clear()


def figured(lower: str) -> bool:
    """Whether a lower-case sentence gives a figure with what it counts ("1,900 loaves a week"); a standard's or a
    model's number is a name ("FSSC 22000 ready", "ISO 9001 certified": quantities.name_spans), no figure."""
    if _DIGIT.search(lower) is None:
        return False  # most sentences: no digit
    names = name_spans(lower)
    return any(not inside(m.start(), names) for m in _FIGURE.finditer(lower))


def personal(lower: str, persons: re.Pattern | None = None) -> bool:
    """Whether a lower-case sentence speaks of someone as a person, or of one `persons` (the reply's) names."""
    return _person(lower) or _overrider(lower) or bool(persons and persons.search(lower))


def _person(lower: str) -> bool:
    # a match holds "who" (the first alternative) or is a pronoun (the second): without "who", only the second is tried
    if "who" in lower:
        return _PERSON.search(lower) is not None
    return not _PRONOUNS.isdisjoint(runs(lower)) and _PRONOUN.search(lower) is not None  # a pronoun is a run of letters


def _overrider(lower: str) -> bool:
    """Whether the sentence names someone by the act only a person does to what the system decides: "the grader at
    the outfeed can always override the camera grade" (not "the model can override a setpoint": a thing)."""
    if not _OVERRIDE_IN.search(lower):
        return False  # most sentences: _OVERRIDES need not try each "the" as a subject
    return any(found.group(1).split()[-1] not in _THINGS for found in _OVERRIDES.finditer(lower))


# "the grader at the outfeed can always override", "your line lead may veto", "the melter reviews every proposal",
# "the machine tender sees the advice on the DCS screen and accepts or rejects it": who overrides, reviews, accepts or
# rejects is a person (after one act of its own in the same clause, joined by "and")
_OVERRIDES = re.compile(r"\b(?:the|your|our)\s+([a-z-]{3,}(?:\s+(?!and\b)[a-z-]{3,})?)(?:\s+(?:at|on|in)\s+the\s+[a-z-]+)?"
                        r"\s+(?:[a-z]{3,}s\b[^.;:]{0,80}?\band\s+)?"
                        r"(?:(?:can|may)\s+(?:always\s+|still\s+)?(?:override|overrule|veto)|reviews|approves|"
                        r"overrides|overrules|vetoes|signs off|accepts|rejects|confirms)\b(?!\s+that\b)")  # "confirms that": says
_OVERRIDE_IN = re.compile("overr|veto|reviews|approves|signs off|accepts|rejects|confirms")  # in each _OVERRIDES match
_THINGS = frozenset({"system", "software", "model", "models", "platform", "algorithm", "controller", "plc", "machine",
                     "robot", "camera", "twin", "optimiser", "optimizer", "engine", "tool", "app", "server", "logic",
                     # what confirms or rejects as a machine does ("the ERP confirms each order", "the gateway rejects")
                     "erp", "mes", "scada", "dcs", "cmms", "hmi", "sensor", "gateway", "interface", "api", "dashboard",
                     "screen", "checker", "vision", "scanner", "scale", "sorter", "database"})


def held(text: str) -> bool:
    """Whether a sentence (as written) names a function by the person who holds it, in brackets: "your
    maintenance (M. Lefèvre) owns the PC", "your IT (Marco Ricci)": a role, though "maintenance" alone is none."""
    return "(" in text and (_HELD.search(text) is not None or _HOLDS.search(text) is not None)  # both need a bracket


# "your IT (Marco Ricci)", "your maintenance (M. Lefèvre)", "your IT integration team (Karin Moser)": a title and a
# name, or a first and a last name
_HELD = re.compile(r"\b(?:your|our)\s+[A-Za-z-]+(?:\s+[a-z-]+){0,2}\s+\((?:(?:Mr|Mrs|Ms|Dr|M|Mme|Ing|Herr|Frau)\.?\s+"
                   r"[A-Z][^\W\d_]+|[A-Z][a-z]+\s+[A-Z][^\W\d_]+)\)")
# the same the other way round, the person first and the function in brackets: "owned by Karin Ek (manufacturing IT)",
# "Ewa Lis (SAP team)"; not a place ("Antti Lehtonen (Tampere)")
_HOLDS = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][^\W\d_]+\s+\((?:(?:[a-z][a-z-]*\s+){0,3}(?:[a-z][a-z-]+|IT|OT|QA|QM)"
                    r"|[A-Z]{2,5}\s+(?:team|department|admin|key user))\)")


def team(text: str, things: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence (as written) names a team by whose it is ("performed by TemperEye service"); not where
    one of `things` follows, naming a thing ("the TemperEye service contract")."""
    if "service" not in text and "support" not in text and "team" not in text:
        return False  # no word _TEAM ends on
    found = list(_TEAM.finditer(text))
    starts = {m.end() for m in _FIRST.finditer(text)} if found else set()  # most sentences name no team
    return any((m.start() + len(m.group().split()[0]) not in starts or _INNER_CAPITAL.search(m.group().split()[0]))
               and _next_word(text, m.end()) not in things for m in found)


def _next_word(text: str, at: int) -> str:
    found = re.match(r"\s+([A-Za-z-]+)", text[at:])
    return found.group(1).lower() if found else ""


def persons(lowers: list[str]) -> re.Pattern | None:
    """Who the reply speaks of as a person anywhere (one who decides, one doing by eye or by hand, one with
    his screen: the last subject before that mark in its clause): named again elsewhere ("Review: the sawyer
    can change it with the joystick"), a role there too. Read once for marking and tying alike."""
    return _persons(tuple(lowers))


def forget() -> None:
    """Empty the memo of who a reply speaks of (with ReplyReader.forget: a reply read the first time)."""
    _persons.cache_clear()


@lru_cache(maxsize=16)
def _persons(lowers: tuple[str, ...]) -> re.Pattern | None:
    found = set()
    # a clause's mark is one of its sentence's too (a clause starts after a stop, no word and no "to "): a sentence
    # with no mark and no "who" (most) is not cut into clauses
    for clause in (c for lower in lowers if "who" in lower or _may_mark(lower) for c in _STOPS.split(lower)):
        marks = list(_MARK.finditer(clause))
        if not marks and "who" not in clause:
            continue  # its subjects count only by "who" or before a mark: most clauses hold neither
        subjects = list(_SUBJECT.finditer(clause))
        found |= {m.group(1) for m in subjects if "who" in m.group(2)}
        for mark in marks:
            before = [m for m in subjects if m.end() <= mark.start()]
            if before:
                found.add(before[-1].group(1))
    if not found:
        return None
    # a word start with the first letter of one of them first: the same matches, not each word start tried in turn
    firsts = "".join(sorted({re.escape(name[0]) for name in found}))
    return re.compile(r"(?=[%s])\b(?:%s)\b" % (firsts, alternation(found)))


def _from_source(lower: str, systems: tuple[str, ...], more: re.Pattern | None) -> bool:
    """Whether the sentence says what comes from a system it names: what comes from a machine is its data."""
    for found in _COMES_FROM.finditer(lower) if "from" in lower else ():
        source = found.group(1)
        if any(term in source for term in systems) or (more and more.search(source)):
            return True
    return False


# Graz, Mettler, McKinsey; not KPIs. The capital first, then the look back at the character before it: the same matches,
# but the search skips to each capital instead of looking back at every character
_NAME = re.compile(r"[A-Z](?<![\w.-].)[a-z]{2,}(?:[A-Z][a-z]+)*(?:[-.][A-Z]?[a-z]+)*(?![\w-])")
_FIRST = re.compile(r"^\W*\w+|[:;]\s*\w+")  # a word that starts the sentence or a clause is capitalised anyway


def new_names(text: str, known: frozenset[str], also: set[str] = frozenset()) -> list[str]:
    """The names a sentence gives that neither `known` (the offer's, lower-case) nor `also` (its own signals') holds:
    a person, a place, a product ("the Mettler scales", "our desk in Graz", "Ms. Roth"); a capitalised word that
    starts the sentence or a clause is none. (Two sets asked apart: a long offer's names are not copied per sentence.)"""
    found = [m for m in _NAME.finditer(text) if m.group().lower() not in known and m.group().lower() not in also]
    starts = {m.end() for m in _FIRST.finditer(text)} if found else ()  # most capitals are the offer's words too ("The")
    return [m.group() for m in found if m.end() not in starts]


def known_names(texts: list[str]) -> frozenset[str]:
    return frozenset(m.group().lower() for text in texts for m in _NAME.finditer(text))
