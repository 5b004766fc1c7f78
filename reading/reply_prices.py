"""Figures in money in a reply sentence (questions/rounds.yaml `prices`). A price answers what something costs, or a
KPI counted in money, and nothing else: "A pilot on two frames costs 6,500 EUR." says nothing of the data captured or
of how a KPI is measured, and "we offer our integration package ... at a fixed price of 12,500 EUR" is still an offer,
its price no "how"."""
from __future__ import annotations

import re

from questions.reply_rule_models import PriceRules

from .reply_wrapped import wrapped_on
from .text import STRONG, Sentence


class Prices:
    def __init__(self, rules: PriceRules):
        words = [w.lower() for w in rules.words]
        self.signs = tuple(w for w in words if not w[:1].isalnum())  # "€6,500": a sign needs no word boundary
        named = sorted({w for w in words if w[:1].isalnum()}, key=len, reverse=True)
        self.named = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, named))})(?![\w-])") if named else None
        self.topics = frozenset(rules.topics)

    def is_price(self, signal) -> bool:
        lower = signal.term.lower()
        return signal.kind == "number" and (any(sign in lower for sign in self.signs)
                                            or bool(self.named and self.named.search(lower)))

    def kinds(self, sentence: Sentence) -> set[str]:
        """The kinds of substance a sentence names, its prices left out."""
        return {s.kind for s in sentence.substance if not self.is_price(s)}

    def only_prices(self, sentence: Sentence) -> str:
        """Why a sentence answers nothing off the topics money answers: its only figures are prices ('' else)."""
        strong = [s for s in sentence.substance if s.kind in STRONG]
        if strong and all(self.is_price(s) for s in strong):
            return f"it quotes a price (\u201c{strong[0].term}\u201d) rather than answers"
        return ""

    def carried(self, text: str, end: int, sentence: Sentence, before: set[str]) -> set[str]:
        """The topics money answers of the sentence before (ending at `end`), for a sentence whose only figures are
        prices on the next line of a paragraph wrapped by hand: it goes on from that one ("... every 3 months.\nThe
        cost is 31.500 € per year."), as on its line; none else."""
        if not before & self.topics or not wrapped_on(text, end, sentence.start):
            return set()
        return before & self.topics if self.only_prices(sentence) else set()
