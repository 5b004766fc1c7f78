"""A change's "to" where the word is also "at" (drafting.yaml kpi.grammar to_after_from: Spanish, Italian and
Portuguese "a"): read as "to" after a "from" value (reading/kpi_sentence.py), and here after a verb of change a few
words back (kpi.grammar to_after_verbs: "reducir esas paradas a 6 por turno", "ridurre gli scarti a 2 %"), so the
target reads as "reduce those stops to 6 per shift" does. English verbs are not among them: "cut scrap on a 6-colour
press" keeps its article."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .word_regex import alternation


def changed_to(lower: str) -> str:
    """The sentence with each such "a" before a number (or a bound and a number) written "to"."""
    return _pattern().sub(r"\1to ", lower) if " a " in lower else lower


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    grammar = draft_data()["kpi"]["grammar"]
    verbs = alternation(grammar["to_after_verbs"])
    to = "|".join(map(re.escape, map(str, grammar["to_after_from"])))
    gap = int(grammar["to_after_verbs_gap"])  # the words of what changes between: "esas paradas", "gli scarti di formatura"
    # ... the verb with its object's pronoun written onto it: "reducirlo a 35 minutos", "ridurla a 2 %"
    enclitic = "|".join(map(re.escape, map(str, grammar["to_after_enclitics"])))
    return re.compile(rf"(\b(?:{verbs})(?:{enclitic})?(?: [^\W\d]+){{0,{gap}}} )(?:{to}) (?=(?:[^\W\d]+\.? )?\d)")
