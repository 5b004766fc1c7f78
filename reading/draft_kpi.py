"""Read the plant's own KPI from a proposal: metric, unit, baseline and target.

"Unplanned downtime fell from 9.1% to 6.4% of planned time" gives metric "unplanned
downtime", unit "% of planned time", baseline 9.1, target 6.4. A vendor's commitment for this
plant ("we commit to bringing scrap from today's 5.6% down to 3.5%") is preferred over a pilot
result elsewhere; a target stated alone ("our target: downtime down to 8%") is paired with the
baseline another sentence states ("your stop sheets show 12.4% of planned time lost").
A marketing sentence ("up to 30% less downtime for 500+ customers") gives nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from questions.models import Answer, Measure

from .draft_rules import DraftRules, draft_data
from .german import gloss_rules
from .kpi_counts import count_noun
from .kpi_dot_groups import dots_group
from .kpi_kinds import by_unit, counted, is_kind, kind_name, moves_the_right_way
from .kpi_metric import after_commitment, heading, named_before, named_by_kind
from .kpi_numbers import DIGIT, NUMBER, grammar, SPELLED, document_groups, dots_as_groups, unit_head, unit_of, value_of
from .kpi_pointers import as_said, pointed_back
from .kpi_sites import typical, yours
from .kpi_naming import names_what_changes, offer_term, pays_back, pledge_only
from .kpi_pairing import paired_target, table_measure, told_result
from .kpi_relative import relative_measure
from .kpi_sentence import read_change, read_target
from .kpi_source import committed as committed_to
from .kpi_source import buyers_objective, dated_result, elsewhere, firm, labelled_target
from .kpi_table import is_header
from .kpi_tidy import as_written, without_dangling, without_time
from .phrases import normalise, tokens
from .romance import unelided
from .quantities import DURATIONS
from .text import Reading, Sentence
from .word_regex import alternation

__all__ = ["find_measure", "read_change", "read_target"]

def find_measure(reading: Reading, rules: DraftRules, drafter, claims, words=None, general=None,
                 promises=None, grouped=False) -> Answer | None:
    """The KPI answer, best source first: a KPI table, a committed change for this plant, a target paired
    with today's baseline, then any change stated (a pilot's result). `claims(sentence)`: the sentence
    is no marketing, question or option; `words(sentence)`: its tokens, when the caller has them;
    `general(sentence)`: it is a truth of the industry, not of this plant; `promises(sentence)`: it may state
    the plant's measure if it commits firmly, however it boasts and under whatever heading."""
    words = words or (lambda s: tokens(normalise(s.text)))
    if not grouped and dots_group(reading.sentences, words):  # "2.390 kWh/t" where "5,5 kA/m²" is written
        return _grouped(reading, rules, drafter, claims, words, general, promises)
    table = table_measure(reading.sentences, rules)
    if table and general and _of_the_industry(table[1], general):
        table = None
    if table:
        # a heading that names no kind of measure ("Offer", "Angebot") gives way to one its lines or unit name
        return _drafted(drafter, kind_name(named_by_kind(table[0], table[1], rules), rules), table[1])
    index = {s.start: i for i, s in enumerate(reading.sentences)}
    # ... and however it sells what it shows: "66% faster (15 -> 5 minutes)"
    firmly = (lambda s: claims(s) or (firm(words(s)) or _SHOWN.search(s.text)) and promises(s)) if promises else claims
    found = _stated(reading.sentences, index, rules, firmly, words)
    if not found:
        return None
    measure, quoted = found
    named = _with_name(measure, reading.sentences, index, quoted, rules)
    named = by_unit(kind_name(named_by_kind(after_commitment(named, rules), quoted, rules), rules), rules)
    # a name found after the numbers were paired ("Scrap rate" over "Today: 2 %", "Target: 3 %") may tell
    # that the target moves the wrong way: then it is no target
    # ... and a payback period ("payback falls from 30 to 22 months") is how soon the offer pays, no measure of the plant
    # ... nor is a measure named for a term of the offer, paired over two sentences ("45 jours fin de mois." "Garantie
    # matériel 24 mois.": walk 68 drafted "garantie matériel: 45 -> 730 jours")
    plant = moves_the_right_way(named, rules) and not pays_back(tokens(normalise(named.metric or ""))) \
        and not offer_term(named, named.metric or "", rules) and names_what_changes(named)
    return _drafted(drafter, count_noun(without_time(counted(named, rules)), rules), quoted) if plant else None


Found = tuple[Measure, list[Sentence]]


def _grouped(reading: Reading, rules: DraftRules, drafter, claims, words, general, promises) -> Answer | None:
    """The measure read with a German text's thousands dots as commas; every judgement of a sentence
    (its role, its words, the quotes) is still made of the sentence as written."""
    written = {s.start: s for s in reading.sentences}
    grouped = [Sentence(dots_as_groups(s.text), s.start, s.end, s.kind) for s in reading.sentences]
    if all(g.text == s.text for g, s in zip(grouped, reading.sentences)):
        return find_measure(reading, rules, drafter, claims, words, general, promises, grouped=True)
    own = lambda judge: judge and (lambda s: judge(written[s.start]))  # noqa: E731
    answer = find_measure(replace(reading, sentences=grouped), rules, drafter, own(claims), own(words), own(general),
                          own(promises), grouped=True)
    return answer and answer.model_copy(update={"quotes": [_as_written(q, grouped, written) for q in answer.quotes]})


def _as_written(quote: str, grouped: list[Sentence], written: dict[int, Sentence]) -> str:
    return next((written[g.start].text for g in grouped if g.text == quote), quote)


def _of_the_industry(lines: list[Sentence], general) -> bool:
    """A list's lines (no table's) of which one is a truth of the industry (agent.py): a page's
    call-outs ("83% of motor failures have detectable signatures", "65% with vibration alone") give
    no plant's baseline and target."""
    return all("|" not in s.text for s in lines) and any(general(s) for s in lines)


def _stated(sentences: list[Sentence], index: dict[int, int], rules: DraftRules, claims, words) -> Found | None:
    """The measure the sentences state and those that state it, best source first (a firm commitment
    before an expectation); none from a text that tells another site's result, unless committed for
    this plant."""
    first = {}
    for s in sentences:
        first.setdefault(s.text, s)  # a line said again: looked at once
    may = {text: _may_state(text, lambda s=s: rules.kpi_commits.find(unelided(words(s)))) for text, s in first.items()}
    labelled, away = lru_cache(maxsize=None)(labelled_target), _Elsewhere(rules, words)  # a line said again: read once
    candidates = [_own_tail(s, rules) if away(s) else s for s in sentences
                  if may[s.text] and (claims(s) or labelled(s.text) or away(s)) and "|" not in s.text
                  and not is_header(s.text) and not buyers_objective(words(s))
                  and not (typical(words(s)) and not firm(words(s)))]  # what usually happens: "en général, le rebut ..."
    tails = {s.start: s for s in candidates if s is not None and s.text not in first}  # another customer's result:
    # only the buyer's own told after it ("...; your scrap rate drops from 6 % to 3 %"), read as a sentence of its own
    candidates = [s for s in candidates if s is not None]
    if tails:
        told = words
        words = lambda s: tokens(normalise(s.text)) if tails.get(s.start) is s else told(s)  # noqa: E731
    # the buyer's own objective quoted back; a table's row or header ("Target after 6 months" names a column)
    pointed = pointed_back(sentences, words, rules)
    if pointed:  # a sentence read with the commitment after it: its words as read
        candidates, written = [pointed.get(s.start, (s,))[0] for s in candidates], words
        words = lambda s: tokens(normalise(s.text)) if s is pointed.get(s.start, (None,))[0] else written(s)  # noqa: E731
    commits = lru_cache(maxsize=None)(lambda text: committed_to(text, rules))  # its text's alone: a line said again once
    committed = [s for s in candidates if rules.kpi_commits.find(unelided(words(s))) and commits(s.text) or labelled(s.text)]
    firmly = [s for s in committed if firm(words(s))]
    read: tuple[dict, dict] = {}, {}  # text -> the changes, the target it states: a line said again is read once
    found = next(filter(None, (_changed(group, rules, names_what_changes) or _committed_target(sentences, index, group, rules, *read)
                               for group in (firmly, committed))), None) \
        or _relative_to_today(sentences, index, candidates, rules, read[0])
    if found:
        return found[0], as_said(found[1], pointed)
    if any(map(away, sentences)):
        # a text that tells another site's result: a change it states uncommitted is theirs, unless told of the
        # buyer's own ("For your Leeds plant the scrap rate must come down from 3.2 % to 1.8 %")
        candidates = [s for s in candidates if yours(s.text)]
    # a change told first that measures nothing ("your electricity bill rose from EUR 41,000 to EUR 58,000") does not
    # hide a later one that does; one told of a year past ("nach dem Umbau 2023 ...") is history or a reference
    before = {s.start: words(sentences[index[s.start] - 1]) if index[s.start] else [] for s in candidates}
    candidates = [s for s in candidates if not dated_result(words(s), rules, before[s.start])]
    found = _changed(candidates, rules, lambda m: _measures(m, rules)) or _told(sentences, index, candidates, rules, words)
    return found if found and _measures(found[0], rules) else None


class _Elsewhere(dict):
    """Whether a sentence tells another site's result (kpi_source.elsewhere), read once a text and its words: a text read
    in other words (a German text's dots read as groups, `_grouped`) is read again."""

    def __init__(self, rules: DraftRules, words):
        super().__init__()
        self.rules, self.words = rules, words

    def __call__(self, sentence: Sentence) -> bool:
        said, known = self.words(sentence), self.get(sentence.text)
        if known is None or known[0] != said:
            known = self[sentence.text] = said, elsewhere(sentence.text, said, self.rules)
        return known[1]


def _own_tail(sentence: Sentence, rules: DraftRules) -> Sentence | None:
    """The clauses after another site's result that tell the buyer's own ("At a customer in Lyon scrap drops from 5 %
    to 2 %; your scrap rate drops from 6 % to 3 %"), read as a sentence of their own (at the sentence's place); None
    where there are none."""
    for cut in _CLAUSE_BREAK.finditer(sentence.text):
        tail = sentence.text[cut.end():].strip()
        if yours(tail) and DIGIT.search(tail) and not elsewhere(tail, tokens(normalise(tail)), rules):
            return Sentence(tail, sentence.start, sentence.end, sentence.kind)
    return None


_CLAUSE_BREAK = re.compile(r";\s*|:\s+|\.\s+(?=[A-ZÀ-Þ])")


def _told(sentences: list[Sentence], index: dict[int, int], candidates: list[Sentence], rules: DraftRules,
          words) -> Found | None:
    """The first result told in the past that pairs with the value an earlier sentence gives for its
    metric ("The scrap rate was 6.2%." ... "The new checks brought scrap down to 2.9%.")."""
    for sentence in candidates:
        if not rules.kpi_told.isdisjoint(words(sentence)):
            found = told_result(sentences, rules, index[sentence.start])
            if found:
                return found[0], [found[1], sentence]
    return None


def _measures(measure: Measure, rules: DraftRules) -> bool:
    """An uncommitted change is a result told: a measure when it names a kind of measure or its unit is
    a share, a rate or a time; "the number of people on the line has been reduced from five to four"
    counts people, no KPI."""
    unit = measure.unit
    if _reading(measure.metric):
        return False  # "vibration levels increased from 0.1 to 0.25 in/s": a machine's symptom, no plant measure
    return is_kind(f"{measure.metric} {unit}", rules) or unit.startswith("%") or "/" in unit \
        or " per " in f" {unit} " and not _sizes(unit) or unit_head(unit) in DURATIONS


def _reading(metric: str) -> bool:
    """A metric that names a machine's condition reading (drafting.yaml kpi.readings)."""
    return any(f" {word} " in f" {metric} " for word in map(str, draft_data()["kpi"]["readings"]))


def _sizes(unit: str) -> bool:
    """Things counted per a thing, no period and no unit of measure: "from 2 to 12 palletising cells per site" tells
    how big a site is ("from 4.1 to 3.2 kg of steam per LPA" and "from 40 to 6 stops per shift" measure)."""
    things, per, base = f" {unit} ".partition(" per ")
    said, of = things.split(), [w for w in base.split() if not w[0].isdigit()]  # "per 10 months": a period
    return bool(per and said and of) and said[-1].endswith("s") and unit_head(things.strip()) == said[0] \
        and said[0] not in DURATIONS and unit_head(of[0]) not in DURATIONS


def _changed(candidates: list[Sentence], rules: DraftRules, keep=lambda measure: True) -> Found | None:
    """The first change a sentence states with its metric ("scrap from 5.6% to 3.5%") that `keep` keeps."""
    read = set()  # a line said again states what it stated: read once
    for sentence in candidates:
        if sentence.text in read:
            continue
        read.add(sentence.text)
        measure = read_change(_before_consequence(sentence.text, rules), rules)
        if measure and measure.metric and keep(measure):
            return measure, [sentence]
    return None


# A share boasted with the values it comes from shown right after it: "66% faster (15 -> 5 minutes)" states its
# measure however it sells it
_SHOWN = re.compile(r"\d ?% [a-z]+ \(\s*\d[\d.,]*\s?[^\s\d()]*\s?(?:->|→|=>|to)\s?\d")


def _before_consequence(text: str, rules: DraftRules) -> str:
    """The sentence up to the clause that tells a consequence of what changes ("...; nominal output rises
    accordingly, from 500 to 560 cans/h"): that follows from the measure, it is not the one committed to; a
    consequence clause that commits itself stays ("as a result, output rises to 560 cans/h, which we guarantee")."""
    cue = _consequence().search(text)
    if not cue:
        return text
    start = max(text.rfind(mark, 0, cue.start()) for mark in ".;:,") + 1
    if rules.kpi_commits.find(tokens(normalise(text[start:]))):
        return text  # "we will therefore cut scrap from 4 % to 2 %", "..., which we guarantee": committed itself
    # "cut changeover from 40 to 15 minutes and adjust the plan accordingly": the values come before the cue
    return text[:cue.start()] if DIGIT.search(text, start, cue.start()) else text[:start]


def _committed_target(sentences: list[Sentence], index: dict[int, int], committed: list[Sentence],
                      rules: DraftRules, changes: dict, targets: dict) -> Found | None:
    """A committed sentence's change relative to today, else its target with today's value in the
    same sentence, else paired with the baseline another sentence states (`changes`, `targets`: each text's, read once)."""
    for sentence in committed:
        found = relative_measure(sentences, rules, index[sentence.start], changes)  # "cut scrap by 2 points": no target of 2
        if found:
            return found[0], [found[1], sentence]
        if sentence.text not in targets:
            targets[sentence.text] = read_target(_before_consequence(sentence.text, rules), rules)
        target = targets[sentence.text]
        if target and target.baseline is not None and target.metric:
            return target, [sentence]
        found = target and paired_target(sentences, target, rules, index[sentence.start])
        if found:
            return found[0], [found[1], sentence]
    return None


def _relative_to_today(sentences: list[Sentence], index: dict[int, int], candidates: list[Sentence],
                       rules: DraftRules, changes: dict) -> Found | None:
    """The first change relative to today's value a sentence states ("we will halve that giveaway")."""
    for sentence in candidates:
        found = relative_measure(sentences, rules, index[sentence.start], changes)
        if found:
            return found[0], [found[1], sentence]
    return None


def _with_name(measure: Measure, sentences: list[Sentence], index: dict[int, int], quoted: list[Sentence],
               rules: DraftRules) -> Measure:
    """A measure that names no metric takes the one named as the KPI just before, or its list's heading
    ("The KPI is unplanned downtime. Today it is 42 hours per month; we target 20"); one that names no kind
    of measure ("ab Monat 6") takes the KPI named before when that names one ("Kennzahl: ungeplante Stillstandszeit")."""
    if pledge_only(measure.metric, rules):  # "Zusage: 30 Minuten pro Formatwechsel" names no measure "Zusage"
        measure = measure.model_copy(update={"metric": ""})
    if measure.metric and measure.metric != measure.unit:
        named = "" if is_kind(measure.metric, rules) else named_before(sentences, index[quoted[0].start], rules)
        return measure.model_copy(update={"metric": named}) if named and is_kind(named, rules) else measure
    named = named_before(sentences, index[quoted[-1].start], rules) or heading(sentences, index[quoted[0].start], rules)
    return measure.model_copy(update={"metric": named}) if named else measure


def _drafted(drafter, measure: Measure, sentences: list[Sentence]) -> Answer:
    measure = as_written(without_dangling(measure), [s.text for s in sentences])  # no "from your"; "MWh/t" as written
    specific = all(drafter.evidence_of(s, False) == "specific" or _counts(s, measure) for s in sentences)
    evidence = "specific" if specific else "vendor_claim"
    return Answer(question=drafter.bank.key_questions.kpi, evidence=evidence, measure=measure,
                  quotes=list(dict.fromkeys(s.text for s in sentences)), drafted=True)  # its baseline's own: once


def _counts(sentence: Sentence, measure: Measure) -> bool:
    """A plain sentence that counts the measure's thing ("Baseline 212 covers in 2025.", "Target:
    fewer than 40 in the year"): its number, in the unit the reader knows as none, or bare; a
    sentence that sells stays a claim."""
    if sentence.kind != "neutral" or not measure.unit:
        return False
    return any(unit_of(m.group(2)) in (measure.unit, "") and value_of(m.group(1)) in (measure.baseline, measure.target)
               for m in NUMBER.finditer(" ".join(sentence.text.lower().split())))


@lru_cache(maxsize=1)
def _consequence() -> re.Pattern:
    cues = alternation(draft_data()["kpi"]["consequences"])
    return re.compile(rf"\b(?:{cues})\b", re.I)


# Read on lower-cased text; the look-ahead on each cue's first letter spares the alternation at most
# positions (0.1 s -> 0.03 s of a 100-page draft, same matches).
_CUE = re.compile(r"(?=[tcbhdgzulfaowsvrn=\-→])(?:\btoday\b|\bcurrent|commit|\bto\b|\bby\b|halv|doubl|guarantee|"
                  r"\bziel|\breach|\bnaar\b|\bhuidig|\bdoel|"
                  r"garant|zusag|zugesag|verpflicht|\bvon\b|"
                  r"->|→|=>|below|under|less than|fewer than|baseline|target|goal|\baim|objective|want|seek)")


# a change's "from" in any language of drafting.yaml kpi.grammar right before a value: "dal 61,5 %", "de 12 a 8 min"
_FROM_VALUE = re.compile(r"\b(?:" + grammar("from") + r") \d")


def _may_state(text: str, commits) -> bool:
    """Cheap first look (linear scans): a number (in digits or words) and a word that can lead to a change,
    else any commitment of drafting.yaml kpi.commits (`commits()`, read only then): "we expect sixty-five
    percent", "Objectif ...: 92 %" lead to a target the cues above do not know."""
    if not (DIGIT.search(text) or SPELLED.digits(text) != text or _SHARE.search(text)):
        return False
    lower = text.lower()
    return bool(_CUE.search(lower) or _FROM_VALUE.search(lower) or "exceed" in lower or "more than" in lower  # a ceiling: "will not exceed 0.9 t"
                or _CHANGES.search(lower) or commits())


# a verb or a noun of change in any language (drafting.yaml kpi.relative): "die Stillstände in 12 Monaten um 25 %
# senken", "reducirá estas paradas un 20 %" lead to a change relative to today as "cut stops by 30 %" does
_CHANGES = re.compile(rf"\b(?:{alternation(draft_data()['kpi']['relative']['down'] + draft_data()['kpi']['relative']['up'])})\b")


# "cut that by a third", "cut it in half", "halbieren wir die Stillstandszeit", "down to a quarter of that"
# (drafting.yaml kpi.relative.factors and to_shares)
_SHARE = re.compile(r"\b(?:halv|doubl)|\bby (?:a |one )?(?:half|third|quarter|fifth)\b|\bin half\b|\b(?:" +
                    "|".join(map(re.escape, map(str, [*draft_data()["kpi"]["relative"]["factors"],
                                                      *draft_data()["kpi"]["relative"]["to_shares"]]))) + r")\b", re.I)
