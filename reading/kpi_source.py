"""Whose figure a KPI sentence tells and how firmly the vendor stands behind it: a result at
another site is never the plant's baseline ("at our reference plant", "at Vetrama's glass plant
in Leerdam"), and a contractual commitment outranks an expectation ("Availability: we expect
about 90%" beside "Contractual commitment: 68% OEE"). The words are data (drafting.yaml kpi
elsewhere, sites and firm).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import DraftRules, draft_data
from .german import gloss_rules
from .kpi_block import words as label_words
from .kpi_kinds import is_kind
from .kpi_sites import placed_elsewhere
from .phrases import PhraseSet, normalise, tokens
from .quantities import SIGN
from .romance import unelided
from .word_regex import alternation


def elsewhere(text: str, words: list[str], rules: DraftRules) -> bool:
    """The sentence tells another site's result: a cue of drafting.yaml kpi.elsewhere, or a site
    named as a company's own ("at Vetrama's container glass plant"): a buyer's plant is "yours"."""
    return _told_elsewhere(words, rules) or named_site(text) or _named_result(text, words, rules) \
        or bool(_reference_label().match(text) or _indefinite_site().search(text)) or placed_elsewhere(text)


def buyers_objective(words: list[str]) -> bool:
    """The sentence quotes the buyer's own objective back ("Brayfield's stated objective in RFP-BP-2026-07 is to ...",
    "Your RFP asks to cut ..."): what the buyer wants, no measure the vendor states (drafting.yaml
    kpi.buyers_objectives)."""
    return bool(_objectives().find(words))


@lru_cache(maxsize=1)
def _objectives() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["buyers_objectives"], "objective")


def under_case_study(sentences: list, at: int, target: int) -> bool:
    """The line at `at` stands under a line opening on a case study's name for itself ("Case study: Hollins Automotive
    ...", then "- Result: OEE up from 54% to 66%"), a few lines before it and after the target: another customer's
    result, no value of this plant (drafting.yaml kpi.study_heads)."""
    since = target + 1 if target < at else 0  # a target told under the same heading is of the same study
    return any(_declared().match(sentences[i].text.lstrip("-•* ").lower())
               for i in range(max(since, at - _STUDY_LINES), at + 1))


_STUDY_LINES = 4  # a case study's heading and its few bullet lines


@lru_cache(maxsize=1)
def _declared() -> re.Pattern:
    return re.compile(rf"(?:{alternation(draft_data()['kpi']['study_heads'])})\b")


@lru_cache(maxsize=1)
def _indefinite_site() -> re.Pattern:
    """Some other company told in German with a dative or genitive indefinite article, as the place of a result
    (drafting.yaml kpi.indefinite_sites): "bei einem großen Molkereibetrieb", "in einem Werk in Polen"; only lower-case
    words (adjectives) between the article and the business: "bei einer Ausschussquote im Werk" names none. (A case
    study's own subject, "A parts manufacturer in Detroit raised ...", is the plant the study tells of.)"""
    spec = draft_data()["kpi"]["indefinite_sites"]
    return re.compile(rf"\b(?i:{alternation(spec['articles'])}) (?:[a-zäöüß][\w-]* ){{0,2}}?[\w-]*(?i:{alternation(spec['heads'])})\b")


@lru_cache(maxsize=1)
def _reference_label() -> re.Pattern:
    """A line opened by a reference's label and its colon: "Reference: Brauerei Müller, 2023 - ..." (kpi.reference_labels)."""
    labels = alternation(draft_data()["kpi"]["reference_labels"])
    return re.compile(rf"\s*[-•*]?\s*(?:{labels})\s*(?:\d+\s*)?:", re.I)


def _told_elsewhere(words: list[str], rules: DraftRules) -> bool:
    """A cue of drafting.yaml kpi.elsewhere, but a benchmark word the vendor boasts with in its own firm commitment
    (kpi.boasts: "With our best-in-class vision platform we guarantee below 2 %") tells no other site."""
    # "measured with a comparable design mix": what the measurement holds alike, no other site (kpi.alike_leads)
    found = [f for f in rules.kpi_elsewhere.find(words) if not (f[0] and words[f[0] - 1] in _alike_leads()
                                                                and f[2].split()[-1] in _alike())]
    if not found:
        return False
    return not (all(phrase in _boasts() for _s, _e, phrase in found) and "we" in words and firm(words))


@lru_cache(maxsize=1)
def _alike_leads() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["alike_leads"]))


@lru_cache(maxsize=1)
def _alike() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["alike"]))


@lru_cache(maxsize=1)
def _boasts() -> frozenset[str]:
    return frozenset(" ".join(tokens(normalise(str(p)))) for p in draft_data()["kpi"]["boasts"])


def _named_result(text: str, words: list[str], rules: DraftRules) -> bool:
    """A result told in the past of a company named by its name, the vendor's system or team acting there ("At Kessler
    Foods the same system cut giveaway from 2.4 % to 0.9 %", "For Brandt Metall, we reduced ..."); a sentence that
    commits ("For Colli we will cut ...") speaks to the buyer."""
    if rules.kpi_told.isdisjoint(words):  # none told in the past; in the present only where the vendor's same system
        # acts ("At Kessler Foods the same system cuts"): a name alone may be the buyer's ("Hollis Foods reduces ...")
        return not _PRESENT.isdisjoint(words) and bool(_named_company().match(text)) and not rules.kpi_commits.find(words)
    return (bool(_named_company().match(text)) or _named_subject(text, rules)) and not rules.kpi_commits.find(words)


_PRESENT = frozenset(map(str, draft_data()["kpi"]["present_results"]))


def _named_subject(text: str, rules: DraftRules) -> bool:
    """A company named as the subject of a result told in the past, with its object, wherever the sentence names it
    ("Hollis Foods reduced changeover time from 50 to 20 minutes", "Last year Hollis Foods has cut ..."), or named as
    the owner of the measure ("Hollis Foods' changeover time dropped ..."): the buyer is "you". A measure that opens
    the sentence is no company ("Scrap fell from 5 % to 3 %", "Changeover Time reduced from ..."), nor is a system
    written in capitals ("the MES reduced ...") or a line or plant named by its number."""
    for found in _subject().finditer(text):
        name, verb = found.group(1).split(), found.group(2)
        if verb.lower() in rules.kpi_told and _a_company(name, found.start(1) == _lead(text), rules):
            return True
    return any(_a_company(m.group(1).split(), m.start(1) == _lead(text), rules) and _owned_measure(text[m.end():], rules)
               for m in _OWNER.finditer(text))


def _owned_measure(after: str, rules: DraftRules) -> bool:
    """The words after a company's possessive name a measure, and a verb tells where it went ("changeover time dropped
    ..."); "OxMaint's platform ... improved yield" names the vendor's product, no measure of the company's."""
    words = tokens(normalise(after))[:_OWNED_WORDS + 1]
    told = next((i for i, w in enumerate(words) if w in rules.kpi_told), None)
    return bool(told) and is_kind(" ".join(words[:told]), rules)


_OWNED_WORDS = 4  # "Hollis Foods' unplanned changeover time dropped"


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _a_company(name: list[str], first: bool, rules: DraftRules) -> bool:
    """Capitalised words that name a company: not a sentence's opening word of every day ("The", "Our"), not a kind of
    measure ("Scrap"), no site or line of its own ("Line 3", "Plant B")."""
    said = [w.strip(",").lower() for w in name]
    return not (first and said[0] in _OPENERS) and not is_kind(" ".join(said), rules) \
        and _SITES.isdisjoint(said) and said[-1] not in _OPENERS


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    # up to four capitalised words (each with a small letter: "MES" is a system), perhaps "has", a verb, then its
    # object (not "from", "by", "to": a measure changing on its own)
    return re.compile(r"(?<![\w'’])((?:[A-Z][a-z][\w&.'’-]*,? ){1,4}?)(?:has |have |had )?([a-z]+) "
                      r"(?!(?:from|by|to|down|up)\b)[a-z]")


# "Hollis Foods' changeover time", "Meyer's oven energy": a company's own measure
_OWNER = re.compile(r"(?<![\w'’])((?:[A-Z][a-z][\w&.-]* ){0,3}[A-Z][a-z][\w&.-]*)(?:'s|’s|'|’) (?=[a-z])")
_SITES = frozenset(map(str, draft_data()["kpi"]["sites"] + draft_data()["kpi"]["machines_named"]))


_OPENERS = frozenset(map(str, draft_data()["kpi"]["trim"] + draft_data()["kpi"]["pronouns"]))


@lru_cache(maxsize=1)
def _named_company() -> re.Pattern:
    """ "At Kessler Foods the same system", "For Brandt Metall, our monitoring": a lead, a name in capitals, an actor
    (drafting.yaml kpi.named_result)."""
    spec = draft_data()["kpi"]["named_result"]
    leads, actors = (alternation(spec[k]) for k in ("leads", "actors"))
    return re.compile(rf"\s*(?:{leads}) (?:[A-Z][\w&.-]*,?\s){{1,4}}?(?:{actors})\b")


def named_site(text: str) -> bool:
    """The sentence names a site as some company's own ("at Vetrama's container glass plant", "a can-end plant in
    Ohio"): another site than the buyer's, which is "your plant"."""
    return bool(_named_site().search(text) or _placed_site().search(text))


def own_part(text: str, rules: DraftRules) -> str:
    """The sentence up to its first clause that tells another site's result: "Your refiners run at 310
    kWh/t today; best-in-class mills reach 250 kWh/t" keeps the 310; "At our reference factory,
    steam fell from 0.62 to 0.55" keeps nothing."""
    kept = 0
    for clause in _CLAUSE.finditer(text):
        if elsewhere(clause.group(), tokens(normalise(clause.group())), rules):
            break
        kept = clause.end()
    return text[:kept]


_CLAUSE = re.compile(r"[^,;:(]+[,;:(]?")


def labelled_target(text: str) -> bool:
    """A line labelled as the target ("Target: 15 % less, about 1,260 MWh", "Ziel: 300 ppm"), by the
    words that name a KPI table's target column: it states the plant's target, however it boasts. A
    label led by such a word may name the offer at length ("After the retrofit with servo axes and
    barcode setup: changeover to 12 minutes")."""
    label, colon, _rest = text.partition(":")
    words = tokens(normalise(label))
    led = bool(words) and bool(label_words().target.find(words[:1]))
    return bool(colon) and 0 < len(words) <= (_LED_LABEL_WORDS if led else _LABEL_WORDS) \
        and bool(label_words().target.find(words))


_LABEL_WORDS = 3
_LED_LABEL_WORDS = 12


def committed(text: str, rules: DraftRules) -> bool:
    """The sentence commits to a KPI (drafting.yaml kpi.commits) outside a spec today's value is compared against
    ("the average is 8.2 % against a target of 9.2 %" tells the gap, commits nobody)."""
    words = unelided(tokens(normalise(_compared().sub(" ", text))))  # "l'obiettivo è": the aim
    guarantees = [start for start, _e, _p in _firm().find(words)]
    return bool(rules.kpi_commits.find(words)) and not (guarantees and all(denied(words, at) for at in guarantees)) \
        and not any(_deferrals().intersection(words[max(0, at - _DENY_WINDOW):at]) for at in guarantees)


def denied(words: list[str], start: int) -> bool:
    """The commitment word at `start` is denied in its clause ("we expect scrap to fall, perhaps below 2 %, but we do
    not guarantee it"): a sentence that denies every guarantee it names commits to nothing (drafting.yaml negations)."""
    before = words[max(0, start - _DENY_WINDOW):start]
    before = before[max((i + 1 for i, w in enumerate(before) if w in ",;:"), default=0):]
    return not _negations().isdisjoint(before)


_DENY_WINDOW = int(draft_data()["kpi"]["deny_window"])


@lru_cache(maxsize=1)
def _deferrals() -> frozenset[str]:
    # a commitment put off ("before we commit to any figure"): the sentence commits to none (drafting.yaml kpi.deferrals)
    return frozenset(map(str, draft_data()["kpi"]["deferrals"]))


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    # a denial, not a doubt nor a deferral (drafting.yaml kpi.deny_not)
    kpi = draft_data()["kpi"]
    return frozenset(map(str, draft_data()["negations"])) - frozenset(map(str, kpi["deny_not"]))


def compared_spans(lower: str) -> list[tuple[int, int]]:
    """Where a spec today's value is compared against is stated ("against a target of 9.2 %"), or a value held the
    same while the measure changes ("with the same 8.0 % product ash"): no value of the plant's measure."""
    return [(m.end(), m.end() + len(n.group())) for m in _compared().finditer(lower)
            for n in [_SPEC_VALUE.match(lower, m.end())] if n] + [m.span(1) for m in _held().finditer(lower)]


@lru_cache(maxsize=1)
def _held() -> re.Pattern:
    leads = alternation(draft_data()["kpi"]["held_leads"])
    return re.compile(rf"(?<![\w-])(?:{leads}) (?:about |around |roughly )?(\d[\d,.]*)")


_SPEC_VALUE = re.compile(r" (?:of |at |is )?(?:about |around |roughly )?" + SIGN + r"?\d[\d,.]*")


@lru_cache(maxsize=1)
def _compared() -> re.Pattern:
    spec = draft_data()["kpi"]["compared"]
    leads, specs = (alternation(spec[k]) for k in ("leads", "specs"))
    return re.compile(rf"\b(?:{leads}) (?:(?:a|an|the|its|our|your|their) )?(?:{specs})\b", re.I)


def firm(words: list[str]) -> bool:
    """The sentence commits the vendor by contract or guarantee, not by expectation or aim."""
    return any(not denied(words, start) for start, _e, _p in _firm().find(words))


def firm_outside(words: list[str], drafts) -> bool:
    """A firm commitment made outside the sentence's unsure clauses (`drafts(position)`: the word there is sure): "With
    the regenerative section (heat recovery 94 % instead of 88 %) we guarantee 1,9 kg/hl" guarantees, whatever the
    aside sets aside; "we could guarantee" does not."""
    return any(drafts(start) for start, _end, _phrase in _firm().find(words))


@lru_cache(maxsize=1)
def _named_site() -> re.Pattern:
    sites = alternation(draft_data()["kpi"]["sites"])
    # "at Vetrama's container glass plant", "in Hofmann's Brno works": a name, its possessive, a site
    return re.compile(rf"\b(?:at|in) [A-Z][\w-]*['’]s(?: [\w-]+){{0,3}} (?:{sites})\b")


@lru_cache(maxsize=1)
def _placed_site() -> re.Pattern:
    sites = alternation(draft_data()["kpi"]["sites"])
    # "A beverage can-end plant in Ohio fitted our monitor": some site, placed by a name (the buyer's is "your plant")
    # ... or placed first: "In Slovakia, a brake pad producer cut curing scrap ..."
    return re.compile(rf"\b[Aa]n? (?:[\w-]+ ){{0,3}}(?:{sites}) (?:in|near|outside) [A-Z]|"
                      rf"\b(?:In|Near|Outside) [A-Z][\w-]*(?: [A-Z][\w-]*)?, an? (?:[\w-]+ ){{0,3}}(?:{sites})\b")


@lru_cache(maxsize=1)
def _firm() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["firm"], "firm")


def dated_result(words: list[str], rules: DraftRules, before: list[str] = ()) -> bool:
    """A change told in the past with a time anchor (drafting.yaml kpi.dated): "nach dem Umbau 2023 sank der Bruch von
    5,5 % auf 2,1 %" is history or a reference, no baseline and target of this plant; a commitment is not told, and a
    change told to the buyer of its own line ("In the 2025 pilot on your line 3 ...") stays its measured result. The
    anchor may open the writer's own story in the sentence `before` ("In 2024 our team ran a kaizen. Flash fell from
    5 % to 3 %."), when that sentence is told in the first person, neither commits nor speaks to the buyer."""
    addressed = _dated()[2]
    if rules.kpi_commits.find(words) or not addressed.isdisjoint(words) or not any(map(_told_verb(rules), words)):
        return False
    return _anchored(words) or bool(before) and addressed.isdisjoint(before) and not _own().isdisjoint(before) \
        and not rules.kpi_commits.find(before) and _anchored(before)


@lru_cache(maxsize=1)
def _own() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["dated"]["own"]))


def _anchored(words: list[str]) -> bool:
    """The words name a time past: an anchor of drafting.yaml kpi.dated, or a year no deadline word leads to."""
    anchors, deadlines, _ = _dated()
    return bool(anchors.find(words)) or any(
        _YEAR.fullmatch(w) and (i == 0 or words[i - 1] not in deadlines) and not _labels_value(words, i)
        for i, w in enumerate(words))


_YEAR = re.compile(r"(?:19|20)\d\d")
_VALUE = re.compile(r"\d[\d.,]*")


def _labels_value(words: list[str], i: int) -> bool:
    """The year tells when the value just before it was counted ("from 23 in 2025 to fewer than 5 in 2027"): a
    series of the measure's values, no event the change is anchored to."""
    return any(_VALUE.fullmatch(w) and not _YEAR.fullmatch(w) for w in words[max(0, i - 3):i])


def _told_verb(rules: DraftRules):
    """A verb of a result told in the past, in English or glossed from German ("sank": fell)."""
    glossed = gloss_rules().words
    return lambda w: w in rules.kpi_told or any(g in rules.kpi_told for g in glossed.get(w, ("",))[0].split("|"))


@lru_cache(maxsize=1)
def _dated() -> tuple[PhraseSet, frozenset[str], frozenset[str]]:
    spec = draft_data()["kpi"]["dated"]
    return PhraseSet.of(spec["anchors"], "dated"), frozenset(map(str, spec["deadlines"])), \
        frozenset(map(str, spec["addressed"]))
