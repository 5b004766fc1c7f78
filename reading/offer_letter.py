"""An offer to one buyer told by its own furniture: a line that names the offer by its number ("Angebot AN-25-0933",
"Offerta n. CD/25/112", "QUOTE LP-Q-4417", "Oferta handlowa nr TL/2026/015") or a blank for the buyer to sign it
("Accepted for Hollinshead Brick: ______", "Per accettazione: ______ (timbro e firma)") (drafting.yaml offer_letter).
Written to one buyer, it is read as a bid is (draft_answers.bid): no product page, brochure or description, however
its price table is typed (columns set with spaces, no headers a row is read under) and however few of its lines name
an English project cue. A product page, a brochure or a case study numbers no offer and leaves no blank to sign."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .word_regex import alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    rule = draft_data().get("offer_letter", {})

    def alternatives(key: str) -> str:
        return alternation(rule.get(key, []))
    # the title word, a number's mark if any, then a reference holding a digit ("AN-25-0933", "2025-0147")
    title = re.compile(rf"^(?:{alternatives('titles')})(?!\w)\s*(?:(?:{alternatives('numbered')})\s*)?[:.]?\s*"
                       r"[^\s\d]{0,12}\d", re.IGNORECASE)
    blank = re.compile(rf"_{{{int(rule.get('blank', 5))},}}")
    return title, blank


def offer_letter(texts: list[str]) -> bool:
    """The text (its sentences' texts, in order) numbers itself an offer or leaves the buyer a blank to sign."""
    title, blank = _patterns()
    for i, text in enumerate(texts):
        line = " ".join(text.split())
        # a reference cut from its title at a short form's full stop ("Offerta n." | "CD/25/112 – Rev. 0")
        joined = f"{line} {texts[i + 1].strip()}" if len(line.split()) <= 3 and i + 1 < len(texts) else line
        if title.match(joined) or blank.search(line):
            return True
    return False
