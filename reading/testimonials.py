"""Another customer's words quoted on a page and signed by a title and its trade, with no name ("“With TwinForge we
increased OEE by 18 % across our three packaging sites.” - VP Operations, global generics manufacturer"): a
testimonial. Its "we" and "our" are that customer's, so what it tells is a reference, not what this plant gets, nor
what the vendor promises it. A quote signed by a named company ("- Jane Doe, Acme Plant") is a story's own site's
and is left as it is. The trades are data: drafting.yaml roles `reference_told: unnamed: trades`, with
`testimonial: words`, the longest signature."""
from __future__ import annotations

import re

_SIGNED = re.compile(r"\A[\s*•·-]*[\"“„«‘'](?P<said>.+)[\"”“»’']\s*[-–—]+\s*(?P<by>[^.!?\"“”]+?)\s*\Z", re.DOTALL)
_WORD = re.compile(r"[^\W\d_][\w'-]*")


class Testimonials:
    """`signed(text)`: the line is a customer's quoted words signed by its title and its trade, unnamed."""

    def __init__(self, roles: dict):
        self._trades = frozenset(str(t) for t in roles.get("reference_told", {}).get("unnamed", {}).get("trades", []))
        self._words = int(roles.get("testimonial", {}).get("words", 0))

    def signed(self, text: str) -> bool:
        if "-" not in text and "–" not in text and "—" not in text:  # most lines: no signature's dash
            return False
        found = _SIGNED.match(text)
        if found is None:
            return False
        by = _WORD.findall(found.group("by"))
        # the trade written in lower case: a company told by what it makes, not by its name ("Acme Plant")
        return 0 < len(by) <= self._words and any(w in self._trades for w in by)
