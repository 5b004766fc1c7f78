"""Whose result a KPI sentence tells, in any language a proposal is written in: a result placed at the sentence's
opening in another company's site ("En una panificadora de Valladolid el rechazo baja ...", "U klienta w Poznaniu
...", "At a dairy in Bavaria ..."), a result told as what usually happens ("Typischerweise sinkt der Ausschuss ...",
"En général, le taux de rebut passe ..."), and the buyer's own told beside another's ("Bei Ihnen sinkt ...", "your
scrap rate drops ..."): drafting.yaml kpi.placed_elsewhere, typical and yours (reading/kpi_source.py, draft_kpi.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .phrases import PhraseSet, normalise, tokens
from .word_regex import alternation


def placed_elsewhere(text: str) -> bool:
    """The sentence opens on another company's site, placed by a capitalised name, and names none of the buyer's; or
    it opens on a company or place named in capitals and tells a result there, uncommitted (drafting.yaml
    kpi.placed_elsewhere named_leads)."""
    return (bool(_placed().match(text)) or _named_result_at(text)) and not yours(text)


def _named_result_at(text: str) -> bool:
    found = _named_at().search(text)
    if not found or found.group(1).lower() in _not_names():
        return False
    words = tokens(normalise(text))
    told, commits = _told()
    return bool(told.find(words)) and not commits.find(words)


def yours(text: str) -> bool:
    """The sentence speaks of the buyer's own, in any language ("your", "Ihr", "votre", "uw", "Państwa")."""
    return bool(_yours().find(tokens(normalise(text))))


def typical(words: list[str]) -> bool:
    """The sentence tells what usually happens ("typically", "normalerweise", "en général", "di solito")."""
    return bool(_typical().find(words))


@lru_cache(maxsize=1)
def _placed() -> re.Pattern:
    spec = draft_data()["kpi"]["placed_elsewhere"]
    alt = lambda key: alternation(spec[key])  # noqa: E731
    words = rf"(?:[^\W\d_][\w'’-]* ){{0,{int(spec['reach'])}}}?"  # a few words: "panificadora", "zuivelbedrijf"
    return re.compile(rf"\s*[-•*]?\s*(?i:(?:{alt('leads')}) (?:{alt('articles')}) ?|(?:{alt('bare_leads')}) )"
                      rf"{words}(?i:(?:{alt('prepositions')}) |{alt('elided')})[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ]")


@lru_cache(maxsize=1)
def _named_at() -> re.Pattern:
    spec = draft_data()["kpi"]["placed_elsewhere"]
    leads = "|".join(sorted(map(re.escape, map(str, spec["named_leads"])), key=len, reverse=True))
    small = rf"(?:[a-zà-öø-ÿ][\w-]*(?:['’]|\s)){{0,{int(spec['named_reach'])}}}?"  # "le site de ", "d'"
    # at the sentence's opening, or where a lead in capitals opens a line a title without a stop ran into
    return re.compile(rf"(?:^\s*[-•*]?\s*|(?<=\s)(?=[A-ZÀ-Þ]))(?i:{leads})\s+{small}([A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][a-zà-öø-ÿ][\w-]*)")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["placed_elsewhere"]["not_names"]))


@lru_cache(maxsize=1)
def _told() -> tuple[PhraseSet, PhraseSet]:
    """Verbs of a result told (past in any language, or present) and the words that commit the vendor instead."""
    kpi = draft_data()["kpi"]
    told = [*kpi["told_results"], *kpi["present_results"], *kpi["placed_elsewhere"]["told_past"]]
    return PhraseSet.of(told, "told"), PhraseSet.of(kpi["commits"], "commits")


@lru_cache(maxsize=1)
def _yours() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["yours"], "yours")


@lru_cache(maxsize=1)
def _typical() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["typical"], "typical")
