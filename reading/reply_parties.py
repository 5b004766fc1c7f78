"""The vendor named by its part in a contract as the subject of a verb of upkeep (questions/rounds.yaml `parties`):
"the Supplier retrains the models every quarter" names who keeps the system running, as "we retrain them" does. The
party must open the clause with its article ("the Supplier", not "your supplier", someone else's) and its verb come
next, a modal or an adverb between at most ("the Contractor shall also maintain")."""
from __future__ import annotations

import re

from questions.bank_models import PartyRules

from .word_regex import alternation



class Parties:
    def __init__(self, rules: PartyRules):
        self.topic = rules.topic
        ready = rules.topic and rules.words and rules.acts and rules.articles
        between = rf"(?:(?:{alternation(rules.between)})\s+){{0,2}}" if rules.between else ""
        # a team counts only with its place ("our support in Tampere"): "our service runs in the cloud" names no one
        placed = (rf"|(?:{alternation(rules.teams)})\s+(?:{alternation(rules.places)})\s+[^\W\d_][\w-]*"
                  if rules.teams and rules.places else "")
        self.subject = re.compile(
            rf"(?<![\w'\u2019-])(?:{alternation(rules.articles)})\s+(?:(?:{alternation(rules.words)}){placed})\s+{between}"
            rf"(?:{alternation(rules.acts)})\b"
        ) if ready else None
        # upkeep done from a place named with a capital ("Remote monitoring from Dresden"), read on the text as written
        self.done_from = re.compile(rf"(?i:\b(?:{alternation(rules.done_from)})\s+from)\s+[A-Z\u00c0-\u00de][^\W\d_]+"
                                    ) if rules.done_from and rules.topic else None
        # a team named by its town ("Lille team"), read on the text as written: no determiner before it ("The team")
        not_town = rf"(?!(?i:{alternation(rules.not_towns)})\b)" if rules.not_towns else ""
        self.town_team = re.compile(rf"(?<![\w'\u2019-]){not_town}[A-Z\u00c0-\u00de][^\W\d_]+\s+(?:{alternation(rules.town_teams)})\b"
                                    ) if rules.town_teams and rules.topic else None
        self.named = _named_subject(rules)
        self.own_people = _own_people(rules)
        # a sentence holds one before the pattern is tried
        self.names = frozenset(w.lower() for w in rules.words + (rules.teams if rules.places else []))

    def own(self, text: str) -> frozenset[str]:
        """The upkeep's topic, where a sentence names the vendor's own people by trade and town ("our Nottingham engineer
        visits monthly"): on it though no cue of upkeep is said."""
        return frozenset({self.topic}) if self.own_people is not None and self.own_people.search(text) else frozenset()

    def does(self, topic_id: str, lower: str, text: str = "") -> bool:
        """Whether the sentence (lower case; `text` as written) on `topic_id` names the vendor as the subject of one of
        its verbs, or its upkeep done from a named place."""
        if topic_id != self.topic:
            return False
        if self.done_from is not None and " from " in lower and self.done_from.search(text):
            return True
        if self.town_team is not None and self.town_team.search(text):
            return True
        if self.named is not None and self.named.search(text):
            return True
        if self.own_people is not None and self.own_people.search(text):
            return True
        return (self.subject is not None and any(w in lower for w in self.names)
                and bool(self.subject.search(lower)))


def _named_subject(rules: PartyRules) -> re.Pattern | None:
    """A company's own name, capitalised, opening its clause (or after an article: "A TermoVista", "Die Kranz GmbH") and
    followed by a verb of keeping the system ("TermoVista installs, monitors and maintains", "A TermoVista mantém"),
    read on the text as written; no pronoun or determiner written with a capital ("It maintains", "Our team")."""
    if not (rules.named_acts and rules.topic):
        return None
    skip = alternation([*rules.not_towns, *rules.not_names])
    opener = rf"(?:^|[.;:!?(]\s*|,\s+|(?i:\b(?:{alternation(rules.name_articles)}))\s+)" if rules.name_articles else r"(?:^|[.;:!?(]\s*|,\s+)"
    between = rf"(?:(?i:{alternation(rules.between)})\s+){{0,2}}" if rules.between else ""
    return re.compile(rf"{opener}(?!(?i:{skip})\b)[A-Z\u00c0-\u00de][\w&-]*[a-z\u00df-\u00ff][\w&-]*"
                      rf"(?:\s+[A-Z\u00c0-\u00de][\w&.-]*){{0,2}}\s+{between}(?i:{alternation(rules.named_acts)})(?![\w-])")


def _own_people(rules: PartyRules) -> re.Pattern | None:
    """The vendor's own people by trade and town, read on the text as written: "our Nottingham engineer", "nuestro
    técnico de Monterrey", "unser Servicetechniker aus Linz" (a town is a capitalised word)."""
    if not (rules.own and rules.trades and rules.topic):
        return None
    town = r"[A-Z\u00c0-\u00de][^\W\d_]+"
    after = rf"\s+(?:{alternation(rules.trade_places)})\s+{town}" if rules.trade_places else r"(?!)"
    return re.compile(rf"(?<![\w-])(?i:{alternation(rules.own)})\s+(?:{town}\s+(?i:{alternation(rules.trades)})(?![\w-])"
                      rf"|(?i:{alternation(rules.trades)})(?![\w-]){after})")
