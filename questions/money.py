"""rounds.yaml's words of money, taken from words.yaml's one list of currencies (`money`): a reply's prices (`prices`)
and what upkeep costs (a topic's `also.cost`) name every currency drafting and KPIs read, and only those."""
from __future__ import annotations

from typing import Any

from .word_models import Money


def with_money(rounds: dict[str, Any], money: Money) -> dict[str, Any]:
    """rounds.yaml's data with each currency added (in place): signs, codes and names to `prices.words` (a price is a
    figure holding one), codes and names to each topic's `also.cost` (a reply's signs are read as codes first)."""
    words = [*money.codes, *money.names]
    prices = rounds.setdefault("prices", {})
    prices["words"] = [*prices.get("words", []), *money.signs, *words]
    for topic in rounds.get("topics", []):
        cost = (topic.get("also") or {}).get("cost")
        if cost is not None:
            cost.extend(words)
    return rounds
