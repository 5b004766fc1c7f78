"""Whether a reply sentence speaks of a link between systems, as the question on integrations asks (questions/rounds.yaml
`links`): a system the data is exchanged with, or the format or the way it goes ("quality events go back to your MES",
"a CSV file each night, one way"), and the owner of such a link. Words that speak of any link, flow or owner ("sends
them once the link is back", "your process engineer owns the glue recipes") put a sentence on the question only where
it names such a link; a system data only passes through (a gateway, a firewall) is none it is exchanged with.
"""
from __future__ import annotations

import re

from questions.bank_models import LinkRules

from .reply_phrases import phrases
from .reply_placing import counts

_OBJECT_WORDS = 8  # what an owner owns is said in the words right after "owns" ("owns the SAP side of the IDoc")
_CLAUSE = re.compile(r"[,;:.()]")  # where the words an owner owns end


class Links:
    """`off`: a sentence on the topic by loose words alone that names no link; `kinds`: what it names on the topic."""

    def __init__(self, rules: LinkRules, formats=None):
        self.topic = rules.topic
        self.loose = frozenset(w.lower() for w in rules.loose)
        self.through = frozenset(w.lower() for w in rules.through)
        self.ways = phrases(rules.ways) if rules.ways else None
        kinds = "|".join(re.escape(w.lower()) for w in rules.plant)
        self.plant = re.compile(rf"\byour\s+(?:[\w-]+\s+){{0,2}}?(?:{kinds})\b") if kinds else None
        self.owned = phrases(rules.owned) if rules.owned else None
        self.formats = formats  # the topic's own words for a format or an interface ("json", "e-mail")
        words = "|".join(re.escape(w.lower()) for w in sorted(rules.owns, key=len, reverse=True))
        # not one's own thing ("your own server room")
        self.owns = re.compile(rf"(?<![\w-])(?<!your )(?<!our )(?<!their )(?<!its )(?<!'s )(?:{words})(?![\w-])") if words else None

    def systems(self, substance) -> list[str]:
        """The systems a sentence names that data is exchanged with, lower-case (not the gateway it passes through)."""
        return [s.term.lower() for s in substance if s.kind == "system" and counts(s) and s.term.lower() not in self.through]

    def off(self, cues: list[str], weak: frozenset[str], lower: str, substance) -> bool:
        """Whether a sentence is on the topic only by words that speak of any link, flow or owner (or which way), and
        names no link between systems: no system the data is exchanged with, no format, no way, no owner of a link."""
        if not cues or any(c not in self.loose and c not in weak for c in cues):
            return False
        return not (self.systems(substance) or (self.plant and self.plant.search(lower)) or self._format(lower, substance)
                    or (self.ways and self.ways.search(lower))
                    or self._owner(lower, substance) is True)

    def kinds(self, named: set[str], lower: str, substance) -> set[str]:
        """What a sentence names on the topic: a system only where one data is exchanged with is named; a role only
        where what it owns, if it says, is a link ("owns that interface", not "owns the glue recipes")."""
        out = set(named)
        if "system" in out and not self.systems(substance):
            out.discard("system")
        if "role" in out and self._owner(lower, substance) is False:
            out.discard("role")
        return out

    def owns_other(self, lower: str, substance) -> bool:
        """Whether the sentence makes someone an owner of things that are no link only ("owns the glue recipes")."""
        return self._owner(lower, substance) is False

    def _format(self, lower: str, substance) -> bool:
        return any(s.kind == "protocol" and counts(s) for s in substance) or bool(self.formats and self.formats.search(lower))

    def _owner(self, lower: str, substance) -> bool | None:
        """Whether someone the sentence makes an owner owns a link: True where one does, False where it owns only
        other things ("the recipes", "all the data"), None where it makes no owner."""
        found = list(self.owns.finditer(lower)) if self.owns else []
        if not found:
            return None
        systems = self.systems(substance)
        protocols = [s.term.lower() for s in substance if s.kind == "protocol" and counts(s)]
        return any(self._a_link(_owned(lower, m), systems, protocols, m.group().endswith(" by")) for m in found)

    def _a_link(self, owned: str, systems: list[str], protocols: list[str], passive: bool) -> bool:
        """Whether what is owned is a link: a word for one (or one said before: "it", "both"), a system, or, owned
        "by" someone after it is described, its format or way ("a CSV file each night, one way, owned by ...")."""
        if (self.owned and self.owned.search(owned)) or any(s in owned for s in systems):
            return True
        described = any(p in owned for p in protocols) or (self.formats and self.formats.search(owned))
        return passive and bool(described or (self.ways and self.ways.search(owned)))


def _owned(lower: str, m: re.Match) -> str:
    """What an owner owns: the words after "owns" up to the clause's end, or all said before "owned by"."""
    if m.group().endswith(" by"):
        return lower[:m.start()]
    rest = lower[m.end():]
    end = _CLAUSE.search(rest)
    return " ".join((rest[:end.start()] if end else rest).split()[:_OBJECT_WORDS])
