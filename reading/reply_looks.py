"""The topics a reply sentence is on by a topic's own look rather than by its cue words: a measure compared with a period
or moved from one value to another by a year (the KPI's), a measured accuracy, data held and sent on later, someone
made the owner of a link, a box holding days of data; and a sentence telling another customer's result with someone to
call there ("Hollins ... have agreed to take a call: ... OEE from 54 to 66 percent in 11 months") is on the KPI's
reference only, no training history or outage of this plant (reply_measure.py, reply_accuracy.py, reply_resend.py, reply_systems.py). Each look finds
something only where the sentence holds one of its word lists' phrases whole, every run of letters of it
(reply_phrases.py): one look at the sentence's runs of letters, against all the looks' phrases together, tells which
looks may find anything (most sentences: none), and only those are asked. (reading/reply.py `_sentences`.)"""
from __future__ import annotations

import re

from .reply_kpi import reference_told
from .reply_phrases import key_runs, phrases, runs
from .reply_stops import StopsTold
from .reply_trained import PeopleTrained


_DIGIT = re.compile(r"\d")
_NONE = re.compile(r"(?!)")


class Looks:
    """`on(topics, ...)`: a sentence's topics with those its topics' own looks find (added to `topics` itself, as the
    reader did before: the set's order stays what it was)."""

    def __init__(self, reader):
        measured, measures, accuracy, resend, links = (reader.measured, reader.measures, reader.accuracy, reader.resend,
                                                       reader.links)
        self.stops = StopsTold(reader.rules.topics)
        self.trained = PeopleTrained(reader.rules.topics)
        during = [w.lower() for w in reader.rules.measure.during] if measured.during is not None else []
        # each look -> the word lists (as `Phrases.keyed`: a key run -> the runs each phrase keyed by it holds) one of whose
        # phrases it needs whole; None: a phrase with no letter, always asked. The outage's needs one of each of two lists.
        wanted = {"kpi": [measured.comparing.keyed if measured.comparing else {}, key_runs(during) if during else {},
                          {"from": [frozenset({"from"})]} if measures.due is not None else {}],  # "from 4.1% to 2.5%"
                  "accurate": [accuracy.outcomes.keyed, accuracy.rejects.keyed if accuracy.rejects else {}]
                  if accuracy.outcomes else [],
                  "holds": [resend.needs[0].keyed] if resend.pattern is not None else [],
                  "sends": [resend.needs[1].keyed] if resend.pattern is not None else [],
                  "boxes": [resend.boxes.keyed] if resend.kept is not None else [],  # "the gateway keeps 14 days"
                  "owning": [links.owning_words.keyed] if links.owning_words else [],
                  "stops": [self.stops.keyed] if self.stops.keyed else [],  # "when a loom stops ... within 15 sec."
                  "trained": [self.trained.keyed] if self.trained.keyed else []}  # "training for your technicians"

        self.always = frozenset(look for look, lists in wanted.items() if any(keyed is None for keyed in lists))
        self.keyed: dict[str, list[tuple[frozenset[str], str]]] = {}
        for look, lists in wanted.items():
            for key, needed in ((k, n) for keyed in lists if keyed for k, n in keyed.items()):
                self.keyed.setdefault(key, []).extend((needs, look) for needs in needed)
        self.keys = frozenset(self.keyed)
        self.reader = reader
        self.not_cued = {t.id: re.compile("|".join(re.escape(p) for p in sorted(t.not_cued, key=len, reverse=True)))
                         for t in reader.rules.topics if t.not_cued}
        self.cited = phrases(reader.rules.paragraphs.cited) if reader.rules.paragraphs.cited else _NONE

    def may(self, lower: str) -> set[str]:
        """The looks that may find something in a sentence (lower-case): those one of whose phrases it holds whole."""
        held = runs(lower)
        found = set(self.always)
        for key in self.keys.intersection(held):  # most sentences: none of the keys
            found.update(look for needs, look in self.keyed[key] if needs <= held)
        return found

    def on(self, topics: set[str], lower: str, found: list[str], substance, linked) -> set[str]:
        """`topics` with the KPI's where a measure is compared with a period or moved by a year, accuracy's where one is
        measured, the outage's where data is held and sent after, and as someone's owning a link makes it
        (Links.owning): each look asked only where one of its phrases is."""
        reader = self.reader
        if _DIGIT.search(lower) and (self.cited.search(lower) or reference_told(reader, reader.measures.topic, lower)):
            return {reader.measures.topic}  # another customer's result one may call on: the reference, nothing of ours
        topics = self._cued_elsewhere(topics, lower, found)
        looks = self.may(lower)
        if not looks:
            return topics
        if "kpi" in looks and (reader.measured.periods_in(lower) or reader.measures.due_in(lower)):
            topics |= {reader.measured.topic}  # "against the 12 weeks before", "from 4.1% to 2.5% by 2027"
        if "accurate" in looks and reader.accuracy.said(lower, reader.spelled.digits):
            topics |= {reader.accuracy.topic}  # "97.8% detection"
        if "holds" in looks and ("sends" in looks or "boxes" in looks) and reader.resend.said(lower):
            topics |= {reader.resend.topic}  # "keeps 14 days and sends them after", "the edge box keeps 14 days of data"
        if "stops" in looks and self.stops.said(lower) and (reader.role_in(lower)
                                                              or any(s.kind == "role" for s in substance)):
            topics = self.stops.on(topics, found, reader.cue_topics)  # a stop, a time and who gets it: how fast it is seen
        if "trained" in looks and self.trained.said(lower, self.roles(lower, substance)):
            topics = self.trained.on(topics, found, reader.cue_topics)  # people trained: who uses it, no model's history
        if "owning" in looks:
            topics = reader.links.owning(topics, found, reader.cue_topics, lower, substance, linked)  # "looks after it"
        return topics

    def _cued_elsewhere(self, topics: set[str], lower: str, found: list[str]) -> set[str]:
        """`topics` without one whose cues all sit in its `not_cued` phrases ("availability x performance x quality")."""
        for topic, phrase in self.not_cued.items():
            if topic in topics and phrase.search(lower):
                rest = phrase.sub(" ", lower)
                if not any(topic in self.reader.cue_topics[cue] for cue in self.reader.cues_in(rest)):
                    topics = topics - {topic}
        return topics

    def roles(self, lower: str, substance=None) -> list[str]:
        """The roles a sentence (lower-case) names, lower-case: its reading's (`substance`; read here where not given)
        and the rules' own."""
        if substance is None:
            substance = [s for sentence in self.reader.reader.read(lower).sentences for s in sentence.substance]
        more = self.reader.more_roles.findall(lower) if self.reader.more_roles else []
        return [*(s.term.lower() for s in substance if s.kind == "role"), *more]
