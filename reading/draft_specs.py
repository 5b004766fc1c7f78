"""What drafting.yaml's sections mean, compiled: the targets that are no answer, the cue sets
read beside the options, and the small specs (product page, lengths, users, destinations, acting)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .phrases import CLAUSE_END, PhraseSet, normalise, tokens
from .quantities import convert
from .speakers import in_names, titled

INTEGRATION = "connect.integrations"
CAPTURED = "data.captured"  # what a data table's unit column names (tables: data: units)

BOAST, HEDGE, EXCHANGE, ROLE = "~boast", "~hedge", "~exchange", "~role"  # targets that are no answer
# a cue that ties a figure to the buyer's plant, and one that speaks of others (drafting.yaml own_figures); a boast or
# a hedge that `OWN` marks is excused where the first is found and the second is not
OWN_FIGURE, OTHERS, OWN = "~own_figure", "~others", "own"
BEFORE_OWN = "before"  # a boast that in the plant's before-state is its measured problem (own_figures before_boasts)
OPTIONAL_LINK = "~optional_link"  # a link offered only on request or at extra cost: drafting.yaml integrations optional
ACT, DONE_BY, MOVES, SUITE = "~act", "~done_by", "~moves", "~suite"  # ... read together with other hits
ALONE = "~alone"  # the system acting by itself on the product or the line (acting: alone)
REQUEST = "request"  # ... by a request it opens (a work order), alone only where no one approves it after (alone: requests)
NOT_SUITE = "own area"
ROLE_CUES = ("before", "before_at_start", "after", "unsure", "existing", "existing_ahead", "old_ahead", "existing_after", "rating", "sampling", "labour", "furniture",
             "hope", "condition", "dateline", "caption",
             "background", "instead", "replaced", "replaced_whole")  # drafting.yaml roles
COMPOUND = "~compound"  # a longer noun a phrase is only part of ("data centre", "ring buffer"): drafting.yaml compounds
PAGE = "~page"  # a cue of what kind of text the whole is (drafting.yaml product_page): no answer
PAGE_CUES = ("generic", "project")


def page_cues(page: dict) -> list[PhraseSet]:
    """drafting.yaml's product_page cues, a set per kind (keys "~kind:phrase", targets (PAGE, kind)):
    joined into the one scan, so telling a product page from a project text costs no walk of its own."""
    return [PhraseSet.of(page.get(kind, []), PAGE, kind, tag=f"~{kind}:") for kind in PAGE_CUES]
_LIST_REACH = 6  # words either side of a quantified item its list's next item is looked for in


@dataclass(frozen=True)
class ProductPage:
    """drafting.yaml `product_page`: when a text is a product page, and what it may still draft."""
    project_below: float  # fewer than this share of its sentences tie it to one plant and project
    repeats: int  # on a product page, an option is drafted only when this many sentences say it
    labels_only: frozenset[str]  # questions a product page only names labels for: suggested, never drafted
    general_kinds: frozenset[str] = frozenset()  # agent kinds of a sentence that speaks of the industry ("source")
    passing: frozenset[str] = frozenset()  # project cues a page also says in passing ("the plant"): no offer's terms
    titles: frozenset[str] = frozenset()  # a passing cue right before one of these is a job's name ("the plant manager")
    declared: tuple[tuple[str, ...], ...] = ()  # a line opening on one names the text a case study ("Case Study: ...")
    furniture: tuple[tuple[str, ...], ...] = ()  # a heading alone on its line that a case study has ("The Challenge")
    once: frozenset[tuple[str, str]] = frozenset()  # options one sentence of a page claims (vibration: a sensor's reading)
    lead: int = 0  # the text's opening: its first this many sentences of five words or more
    own_system: bool = False  # a product description's opening names the system it sells: no link (draft_integrations)
    studied: tuple[tuple[str, ...], ...] = ()  # a research paper's words for itself ("In this study"): as `furniture`

    def least(self, question: str, option: str) -> int:
        """How many of a page's sentences must say an option to draft it: `repeats`, but one for `once`."""
        return 1 if (question, option) in self.once else self.repeats


def role_cues(roles: dict) -> list[PhraseSet]:
    """drafting.yaml's role cues, a set per kind (keys "~kind:phrase", targets (ROLE, kind)): joined
    into the drafter's scan, so the role of a sentence costs no walk of its own."""
    return [PhraseSet.of(_cue_list(roles.get(kind, [])), ROLE, kind, tag=f"~{kind}:") for kind in ROLE_CUES]


def _cue_list(entry) -> list[str]:
    """A kind's cues: a list, or a mapping that gives them under `cues` beside its settings."""
    return entry.get("cues", []) if isinstance(entry, dict) else entry


_PLAIN = re.compile(r"\d[\d,]*(?:\.\d+)?")
_COUNT_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


@dataclass(frozen=True)
class Lengths:
    """drafting.yaml `lengths`: an option of `question` by the length of time a phrase states."""
    question: str
    at_least: tuple[tuple[float, str], ...]  # (days, option), longest first
    keeps: frozenset[str]  # words that say data is kept ("stored", "retention"), a length after them
    window: int  # ... at most this many words on
    not_with: tuple[str, ...]  # (question, option): a sentence that drafts it says nothing of this length; () none
    deadlines: frozenset[str] = frozenset()  # "within": a length after one is when a thing is done, not how long
    after_leads: frozenset[str] = frozenset()  # "after": a length told before the keeping word after one is a when
    kept_after: frozenset[str] = frozenset()  # the verbs of keeping a length may come before ("5 Jahre gespeichert")

    def option(self, words: list[str], at: int, reach: int = 6) -> str | None:
        """The option the first "<number> <unit of time>" from `at` on reaches, or None."""
        for on, (number, unit) in enumerate(zip(words[at:at + reach], words[at + 1:at + reach + 1]), at):
            if on and words[on - 1] in self.deadlines:  # "history searchable within 30 days of go-live"
                continue
            value = _COUNT_WORDS.get(number) or (float(number.replace(",", "")) if _PLAIN.fullmatch(number) else None)
            days = convert(value, unit, "day") if value is not None else None
            if days is not None:  # "kept for 1 year" is said in years: the longest option, whatever its least
                return self.at_least[0][1] if convert(1, unit, "year") == 1 else \
                    next(option for least, option in self.at_least if days >= least)
        return None

    def kept(self, words: list[str]) -> list[tuple[str, str, int]]:
        """ "Data is kept 5 years", "retention: 24 months": the hit a keeping word and the length after it make; else
        the length right before it in its clause, as a verb-final language tells it ("die Daten werden 5 Jahre lang
        gespeichert", "de gegevens worden 5 jaar bewaard"), unless that length says when ("after 6 months")."""
        for at, word in enumerate(words):
            if word in self.keeps:
                option = self.option(words, at + 1, self.window) or word in self.kept_after and self._before(words, at)
                if option:
                    return [(self.question, option, at)]
        return []

    def _before(self, words: list[str], at: int) -> str | None:
        start = max(0, at - self.window)
        start = max([start] + [i + 1 for i in range(start, at) if words[i] in CLAUSE_END or words[i] == "of"])
        for on in range(at - 2, start - 1, -1):
            if (on == 0 or words[on - 1] not in self.after_leads) and convert(1, words[on + 1], "day") is not None:
                return self.option(words, on, 2)
        return None


@dataclass(frozen=True)
class Users:
    """drafting.yaml `users`: when a role named drafts no user of the plant."""
    question: str
    vendor: frozenset[str]  # words right before a role that make it the vendor's ("our")
    vendor_sends: frozenset[str]  # ... for the roles a vendor sends (a case study's "our operators" are the plant's)
    not_with: tuple[str, str]  # (question, option): a sentence drafting it lists access roles
    team: tuple[str, ...] = ()  # phrases of a sentence naming the vendor's or the project's team ("team size")
    speaks: tuple[tuple[str, ...], ...] = ()  # words that attribute a quote ("said", "according to")
    titles: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # option -> executives' titles
    uses: frozenset[str] = frozenset()  # words right after a title that make its bearer a user ("sees", "dashboard")
    apposition: dict = field(default_factory=dict)  # a title beside a person's name (speakers.titled)
    roles: frozenset[str] = frozenset()  # the roles `uses` may follow ("finance", "controlling"): `using` roles, joined
    every: frozenset[str] = frozenset()  # "every", "each": a quantifier a list of the plant's things is told in

    def distributed(self, words: list[str], at: int) -> bool:
        """The role at `at` is one item of a list told item by item with a quantifier ("learning from every machine,
        every operator and every batch"): one of the plant's things the system covers, no user of it."""
        if at == 0 or words[at - 1] not in self.every:
            return False
        near = words[max(0, at - 1 - _LIST_REACH):at - 1] + words[at + 1:at + 1 + _LIST_REACH]
        return not self.every.isdisjoint(near)

    def named(self, text: str, words: list[str]) -> set[int]:
        """Positions of a title set beside a person's name: who is quoted or decided, no user."""
        spec = self.apposition
        return (titled(text, words, spec["ends"], spec["openers"], spec["reach"], self.uses)
                | in_names(text, words, spec["openers"], spec["people"])) if spec else set()

    def idle_title(self, words: list[str], option: str, at: int) -> bool:
        """An executive's title at `at` with no verb of use or output right after it: in one site's story the
        CEO who set the deadline or is named by a list of people, not a user of what the system gives."""
        for title in self.titles.get(option, ()):
            if tuple(words[at:at + len(title)]) == title:
                return words[at + len(title)] not in self.uses if at + len(title) < len(words) else True
        return False

    def speakers(self, words: list[str]) -> set[int]:
        """Positions of the words that name who is quoted: after a speech word that follows a clause
        mark ('"...," said Tom Baker, the reliability engineer'), a closing clause that ends on one
        (", the works manager said"), or "according to ..." up to the next clause mark."""
        out: set[int] = set()
        firsts = _firsts(self.speaks)  # most sentences hold no speech word: no phrase tried at each word
        for at in (i for i, word in enumerate(words) if word in firsts):
            said = next((w for w in self.speaks if tuple(words[at:at + len(w)]) == w), None)
            if not said:
                continue
            if said[0] == "according":
                end = next((i for i in range(at, len(words)) if words[i] in CLAUSE_END), len(words))
                out.update(range(at, end))
            elif at > 0 and words[at - 1] in CLAUSE_END and len(words) - at <= _CLOSING_CLAUSE + 6 \
                    and not _REPORTED.intersection(words[at + 1:at + 2]):
                out.update(range(at, len(words)))  # not ", said it provides ...": what is said, not who
            elif at >= len(words) - 2:  # ", the works manager said." (or "said today")
                start = max((i for i in range(at) if words[i] in CLAUSE_END), default=None)
                if start is not None and at - start <= _CLOSING_CLAUSE:
                    out.update(range(start, at + 1))
        return out


@lru_cache(maxsize=8)
def _firsts(speaks: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of the speech phrases: a phrase can start only at one of them."""
    return frozenset(w[0] for w in speaks if w)


_CLOSING_CLAUSE = 8  # words from the comma to the speech word of a closing attribution
_REPORTED = frozenset({"that", "it", "they", "this", "these", "we", "he", "she", "our"})  # "said it ...": what was said


@dataclass(frozen=True)
class Destinations:
    """drafting.yaml `destinations`: a system named as where data goes is no source of data."""
    drops: frozenset[tuple[str, str]]  # (question, option) such a name never drafts
    before: frozenset[str]  # words that send data to what follows ("into", "to")
    window: int  # ... at most this many words before the system's name
    unless: frozenset[str] = frozenset()  # words right before such a word that make it none ("belongs to")
    breaks: frozenset[str] = frozenset()  # words between it and the name that end its reach ("build a tool that reads")


@dataclass(frozen=True)
class Effects:
    """drafting.yaml `effects`: a stop, an output shortfall, a defect (and the other kinds of data it lists) named in a
    result, a price or the plant's state is what befell the plant; it is data captured only where its sentence says
    the data is taken."""
    drops: frozenset[tuple[str, str]]  # (question, option) such a sentence never drafts
    taken: frozenset[str]  # single words that say data is taken, read or shown ("records", "sensor")
    averted: frozenset[str] = frozenset()  # right before the stop, it is an effect whatever else is taken ("prevented downtime")
    window: int = 0  # how many words before the stop `averted` reaches
    sized: frozenset[tuple[str, str]] = frozenset()  # (question, option) never drafted as the size of a change
    changes: frozenset[str] = frozenset()  # words of a change ("savings", "reduces", "by")
    reach: int = 0  # how many words before the option a change word may lead its number
    tells: tuple[str, str] | None = None  # (question, option) the size of a change of `told` tells instead: its cost
    told: frozenset[str] = frozenset()  # options whose size of a change tells `tells`
    offer_drops: frozenset[tuple[str, str]] = frozenset()  # ... never drafts in an offer (a reply's question tells what is read)

    def size_of_change(self, words: list[str], at: int) -> bool:
        """Whether the phrase at `at` is the size of a change, not data taken: right after a change word
        ("reduces annual energy consumption") or after a number a change word leads ("savings of about
        3,761,000 kWh", "by 7.9 million kWh")."""
        before = words[max(0, at - self.reach):at]
        for i, word in enumerate(before):
            if word in self.changes and (i >= len(before) - 2 or any(w[:1].isdigit() for w in before[i + 1:])):
                return True
        return False


@dataclass(frozen=True)
class Acting:
    """drafting.yaml `acting`: a named role (an option of `actors`) acting on the output ("the shift
    lead confirms each alarm") drafts an option of `answers`; ACT and DONE_BY hits carry which."""
    actors: str  # the question whose options are the roles (users.roles)
    answers: str  # the question the act answers (upkeep.human_review)
    window: int  # at most this many words from the role to its act, within one clause
    joined_window: int = 0  # ... or this many, where the act is the role's second verb ("sees ... and confirms")
    joins: frozenset[str] = frozenset()  # the words that join it ("and", "or")
    relative: frozenset[str] = frozenset()  # the role's relative clause ("the technician, who decides")
    apposition: int = 0  # at most this many words between commas after the role ("the planner, Rick, reviews")
    acts: frozenset[str] = frozenset()  # the options an act of a role drafts (human_approves, human_exceptions)
    # where an offer says the system acts by itself (ALONE hits): options it rules out, and one read as another
    alone_denies: frozenset[str] = frozenset()  # "it decides nothing on its own"
    alone_as: tuple[tuple[str, str], ...] = ()  # a person approving what it did reviews its exceptions
    join_helpers: frozenset[str] = frozenset()  # a modal between the join and the second verb ("and can confirm")


def together_cues(acting: dict, links: dict) -> list[PhraseSet]:
    """Cues that draft only beside other hits (an act beside a role, what moves beside a system),
    each set under its own tag: "confirms" as an act never hides "confirms" as an option's phrase."""
    def tagged(tag: str, groups: dict) -> PhraseSet:
        return PhraseSet({str(w): [(tag, key)] for key, words in groups.items() for w in words}, tag=tag + ":")
    suites = [normalise(w) for w in links.get("suites", [])]
    # An area phrase that starts with a suite's name ("SAP CO") names its own area: no suite, and,
    # being the longer phrase, it hides the suite's name inside it.
    own = [w for words in links["areas"].values() for w in map(normalise, words)
           if w not in suites and any(w.startswith(s + " ") for s in suites)]
    return [tagged(ACT, acting.get("acts", {})), tagged(DONE_BY, acting.get("done_by", {})),
            tagged(ALONE, {"": acting.get("alone", {}).get("cues", []), REQUEST: acting.get("alone", {}).get("requests", [])}),
            tagged(MOVES, links.get("moves", {})), tagged(SUITE, {"": suites, NOT_SUITE: own})]


def lengths_of(spec: dict) -> Lengths:
    return Lengths(spec["question"], tuple(sorted(((float(d), o) for o, d in spec["at_least"].items()), reverse=True)),
                   frozenset(spec.get("keeps", [])), int(spec.get("window", 6)),
                   tuple(spec["not_with"].split(": ")) if "not_with" in spec else (), frozenset(spec.get("deadlines", [])),
                   frozenset(map(str, spec.get("after_leads", []))), frozenset(map(str, spec.get("kept_after", []))))


def effects_of(spec: dict) -> Effects:
    drops = frozenset((q, o) for q, options in spec.get("drops", {}).items() for o in options)
    offered = frozenset((q, o) for q, options in spec.get("offer_drops", {}).items() for o in options)
    sized = frozenset((q, o) for q, options in spec.get("sized", {}).items() for o in options)
    tells, told = next(iter(spec.get("sized_tells", {}).items()), (None, []))  # one "question: option" -> options
    return Effects(drops, frozenset(normalise(w) for w in spec.get("taken", [])),
                   frozenset(normalise(w) for w in spec.get("averted", [])), int(spec.get("window", 0)),
                   sized, frozenset(normalise(w) for w in spec.get("changes", [])), int(spec.get("reach", 0)),
                   tuple(tells.split(": ")) if tells else None, frozenset(told), offered)


def destinations_of(spec: dict) -> Destinations:
    drops = frozenset((q, o) for q, options in spec.get("drops", {}).items() for o in options)
    return Destinations(drops, frozenset(normalise(w) for w in spec.get("before", [])), int(spec.get("window", 0)),
                        frozenset(normalise(w) for w in spec.get("unless", [])),
                        frozenset(normalise(w) for w in spec.get("breaks", [])))
