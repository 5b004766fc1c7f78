"""A change stated relative to today's value: "we will halve that giveaway", "cuts changeover time
by forty percent", "reduce that by 25 % in year one". Its target is the baseline the text states
elsewhere times the factor read here; "by up to 25%" (a claim) and "by 30 to 60 per cent" (a
range) give none. The verbs are data (drafting.yaml kpi.relative).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from .draft_rules import draft_data
from .kpi_change_names import PRONOUNS as _PRONOUNS, leading as _leading, what as _what, what_after
from .kpi_numbers import grammar
from .word_regex import alternation


@dataclass(frozen=True)
class Relative:
    factor: float  # the target over the baseline: 0.75 for "reduce by 25%", 0.5 for "halve"
    metric: str  # what the change names ("changeover time"); "" for a pronoun ("reduce that by 25%")
    points: float = 0.0  # added instead: -2 for "reduce scrap by 2 percentage points"
    unit: str = ""  # the unit of an amount added instead: "minutes" for "reduce die change time by 5 minutes"
    told_first: bool = False  # what changes told before its verb: "downtime fell by 40%"
    per: str = ""  # what its measure is counted per: "tonne" for "reduce the water use per tonne by 25 %"
    better: bool = False  # told by a verb of betterment ("improve OEE by 8 points"): the way its measure is better
    coming: bool = False  # told first as what is to come: "the firing loss goes down by 2.5 percentage points"

    def target(self, baseline: float) -> float:
        return round(baseline + self.points if self.points else baseline * self.factor, 6)

    def downward(self) -> Relative:
        """The same change told the other way: "improve scrap by 20 %" cuts scrap."""
        return replace(self, factor=2 - self.factor, points=-self.points, better=False)


@dataclass(frozen=True)
class _Verbs:
    by: re.Pattern  # "<down or up verb> <what> by <n>%" (or percentage points)
    fell: re.Pattern  # "<what> <fell or rose> by <n>%": what changes told first
    amount: re.Pattern  # "<down or up verb> <what> by <n> <unit>": an amount, not a share
    factor: re.Pattern  # "<halve or double> <what>", "<cut> <what> by a third", "<bring> <what> down to a quarter"
    noun: re.Pattern  # "a <n>% reduction in <what>", "<n>% less <what>"
    noun_first: re.Pattern  # "a reduction of <n>% (in <what>)", "an increase of <n> % in <what>"
    down: frozenset[str]
    fell_down: frozenset[str]
    fell_all: frozenset[str]  # the verbs of a change told after what changes, whichever way
    either: frozenset[str]  # "bring", "get": the particle after says which way
    factors: dict[str, float]
    nouns: dict[str, int]  # "reduction": -1, "increase": +1
    stops: frozenset[str]  # words that end what the change names ("on your presses", "in year one")
    moves: frozenset[str]  # every verb of change, down, up or either
    better: frozenset[str]  # "improve": up for a measure that should rise, down for one that should fall
    to_shares: dict[str, float]  # "to a quarter": the target over the baseline


def with_clitics(verbs: list) -> list[str]:
    """The verbs and their infinitives with an object pronoun written onto them ("ridurli", "reducirlo", "reduzi-las":
    drafting.yaml kpi.relative clitics), which point back at the measure told before as "reduce it" does."""
    clitics, said = draft_data()["kpi"]["relative"]["clitics"], [str(v) for v in verbs]
    infinitives = [v for v in said if v.endswith(("re", "ir", "ar", "er")) and " " not in v]
    dropped = [v[:-2] if v.endswith("rre") else v[:-1] for v in infinitives if v.endswith("re")]  # "ridurre": "ridur"
    return said + [v + c for v in dropped for c in clitics["dropped_e"]] \
        + [v + c for v in infinitives if v.endswith(("ir", "ar", "er")) for c in clitics["whole"]] \
        + [f"{v[:-1]}-{c}" for v in infinitives if v.endswith(("ir", "ar", "er")) for c in clitics["hyphened"]]


@lru_cache(maxsize=1)
def _verbs() -> _Verbs:
    data = dict(draft_data()["kpi"]["relative"])
    data |= {way: with_clitics(data[way]) for way in ("down", "up", "either", "better")}
    moves = alternation(data["down"] + data["up"] + data["either"] + data["better"])
    factors = {str(w): float(Fraction(str(f))) for w, f in data["factors"].items()}  # "2/3" as well
    nouns = {str(w): -1 for w in data["nouns"]["down"]} | {str(w): 1 for w in data["nouns"]["up"]}
    words = r"((?: [^ .;:!?]+){0,10}?)"  # what changes, a few words
    by_word = "(?:" + grammar("by") + ")"  # "by 25 %", German "um 25 %", Dutch "met 25 %" (drafting.yaml kpi.grammar)
    articles = grammar('by_articles')  # Spanish "en un 25 %", and its article alone, "reducir las paradas un 25 %"
    share = (rf"(?:{by_word} (?:(?:{articles}) )?|(?:{articles}) )"
             r"(\d+(?:\.\d+)?) ?(%|percent\b|per cent\b|percentage points?\b|points?\b|pp\b)"
             r"(?! ?(?:-|–|to|and|or) ?\d)")  # "by 40%", never "by 30 to 60 per cent"
    by = re.compile(rf"\b({moves})\b{words} {share}")
    fell = re.compile(rf"(?<![^ ])((?:[^ .;:!?]+ ){{0,8}}?)(?:(?:has|have|had) )?(?:(?:been|was|were|is|are) )?"
                      rf"({alternation(data['fell']['down'] + data['fell']['up'])}) {share}")  # what, the verb, by
    # ("by 2 thirds" is a share left, never an amount of thirds)
    amount = re.compile(rf"\b({moves})\b{words} {by_word} (\d+(?:\.\d+)?) ?(?!(?:thirds|quarters|fifths|drittel|viertel|"
                        r"derde|tercios|cuartos|terzi|quarti|tiers|quarts|terços|trzecie)\b)([a-z/]+)\b(?! ?(?:-|–|to|and|or) ?\d)")
    by_words, elided = set(grammar("by").split("|")), tuple(map(str, draft_data()["kpi"]["grammar"]["elided_by"]))
    by_shares = {w.split(" ", 1)[1]: f for w, f in factors.items() if w.split()[0] in by_words} \
        | {w[len(e):]: f for w, f in factors.items() for e in elided if w.startswith(e)}  # French "d'un tiers"
    verbs = alternation(w for w in factors if w.split()[0] not in by_words and not w.startswith(elided))
    shares = alternation(by_shares)
    # "double-digit", "double-backers": a compound's first half, no doubling
    # "cut it in half" as "cut it by half" ("in a quarter of the time" is when, not how much)
    to_shares = {str(w): float(Fraction(str(f))) for w, f in data["to_shares"].items()}
    # ... "bring split bells down to a quarter of that" (never "to a quarter of an hour": a time, not a share)
    factor = re.compile(rf"\b({verbs})\b(?!-)((?: [^ .;:!?]+){{0,6}})"
                        rf"|\b({moves})\b{words} (?:(?:{by_word}|in(?= half)) |{alternation(elided)})({shares})\b"
                        rf"|\b({moves})\b{words} (?:down |up )?({alternation(to_shares)})\b"
                        r"(?! of an? (?:hour|minute|second|day|week|month|year|shift)\b)")
    # "a 9 percentage point gain", "a gain of 9 percentage points": points added, never "percent" of today's value
    noun = re.compile(rf"(?<![-–\d.])(\d+(?:\.\d+)?) ?{_SHARE_UNIT} ({alternation(nouns)})\b"
                      r"(?: (?:in|of))?((?: [^ .;:!?]+){0,6})")
    noun_first = re.compile(rf"\b({alternation(nouns)}) of (\d+(?:\.\d+)?) ?{_SHARE_UNIT}"
                            r"(?! ?(?:-|–|to|and|or) ?\d)(?: (?:in|of))?((?: [^ .;:!?]+){0,6})")
    fell_down, fell_up = data["fell"]["down"], data["fell"]["up"]
    return _Verbs(by, fell, amount, factor, noun, noun_first, frozenset(data["down"]), frozenset(fell_down),
                  frozenset(fell_down + fell_up), frozenset(data["either"]), factors | by_shares, nouns,
                  frozenset(data["stops"]),
                  frozenset(map(str, data["down"] + data["up"] + data["either"] + data["better"])),
                  frozenset(map(str, data["better"])), to_shares)


# The unit of a share a change is told in: a percent of today's value, or percentage points added to it
_SHARE_UNIT = r"(%|percent\b|per cent\b|percentage points?\b|points?\b|pp\b)"
# A change told by its sign alone: "+8 percentage points of oee", "scrap -30 %" (never a range's "3-5 %")
_SIGNED = re.compile(rf"(?<![\w.,%])([+−-])(\d+(?:\.\d+)?) ?{_SHARE_UNIT}(?! ?(?:-|–|to|and|or) ?\d)"
                     r"(?: (?:in|of))?((?: [^ .;:!?]+){0,6})")


def read_relative(lower: str) -> Relative | None:
    """The relative change one sentence (lower case, numbers as digits) states, or None; none when a
    clause follows the verb ("approximately double we projected": a comparison, no change of a metric)."""
    found = _relative(lower)
    if not found or found.metric.split()[:1] in _SUBJECTS:
        return None
    # "the water use per tonne", "the gas use per 100 kg", "per mould change by a third": the base the change is counted
    # per, a counted one whole, up to a word that ends a name or a period's "a" ("per line a week": per line)
    ends = f"{alternation(_verbs().stops)}|{grammar('per')}"
    per = found.metric and re.search(rf"\b{re.escape(found.metric)} (?:per|je|pro) (\d[\d,.]* [^\W\d]+|\w[\w-]*"
                                     rf"(?: (?!(?:{ends})\b)[^\W\d][\w-]*)*)", lower)
    return replace(found, per=per.group(1)) if per else found


_SUBJECTS = [[w] for w in ("we", "you", "they", "i", "he", "she", "what")]


def _relative(lower: str) -> Relative | None:
    verbs = _verbs()
    match = verbs.fell.search(lower)
    if match:  # "scrap fell by 35%", "it has been cut by 40%": the words before the verb name what changes
        way = -1 if match.group(2) in verbs.fell_down else 1
        coming = _coming(match.group(1), match.group(2))
        # one to come names its measure up to where it is ("the firing loss on kiln 2": firing loss)
        # (from its clause's start however long: "knives sent back for a second polishing pass will be reduced")
        what = _what(_subject(_to_come(lower[:match.start(2)])), verbs) if coming else _subject(match.group(1))
        found = _by(way, match.group(3), match.group(4), what)
        return replace(found, told_first=True, coming=coming) if found else None
    match = verbs.by.search(lower)
    if match:
        verb, words = _last_verb(match.group(1), match.group(2), verbs)
        way = _which_way(verb, words, verbs)
        if not way:
            return None
        found = _by(way, match.group(3), match.group(4), _what(words, verbs) if words.strip() else what_after(lower[match.end():], verbs))
        found = found and replace(found, better=verb in verbs.better)
        return found and _told_first(found, lower, match.start(), verb, words, verbs)
    match = _verb_last().search(lower)
    if match:  # "den Bruchanteil ... um 40 % zu senken": the verb put last
        way, what = -1 if match.group(5) in verbs.down else 1, _what(match.group(1), verbs)
        # "um ein Drittel zu senken": what is left, told after "by"
        return Relative(1 + way * (1 - verbs.factors[match.group(4)]), what) if match.group(4) \
            else _by(way, match.group(2), match.group(3), what)
    match = verbs.amount.search(lower)
    if match:
        verb, words = _last_verb(match.group(1), match.group(2), verbs)
        way = _which_way(verb, words, verbs)
        what = _what(words, verbs)
        return Relative(1.0, what, way * float(match.group(3)), match.group(4), better=verb in verbs.better) if way \
            else None
    match = verbs.noun.search(lower)
    if match and not _CLAIM.search(lower[:match.start()]):
        return _by(verbs.nouns[match.group(3)], match.group(1), match.group(2), _what(match.group(4), verbs))
    match = verbs.noun_first.search(lower)
    if match and not _CLAIM.search(lower[:match.start()]):
        return _by(verbs.nouns[match.group(1)], match.group(2), match.group(3), _what(match.group(4), verbs))
    match = _SIGNED.search(lower)
    if match and not _CLAIM.search(lower[:match.start()]):  # "+8 percentage points of oee", "oee: +8 pp"
        what = _what(match.group(4), verbs) or _subject(re.split(r"[;:,(]", lower[:match.start()])[-1].strip())
        return _by(-1 if match.group(1) in "-−" else 1, match.group(2), match.group(3), what)
    match = verbs.factor.search(lower)
    if not match:
        return None
    if match.group(1):
        found = Relative(verbs.factors[match.group(1)], _what(match.group(2), verbs) or _object_before(lower, match, verbs))
        return _told_first(found, lower, match.start(), match.group(1), match.group(2), verbs)
    if match.group(8):  # "bring split bells down to a quarter of that": what is left of today's value
        found = Relative(verbs.to_shares[match.group(8)], _what(match.group(7), verbs))
        return _told_first(found, lower, match.start(), match.group(6), match.group(7), verbs)
    share = 1 - verbs.factors[match.group(5)]  # "by a third", "um ein drittel": what is left, told after "by"
    found = Relative(1 - share if match.group(3) in verbs.down else 1 + share, _what(match.group(4), verbs))
    return _told_first(found, lower, match.start(), match.group(3), match.group(4), verbs)


def _coming(before: str, verb: str) -> bool:
    """A change told after what changes in the present or with "will" ("goes down by", "will fall by"): one to come."""
    data = draft_data()["kpi"]["relative"]["fell"]
    return verb in data["coming"] or any(before.endswith(f" {lead} ") or before == f"{lead} "
                                         for lead in data["coming_leads"])


def _to_come(before: str) -> str:
    """What changes, without the "will" before its verb nor the clause that commits to it ("we guarantee that scrap
    will fall by 25 %": scrap)."""
    said = before.split()
    while said and " ".join(said[-2:]) in _leads() or said[-1:] and said[-1] in _leads():
        said = said[:-2] if " ".join(said[-2:]) in _leads() else said[:-1]
    opened = [i for i, w in enumerate(said) if w == "that" or w.endswith(":")]
    return " ".join(said[opened[-1] + 1:] if opened and opened[-1] < len(said) - 1 else said)


@lru_cache(maxsize=1)
def _leads() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["relative"]["fell"]["coming_leads"]))


def _last_verb(verb: str, words: str, verbs: _Verbs) -> tuple[str, str]:
    """The verb of change nearest the amount, and what it changes: in "the cutting water we reduce the water use
    by 25 %" the first match is an adjective ("cutting"); the change is "reduce" and it names "the water use"."""
    said = words.split()
    moved = [i for i, w in enumerate(said) if w in verbs.moves]
    if not moved:
        return verb, words
    return said[moved[-1]], " " + " ".join(said[moved[-1] + 1:])


def _told_first(found: Relative, lower: str, at: int, verb: str, after: str, verbs: _Verbs) -> Relative:
    """A change that names nothing after its verb and points back to nothing ("margins increased in addition by
    1.2%", "scrap has been halved") is of what its sentence told before the verb."""
    said = after.split()
    # ... an object pronoun of another language too: "wir senken ihn um ein Drittel", "wij halveren dat"
    back = said and all(w.rstrip(".,;:") in _PRONOUNS or w.rstrip(".,;:") in _leading() for w in said)
    if found.metric or back or (said[:1] and said[0] in _PRONOUNS) or not (said or verb in verbs.fell_all):
        return found  # "reduce that by 25%", "we will halve it": today's value told before
    return replace(found, metric=_subject(re.split(r"[;:]", lower[:at])[-1]), told_first=True)


def change_amounts(lower: str) -> list[tuple[int, int]]:
    """Where a share says how much a measure changes ("30 % shorter batch times", "a reduction of 20 %", "cut scrap by
    40 %"): the amount of a change, never a value to reach nor today's."""
    verbs = _verbs()
    # ... and the share after "by" ("cut scrap by 40 % to 3 %": 40 is how much, 3 the value reached)
    return [m.span(1) for m in verbs.noun.finditer(lower)] + [m.span(2) for m in verbs.noun_first.finditer(lower)] \
        + [m.span(2) for m in _SIGNED.finditer(lower)] \
        + [m.span(1) for m in _by_share().finditer(lower)]


@lru_cache(maxsize=1)
def _by_share() -> re.Pattern:
    """A share after "by" ("by 40 %", "um 40 %"), even when a value follows ("cut scrap by 40 % to 3 %"); a word that
    also means "from" ("de 4 % à 2 %") is left out."""
    words = sorted(set(grammar("by").split("|")) - set(grammar("from").split("|")), key=len, reverse=True)
    bounds = alternation(draft_data()["kpi"]["by_bounds"])
    # ... and after a bound ("rising by no more than 0.12 %": how much it may drift)
    return re.compile(rf"\b(?:{'|'.join(words)}) (?:(?:{bounds}) )?(\d+(?:\.\d+)?) ?(?:%|percent\b|per cent\b|percentage points?\b|"
                      r"points?\b|pp\b)")


@lru_cache(maxsize=16384)  # asked of every sentence a target looks back at
def change_start(lower: str) -> int:
    """Where the sentence's relative change begins (its verb, factor or noun), or its end when none."""
    verbs = _verbs()
    found = [m.start() for p in (verbs.by, verbs.amount, verbs.noun, verbs.noun_first, verbs.factor, _SIGNED)
             for m in [p.search(lower)] if m]
    found += [m.start(2) for m in [verbs.fell.search(lower)] if m]  # its verb, after what changes
    return min(found, default=len(lower))


def _by(way: int, number: str, unit: str, metric: str) -> Relative | None:
    """A change by a share of today's value, or by percentage points."""
    if "point" in unit or unit == "pp":
        return Relative(1.0, metric, way * float(number))
    return _share(float(number) * way, metric)


def _subject(words: str) -> str:
    """What a change told after it names: the words after the last comma before its verb ("since go-live,
    changeover time at the plant"), or before an aside that ends at the verb ("changeover time, today 45
    minutes, drops"), kept whole for the metric's own trimming; "" when they point back ("it")."""
    said = words.split()
    commas = [i for i, w in enumerate(said) if w.endswith(",")]
    if commas and commas[-1] == len(said) - 1 and len(commas) > 1:  # "changeover time, now 45 minutes, drops"
        said = said[:commas[0] + 1]
        said[-1] = said[-1].rstrip(",")
    elif commas:
        said = said[commas[-1] + 1:]
    return "" if said[-1:] and said[-1] in _POINTERS else " ".join(said)


_POINTERS = frozenset({"it", "this", "that", "they", "these", "those", "figure", "number", "value", "rate"})


def _which_way(verb: str, words: str, verbs: _Verbs) -> int:
    """-1 down, +1 up, 0 unknown: the verb says it ("cut"), or its particle ("bring it down by 40%")."""
    if verb not in verbs.either:
        return -1 if verb in verbs.down else 1
    said = words.split()
    return -1 if "down" in said else 1 if "up" in said else 0


def _share(percent: float, metric: str) -> Relative | None:
    """-25 -> 0.75 of today's value; a cut of 100% or more is no share of it."""
    return Relative(1 + percent / 100, metric) if percent > -100 else None


@lru_cache(maxsize=1)
def _verb_last() -> re.Pattern:
    """A change whose verb is put last, after its share and the infinitive marker, as German and Dutch put it ("den
    Bruchanteil der Figuren um 40 % zu senken"), or by a fraction ("den Ausschuss um ein Drittel zu senken"): what
    changes follows the article (kpi.relative infinitive, articles; the fractions of kpi.relative factors)."""
    data = draft_data()["kpi"]["relative"]
    articles, marks = (alternation(data[key]) for key in ("articles", "infinitive"))
    moves = alternation(data["down"] + data["up"])
    by_words = set(grammar("by").split("|"))
    shares = alternation(str(w).split(" ", 1)[1] for w in data["factors"] if str(w).split()[0] in by_words)
    # ... its marker left out too, a goal's infinitive after a colon ("Ziel: ungeplante Stillstände um 25 % senken")
    # ... or the article alone, as a pronoun pointing back: "wij garanderen die met 30 % te verminderen"
    return re.compile(rf"(?:\b(?:{articles})|:) ((?:[^ .;:!?]+ ){{0,6}}?)(?:{grammar('by')}) "
                      rf"(?:(\d+(?:\.\d+)?) ?{_SHARE_UNIT}|({shares})) (?:(?:{marks}) )?({moves})\b")


_CLAIM = re.compile(r"\b(?:up to|as much as|typically|on average)\s*$")


def _object_before(lower: str, match: re.Match, verbs: _Verbs) -> str:
    """What a verb put last names before it ("de breuk binnen zes maanden te halveren" halves "breuk"): from the last
    article before its infinitive marker (drafting.yaml kpi.relative infinitive, articles)."""
    data = draft_data()["kpi"]["relative"]
    said = lower[:match.start()].split()
    if not said or said[-1] not in map(str, data["infinitive"]):
        return ""
    articles = [i for i, w in enumerate(said) if w in map(str, data["articles"])]
    return _what(" ".join(said[articles[-1] + 1:-1]), verbs) if articles else ""
