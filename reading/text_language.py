"""The language a vendor's documents are written in, as drafting already tells it: German by german.yaml's markers,
Spanish, French, Italian, Portuguese, Polish, Dutch, Swedish or Czech by romance.yaml's (polish.yaml's, dutch.yaml's,
swedish.yaml's, czech.yaml's); a language no gloss reads by letter_languages.yaml `told`; else English. The follow-up letter is written in it by default
(reports/letter_words.py)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .german import gloss_rules
from .phrases import normalise, tokens
from .romance import romance_rules

ENGLISH = "en"
_DATA = Path(__file__).resolve().parent.parent / "questions" / "letter_languages.yaml"


@lru_cache(maxsize=32)
def text_language(text: str) -> str:
    """'de', 'es', 'fr', 'it', 'pt', 'pl', 'nl', 'sv', 'cs' or 'en': the language whose markers the whole text's words hold enough
    of, and more than any other's."""
    said = [tokens(normalise(line)) for line in text.splitlines() if line.strip()]
    german = gloss_rules().rival(said)  # a French text's many "des" pass German's share, its French markers outnumber them
    told, marked = _told(said)
    found = romance_rules().language(said, max(german, marked))
    return found.name if found is not None else told if marked > german else "de" if german else ENGLISH


def _told(said: list[list[str]]) -> tuple[str, int]:
    """The language of letter_languages.yaml `told` whose markers are enough of the words, and how many there are;
    ("", 0) where none is."""
    share, least, markers = _told_rules()
    words = [w for each in said for w in each if w[:1].isalpha()]
    counts = {name: sum(w in marks for w in words) for name, marks in markers.items()}
    name = max(counts, key=counts.get, default="")
    best = counts.get(name, 0)
    return (name, best) if best >= least and best >= share * len(words) else ("", 0)


@lru_cache(maxsize=1)
def _told_rules() -> tuple[float, int, dict[str, frozenset[str]]]:
    told = yaml.safe_load(_DATA.read_text(encoding="utf-8"))["told"]
    return float(told["share"]), int(told["least"]), {k: frozenset(v) for k, v in told["markers"].items()}


def documents_language(texts: list[str]) -> str:
    """The language most of the texts' characters are written in (a German offer with an English datasheet: German)."""
    weight: dict[str, int] = {}
    for text in texts:
        if text.strip():
            language = text_language(text)
            weight[language] = weight.get(language, 0) + len(text)
    return max(weight, key=weight.get) if weight else ENGLISH
