"""Data held back and sent on later, told without a word for the outage (questions/rounds.yaml `resend`): "the
gateway keeps 14 days of data and sends them after" says what happens while the link is down, as "buffers" does. A
verb that holds the data, then one that sends it with a word of later right after it or a word of next right before it
("keeps 30 days of data, then sends everything") (a few words at most: "sends
them afterwards") or the link's return ("uploads them once the connection returns", not "when the line stops");
"after" only where its clause ends ("sends them after", not "sends a report after each batch"). An edge box or gateway
that keeps hours, days or weeks of data says the same ("the gateway in the grind room keeps 14 days of data"): a
buffer's length, where months or years of data kept are a history."""
from __future__ import annotations

import re

from questions.bank_models import ResendRules

from .reply_phrases import phrases
from .word_regex import alternation


class Resend:
    def __init__(self, rules: ResendRules):
        self.topic, self.kind = rules.topic, rules.kind
        ready = rules.topic and rules.holds and rules.sends and (rules.later or rules.back or rules.then)
        word = lambda listed: rf"(?<![\w-])(?:{alternation(listed)})(?![\w-])"
        later = [w for w in rules.later if w != "after"]
        ends = [word(later)] if later else []
        ends += [r"(?<![\w-])after(?=\s*(?:[.;,:)!]|$))"] if "after" in rules.later else []
        few = r"\s+(?:[\w-]+\s+){0,2}?"  # a word or two between ("once the mobile connection is back")
        if rules.back and rules.links and rules.returns:  # "once the connection returns"
            ends += [f"{word(rules.back)}{few}{word(rules.links)}{few}{word(rules.returns)}"]
        sent = rf"{word(rules.sends)}(?:\s+[\w-]+){{0,3}}?\s+(?:{'|'.join(ends)})"  # "sends them afterwards"
        if rules.then:  # or the sending told as the next step, after the holding ("keeps 30 days of data, then sends everything")
            sent = rf"(?:{sent}|{word(rules.then)}\s+{word(rules.sends)})"
        self.pattern = re.compile(rf"{word(rules.holds)}.*?{sent}") if ready else None
        # a match holds one of each list's phrases whole: tried only where the runs of letters of both may be (most
        # sentences hold no verb that keeps data: reply_phrases.py)
        self.needs = [phrases(rules.holds), phrases(rules.sends)] if ready else []
        kept = rules.topic and rules.devices and rules.holds and rules.spans and rules.held
        # the box, a few words of where it stands, the holding verb, then "<number> <days> of <data>"
        self.kept = re.compile(rf"{word(rules.devices)}(?:\s+[\w-]+){{0,5}}?\s+{word(rules.holds)}\s+(?:[\w-]+\s+){{0,2}}?"
                               rf"[\w.,]+\s+{word(rules.spans)}\s+of\s+(?:[\w-]+\s+)?{word(rules.held)}") if kept else None
        self.boxes = phrases(rules.devices) if kept else None

    def said(self, lower: str) -> bool:
        """Whether a sentence (lower case) tells data held and sent on later, or held by a box for days."""
        return (self.pattern is not None and all(words.may(lower) for words in self.needs) and bool(self.pattern.search(lower))) \
            or (self.kept is not None and self.boxes.may(lower) and bool(self.kept.search(lower)))
