"""The return an offer to one buyer promises, however it boasts: "Expected ROI: payback in less than 12 months through
25-30% saving in tooling cost and 10-15% saving in energy cost" sells (a range of percentages, "payback in less than"),
so it drafts no option; yet it is the return this vendor promises this plant in numbers, the answer to "What return does
the vendor promise?" (walk71). Where no plain sentence answers the questions of drafting.yaml `promised_boasts`, the
offer's selling sentences the quote suggestions give them answer them, as the vendor's claim. Not on a product page,
a brochure or one site's story: what those promise, they promise any plant; nor in a reply, read against the
round's questions."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .draft_rules import draft_data

if TYPE_CHECKING:
    from .draft_pass import Pass
    from .prefill import Prefiller, Suggestion
    from .text import Reading


def promised(prefiller: Prefiller, reading: Reading, seen: Pass, suggested: dict[str, list[Suggestion]],
             page: bool) -> dict[str, list[Suggestion]]:
    """The questions of `promised_boasts` no plain sentence answered, with the selling sentences that answer them."""
    wanted = [q for q in draft_data().get("promised_boasts", []) if q not in suggested]
    if not wanted or page or seen.story or seen.replies:  # a reply answers the round's question as it is asked
        return {}
    sold = [s for s in reading.sentences if seen.marketing(s) and not seen.is_general(s)]
    if not sold:
        return {}
    found = prefiller.suggest(replace(reading, sentences=sold), limit=3, selling=frozenset(s.text for s in sold))
    return {q: found[q] for q in wanted if found.get(q)}
