"""The language a vendor's documents are written in, as drafting already tells it: German by german.yaml's markers,
Spanish, French, Italian, Portuguese or Polish by romance.yaml's (polish.yaml's), else English. The follow-up letter is written in it by
default (reports/letter_words.py)."""
from __future__ import annotations

from functools import lru_cache

from .german import gloss_rules
from .phrases import normalise, tokens
from .romance import romance_rules

ENGLISH = "en"


@lru_cache(maxsize=32)
def text_language(text: str) -> str:
    """'de', 'es', 'fr', 'it', 'pt', 'pl' or 'en': the language whose markers the whole text's words hold enough of."""
    said = [tokens(normalise(line)) for line in text.splitlines() if line.strip()]
    german = gloss_rules().rival(said)  # a French text's many "des" pass German's share, its French markers outnumber them
    found = romance_rules().language(said, german)
    return found.name if found is not None else "de" if german else ENGLISH


def documents_language(texts: list[str]) -> str:
    """The language most of the texts' characters are written in (a German offer with an English datasheet: German)."""
    weight: dict[str, int] = {}
    for text in texts:
        if text.strip():
            language = text_language(text)
            weight[language] = weight.get(language, 0) + len(text)
    return max(weight, key=weight.get) if weight else ENGLISH
