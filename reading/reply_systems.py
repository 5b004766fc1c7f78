"""Whether a reply sentence speaks of a link between systems, as the question on integrations asks (questions/rounds.yaml
`links`): a system the data is exchanged with, or the format or the way it goes ("quality events go back to your MES",
"a CSV file each night, one way"), and the owner of such a link. Words that speak of any link, flow or owner ("sends
them once the link is back", "your process engineer owns the glue recipes") put a sentence on the question only where
it names such a link; a system data only passes through (a gateway, a firewall) is none it is exchanged with.
"""
from __future__ import annotations

import re

from questions.bank_models import LinkRules

from .memo import Bounded
from .reply_labelled import labelled
from .reply_owned import CLAUSE as _CLAUSE, after as _after, before as _before, labelled_name, owned as _owned
from .reply_phrases import phrases
from .reply_placing import counts

_PARTS = re.compile(r"[;:()]")  # the parts of a sentence a link may be offered on request in (not a comma: "on request, we")


def _may(words, text: str) -> bool:
    """Whether a case-blind pattern that needs one of `words` whole may match: an ASCII text's lower case holds what
    IGNORECASE finds (reply_phrases.py); any other text is tried ("\u212a" folds to "k")."""
    return not text.isascii() or words.may(text.lower())


class Links:
    """`off`: a sentence on the topic by loose words alone that names no link; `kinds`: what it names on the topic."""

    def __init__(self, rules: LinkRules, formats=None):
        self.topic = rules.topic
        # who owns a sentence's links is asked by the roles, the owner, the claims and each agent: read once a sentence
        self.spans: Bounded[list[tuple[int, int]]] = Bounded(4096)
        self.owner_of: Bounded[tuple[bool | None]] = Bounded(4096)  # kept in a tuple: None is a value here
        self.loose = frozenset(w.lower() for w in rules.loose)
        self.through = frozenset(w.lower() for w in rules.through)
        self.ways = phrases(rules.ways) if rules.ways else None
        kinds = "|".join(re.escape(w.lower()) for w in rules.plant)
        self.plant = re.compile(rf"\byour\s+(?:[\w-]+\s+){{0,2}}?(?:{kinds})\b") if kinds else None
        self.owned = phrases(rules.owned) if rules.owned else None
        # "your stock system (Timbersoft)", "the existing AKVA CCS feed barge system": what the plant's own system is
        # for, and the name the reply gives it, if any
        self.own = re.compile(r"\b(?:your|your existing|the existing)\s+(?:(?P<name>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))\s+)?"
                              rf"(?P<what>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:{kinds})\b(?:\s*\((?P<after>[^()]{{2,30}})\)"
                              r"|\s+(?P<then>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))(?=[\s,;.:]|$))?",  # ... or right after it
                              re.I) if kinds else None
        self.named_area = rules.named_area
        self.areas = frozenset(rules.moves)  # the areas' own names ("Cityworks (maintenance):")
        self.own_kinds = tuple(w.lower() for w in rules.plant)  # one of them ends each match of `own`
        self.described = sorted(((w.lower(), area) for area, words in rules.described.items() for w in words),
                                key=lambda d: -len(d[0]))  # the longest description first
        movers = "|".join(re.escape(w.lower()) for w in sorted(rules.movers, key=len, reverse=True))
        # "FishTalk gets ...", "the Hatchery Manager receives ...": a name right before a verb that moves data
        self.mover = re.compile(r"(?P<the>\b(?i:the|your)\s+)?(?<![\w-])(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
                                rf"(?i:{movers})\b(?P<rest>[^;.]*)") if movers else None
        self.movers = phrases(rules.movers) if movers else None  # most sentences hold none: `mover` not tried at each capital
        moved = sorted(((w.lower(), area) for area, words in rules.moves.items() for w in words), key=lambda m: -len(m[0]))
        self.moved_area = dict(moved)
        self.moves = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w, _ in moved)})\b") if moved else None
        self.pointing = frozenset(w.lower() for w in rules.pointing)
        self.formats = formats  # the topic's own words for a format or an interface ("json", "e-mail")
        words = "|".join(re.escape(w.lower()) for w in sorted(rules.owns, key=len, reverse=True))
        gap = r"\s+[^,;:.()]{1,60}?\s+"  # what is owned, between the fronted owning words ("verantwortlich für ... ist")
        held = "|".join(gap.join(map(re.escape, w.lower().split(" ... "))) for w in rules.fronted)
        self.fronted = re.compile(held) if held else None
        # not one's own thing ("your own server room")
        self.owns = re.compile(rf"(?<![\w-])(?<!your )(?<!our )(?<!their )(?<!its )(?<!'s )(?:{held + '|' if held else ''}{words})(?![\w-])") if words else None
        self.agents = frozenset(w.lower() for w in rules.agents)
        self.inverted = frozenset(w.lower() for w in rules.inverted)
        self.holding = frozenset(w.lower() for w in rules.holding)  # "Axiome en est responsable": the link said before
        self.whose = frozenset(w.lower() for w in rules.whose)
        self.owning_words = phrases(rules.owns + [w.split(" ... ")[0] for w in rules.fronted]) if rules.owns else None  # most sentences own nothing: told by their words
        self.teams, self.subjects = frozenset(w.lower() for w in rules.teams), frozenset(w.lower() for w in rules.subjects)
        self.persons = frozenset(w.lower() for w in rules.persons)
        self.vendor = frozenset(w.lower() for w in rules.vendor)  # "owned by us": the vendor owns it
        self.titled_words = rules.titled_words
        self.besides = re.compile(rf"\s(?:{'|'.join(map(re.escape, rules.besides))})\s") if rules.besides else None
        teams = "|".join(re.escape(w.lower()) for w in rules.teams)
        self.team_words = phrases(rules.teams) if teams else None  # what `team_name` needs: most texts hold none
        # a team named by its system or function: its qualifier names no link ("Herr Vogel from the SAP team")
        self.team_name = re.compile(rf"\b(?:[\w/&-]+ ){{1,2}}(?:{teams})\b", re.I) if teams else None
        titled = "|".join(re.escape(w.lower()) for w in rules.persons)
        self.titled = re.compile(rf"\b(?:{titled})\.") if titled else None  # "Mrs. Keller": the full stop ends nothing
        optional = "|".join(re.escape(w.lower()) for w in rules.optional)
        self.optional = re.compile(rf"\b(?:{optional})\b") if optional else None

    def unteamed(self, text: str) -> str:
        """`text` without the names of teams where they say who owns ("Herr Vogel from the SAP team takes care of
        it", "owned by your MES group"): a system in the owner's team's name is no link. A team data goes to is
        one ("goes to your finance team as a CSV file"), and a role's qualifier is kept ("owned by your finance
        manager" links finance)."""
        lower = text.lower()
        if not (self.team_name and self.owns and _may(self.team_words, text) and self.team_name.search(text)) \
                or len(text) != len(lower):
            return text
        for m in self._owning(lower):
            a, b = _after(lower, m, self.persons) if self._agent(m) else _before(self._untitled(lower), m)
            text = text[:a] + self.team_name.sub(lambda t: " " * len(t.group()), text[a:b]) + text[b:]
        return text

    def own_areas(self, text: str, area_of, named: dict[str, str] | None = None) -> list[str]:
        """The areas of the plant's own systems a sentence names by what they are for ("Your stock system (Timbersoft)
        is sent ...": inventory), or by the name the reply gave such a system elsewhere (`named`, from `own_names`: "the
        AKVA CCS receives ..."); `area_of`: drafting's area words, tried after the reply's own (`described`)."""
        out = [area for _, area in self._owned(text, area_of)]
        out += [area for name, area in (named or {}).items() if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        return list(dict.fromkeys(out))

    def own_names(self, texts: list[str], area_of, known: frozenset[str] = frozenset(), offer: str = "") -> dict[str, str]:
        """Name -> area of each of the plant's own systems a reply names beside what it is for ("the existing AKVA CCS
        feed barge system", "your stock system (Timbersoft)"), or by its product name only, as what data moves to or
        from it ("FishTalk gets feed per pen per day": `_moved`; `known`: the systems the reader names, lower-case;
        `offer`: the offer's text, whose names are the product sold)."""
        moved = {name: area for text in texts for name, area in self._moved(text, known, offer)}
        heads = {name: area for text in texts for name, area in labelled(text, area_of, self.described, self.areas)}
        return (_offered(offer, area_of) | moved | heads
                | {name.strip(): area for text in texts for name, area in self._owned(text, area_of) if name.strip()})

    def _moved(self, text: str, known: frozenset[str], offer: str):
        """(name, area) of each product name data moves to or from in `text`, by what moves ("FishTalk gets feed ...")."""
        for m in self.mover.finditer(text) if self.mover and self.moves and _may(self.movers, text) else ():
            name = m.group("name")
            plain = " " not in name and not re.search(r"[A-Z]", name[1:])
            if (plain and not m.group("the")) or name.lower() in known or re.search(r"\d", name) \
                    or re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", offer):
                continue  # a person or a site ("Marit gets ..."), a system the reader knows, a device's model
                # ("the S7-1500 gets the set-points": a machine's controller), the product sold
            found = self.moves.search(m.group("rest").lower())
            if found:
                yield name, self.moved_area[found.group()]

    def _owned(self, text: str, area_of):
        """(name or '', area) of each plant's own system `text` names by what it is for."""
        for m in self.own.finditer(text) if self.own and self._may_own(text) else ():
            what = f" {m.group('what').lower()} "
            said = [area for word, area in self.described if f" {word} " in what]
            area = said[0] if said else area_of(m.group("what")) if area_of else None
            # a product's name right after what the plant calls it, said for no area ("your winery software Isagri
            # Winery"): the software the plant runs its trade on (rounds.yaml links.named_area)
            area = area or (self.named_area if m.group("then") else None)
            if area:
                yield m.group("name") or m.group("after") or m.group("then") or "", area

    def _may_own(self, text: str) -> bool:
        """Whether `own` may match (most sentences: no "your" or "the existing", or no system's word): an ASCII text's
        lower case holds what IGNORECASE finds; any other text is tried."""
        lower = text.lower()
        return not text.isascii() or (("your" in lower or "the existing" in lower) and any(w in lower for w in self.own_kinds))

    def systems(self, substance, lower: str = "") -> list[str]:
        """The systems a sentence names that data is exchanged with, lower-case (not the gateway it passes through, nor
        one named only where a link is offered on request: `lower`, the sentence)."""
        named = [s.term.lower() for s in substance if s.kind == "system" and counts(s) and s.term.lower() not in self.through]
        if not (named and lower and self.optional and self.optional.search(lower)):
            return named
        kept = [part for part in _PARTS.split(lower) if not self.optional.search(part)]
        return [name for name in named if any(name in part for part in kept)]

    def off(self, cues: list[str], weak: frozenset[str], lower: str, substance) -> bool:
        """Whether a sentence is on the topic only by words that speak of any link, flow or owner (or which way), and
        names no link between systems: no system the data is exchanged with, no format, no way, no owner of a link."""
        if not cues or any(c not in self.loose and c not in weak for c in cues):
            return False
        return not (self.systems(substance, lower) or (self.plant and self.plant.search(lower)) or self._format(lower, substance)
                    or (self.ways and self.ways.search(lower))
                    or self._owner(lower, substance) is True)

    def kinds(self, named: set[str], lower: str, substance) -> set[str]:
        """What a sentence names on the topic: a system only where one data is exchanged with is named; a role only
        where what it owns, if it says, is a link ("owns that interface", not "owns the glue recipes")."""
        out = set(named)
        if "system" in out and not self.systems(substance, lower):
            out.discard("system")
        if "system" not in out and self.own_areas(lower, None):  # "your stock system (Timbersoft)"
            out.add("system")
        if "role" in out and self._owner(lower, substance) is False:
            out.discard("role")
        elif "role" not in out and self.owner_named(lower, lower, substance):  # "the MES group owns that interface"
            out.add("role")
        return out

    def owner_named(self, text: str, lower: str, substance) -> str:
        """The team or titled person a sentence makes the owner of a link, as written in `text` ("MES group", "Mrs
        Keller from controls"): the subject of an owning verb whose object is a link, or who it is owned by; ''
        where there is none or the owner is a thing ("the plant's own ERP owns the interface")."""
        for at in self.owner_spans(text, lower, substance):
            name = self._owner_words(text, lower, at)
            if name:
                return name
        return ""

    def owner_spans(self, text: str, lower: str, substance) -> list[tuple[int, int]]:
        """Where the sentence says who owns a link: the subject of each owning verb whose object is a link, or the
        words after "owned by" ("your maintenance planner owns that interface", "... owned by your controlling team")."""
        if len(text) != len(lower):
            return []
        return self.spans.get((lower, tuple(substance)), lambda: self._owner_spans(lower, substance))

    def forget(self) -> None:
        """Empty the memos of what sentences own (with ReplyReader.forget: a reply read the first time)."""
        self.spans.clear()
        self.owner_of.clear()

    def _owner_spans(self, lower: str, substance) -> list[tuple[int, int]]:
        systems, protocols = self._named_links(substance)
        return [_after(self._untitled(lower), m, self.persons, self.besides) if self._agent(m) else _before(self._untitled(lower), m)
                for m in self._owning(lower)
                if self._owns(lower, m, systems, protocols)]

    def owners_named(self, text: str, lower: str, substance) -> list[str]:
        """Every team or titled person the sentence makes the owner of a link, in order ("The XML link is owned by your
        MES team; the CSV link belongs to your IT department": both)."""
        return [name for at in self.owner_spans(text, lower, substance) if (name := self._owner_words(text, lower, at))]

    def named_at(self, text: str, lower: str, at: tuple[int, int]) -> str:
        """The team or titled person `lower[at]` (an owner's span) names, as written in `text`; '' for none."""
        return self._owner_words(text, lower, at)

    def _agent(self, m: re.Match) -> bool | str:
        """Whether the owner is named after the owning words: the words they hold where German fronts what is owned."""
        if self.fronted and self.fronted.fullmatch(m.group()):
            return m.group()
        # a verb whose owner may follow it, what is owned fronted ("la conexión la mantiene su equipo de TI"): where the
        # words after it name a team or a titled person
        if m.group() in self.inverted:
            return bool(self._owner_words(m.string, m.string, _after(m.string, m, self.persons)))
        return m.group() in self.agents

    def _untitled(self, lower: str) -> str:
        return self.titled.sub(lambda t: t.group()[:-1] + " ", lower) if self.titled else lower

    def _owner_words(self, text: str, lower: str, at: tuple[int, int]) -> str:
        """The words of `lower[at]` that name a team (by its system or function) or a titled person, from `text`."""
        words = list(_WORD.finditer(lower, *at))
        while words and (words[0].group() in self.subjects or words[0].group().endswith("'s")):
            words.pop(0)  # "the plant's IT department"
        while words and words[-1].group() in self.subjects:
            words.pop()  # "the MES group is (responsible for)"
        bracketed = [i for i, w in enumerate(words) if i and w.group() in self.persons and
                     ("(" in lower[words[i - 1].end():w.start()] or "," in lower[words[i - 1].end():w.start()])]
        if bracketed:  # "your MES team (Ms Keller)": the team; "your IT (Mr Weber)", "IT, Mr Rossi", no team: the person
            return self._name_of(text, words[:bracketed[0]]) or self._name_of(text, words[bracketed[0]:])
        return self._name_of(text, words) or labelled_name(text, lower, at, words)

    def _name_of(self, text: str, words: list[re.Match]) -> str:
        """`words` as written in `text` where they name a team (by its system or function) or a titled person."""
        first = words[0].group() if words else ""
        if not words or len(words) > (self.titled_words if first in self.persons else _OWNER_WORDS):
            return ""  # a titled name may say where the person sits ("Herr Vogel from the MES team")
        last, end = words[-1].group(), words[-1].end()
        if last.endswith("'s"):  # "is your MES team's to look after"
            last, end = last[:-2], end - 2
        # the team's word last ("your SAP team") or, as the Romance languages put it, first ("team SAP", "equipo de TI")
        team = (last.split("-")[-1] in self.teams and (len(words) > 1 or "-" in last)) \
            or (first in self.teams and len(words) > 1)
        person = first in self.persons and len(words) > 1
        # a company's own name alone before words that hold the link ("Axiome en est responsable"; "Vantora owns":
        # reply_owners.py); not before any owning word, where a capital may only open the sentence
        firm = len(words) == 1 and text[words[0].start()].isupper() and text[end:].lstrip().lower().startswith(tuple(self.holding))
        return text[words[0].start():end] if team or person or firm else ""

    def _owning(self, lower: str):
        """The owning words of a lower-case text (`owns`), looked for only where one of them is whole (most texts: none)."""
        return self.owns.finditer(lower) if self.owns and self.owning_words.may(lower) else ()

    def _named_links(self, substance) -> tuple[list[str], list[str]]:
        return self.systems(substance), [s.term.lower() for s in substance if s.kind == "protocol" and counts(s)]

    def owns_other(self, lower: str, substance) -> bool:
        """Whether the sentence makes someone an owner of things that are no link only ("owns the glue recipes")."""
        return self._owner(lower, substance) is False

    def owns_link(self, lower: str, substance) -> bool:
        """Whether the sentence makes someone an owner of a link ("owns that interface", "owned by your IT team")."""
        return self._owner(lower, substance) is True

    def owning(self, topics: set[str], found: list[str], cue_topics: dict, lower: str, substance, linked) -> set[str]:
        """A sentence's topics where it makes someone the owner of a link: the link topic too where what is owned is
        the link the sentence before named (`linked()`, None where it is on no link: "... to SAP QM over an IDoc. Mrs. Keller from controls looks after
        it.", where it is on no other topic but by the owning words); and not a topic it is on only by the owning words
        (looking after a link is owning it, not upkeep), unless it names a figure ("looks after it for 4,000 EUR a year")."""
        if not (self.owning_words and self.owning_words.may(lower) and self.owns.search(lower)) \
                or not (self.topic in topics or (linked and linked())) \
                or not self.owns_link(lower, substance):
            return topics
        owning = [m.group() for m in self.owns.finditer(lower)]
        only = {t for t in topics if t != self.topic and all(any(c in o for o in owning) for c in found if t in cue_topics[c])}
        if self.topic not in topics and only != topics:
            return topics  # on another topic by other words: "it" is that ("Who maintains it after the pilot: ...")
        return (topics | {self.topic}) - (set() if _DIGIT.search(lower) else only)

    def _format(self, lower: str, substance) -> bool:
        return any(s.kind == "protocol" and counts(s) for s in substance) or bool(self.formats and self.formats.search(lower))

    def _owner(self, lower: str, substance) -> bool | None:
        """Whether someone the sentence makes an owner owns a link: True where one does, False where it owns only
        other things ("the recipes", "all the data"), None where it makes no owner."""
        return self.owner_of.get((lower, tuple(substance)), lambda: (self._owns_a_link(lower, substance),))[0]

    def _owns_a_link(self, lower: str, substance) -> bool | None:
        found = list(self._owning(lower))
        if not found:
            return None
        systems, protocols = self._named_links(substance)
        return any(self._owns(lower, m, systems, protocols) for m in found)

    def _owns(self, lower: str, m: re.Match, systems: list[str], protocols: list[str]) -> bool:
        """Whether owning words `m` own a link: words that hold it as a pronoun ("en est responsable"), or what is owned."""
        return m.group() in self.holding or self._a_link(*_owned(lower, m, self._agent(m)), systems, protocols, m.group() in self.whose)

    def _a_link(self, owned: str, passive: bool, systems: list[str], protocols: list[str], whose: bool = False) -> bool:
        """Whether what is owned is a link: a word for one (or one said before: "it", "both"), a system, or, owned
        "by" someone after it is described, its format or way ("a CSV file each night, one way, owned by ..."); not,
        by words that also say whose data is (`whose`), what is only described so ("all data ... via OPC UA belongs to ..."),
        nor more than their own clause says ("all process data, and the models trained on it, belong to ...")."""
        if whose:
            owned = _CLAUSE.split(owned)[-1].strip()
            if not owned:
                return False
        if (self.owned and self.owned.search(owned)) or owned in self.pointing or (not whose and any(s in owned for s in systems)):
            return True
        if passive and set(owned.split()) <= self.subjects:  # owned by someone before anything is named: the link before
            return True  # ("The responsibility is by Herr Vogel.")
        if whose:
            return False
        described = any(p in owned for p in protocols) or (self.formats and self.formats.search(owned))
        return passive and bool(described or (self.ways and self.ways.search(owned)))


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W_][\w'&/-]*")
_OWNER_WORDS = 5  # a team or a person named by more words is a clause, not a name


_AFTER_KIND = re.compile(r"\b(?P<kind>[A-Z]{2,5})\s+(?P<name>[A-Z][\w-]*[a-z0-9][\w-]*)(?![\w-])(?!\s+[A-Z])")


def _offered(offer: str, area_of) -> dict[str, str]:
    """Name -> area of each plant system the offer names by its product right after its kind's acronym ("interface
    avec la GMAO Mainti4": maintenance), so a reply naming "Mainti4" alone names that link (walk 68). Not a name the
    acronym's area already reads ("ERP SAP"), nor one word of a longer name ("SAP Business One"), nor a word the offer
    also writes in lower case ("ERP System")."""
    out = {}
    for m in _AFTER_KIND.finditer(offer) if area_of else ():
        name, area = m.group("name"), area_of(m.group("kind"))
        if area and not area_of(name) and not re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", offer):
            out.setdefault(name, area)
    return out
