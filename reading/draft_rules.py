"""Compile questions/drafting.yaml: phrases that let a proposal sentence answer a question.

Every phrase of every question, and every cue read beside them (role cues, acts, what moves),
goes into one trie, so a sentence is tokenised and walked once however many phrases the
domain expert adds. A phrase can stand for several answers at once
("work order" is a workflow output and a maintenance integration): each match carries all
the (question, option) targets of its phrase.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING


from questions.loader import load_drafting
from questions.models import QuestionBank

from .quantities import convert

if TYPE_CHECKING:
    from .draft_tables import TableRules

INTEGRATION = "connect.integrations"
CAPTURED = "data.captured"  # what a data table's unit column names (tables: data: units)


def normalise(text: str) -> str:
    """Lower case, hyphens and runs of white space as one space: 'On-Premises' == 'on premises'."""
    text = text.lower().replace("\u2019", "'").replace("'s ", " ")  # "the plant manager's phone"
    if "n't" in text:  # "doesn't change" reads as "does not change", as a phrase says it
        text = _NOT.sub(_spelled_out, text)
    return " ".join(text.replace("-", " ").replace("\u2011", " ").split())


_NOT = re.compile(r"\b(\w+)n't\b")
_IRREGULAR = {"ca": "cannot", "wo": "will not", "sha": "shall not", "ai": "is not"}  # can't, won't ...


def _spelled_out(match: re.Match) -> str:
    stem = match.group(1)
    return _IRREGULAR.get(stem) or stem + " not"


_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?\+?(?![^\W\d_])|[^\W_](?:[\w&/+'°]|\.(?=\w))*\+?|[%€$£°]|[,;:()]")
CLAUSE_END = frozenset(",;:()")  # kept as tokens: a negation does not reach past them
NUMBER, MORE, GAP, END = "<n>", "<n>+", "...", ""  # MORE: "500+"
MAX_GAP = 5


def tokens(norm: str) -> list[str]:
    """Words, numbers, unit signs and clause marks of normalised text ('99.5%' -> '99.5', '%')."""
    return _TOKEN.findall(norm)


def _phrase_tokens(phrase: str) -> list[str]:
    out = []
    for piece in normalise(phrase).split(" "):
        out.extend([piece] if piece in (NUMBER, MORE, GAP) else tokens(piece))
    return out


# drafting.yaml's number_words ("three", "twelve"): read once from the data, never changed after
NUMBER_WORDS: frozenset[str] = frozenset(normalise(str(w)) for w in load_drafting().get("number_words", []))


def _number_keys(token: str) -> tuple[str, ...]:
    """The number placeholders a token fills: '42' and 'three' fill <n>, '500+' fills <n>+."""
    if not token[:1].isdigit():
        return (NUMBER,) if token in NUMBER_WORDS else ()
    return (MORE,) if token.endswith("+") else (NUMBER,)


class PhraseSet:
    """Phrases -> targets. `find(words)` gives (start, end, phrase) for every phrase in a token
    list, including phrases inside longer ones ("operators" inside "operators select").
    `tag` prefixes each phrase's key, so sets joined by `union` keep their phrases apart."""

    def __init__(self, phrases: dict[str, list[tuple[str, str]]], tag: str = ""):
        self.targets: dict[str, list[tuple[str, str]]] = {}
        self.trie: dict = {}
        for phrase, targets in phrases.items():
            key = tag + normalise(phrase)
            self.targets.setdefault(key, []).extend(targets)
            words = _phrase_tokens(phrase)
            if not words:
                continue
            endings = _plurals(words[-1])
            for ending in endings:
                node = self.trie
                for word in words[:-1] + [words[-1] + ending]:
                    node = node.setdefault(word, {})
                node[END] = (key,)  # within one set, the last phrase read the same wins

    @classmethod
    def union(cls, *sets: PhraseSet) -> PhraseSet:
        """One trie for several sets: one `find` finds what each would, each under its own key,
        so a sentence is walked once for everything it is scanned for."""
        joined = cls({})
        for one in sets:
            for key, targets in one.targets.items():
                joined.targets.setdefault(key, []).extend(targets)
            _merge(joined.trie, one.trie)
        return joined

    def find(self, words: list[str]) -> list[tuple[int, int, str]]:
        found = []
        root, walk = self.trie, self._walk
        numbers, gap = NUMBER in root or MORE in root, GAP in root
        last = len(words) - 1
        for i, word in enumerate(words):
            child = root.get(word)
            # Half the words that start a phrase ("the", "your") lead nowhere: look one word on first.
            if child is not None and (END in child or (i < last and words[i + 1] in child) or NUMBER in child
                                      or MORE in child or GAP in child):
                walk(child, words, i, i + 1, found)
            if gap or (numbers and (word[:1].isdigit() or word in NUMBER_WORDS)):  # _number_keys, inlined
                self._branches(root, words, i, i, found)
        return found

    def _walk(self, node: dict, words: list[str], start: int, i: int, found: list) -> None:
        """Follow the words down the trie, a loop for the plain path (the hot one); the number and
        gap branches are walked afterwards, deepest first, so phrases come out in the order of a
        depth-first walk."""
        count = len(words)
        later = []
        while True:
            if END in node and i > start:
                found.extend((start, i, key) for key in node[END])
            if i >= count:
                break
            word = words[i]
            if NUMBER in node or MORE in node or GAP in node:  # most nodes have neither
                later.append((node, i))
            node = node.get(word)
            if node is None:
                break
            i += 1
        for node, i in reversed(later):
            self._branches(node, words, start, i, found)

    def _branches(self, node: dict, words: list[str], start: int, i: int, found: list) -> None:
        for number in _number_keys(words[i]):
            if number in node:
                self._walk(node[number], words, start, i + 1, found)
        if GAP in node:
            for skip in range(0, MAX_GAP + 1):
                if i + skip <= len(words):
                    self._walk_after_gap(node[GAP], words, start, i + skip, found)

    def _walk_after_gap(self, node: dict, words: list[str], start: int, i: int, found: list) -> None:
        if i < len(words) and (words[i] in node or any(k in node for k in _number_keys(words[i]))):
            self._walk(node, words, start, i, found)


def _plurals(word: str) -> tuple[str, ...]:
    """The endings a phrase's last word may take: "es" only where English spells a plural so
    ("boxes", "batches"): "RUL" + "es" is "rules", no remaining useful life."""
    if not word[-1:].isalpha():
        return ("",)
    return ("", "s", "es") if word.endswith(("s", "x", "z", "ch", "sh")) else ("", "s")


def _merge(into: dict, node: dict) -> None:
    for word, child in node.items():
        if word == END:
            into[END] = tuple(dict.fromkeys(into.get(END, ()) + child))
        else:
            _merge(into.setdefault(word, {}), child)


BOAST, HEDGE, EXCHANGE, ROLE = "~boast", "~hedge", "~exchange", "~role"  # targets that are no answer
ACT, DONE_BY, MOVES, SUITE = "~act", "~done_by", "~moves", "~suite"  # ... read together with other hits
NOT_SUITE = "own area"
ROLE_CUES = ("before", "before_at_start", "after", "unsure", "existing", "rating", "sampling", "furniture")  # drafting.yaml roles
COMPOUND = "~compound"  # a longer noun a phrase is only part of ("data centre", "ring buffer"): drafting.yaml compounds
PAGE = "~page"  # a cue of what kind of text the whole is (drafting.yaml product_page): no answer
PAGE_CUES = ("generic", "project")


def page_cues(page: dict) -> list[PhraseSet]:
    """drafting.yaml's product_page cues, a set per kind (keys "~kind:phrase", targets (PAGE, kind)):
    joined into the one scan, so telling a product page from a project text costs no walk of its own."""
    return [PhraseSet({str(w): [(PAGE, kind)] for w in page.get(kind, [])}, tag=f"~{kind}:") for kind in PAGE_CUES]


@dataclass(frozen=True)
class ProductPage:
    """drafting.yaml `product_page`: when a text is a product page, and what it may still draft."""
    project_below: float  # fewer than this share of its sentences tie it to one plant and project
    repeats: int  # on a product page, an option is drafted only when this many sentences say it
    labels_only: frozenset[str]  # questions a product page only names labels for: suggested, never drafted


def role_cues(roles: dict) -> list[PhraseSet]:
    """drafting.yaml's role cues, a set per kind (keys "~kind:phrase", targets (ROLE, kind)): joined
    into the drafter's scan, so the role of a sentence costs no walk of its own."""
    return [PhraseSet({str(w): [(ROLE, kind)] for w in roles[kind]}, tag=f"~{kind}:") for kind in ROLE_CUES]


@dataclass
class DraftRules:
    scan: PhraseSet  # everything a sentence is scanned for in one pass: options, areas, boasts, role cues ...
    order: dict[str, list[str]]  # question -> option ids in the file's order (choice tie-break)
    scales: frozenset[str]  # choice questions whose first option said wins (each includes the ones after it)
    marketing_document_below: float
    negations: frozenset[str]
    negation_window: int
    negation_ends: frozenset[str]  # words after which a negation before them no longer reaches ("until")
    negated_after: PhraseSet
    areas: PhraseSet  # integration areas alone: which sentence named which area
    directions: list[tuple[str, PhraseSet]]
    kpi_moves: list[str]
    kpi_trim: frozenset[str]
    kpi_commits: PhraseSet
    kpi_baselines: PhraseSet
    kpi_elsewhere: PhraseSet
    kpi_lower: frozenset[str]  # metrics that should go down (downtime, scrap, cost ...)
    kpi_higher: frozenset[str]  # ... and up (OEE, throughput, accuracy ...)
    text_sentences: int
    implies: dict[str, dict[str, dict[str, list[str] | str]]]
    confidence: dict[str, float]  # per kind of cue; `bar`: below it an option is only suggested
    version: str
    tables: TableRules  # which table a row line comes from, and what its cells say
    acting: Acting
    product_page: ProductPage
    destinations: Destinations
    lengths: list[Lengths]
    bare_roles: list[dict]  # drafting.yaml bare_roles: a bare role word that names another, qualified role
    users: Users


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

    def option(self, words: list[str], at: int, reach: int = 6) -> str | None:
        """The option the first "<number> <unit of time>" from `at` on reaches, or None."""
        for number, unit in zip(words[at:at + reach], words[at + 1:at + reach + 1]):
            value = _COUNT_WORDS.get(number) or (float(number.replace(",", "")) if _PLAIN.fullmatch(number) else None)
            days = convert(value, unit, "day") if value is not None else None
            if days is not None:  # "kept for 1 year" is said in years: the longest option, whatever its least
                return self.at_least[0][1] if convert(1, unit, "year") == 1 else \
                    next(option for least, option in self.at_least if days >= least)
        return None

    def kept(self, words: list[str]) -> list[tuple[str, str, int]]:
        """ "Data is kept 5 years", "retention: 24 months": the hit a keeping word and the length after it make."""
        for at, word in enumerate(words):
            if word in self.keeps:
                option = self.option(words, at + 1, self.window)
                if option:
                    return [(self.question, option, at)]
        return []


@dataclass(frozen=True)
class Users:
    """drafting.yaml `users`: when a role named drafts no user of the plant."""
    question: str
    vendor: frozenset[str]  # words right before a role that make it the vendor's ("our")
    vendor_sends: frozenset[str]  # ... for the roles a vendor sends (a case study's "our operators" are the plant's)
    not_with: tuple[str, str]  # (question, option): a sentence drafting it lists access roles


@dataclass(frozen=True)
class Destinations:
    """drafting.yaml `destinations`: a system named as where data goes is no source of data."""
    drops: frozenset[tuple[str, str]]  # (question, option) such a name never drafts
    before: frozenset[str]  # words that send data to what follows ("into", "to")
    window: int  # ... at most this many words before the system's name


@dataclass(frozen=True)
class Acting:
    """drafting.yaml `acting`: a named role (an option of `actors`) acting on the output ("the shift
    lead confirms each alarm") drafts an option of `answers`; ACT and DONE_BY hits carry which."""
    actors: str  # the question whose options are the roles (users.roles)
    answers: str  # the question the act answers (upkeep.human_review)
    window: int  # at most this many words from the role to its act, within one clause


def _check(data: dict, bank: QuestionBank) -> None:
    questions = bank.questions()
    for qid, options in data["questions"].items():
        if qid not in questions:
            raise ValueError(f"drafting.yaml: unknown question {qid!r}")
        known = set(questions[qid].choice_ids())
        for option in options:
            if option not in known:
                raise ValueError(f"drafting.yaml: question {qid}: unknown option {option!r}; known: {', '.join(sorted(known))}")
    areas = set(questions[INTEGRATION].choice_ids())
    for area in list(data["integrations"]["areas"]) + list(data.get("tables", {}).get("integration", {}).get("areas", {})):
        if area not in areas:
            raise ValueError(f"drafting.yaml: integrations: unknown area {area!r}; known: {', '.join(sorted(areas))}")
    for area in data["integrations"].get("moves", {}):
        if area not in areas:
            raise ValueError(f"drafting.yaml: integrations: moves: unknown area {area!r}; known: {', '.join(sorted(areas))}")
    acting = data.get("acting")
    if acting:
        answers = set(questions[acting["answers"]].choice_ids())
        for option in list(acting["acts"]) + list(acting.get("done_by", {})):
            if option not in answers:
                raise ValueError(f"drafting.yaml: acting: unknown option {option!r} of {acting['answers']}")
    data_table = data.get("tables", {}).get("data", {})
    for qid in data_table.get("rate_answers", []):
        if qid not in questions:
            raise ValueError(f"drafting.yaml: tables: rate_answers: unknown question {qid!r}")
    captured = set(questions[CAPTURED].choice_ids())
    for option in data_table.get("units", {}):
        if option not in captured:
            raise ValueError(f"drafting.yaml: tables: units: unknown option {option!r} of data.captured")


def _read_together(acting: dict, links: dict) -> list[PhraseSet]:
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
            tagged(MOVES, links.get("moves", {})), tagged(SUITE, {"": suites, NOT_SUITE: own})]


def compile_rules(data: dict, bank: QuestionBank) -> DraftRules:
    from .draft_tables import TableRules  # it builds on the phrase sets above

    _check(data, bank)
    phrases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for qid, options in data["questions"].items():
        for option, words in options.items():
            for phrase in words:
                phrases[str(phrase)].append((qid, option))
    links = data["integrations"]
    as_set = lambda words, tag: PhraseSet({str(w): [(tag, "")] for w in words})  # noqa: E731
    area_phrases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for area, words in links["areas"].items():
        for phrase in words:
            area_phrases[str(phrase)].append((INTEGRATION, area))
    acting = data.get("acting", {})
    everything: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for source in (phrases, area_phrases, {str(w): [(BOAST, "")] for w in data["boasts"]},
                   {str(w): [(HEDGE, "")] for w in data["hedges"]}, {str(w): [(EXCHANGE, "")] for w in links["exchange"]}):
        for phrase, targets in source.items():
            everything[phrase].extend(targets)
    return DraftRules(
        scan=PhraseSet.union(PhraseSet(dict(everything)), *_read_together(acting, links), *role_cues(data["roles"]),
                            *page_cues(data.get("product_page", {})),
                            PhraseSet({str(w): [(COMPOUND, "")] for w in data.get("compounds", [])}, tag=COMPOUND + ":")),
        order={qid: list(options) for qid, options in data["questions"].items()},
        scales=frozenset(data.get("scales", [])),
        marketing_document_below=float(data["marketing_document_below"]),
        negations=frozenset(data["negations"]),
        negation_window=int(data.get("negation_window", 3)),
        negation_ends=frozenset(data.get("negation_ends", [])),
        negated_after=as_set(data.get("negated_after", []), "negated"),
        areas=PhraseSet(dict(area_phrases)),
        directions=[(d, as_set(links["directions"][d], d)) for d in ("both", "from_system", "to_system")],
        kpi_moves=[normalise(w) for w in data["kpi"]["moves"]],
        kpi_trim=frozenset(normalise(w) for w in data["kpi"]["trim"]),
        kpi_commits=as_set(data["kpi"]["commits"], "commit"),
        kpi_baselines=as_set(data["kpi"]["baselines"], "baseline"),
        kpi_elsewhere=as_set(data["kpi"]["elsewhere"], "elsewhere"),
        kpi_lower=frozenset(normalise(w) for w in data["kpi"]["lower_is_better"]),
        kpi_higher=frozenset(normalise(w) for w in data["kpi"]["higher_is_better"]),
        text_sentences=int(data["text"]["max_sentences"]),
        implies=data.get("implies", {}),
        confidence={k: float(v) for k, v in data["confidence"].items()},
        version=str(data["version"]),
        tables=TableRules(data.get("tables", {}), PhraseSet(dict(area_phrases))),
        acting=Acting(acting.get("actors", ""), acting.get("answers", ""), int(acting.get("window", 0))),
        product_page=ProductPage(float(data.get("product_page", {}).get("project_below", 0.0)),
                                 int(data.get("product_page", {}).get("repeats", 1)),
                                 frozenset(data.get("product_page", {}).get("labels_only", []))),
        destinations=_destinations(data.get("destinations", {})),
        lengths=[_lengths(spec) for spec in data.get("lengths", [])],
        bare_roles=[{**r, "bare": frozenset(normalise(w) for w in r["bare"])} for r in data.get("bare_roles", [])],
        users=Users(data["users"]["question"], frozenset(data["users"]["vendor"]),
                    frozenset(data["users"]["vendor_sends"]), tuple(data["users"]["not_with"].split(": "))),
    )


def _lengths(spec: dict) -> Lengths:
    return Lengths(spec["question"], tuple(sorted(((float(d), o) for o, d in spec["at_least"].items()), reverse=True)),
                   frozenset(spec.get("keeps", [])), int(spec.get("window", 6)),
                   tuple(spec["not_with"].split(": ")) if "not_with" in spec else ())


def _destinations(spec: dict) -> Destinations:
    drops = frozenset((q, o) for q, options in spec.get("drops", {}).items() for o in options)
    return Destinations(drops, frozenset(normalise(w) for w in spec.get("before", [])), int(spec.get("window", 0)))


_compiled: dict[int, tuple[QuestionBank, DraftRules]] = {}


def rules_for(bank: QuestionBank) -> DraftRules:
    """The drafting rules compiled once per bank object."""
    cached = _compiled.get(id(bank))
    if cached is None or cached[0] is not bank:
        cached = _compiled[id(bank)] = (bank, compile_rules(load_drafting(), bank))
    return cached[1]


draft_data = load_drafting  # drafting.yaml as read: sections other modules compile themselves
