"""A machine stop told as what starts the clock, with a time and the person who gets it: "When a loom stops longer
than 3 min., the weaver's tablet and the shift master's phone show it within 15 sec." or "When a braider stops, the
Schichtführer has it on his smartwatch in max. 20 seconds". Such a sentence says how fast a stop is seen (the latency
question asks exactly that), not what goes wrong in the plant: it is on the topic whose `stop_told` words it holds, and
not on another topic only by the stop's own word ("stops" is also a cue of the plant's problem). reading/reply_looks.py
asks it; the words are questions/rounds.yaml's (a topic's `stop_told`: leads, events, units)."""
from __future__ import annotations

import re

from .reply_phrases import key_runs
from .word_regex import alternation


class StopsTold:
    """`said(lower)`: whether a sentence tells a stop as the clock's start and a time; `on(topics, found, cue_topics)`:
    its topics with the latency's, less any it is on only by the stop's word."""

    def __init__(self, topics):
        told = next((t for t in topics if t.stop_told), None)
        self.topic = told.id if told else None
        words = told.stop_told if told else {}
        leads, events, bounds, units = (words.get(k, []) for k in ("leads", "events", "bounds", "units"))
        self.events = frozenset(w.lower() for w in events)
        # a lead ("when", "as soon as") opening the clause whose verb is the stop, within a few words (the machine named
        # between: "when a laminator or stringer stops"), then a time bounded anywhere after it ("within 15 sec.", "in
        # max. 20 seconds"): the most it takes to arrive, not what happens after a while ("after 30 s returns to ...")
        self.pattern = re.compile(
            rf"\b(?:{alternation(leads)})\b(?:\s+[\w'\-]+){{0,6}}?\s+(?:{alternation(events)})\b.*?(?<![\w.])(?:{alternation(bounds)})\s*"
            rf"\d+(?:[.,]\d+)?\s*(?:{alternation(units)})(?![a-z])") if self.topic and leads and events and bounds and units else None
        self.keyed = key_runs(list(events)) if self.pattern is not None else None

    def said(self, lower: str) -> bool:
        return self.pattern is not None and self.pattern.search(lower) is not None

    def on(self, topics: set[str], found: list[str], cue_topics: dict[str, set[str]]) -> set[str]:
        """`topics` with the stop's topic instead of each other topic every cue of which here is a stop's word; as they
        were where none is (the sentence is not taken for the problem: nothing to move)."""
        only_stop = {t for t in topics if t != self.topic and any(t in cue_topics[c] for c in found)
                     and all(c.lower() in self.events for c in found if t in cue_topics[c])}
        return (topics - only_stop) | {self.topic} if only_stop else topics
