"""Compile questions/drafting.yaml: phrases that let a proposal sentence answer a question.

Every phrase of every question, and every cue read beside them (role cues, acts, what moves),
goes into one trie, so a sentence is tokenised and walked once however many phrases the
domain expert adds. A phrase can stand for several answers at once
("work order" is a workflow output and a maintenance integration): each match carries all
the (question, option) targets of its phrase.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from questions.loader import load_drafting
from questions.models import QuestionBank

from .agent import agent_cues
from .draft_specs import (BEFORE_OWN, BOAST, COMPOUND, EXCHANGE, HEDGE, INTEGRATION, OPTIONAL_LINK, OTHERS, OWN, OWN_FIGURE,
                          Acting, Destinations, Effects, Lengths,
                          ProductPage, Users, destinations_of, effects_of, lengths_of, page_cues, role_cues, together_cues)
from .draft_rules_check import check_rules
from .draft_horizon import Horizon, horizon_phrases
from .draft_word_classes import class_phrases
from .draft_flow import Flow
from .draft_tables import TableRules
from .phrases import PhraseSet, normalise, tokens


@dataclass
class DraftRules:
    scan: PhraseSet  # everything a sentence is scanned for in one pass: options, areas, boasts, role cues ...
    order: dict[str, list[str]]  # question -> option ids in the file's order (choice tie-break)
    scales: frozenset[str]  # choice questions whose first option said wins (each includes the ones after it)
    widest: frozenset[str]  # choice questions whose lowest-scored option said wins (the widest path in)
    fastest: frozenset[str]  # choice questions whose highest-scored option drafted sure wins (the fastest way seen)
    marketing_document_below: float
    negations: frozenset[str]
    negation_window: int
    negation_ends: frozenset[str]  # words after which a negation before them no longer reaches ("until")
    negated_after: PhraseSet
    denied_by_verb: dict[str, frozenset[str] | int]  # an auxiliary and a negation right after a phrase deny it
    list_closers: frozenset[str]  # "or", "nor": a negation reaches over the items of a list they close
    list_item: int  # at most this many words in an item of such a list
    areas: PhraseSet  # integration areas alone: which sentence named which area
    directions: list[tuple[str, PhraseSet]]
    flow: Flow  # a link's direction told by its grammar, read before `directions`
    methods: PhraseSet  # how a link's data moves, beside the protocols: drafting.yaml integrations: methods
    records: PhraseSet  # ... or a record it makes in the other system, right after one of `made`
    made: PhraseSet
    made_window: int
    optional_drops: frozenset[str]  # questions a part of a sentence offered only on request drafts nothing of
    planned: tuple[frozenset[str], frozenset[str]]  # ... or said to come in a later year: its words, words before the year
    kpi_moves: list[str]
    kpi_trim: frozenset[str]
    kpi_commits: PhraseSet
    kpi_baselines: PhraseSet
    kpi_told: frozenset[str]  # verbs of a result told in the past ("reduced errors to 0.4%")
    kpi_told_window: int  # ... paired with a value at most this many sentences before
    kpi_elsewhere: PhraseSet
    kpi_lower: frozenset[str]  # metrics that should go down (downtime, scrap, cost ...)
    kpi_higher: frozenset[str]  # ... and up (OEE, throughput, accuracy ...)
    text_sentences: int
    implies: dict[str, dict[str, dict[str, list[str] | str]]]
    implies_only_with: dict[str, frozenset[str]]  # source option -> words one of its sentences must hold
    implies_not_with: dict[str, "PhraseSet | Slow"]  # source option -> phrases a sentence of it that backs others holds none of
    implies_in_replies_with: dict[str, frozenset[str]]  # question -> words a reply's sentence implying it holds
    implies_addressed: dict  # questions implied only in a text written to one site, and how many sentences tell it
    measured_result: tuple[str, str]  # (question, option) a case study's measure before and after answers
    measured_by: tuple[frozenset[str], ...]  # ... not where the product does its change, nor an aim (measured.py)
    confidence: dict[str, float]  # per kind of cue; `bar`: below it an option is only suggested
    reliability: dict[tuple[str, str], float]  # (question, option or "") -> times the cues' confidence
    version: str
    tables: TableRules  # which table a row line comes from, and what its cells say
    acting: Acting
    horizon: Horizon  # how far ahead the system warns (draft_horizon.py)
    product_page: ProductPage
    destinations: Destinations
    conduits: Destinations  # the same shape: a plant system named as the data's path ("through the historian")
    own_systems: Destinations  # and a system the offer names as its own ("our MES platform"): no plant system
    built_systems: Destinations  # ... or as what the project built ("by building a scheduling tool"): the same
    recipients: Destinations  # and a team the output goes to ("to your maintenance planner"): no upkeep owner
    effects: Effects
    lengths: list[Lengths]
    bare_roles: list[dict]  # drafting.yaml bare_roles: a bare role word that names another, qualified role
    caused: list[tuple[str, str, str, frozenset[str], PhraseSet]]  # (question, option, as, cause, unless phrases)
    told_too: list[tuple[str, str, str, PhraseSet]]  # (question, option, as, what the text must tell too)
    said_with: list[tuple[str, str, frozenset[str], bool]]  # (question, option, words one of its sentences must hold,
    # whether a reply is held to them too)
    # (question, option, words one of its sentences must lack, words that keep it all the same)
    said_without: list[tuple[str, str, frozenset[str], frozenset[str]]]
    told_with: dict[str, frozenset[str]]  # question -> in a site's story, words one of an option's sentences must hold
    users: Users
    told_only: dict[str, frozenset[str]] = field(default_factory=dict)  # question -> the only options told_with gates
    implies_told_with: dict[str, frozenset[str]] = field(default_factory=dict)  # question -> ... an offer's sentence

    def reliable(self, qid: str, option: str) -> float:
        """How far an option's drafts have proven right on texts the rules had not seen (1: as sure as its cues)."""
        return self.reliability.get((qid, option), self.reliability.get((qid, ""), 1.0))


def _entries(spec: list | dict) -> list:
    """A `said_without` option's entries: one (its words, or {words, unless}), or a list of {words, unless}, each of
    which drops the option alone."""
    return spec if isinstance(spec, list) and spec and isinstance(spec[0], dict) else [spec]


def _with(qid: str, option: str, spec: list | dict) -> tuple[str, str, frozenset[str], bool]:
    """A `said_with` entry: its words, or {words, replies}: `replies: false` where a reply, which answers the buyer's
    own question ("Who reviews the recommendations?" answered "each one must be approved"), is not held to them."""
    words, replies = (spec["words"], bool(spec.get("replies", True))) if isinstance(spec, dict) else (spec, True)
    return qid, option, frozenset(normalise(w) for w in words), replies


def _without(qid: str, option: str, spec: list | dict) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """A `said_without` entry: its words, or {words, unless}: a word of `unless` in the sentence keeps the option
    ("operators see ... on tablets" is the tablet's output; "operators enter the reason on tablets" its entry)."""
    words, unless = (spec["words"], spec.get("unless", [])) if isinstance(spec, dict) else (spec, [])
    return qid, option, frozenset(normalise(w) for w in words), frozenset(normalise(w) for w in unless)


def _reliability(data: dict) -> dict[tuple[str, str], float]:
    """drafting.yaml `reliability`: a factor for a whole question (a number) or for some of its options."""
    factors = {}
    for qid, value in data.items():
        for option, factor in (value.items() if isinstance(value, dict) else [("", value)]):
            if not 0 < float(factor) <= 1:
                raise ValueError(f"drafting.yaml: reliability: {qid} {option}: {factor!r} is not above 0 and at most 1")
            factors[(qid, option)] = float(factor)
    return factors


def _option_phrases(data: dict) -> dict[str, list[tuple[str, str]]]:
    phrases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for qid, options in data["questions"].items():
        for option, words in options.items():
            for phrase in words:
                phrases[str(phrase)].append((qid, option))
    built = [*class_phrases(data).items(), *horizon_phrases(data.get("horizon", {})).items()]
    for phrase, targets in built:  # word classes read together (drafting.yaml class_phrases, horizon)
        phrases[phrase].extend(t for t in targets if t not in phrases[phrase])  # a phrase listed already counts once
    using = data["users"].get("using", {})
    for option, roles in using.get("roles", {}).items():  # a role as the subject of a verb of use, or owning the output
        for role in roles:
            for word in [*using.get("uses", []), *using.get("owns", [])]:
                phrases[f"{role} {word}"].append((data["users"]["question"], option))
    return phrases


def _area_phrases(links: dict) -> dict[str, list[tuple[str, str]]]:
    phrases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for area, words in links["areas"].items():
        for phrase in words:
            phrases[str(phrase)].append((INTEGRATION, area))
    return dict(phrases)


def _selling_phrases(data: dict) -> list[dict[str, list[tuple[str, str]]]]:
    """Boasts and hedges, those a figure of the buyer's own plant excuses marked OWN, and the cues that tell
    whose figure it is (drafting.yaml own_figures)."""
    own = data.get("own_figures", {})
    excused, before = {str(w) for w in [*own.get("boasts", []), *own.get("hedges", [])]}, own.get("before_boasts", [])
    return [{str(w): [(BOAST, OWN if str(w) in excused else BEFORE_OWN if w in before else "")] for w in data["boasts"]},
            {str(w): [(HEDGE, OWN if str(w) in excused else "")] for w in data["hedges"]},
            {str(w): [(OWN_FIGURE, "")] for w in own.get("cues", [])},
            {str(w): [(OTHERS, "")] for w in own.get("others", [])}]


def _scan(data: dict, area_phrases: dict[str, list[tuple[str, str]]]) -> PhraseSet:
    """Everything a sentence is scanned for, in one trie: options, areas, boasts, hedges, exchange
    words, and the cues of acting, roles, product pages, agents and compounds."""
    links, everything = data["integrations"], defaultdict(list)
    for source in (_option_phrases(data), area_phrases, *_selling_phrases(data),
                   {str(w): [(EXCHANGE, "")] for w in links["exchange"]},
                   {str(w): [(OPTIONAL_LINK, "")] for w in links.get("optional", [])}):
        for phrase, targets in source.items():
            everything[phrase].extend(targets)
    return PhraseSet.union(PhraseSet(dict(everything)), *together_cues(data.get("acting", {}), links),
                           *role_cues(data["roles"]), *page_cues(data.get("product_page", {})),
                           *agent_cues(data.get("agent", {})),
                           PhraseSet.of(data.get("compounds", []), COMPOUND, tag=COMPOUND + ":"))


def acting_of(acting: dict) -> Acting:
    alone = acting.get("alone", {})
    window = int(acting.get("window", 0))
    return Acting(acting.get("actors", ""), acting.get("answers", ""), window, int(acting.get("joined_window", window)),
                  frozenset(acting.get("joins", [])), frozenset(acting.get("relative", [])),
                  int(acting.get("apposition", 0)), frozenset([*acting.get("acts", {}), *acting.get("done_by", {})]),
                  frozenset(alone.get("denies", [])), tuple(alone.get("read_as", {}).items()),
                  frozenset(acting.get("join_helpers", [])))


def compile_rules(data: dict, bank: QuestionBank) -> DraftRules:
    check_rules(data, bank)
    links, acting = data["integrations"], data.get("acting", {})
    area_phrases = _area_phrases(links)
    return DraftRules(
        scan=_scan(data, area_phrases),
        order={qid: list(options) for qid, options in data["questions"].items()},
        scales=frozenset(data.get("scales", [])),
        widest=frozenset(data.get("widest", [])),
        fastest=frozenset(data.get("fastest", [])),
        marketing_document_below=float(data["marketing_document_below"]),
        negations=frozenset(data["negations"]),
        negation_window=int(data.get("negation_window", 3)),
        negation_ends=frozenset(data.get("negation_ends", [])),
        negated_after=PhraseSet.of(data.get("negated_after", []), "negated"),
        denied_by_verb={k: v if isinstance(v, int) else frozenset(v) for k, v in data.get("denied_by_verb", {}).items()},
        list_closers=frozenset(data.get("negated_lists", {}).get("closers", [])),
        list_item=int(data.get("negated_lists", {}).get("item_words", 0)),
        areas=PhraseSet(area_phrases),
        directions=[(d, PhraseSet.of(links["directions"][d], d)) for d in ("both", "from_system", "to_system")],
        flow=Flow.of(links.get("flow", {})),
        methods=PhraseSet.of(links.get("methods", []), "method"),
        records=PhraseSet.of(links.get("records", []), "record"),
        made=PhraseSet.of(links.get("made", []), "made"),
        made_window=int(links.get("made_window", 0)),
        optional_drops=frozenset(links.get("optional_drops", [INTEGRATION])),
        planned=(frozenset(links.get("planned", {}).get("words", [])), frozenset(links.get("planned", {}).get("between", []))),
        kpi_moves=[normalise(w) for w in data["kpi"]["moves"]],
        kpi_trim=frozenset(normalise(w) for w in data["kpi"]["trim"]),
        kpi_commits=PhraseSet.of(data["kpi"]["commits"] + _vowed_changes(data["kpi"]), "commit"),
        kpi_baselines=PhraseSet.of(data["kpi"]["baselines"], "baseline"),
        kpi_told=frozenset(normalise(w) for w in data["kpi"].get("told_results", [])),
        kpi_told_window=int(data["kpi"].get("told_window", 0)),
        kpi_elsewhere=PhraseSet.of(data["kpi"]["elsewhere"] + data["kpi"].get("elsewhere_more", []), "elsewhere"),
        kpi_lower=frozenset(normalise(w) for w in data["kpi"]["lower_is_better"]),
        kpi_higher=frozenset(normalise(w) for w in data["kpi"]["higher_is_better"]),
        text_sentences=int(data["text"]["max_sentences"]),
        measured_result=tuple(data["measured_result"].split(": ")),
        measured_by=tuple(frozenset(normalise(w) for w in data.get("measured_by", {}).get(k, [])) for k in ("doers", "verbs", "intents")),
        implies=data.get("implies", {}),
        implies_only_with={o: frozenset(normalise(w) for w in words)
                           for o, words in data.get("implies_only_with", {}).items()},
        implies_not_with=_not_with(data),
        implies_in_replies_with={q: frozenset(normalise(w) for w in words)
                                 for q, words in data.get("implies_in_replies_with", {}).items()},
        implies_addressed=data.get("implies_addressed", {}),
        implies_told_with={q: frozenset(normalise(w) for w in words) for q, words in data.get("implies_told_with", {}).items()},
        confidence={k: float(v) for k, v in data["confidence"].items()},
        reliability=_reliability(data.get("reliability", {})),
        version=str(data["version"]),
        tables=TableRules(data.get("tables", {}), PhraseSet(area_phrases), links),
        acting=acting_of(acting),
        horizon=Horizon.from_data(data.get("horizon", {})),
        product_page=ProductPage(float(data.get("product_page", {}).get("project_below", 0.0)),
                                 int(data.get("product_page", {}).get("repeats", 1)),
                                 frozenset(data.get("product_page", {}).get("labels_only", [])),
                                 frozenset(data.get("product_page", {}).get("general_kinds", [])),
                                 frozenset(data.get("product_page", {}).get("passing", [])),
                                 frozenset(data.get("product_page", {}).get("titles", [])),
                                 tuple(tuple(tokens(normalise(p))) for p in data.get("product_page", {}).get("declared", [])),
                                 tuple(tuple(tokens(normalise(p))) for p in data.get("product_page", {}).get("furniture", [])),
                                 frozenset((q, o) for q, opts in data.get("product_page", {}).get("once", {}).items() for o in opts),
                                 int(data.get("product_page", {}).get("lead", 0)),
                                 bool(data.get("product_page", {}).get("own_system", False)),
                                 tuple(tuple(tokens(normalise(p))) for p in data.get("product_page", {}).get("studied", []))),
        destinations=destinations_of(data.get("destinations", {})),
        conduits=destinations_of(data.get("conduits", {})),
        own_systems=destinations_of(data.get("own_systems", {})),
        built_systems=destinations_of(data.get("built_systems", {})),
        recipients=destinations_of(data.get("recipients", {})),
        effects=effects_of(data.get("effects", {})),
        lengths=[lengths_of(spec) for spec in data.get("lengths", [])],
        bare_roles=[{**r, "bare": frozenset(normalise(w) for w in r["bare"])} for r in data.get("bare_roles", [])],
        caused=[(qid, option, rule["as"], frozenset(normalise(w) for w in rule["by"]),
                 PhraseSet.of(rule.get("unless", []), "unless"))
                for qid, options in data.get("caused", {}).items() for option, rule in options.items()],
        told_too=[(qid, option, rule["as"], PhraseSet.of(rule["told"], "told"))
                  for qid, options in data.get("told_too", {}).items() for option, rule in options.items()],
        said_with=[_with(qid, option, spec)
                   for qid, options in data.get("said_with", {}).items() for option, spec in options.items()],
        said_without=[_without(qid, option, one) for qid, options in data.get("said_without", {}).items()
                      for option, spec in options.items() for one in _entries(spec)],
        told_with={qid: frozenset(normalise(w) for w in words) for qid, words in data.get("told_with", {}).items()},
        users=Users(data["users"]["question"], frozenset(data["users"]["vendor"]),
                    frozenset(data["users"]["vendor_sends"]), tuple(data["users"]["not_with"].split(": ")),
                    tuple(" ".join(tokens(normalise(w))) for w in data["users"].get("team", [])),
                    tuple(tuple(tokens(normalise(w))) for w in data["users"].get("speaks", [])),
                    {o: tuple(tuple(tokens(normalise(w))) for w in ws) for o, ws in data["users"].get("story_titles", {}).items()},
                    frozenset(tokens(normalise(w))[0] for k in ("uses", "owns") for w in data["users"].get("using", {}).get(k, [])),
                    _apposition(data["users"].get("apposition")),
                    frozenset(" ".join(tokens(normalise(r))) for rs in data["users"].get("using", {}).get("roles", {}).values()
                              for r in rs),
                    frozenset(data["users"].get("every", []))),
        told_only={qid: frozenset(options) for qid, options in data.get("told_with_options", {}).items()},
    )


_compiled: dict[int, tuple[QuestionBank, DraftRules]] = {}


class Slow:
    """implies_not_with's phrases and implies_slow's cadences: a cadence ("reviewed monthly") rules the option out
    unless its sentence also states a time in `unless` ("a push message in max. 15 sec, and we check this every
    month": the stated time is how fast). A unit of `lengths` said in the singular after a count above one is a
    compound that gives a thing its length ("a weekly 30-minute call"), no time before anyone sees."""
    def __init__(self, base: PhraseSet | None, cadence: PhraseSet, unless: frozenset[str],
                 lengths: frozenset[str] = frozenset()):
        self.base, self.cadence, self.unless, self.lengths = base, cadence, unless, lengths

    def find(self, words: list[str]) -> bool:
        return bool(self.base and self.base.find(words)) or bool(self.cadence.find(words)) and not self._timed(words)

    def _timed(self, words: list[str]) -> bool:
        return any(w in self.unless and not (w in self.lengths and i and _above_one(words[i - 1]))
                   for i, w in enumerate(words))


def _above_one(word: str) -> bool:
    """A count above one ("30"): the singular unit after it is a compound's, not a time told."""
    return word.replace(".", "", 1).isdigit() and float(word) > 1


def _not_with(data: dict) -> dict:
    """implies_not_with's phrases per option, with implies_slow's cadences where it names the option."""
    out = {o: PhraseSet.of(phrases, "not_with") for o, phrases in data.get("implies_not_with", {}).items()}
    for option, slow in data.get("implies_slow", {}).items():
        out[option] = Slow(out.get(option), PhraseSet.of(slow["cadence"], "slow"),
                           frozenset(normalise(w) for w in slow["unless"]),
                           frozenset(normalise(w) for w in slow.get("lengths", [])))
    return out


def _apposition(spec: dict | None) -> dict:
    if not spec:
        return {}
    return {"ends": frozenset(spec["ends"]), "openers": frozenset(spec["openers"]), "reach": int(spec["reach"]),
            "people": frozenset(spec.get("people", []))}


def rules_for(bank: QuestionBank) -> DraftRules:
    """The drafting rules compiled once per bank object."""
    cached = _compiled.get(id(bank))
    if cached is None or cached[0] is not bank:
        cached = _compiled[id(bank)] = (bank, compile_rules(load_drafting(), bank))
    return cached[1]


draft_data = load_drafting  # drafting.yaml as read: sections other modules compile themselves


def _vowed_changes(kpi: dict) -> list[str]:
    """A verb of change the offer's voice puts in the future or its own present: "the cells will lift yield to 93 %",
    "we reduce the rework to 9 hours" (drafting.yaml kpi.vowed). "we cut" is left out: it tells the past as well."""
    vowed, told = kpi.get("vowed", {}), {normalise(w) for w in kpi.get("told_results", [])}
    passive = [f"{lead} ... <n> ... {verb}" for lead in vowed.get("passive_leads", [])
               for verb in vowed.get("participles", [])]  # "wird der Verbrauch auf 0,38 kWh/kg gesenkt"
    return [f"{lead} {verb}" for lead in vowed.get("leads", []) for verb in vowed.get("verbs", [])
            if lead not in vowed.get("present", []) or normalise(verb) not in told] + passive
