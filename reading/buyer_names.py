"""The buyer's names an offer's letterhead gives ("To: Acme Castings Ltd": acme; "Cliente: Fundiciones y Maquinados
Regiomontanos, S.A. de C.V. (FMR)": fundiciones, fmr; "An: Müller GmbH": müller), read as drafting reads them
(references.py `addressed`), and a sentence that gives the buyer by one of them something the topic asks whose it is
("Los datos son propiedad de FMR", "die Daten bleiben Eigentum der Müller GmbH"): as "your data remain yours" does."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .references import ReferenceReader
from .word_regex import alternation


@lru_cache(maxsize=1)
def _reader() -> ReferenceReader:
    data = draft_data()
    return ReferenceReader.from_data(data["roles"].get("reference_told", {}), data["product_page"]["story"]["past"],
                                     data.get("company_names", {}).get("forms", []))


def buyer_names(texts: list[str]) -> frozenset[str]:
    """The names, lower case, the offer's texts address as the buyer's: each whole, and its first word, which a letter
    shortens it to ("property of Kessler" for "To: Kessler Foundry Ltd")."""
    return frozenset(part for text in texts for _, name in _reader().addressees(text)
                     for part in dict.fromkeys([name, name.split()[0]]))


def to_buyer(words: list[str], articles: list[str], names: frozenset[str]) -> re.Pattern | None:
    """One of `words` ("property of", "propiedad de") before one of the buyer's `names`, an article between at most
    (read on lower case); None where the offer names no buyer."""
    if not (words and names):
        return None
    article = rf"(?:(?:{alternation(articles)})\s+)?" if articles else ""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})\s+{article}(?:{alternation(sorted(names))})(?![\w-])")
