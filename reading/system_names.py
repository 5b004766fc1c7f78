"""The names an offer gives the systems it speaks of, and the ones an answer repeats (scoring/answers.py).

"La GMAO Carl Source", "your ERP SAP Business One", "Carl Source (GMAO)": a capitalised name right after a kind of system
(words.yaml's `system` words) or before one in brackets is that system's name, as the offer itself uses it
(glossary.yaml `product_names.system_names`). An answer that repeats it names a system, as one that says "SAP" does
(walk80: "Carl Source", the plant's CMMS the offer named, was not counted as specific).
"""
from __future__ import annotations

import re
from functools import lru_cache

from questions.loader import load_label_reading
from questions.models import QuestionBank

SYSTEM = "system"  # words.yaml's substance kind a name counts as


def _kinds(bank: QuestionBank) -> str:
    words = sorted(bank.words.substance[SYSTEM].words, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(w) for w in words) + ")"


class SystemNames:
    """Compiled once per bank: `of(text)` the names an offer gives its systems; `named(names, text)` those repeated."""

    def __init__(self, bank: QuestionBank):
        rule = load_label_reading()["product_names"].get("system_names", {})
        self.not_first = frozenset(rule.get("not_first", []))
        kinds, name = _kinds(bank), rule.get("name", "")
        self._after = re.compile(rf"(?<!\w){kinds}[ ]+(?P<name>{name})(?!\w)") if name else None
        self._before = re.compile(rf"(?<!\w)(?P<name>{name})[ ]*\({kinds}\)") if name else None
        self._of = lru_cache(maxsize=64)(self._read)

    def of(self, text: str) -> frozenset[str]:
        """The system names the offer's text gives, lower-cased."""
        return self._of(text) if text and self._after else frozenset()

    def _read(self, text: str) -> frozenset[str]:
        found = set()
        for pattern in (self._after, self._before):
            for match in pattern.finditer(text):
                name = match.group("name").strip(" .,")
                if name.split()[0] not in self.not_first and len(name) > 2:
                    found.add(name.casefold())
        return frozenset(found)

    @staticmethod
    def named(names: frozenset[str], text: str) -> frozenset[tuple[str, str]]:
        """(system, name) for each of `names` the text repeats, as a whole word."""
        lower = text.casefold()
        return frozenset((SYSTEM, n) for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lower))
