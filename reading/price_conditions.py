"""A price said under a condition (questions/drafting.yaml `price_sheet: conditions`): on a term ("EUR 1,850 per month
with a term of 36 months", "bij een looptijd van 36 maanden"), an option and not the offer's price or term; as a floor
("ab € 2.900 / Monat", "from EUR 2,900", "à partir de 1 900 €"), the least it costs; open-ended ("nach Aufwand", "on a
time and material basis", "op nacalculatie"), no price at all (walk78 costed a brochure's "ab" price as firm and its
"nach Aufwand" hardware as nothing)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting

from .quantities import quantities
from .word_regex import alternation

_CLIP = 80  # an unpriced item's line, as Compare names it
_NEAR = 4  # the amount starts this near after the floor's word: "ab € 2.900", "from EUR 2,900"
_WORDS = 20  # a longer line that says "at cost" is prose about something else, not an item's row
_MONEY = r"(?:[A-Z]{3}\s?|[€$£¥]\s?|zł\s?)?\d"  # an amount's start: "EUR 2", "€ 2", "2"


@dataclass(frozen=True)
class Conditions:
    on_term: re.Pattern  # "with a term of 36 months", "bei 36 Monaten Laufzeit"; "with a minimum term" is the offer's
    floor: re.Pattern  # "ab € 2.900", "from EUR 2,900"
    open: re.Pattern  # "nach Aufwand"


@lru_cache(maxsize=1)
def conditions() -> Conditions:
    data, term = load_drafting()["price_sheet"]["conditions"], load_drafting()["price_sheet"]["term"]
    length = rf"\d{{1,3}}\s?-?\s?(?:{alternation(term['months'] + term['years'])})(?![^\W\d_])"
    cue = rf"(?<![^\W\d_])(?:{alternation(term['conditions'])})\s+"
    terms = rf"(?:{alternation(data['terms'])})(?![^\W\d_])"
    of = r"(?:\s+(?:of|van|von|de|di|od|du|del|d'))?\s*"
    return Conditions(
        re.compile(rf"{cue}(?:(?!min|mín|mind)[^\W\d_][\w-]*\s+){{0,2}}?{terms}{of}{length}|{cue}{length}\s+{terms}", re.IGNORECASE),
        re.compile(rf"(?<![^\W\d_])(?:{alternation(data['floors'])})\s*:?\s*(?={_MONEY})", re.IGNORECASE),
        re.compile(rf"(?<![^\W\d_])(?:{alternation(data['open'])})(?![^\W\d_])", re.IGNORECASE))


def on_term(text: str) -> bool:
    """The text says a price on the condition of a term: an option's price."""
    return bool(conditions().on_term.search(text))


def without_options(text: str) -> str:
    """The text with each term said as a condition blanked out, so it is not read as the offer's term."""
    return conditions().on_term.sub(lambda m: " " * len(m.group()), text)


def floored(piece: str) -> bool:
    """The piece says an amount of money as its least: "ab € 2.900 / Monat" (not "da 2 linee")."""
    starts = [q.start for q in quantities(piece) if q.kind == "currency"]
    return any(0 <= start - m.end() <= _NEAR for m in conditions().floor.finditer(piece) for start in starts)


def as_floor(line: str) -> str:
    """A price line read from a piece that said its amount as a floor, saying so: "licence from 2.900 € a month"."""
    if floored(line):
        return line
    return re.sub(_MONEY, lambda m: "from " + m.group(), line, count=1)


def open_ended(lines: list[str]) -> list[str]:
    """The lines that cost an item as it comes and state no amount: "Hardware und Sensorik: nach Aufwand"."""
    said = [" ".join(line.replace("|", " ").split()) for line in lines if conditions().open.search(line)
            and len(line.split()) <= _WORDS and not any(q.kind == "currency" for q in quantities(line))]
    return [line if len(line) <= _CLIP else line[:_CLIP - 1] + "…" for line in dict.fromkeys(said)]
