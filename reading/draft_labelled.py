"""drafting.yaml `labelled_with`: an option no sentence backs but by a label (issue 14); and drafting.yaml product_page
`glossary`: on a text that gives only the vendor's claim, an option only a glossary's lines name, a term and its definition
("- Planned Maintenance : A series of operations to be performed ..."), which tell what a word means, no claim.

"Real-time data" says how fresh a product's data is, the way a page labels it; it tells no buyer how soon a person
sees a stop. A sentence that holds one of an entry's `cues` backs the option only where it also holds one of its
`with` words (who is told or sees, a stated time) or `with_phrases` (what a comparison is made of: "from your Maximo
work orders"); an option whose every sentence is such a bare label is not drafted.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .draft_evidence import Evidence, drop_unbacked
from .draft_rules import draft_data
from .draft_specs import INTEGRATION
from .phrases import PhraseSet, normalise

# a line's label, then a colon or a dash ("Planned Maintenance : A series ...", "Alarm Time – The machine ..."),
# then the first word of what it says; bullets before the label are set aside
_LABELLED = re.compile(r"^[\s•*·▪–—-]*([^:–—.]+?)\s*[:–—]\s+(\w+)")


class LabelGate:
    """(question, option, label cues, words that make a labelled sentence tell more) per entry."""

    def __init__(self, entries: list[tuple[str, str, PhraseSet, frozenset[str]]],
                 phrases: dict[tuple[str, str], PhraseSet] | None = None):
        self.entries = entries
        self.phrases = phrases or {}  # (question, option) -> phrases that tell more, where the entry has some

    @classmethod
    def from_data(cls, data: dict) -> LabelGate:
        return cls([(qid, option, PhraseSet.of(rule["cues"], "label"), frozenset(normalise(w) for w in rule["with"]))
                    for qid, options in data.items() for option, rule in options.items()],
                   {(qid, option): PhraseSet.of(rule["with_phrases"], "told")
                    for qid, options in data.items() for option, rule in options.items() if rule.get("with_phrases")})

    def options(self) -> list[tuple[str, str]]:
        return [(qid, option) for qid, option, _cues, _with in self.entries]

    def apply(self, found: dict[str, Evidence], read: Callable[[str], list[str]]) -> None:
        """Drop each entry's option where every sentence behind it is a bare label."""
        for qid, option, cues, words in self.entries:
            more = self.phrases.get((qid, option))
            drop_unbacked(found, qid, option, lambda s, cues=cues, words=words, more=more: self._bare(read(s), cues, words, more))

    @staticmethod
    def _bare(words: list[str], cues: PhraseSet, told: frozenset[str], more: PhraseSet | None = None) -> bool:
        return bool(cues.find(words)) and told.isdisjoint(words) and not (more and more.find(words))


@lru_cache(maxsize=8192)
def glossary_line(text: str) -> bool:
    """A term of a few words, capitalised, then its definition opened, as a sentence of its own, by a capitalised
    article (drafting.yaml product_page glossary): "Note: the price is fixed" goes on the line's own sentence."""
    rule = draft_data()["product_page"].get("glossary", {})
    match = _LABELLED.match(text)
    if not match or not match.group(1)[:1].isupper() or not match.group(2)[:1].isupper():
        return False
    return len(match.group(1).split()) <= int(rule.get("label_words", 0)) \
        and match.group(2).lower() in {str(a) for a in rule.get("articles", [])}


def drop_glossed(found: dict[str, Evidence], vendor_only: bool) -> None:
    """On a text that gives only the vendor's claim (`vendor_only`: a product page, a guide), each option only glossary
    lines name: the text defines its terms for any reader there, and claims nothing of them; an option the page's own
    sentences name quotes none of its glossary lines."""
    if not vendor_only:
        return
    for qid in [q for q in found if q != INTEGRATION]:  # a link's rows are read as a table's, not as lines
        for option in list(found[qid].options) if qid in found else ():
            drop_unbacked(found, qid, option, glossary_line)
            if qid in found and option in found[qid].options:
                found[qid].keep(option, lambda s: not glossary_line(s))
