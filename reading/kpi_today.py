"""The values a sentence marks as today's, whatever their place beside the target: a word of today right before the
value in its clause ("nu is dat 6 %", "obecnie jest to 7 %", "heute liegt sie bei 81 %", "mot dagens 9") or right
after it ("contre 5 % aujourd'hui", "frente a 40 minutos hoy", "rispetto ai 40 minuti attuali", "against 11 today"),
and a value that restates a marked one in another unit ("today 1,850 MWh a year, or 0.42 kWh per can"). Such a value
is the baseline, never the target, told before the target or after it (drafting.yaml kpi.baselines)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .draft_rules import DraftRules, draft_data
from .kpi_bounds import range_end
from .kpi_clauses import next_to_metric
from .kpi_numbers import NUMBER, YEAR, in_unit, is_attribute, unit_of, value_of
from .phrases import PhraseSet, normalise, tokens
from .quantities import name_spans


@dataclass(frozen=True)
class Marked:
    value: float
    unit: str  # "" for a bare count ("against 11 today")
    start: int
    end: int


def marked_today(lower: str, rules: DraftRules) -> tuple[Marked, ...]:
    """Each value of the sentence as read (kpi_numbers.as_read) that a word of today marks, in order."""
    return _marked(lower, rules.kpi_commits)


@lru_cache(maxsize=4096)
def _marked(lower: str, commits: PhraseSet) -> tuple[Marked, ...]:
    """marked_today, once per sentence however many readers of its target ask (`commits`: drafting.yaml kpi.commits)."""
    said = tokens(normalise(lower))
    if not _TODAY_BEFORE.find(said) and not _TODAY_AFTER.find(said):
        return ()  # most sentences: no word of today at all
    names = name_spans(lower)
    found: list[Marked] = []
    last, restates = 0, False
    for match in NUMBER.finditer(lower):
        unit = unit_of(match.group(2))
        if any(start == 0 for start, _e, _p in _TODAY_AFTER.find(tokens(normalise(unit)))):
            unit = ""  # "tegenover 8 nu": the word read as its unit marks a bare count
        ends = match.start(2) + len(unit) if unit else match.end(1)
        after = _cued_after(lower[ends:])  # "the 9 h 40 min average of your last 50 batches": a value, no name
        if YEAR.fullmatch(match.group(1)) and not unit or any(a <= match.start() < b for a, b in names) \
                or _named(lower, match.start()) and not after or range_end(lower, match):
            continue  # "in 2025", "press 7", "the 500 g packs": no value; "25-40 minutes today": a range, no value
        marked = _cued_before(lower[last:match.start()], commits) or after \
            or restates and bool(_RESTATED.fullmatch(lower[last:match.start()]))
        if marked:
            found.append(Marked(value_of(match.group(1)), unit, match.start(), ends))
        last, restates = ends, marked
    return tuple(found)


def marked_baseline(lower: str, rules: DraftRules, target: re.Match, unit: str, metric: str = "") -> float | None:
    """The value the sentence marks as today's for the target at `target` (a _TARGET or NUMBER match): the first after
    it in the target's unit (a duration converted; "objectif 2 %, contre 5 % aujourd'hui"), or bare where the target
    counts in a unit ("no more than 4 stops per shift, against 11 today"), else the last before it so ("today a
    changeover takes 95 minutes; we guarantee at most 70 min"). Of two, the one the target's `metric` names as its own
    ("today the line runs at 61% OEE with 4% scrap; we will take OEE to 72%": 61, kpi_clauses.next_to_metric)."""
    found = marked_today(lower, rules)
    found = tuple(f for _s, _e, f in next_to_metric(lower, [(f.start, f.end, f) for f in found], metric)) or found
    after = [f for f in found if f.start >= target.end()]
    before = [f for f in found if f.end <= target.start(1)][::-1]
    for told in after + before:
        value = in_unit(told.value, told.unit, unit) if told.unit else told.value if unit else None
        if value is not None:
            return value
    return None


def marked_starts(lower: str, rules: DraftRules) -> frozenset[int]:
    """Where the values the sentence marks as today's start: none of them a target."""
    return frozenset(found.start for found in marked_today(lower, rules))


def _cued_before(between: str, commits: PhraseSet) -> bool:
    """A word of today among the few words right before the value, in its clause, with no aim between ("today a
    changeover takes 35 minutes", "nu is dat 6 %"; never "today we commit to 3 %")."""
    said = tokens(normalise(_CLAUSE.split(between)[-1]))[-_REACH:]
    found = _TODAY_BEFORE.find(said)
    return bool(found) and not commits.find(said[max(s for s, _e, _p in found):]) \
        and not _AIMS.intersection(said)


def _cued_after(after: str) -> bool:
    """A word of today right after the value's unit, before its clause ends ("5 % aujourd'hui", "8 nu"); not one that
    tells when a target starts ("2 % from today")."""
    said = tokens(normalise(_CLAUSE.split(after, maxsplit=1)[0]))[:_AFTER]
    return bool(said) and said[0] not in _NOT_TODAY_OPENERS and bool(_TODAY_AFTER.find(said))


def _named(lower: str, start: int) -> bool:
    """A number a thing's name or a determiner holds ("press 7", "the 500 g packs"); but a Romance "a" before it is a
    preposition ("frente a 40 minutos hoy")."""
    said = lower[max(0, start - 16):start].split()
    return is_attribute(lower, start) and not (said[-1:] == ["a"] and len(said) > 1 and said[-2] in _PREPOSITION_A)


_REACH = 4  # words before a value a word of today may stand: "heute liegt sie bei 81 %", "i dag är den 5 %"
_AFTER = 2  # words after a value's unit: "40 minutos hoy", "4 % actuellement"
_CLAUSE = re.compile(r"[,;:()]|\. ")
# what joins a value to the same value restated in another unit: "1,850 MWh a year, or 0.42 kWh per can"
_RESTATED = re.compile(r"\s*[,(]?\s*(?:or|i\.e\.|that is|which is|soit|also|d\. ?h\.|oder|o sea|es decir|cioè|ossia|"
                       r"czyli|dat is|dus|ou seja|alltså)?\s*(?:about |around |roughly |some |approx\. )?")
_SPEC = draft_data()["kpi"]
_AIMS = frozenset(map(str, _SPEC["today_marks"]["aims"]))
_NOT_TODAY_OPENERS = frozenset(map(str, _SPEC["today_marks"]["not_after"]))
_PREPOSITION_A = frozenset(map(str, _SPEC["today_marks"]["preposition_a"]))
_TODAY_AFTER = PhraseSet.of(_SPEC["today_marks"]["after"] + _SPEC["today_marks"]["after_only"], "today")
_TODAY_BEFORE = PhraseSet.of(_SPEC["today_marks"]["after"] + _SPEC["today_marks"]["before"], "today")


def today_tail(after: list[str], rules: DraftRules) -> bool:
    """Words between a link or a verb of having and the value that are a word of today and short prepositions alone
    ("è oggi di", "es hoy de", "tem hoje", "ma obecnie"): they name nothing, the name ends before them."""
    found = rules.kpi_baselines.find(after) if 0 < len(after) <= 3 else []
    said = {i for start, end, _phrase in found for i in range(start, end)}
    return bool(said) and all(i in said or len(w) <= 2 for i, w in enumerate(after))


def link_before_value(words: list[str], links, rules: DraftRules) -> int | None:
    """Where a name ends at the verb linking it to its value: a value after the link ("oee on line 3 is 61%"), or only
    a word of today ("il consumo del forno è oggi di"): the link's index, None when there is none."""
    return next((i for i, w in enumerate(words) if i and w in links
                 and (any(x[:1].isdigit() for x in words[i + 1:]) or today_tail(words[i + 1:], rules))), None)
