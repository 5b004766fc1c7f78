"""Figures in money in a reply sentence (questions/rounds.yaml `prices`). A price answers what something costs, or a
KPI counted in money, and nothing else: "A pilot on two frames costs 6,500 EUR." says nothing of the data captured or
of how a KPI is measured, and "we offer our integration package ... at a fixed price of 12,500 EUR" is still an offer,
its price no "how"."""
from __future__ import annotations

import re

from questions.reply_rule_models import PriceRules

from .reply_wrapped import wrapped_on
from .text import STRONG, Sentence


HOW = frozenset({"number", "protocol", "frequency", "result", "role"})  # more than a system named: a claim may answer


class Prices:
    def __init__(self, rules: PriceRules):
        words = [w.lower() for w in rules.words]
        self.signs = tuple(w for w in words if not w[:1].isalnum())  # "€6,500": a sign needs no word boundary
        named = sorted({w for w in words if w[:1].isalnum()}, key=len, reverse=True)
        self.named = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, named))})(?![\w-])") if named else None
        self.topics = frozenset(rules.topics)
        cuts = sorted({w.lower() for w in rules.discounts}, key=len, reverse=True)
        # a share right before one of these is a price cut ("we give 12 % discount"), no share of anything in the plant
        self.cut = re.compile(rf"\s*(?:{'|'.join(map(re.escape, cuts))})(?![\w-])") if cuts else None

    def is_price(self, signal) -> bool:
        lower = signal.term.lower()
        return signal.kind == "number" and (any(sign in lower for sign in self.signs)
                                            or bool(self.named and self.named.search(lower)))

    def _cuts(self, sentence: Sentence) -> frozenset[str]:
        """The sentence's shares said as a cut of a price ("If you order 20 sets before 31 January we give 12 %
        discount."): an offer's terms, which answer what something costs and nothing else, as a price does."""
        if self.cut is None or "%" not in sentence.text:  # most sentences: no share at all
            return frozenset()
        lower = sentence.text.lower()
        return frozenset(s.term for s in sentence.substance if s.kind == "number" and "%" in s.term
                         and any(self.cut.match(lower, m.end()) for m in re.finditer(re.escape(s.term.lower()), lower)))

    def kinds(self, sentence: Sentence) -> set[str]:
        """The kinds of substance a sentence names, its prices left out."""
        cuts = self._cuts(sentence)
        return {s.kind for s in sentence.substance if not self.is_price(s) and s.term not in cuts}

    def only_prices(self, sentence: Sentence) -> str:
        """Why a sentence answers nothing off the topics money answers: its only figures are prices ('' else)."""
        strong = [s for s in sentence.substance if s.kind in STRONG]
        cuts = self._cuts(sentence) if strong else frozenset()
        if strong and all(self.is_price(s) or s.term in cuts for s in strong):
            return f"it quotes a price (\u201c{strong[0].term}\u201d) rather than answers"
        return ""

    def carried(self, text: str, end: int, sentence: Sentence, before: set[str]) -> set[str]:
        """The topics money answers of the sentence before (ending at `end`), for a sentence whose only figures are
        prices on the next line of a paragraph wrapped by hand: it goes on from that one ("... every 3 months.\nThe
        cost is 31.500 € per year."), as on its line; none else."""
        if not before & self.topics or not wrapped_on(text, end, sentence.start):
            return set()
        return before & self.topics if self.only_prices(sentence) else set()


def priced(money: Prices, claims, sentence: Sentence, topics: set[str]) -> str:
    """Why a sentence answers nothing that is on no topic money answers (`prices`): its only figures are prices
    ("A trial costs 9,500 EUR."), or a price is all the how of its claim (`claims`: "we offer our connector bundle ...
    at a fixed price of 7,800 EUR"); '' where it is on such a topic ("The fee depends on the oven count: 1,800 EUR")."""
    if topics & money.topics:
        return ""
    claim = sentence.substance and claims and claims.search(sentence.text.lower())  # most name nothing
    if claim and not money.kinds(sentence) & HOW:
        return f"it claims (\u201c{claim.group()}\u201d) and gives a price rather than says how"
    return money.only_prices(sentence)
