"""Whether a text groups its thousands with dots ("2.390 kWh/t" is 2390, never 2.39): a German writer's, or one in
any language that does (Danish, Norwegian, Dutch, Spanish, Italian, Portuguese, Polish), however short its
sentences; an English text's "1.250" stays a decimal (reading/draft_kpi.py reads the text again with its dots as
commas)."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .german import gloss_rules
from .kpi_numbers import document_groups
from .romance import romance_rules
from .text import Sentence


def dots_group(sentences: list[Sentence], words) -> bool:
    """The text groups thousands with dots: it writes a decimal comma or a number grouped twice (document_groups), or
    a sentence written in German (german.yaml's markers, as many as make a sentence German) writes a dot before three
    digits: German decimals take a comma ("auf 2.150 Stunden" is 2150 hours, never 2.15). A text German as a whole
    does so in short sentences too ("Heute 1.450 kg pro Stunde."), each with too few of the markers alone. So does a
    sentence in Danish, Norwegian, Dutch, Spanish, Italian or Portuguese (drafting.yaml kpi.dot_groups), and a short
    one with no English function word and a word of such a language ("Hoy el horno consume 1.250 kWh/t")."""
    # no pattern of document_groups reaches over a line's end: each distinct line looked at once
    lines = list(dict.fromkeys(s.text for s in sentences))
    if document_groups(lines):
        return True
    german, read = gloss_rules(), {}  # a line said again (the same text: the same words) is read once
    if any(map(_DOT_GROUPED.search, lines)) and german.is_german(lines):
        return True
    dotted = draft_data()["kpi"]["dot_groups"]  # ... as other languages that group by dots do: "fra 1.150 til 930 kWh"
    for s in sentences:
        if s.text not in read:
            said = words(s) if _DOT_GROUPED.search(s.text) else ()
            read[s.text] = sum(w in german.markers for w in said) >= german.sentence_least \
                or sum(w in dotted["markers"] for w in said) >= dotted["least"] or _foreign(said, german.markers)
            if read[s.text]:
                return True
    return False


# "2.150": a dot before three digits. The digit opens the pattern and the look-behind follows it (no word character, dot
# or comma before that digit), so the regex engine skips to the next digit rather than trying the look-behind at every
# character: the same matches.
_DOT_GROUPED = re.compile(r"[1-9](?<![\w.,][1-9])\d{0,2}\.\d{3}(?![.,]?\d)")


def _foreign(said, german_markers) -> bool:
    """A sentence with no English function word (romance.yaml `english`) and a word of a language that groups its
    thousands with dots (a marker of one, or a word with a letter English does not write): "Oggi il forno consuma
    1.250 kWh/t", "Hoje a caldeira consome 2.450 kg/h", "Heute 12.500 m³/Monat Kühlwasser"."""
    english, markers = _words()
    return bool(said) and english.isdisjoint(said) \
        and any(w in markers or w in german_markers or not w.isascii() and any(map(_letter, w)) for w in said)


def _letter(ch: str) -> bool:
    return ch.isalpha() and not ch.isascii()


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    romance = romance_rules()
    dotted = frozenset(map(str, draft_data()["kpi"]["dot_groups"]["markers"]))
    return frozenset(romance.english), dotted | frozenset(romance.markers)
