"""The day a reply says it was written (rounds.yaml paragraphs `dated`, `month_names`): its mail header's date ("Date:
Tuesday, December 8, 2026 9:12 AM", "Data: 11 dicembre 2026 17:42", "Gesendet: Freitag, 11.12.2026") or a dateline atop
it ("Vignola, 11 dicembre 2026", "Aalen, 11.12.2026"), recorded with its round instead of the day it was pasted."""
from __future__ import annotations

import re
from datetime import date

from questions.reply_rule_models import ParagraphRules

from .word_regex import alternation

_HEAD_LINES = 12  # a header or a dateline stands among the reply's first lines, above its answers
_DATELINE = 60  # characters, at most, of a dateline: a place and a date, nothing else said


class Dated:
    def __init__(self, rules: ParagraphRules):
        self.months = {name: n for n, names in enumerate(rules.month_names, 1) for name in names}
        month = "|".join(re.escape(m) for m in sorted(self.months, key=len, reverse=True)) or "(?!)"
        # "11 dicembre 2026", "14. Oktober 2026", "11 de diciembre de 2026", "December 8, 2026", "11.12.2026", "2026-12-11"
        self.day = re.compile(rf"\b(?:(?P<d>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m>{month})\.?,?\s+(?:de\s+)?(?P<y>\d{{4}})"
                              rf"|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
                              rf"|(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>\d{{4}})"
                              rf"|(?P<d5>\d{{1,2}})/(?P<m5>\d{{1,2}})/(?P<y5>\d{{4}})"
                              rf"|(?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}}))\b", re.I)
        labels = alternation(rules.dated)
        self.header = re.compile(rf"\s*(?:{labels})\s*:", re.I)

    def stated(self, text: str) -> date | None:
        """The date the reply's header or dateline states, or None."""
        for line in [line.strip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]:
            found = self.day.search(line)
            if found and (self.header.match(line) or len(line) <= _DATELINE and _only_place_before(line, found)):
                return self._date(found, text)
        return None

    def first(self, text: str) -> date | None:
        """The first date the text states anywhere, in any language of `month_names` ("rev C (14 December 2026)",
        "Stand: 14. Dezember 2026"): a price sheet's date (price_basis.revision)."""
        found = self.day.search(text)
        return self._date(found, text) if found else None

    def _date(self, found: re.Match, text: str = "") -> date | None:
        g = found.groupdict()
        day, month, year = next((g[f"d{k}"], g[f"m{k}"], g[f"y{k}"]) for k in ("", "2", "3", "4", "5") if g[f"d{k}"])
        if g["d5"] and (int(day) <= 12 < int(month) or int(month) <= 12 and self._month_first(text)):
            day, month = month, day  # "12/06/2026" in a text that writes "December 8, 2026" or "$": 6 December
        month = int(month) if month.isdigit() else self.months.get(month.lower())
        try:
            return date(int(year), month, int(day))
        except (TypeError, ValueError):
            return None


    def _month_first(self, text: str) -> bool:
        """A text written as the United States writes dates: a month named before its day ("December 8, 2026"), or its
        money in dollars; a day comes first elsewhere ("06/12/2026" is 6 December in Europe and India)."""
        named = [m for m in self.day.finditer(text) if m.group("m") or m.group("m2")]
        return bool(named[0].group("m2")) if named else bool(_DOLLARS.search(text))


_DOLLARS = re.compile(r"\$\s?\d|\bUSD\b")


def _only_place_before(line: str, found: re.Match) -> bool:
    """A dateline: the date alone, a place and a comma before it ("Vignola, "), a weekday after the comma or not."""
    before = line[:found.start()].strip()
    return not before or bool(re.fullmatch(r"[^\W\d][\w' .()-]{0,30},(?:\s*[^\W\d]+,?)?", before))
