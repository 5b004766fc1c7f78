"""A chat-style reply's answer broken over its short lines read as one sentence, the same length as received (its line
break a space), before the reply is placed and drafted from (reply_wrapped.as_read), so placing and drafting read one
sentence:

    SAP S/4 via IDoc
    both ways, orders in, confirmations out
    Owner: IT, Mr Rossi

A line goes on the line above it where that one is on a topic and ends with no stop, and it either opens in lower case
on no topic of its own, on one of the line above's or naming nothing of its own (no role, figure, system or protocol:
the direction, the data of the same link), or it opens with a link owner's label (questions/rounds.yaml `chat_owners`) under a line on the links' topic. A line on a topic of its own
("retrained by our service team ...") starts an answer of its own, as does a list's item, a quote or a table's row."""
from __future__ import annotations

import re
from typing import Callable

_ENDED = re.compile(r"[.!?;:]['\")\]»”’]*\s*$")
_APART = re.compile(r"\s*(?:[-–•*>|#+]|\(?\d{1,3}[.)]|\[\d)")  # an item's, a quote's or a row's mark, a chat's time stamp
_LABEL = re.compile(r"\s*[^\W\d_][\w /&.'’-]{0,30}\s?:\s")  # a line of its own label ("data: ...")


class ChatLines:
    """`joined(text)`: the text with each chat line that goes on the one above it joined to it (its break a space)."""

    def __init__(self, topics_of: Callable[[str], frozenset[str]], names: Callable[[str], bool], owners: list[str],
                 links_topic: str):
        self.topics_of, self.names, self.links_topic = topics_of, names, links_topic  # names: a role, figure, system ...
        words = "|".join(map(re.escape, sorted(owners, key=len, reverse=True)))
        self.owner = re.compile(rf"\s*(?:{words})\s?:", re.I) if owners else None

    def joined(self, text: str) -> str:
        if "\n" not in text:
            return text
        lines = text.split("\n")
        out, on = [lines[0]], self.topics_of(lines[0].lower())  # the topics of the answer the lines so far make
        for above, line in zip(lines, lines[1:]):
            if self._goes_on(above, line, on):
                out[-1] += " " + line
                on = on | self.topics_of(line.lower())
            else:
                out.append(line)
                on = self.topics_of(line.lower())
        return "\n".join(out) if len(out) < len(lines) else text

    def _goes_on(self, above: str, line: str, on: frozenset[str]) -> bool:
        if not on or not above.strip() or not line.strip() or _ENDED.search(above) or "|" in above or ">" in above[:2]:
            return False  # no answer above, or one ended, a table's row or a quote
        if self.owner is not None and self.links_topic in on and self.owner.match(line):
            return True  # "Owner: IT, Mr Rossi" under the link it owns
        if not line.lstrip()[:1].islower() or _APART.match(line) or _LABEL.match(line):
            return False
        own = self.topics_of(line.lower())
        return not own or not own.isdisjoint(on) or not self.names(line)
