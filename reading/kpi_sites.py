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
    """The sentence opens on another company's site, placed by a capitalised name, and names none of the buyer's."""
    return bool(_placed().match(text)) and not yours(text)


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
                      rf"{words}(?i:{alt('prepositions')}) [A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ]")


@lru_cache(maxsize=1)
def _yours() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["yours"], "yours")


@lru_cache(maxsize=1)
def _typical() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["typical"], "typical")
