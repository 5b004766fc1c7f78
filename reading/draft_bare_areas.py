"""An area named only by what it holds, not by a system: "the stores clerk reads the stock of spare parts on the tablet"
names what is read, and no system it moves to or from. A link
needs which system: an area of drafting.yaml integrations `bare_areas` whose every word in the sentence is one of its
`words` drafts no link, unless one of `before` stands at most `window` words before it ("posts consumption to
stock", "synchronises with your stock system"), where the word names the system by its kind."""
from __future__ import annotations

from functools import lru_cache

from .draft_specs import INTEGRATION

Hit = tuple[str, str, int]


@lru_cache(maxsize=1)
def _rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, frozenset[str]]:
    from .draft_rules import draft_data
    rule = draft_data()["integrations"].get("bare_areas", {})
    return (frozenset(rule.get("areas", [])), frozenset(w.split()[0] for w in rule.get("words", [])),
            frozenset(rule.get("before", [])), int(rule.get("window", 0)), frozenset(rule.get("systems", [])))


def drop_bare(words: list[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the links of an area named only by what it holds."""
    areas, bare, before, window, systems = _rule()
    named = {o for q, o, _at in hits if q == INTEGRATION and o in areas}
    if not named or not systems.isdisjoint(words):  # "booked in your Norvik software": a system named by its kind
        return hits
    held = {o for o in named if all(at < len(words) and words[at] in bare and before.isdisjoint(words[max(0, at - window):at])
                                    for q, a, at in hits if q == INTEGRATION and a == o)}
    return [h for h in hits if not (h[0] == INTEGRATION and h[1] in held)] if held else hits
