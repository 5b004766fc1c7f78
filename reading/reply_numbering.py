"""How a reply numbers its answers, and whether its numbers are the letter's (reply_structure.py places the numbered
paragraphs): an item's number at a line's start ("3.", "3)", "(c)", "Q3", "Ad 3)", "Re 1.3 -", "> 2."; "Frage 3", "Punkt 3",
"Domanda 3" as the letter's "Q3": reply_languages.py), the numbers joined on one item ("Q3 + Q4"), and the trust in them:
a reply that numbers its answers answers the letter's question of each number, whatever other topics its words touch,
unless the numbering clearly is the vendor's own list (more items than questions, steps numbered inside one answer,
a numbering that starts again, or items none of which is on its number's question while others are on other ones)."""
from __future__ import annotations

import re

from .reply_breaks import breaks
from .reply_quoted import stems

ITEM = re.compile(r"^[ \t>*|#]*(?:(?:q|a(?=\d)|(?:[a-z]+\s+){0,3}?question"  # Q3, A3, Question 3, To your question 3
                   r"|(?:on|to|re|regarding|about)\s+(?=\d{1,2}(?:\s*(?:\+|&|/|,|and)\s*\d{1,2})*\s*[:)\u2013-]))"  # On 1 and 9:
                   r"\s*(?:\d{1,2}\.)?(\d{1,2})\b(?!\.\d)"  # Q2.3, Question 2.3: round 2, question 3
                   r"|(?:(?:re|ad|item|point|answer|no|nr)\.?:?\s*|#\s*)?"  # Re 1.3, Ad 3), Item 3:, Answer 3 -, #3
                   r"(?:\d+\.(\d{1,2})\b(?!\.\d)"  # 1.3: round 1, question 3
                   r"|\(?(\d{1,2})(?:[.):]|\s+[-\u2013]|\s*\||\s+(?=\([^()\n]{1,40}\)[ \t]*(?:[|:\n]|$)))(?![\d.]))"  # 3. 3) (3) 3: 3 - | 3 | (a table's first column); 3 (users) |
                   r"|(\d{1,2})[ \t]+(?=(?-i:[A-Z][a-z])[\w /&'-]{0,28}(?:\s\([\w ./&-]{1,30}\))?:\s)"  # 9 Alarm time: (a bare number, a label)
                   r"|\(([a-z])\)|([a-z])\)(?=\s))", re.I | re.M)  # (c) c)


def _numbered(text: str, starts: list[int], most: int, lines: list[int]
              ) -> tuple[dict[int, int], dict[int, list[int]], set[int], list[tuple[int, int]]]:
    """Sentence index -> the number of the paragraph it is in, for paragraphs that start with one; for
    paragraphs numbered with two questions or more ("Q3 + Q4", "3 & 4"), index -> all their numbers; the
    numbers written as the letter's question's ("Q9:", "To your question 9"), not as a list's ("9."); and each item's
    first sentence with its number, in the reply's order, those past the letter's last question too (`own_list`)."""
    out, joint, number, more, named, heading, broken = {}, {}, None, [], set(), False, breaks(text)
    items = []
    for i, (start, line_start) in enumerate(zip(starts, lines)):
        head = text[line_start:start]
        if not head.strip():  # the sentence starts its line
            marker = ITEM.match(text, line_start)
            if marker:
                # "8. (Q12, Q13) We install ...": the letter's numbers in brackets after the vendor's own
                ref = _REF.match(text, marker.end())
                number = int(ref.group(1)) if ref else _number(marker)
                if ref or marker.group(1):
                    named.add(number)
                joined = _JOINED.match(text, ref.end() if ref else marker.end())
                more = [int(n) for n in _AND.findall(joined.group())]
                heading = _number_only(text, joined.end())
                items.append((i, number))
            elif broken[start] and not heading:
                number, more = None, []
            else:  # the paragraph under a line of the number alone ("Question 7", blank line, the answer) is its
                heading = False  # answer, up to the next blank line
        if number and 1 <= number <= most:
            out[i] = number
            if more and all(1 <= n <= most for n in more):
                joint[i] = [number, *more]
    return out, joint, named, items


_WORDY = re.compile(r"[A-Za-z]{2}")


def worded(text: str, start: int, end: int) -> bool:
    """Whether a sentence holds words past the number that heads its answer: a bare number ("1.", "Zu Frage 3 und 4:"
    as "Q3 & 4:", "Re 10.", "Point 9 -") is no sentence of the answer, nor a quote of it."""
    marker = ITEM.match(text, start)
    return bool(_WORDY.search(text, marker.end() if marker and marker.end() <= end else start, end))


def trusted(numbered: dict[int, int], items: list[tuple[int, int]], asked: list[tuple[str, str]], text: str,
            starts: list[int], lines: list[int], cue_topics: list[set[str]], agrees, apart) -> bool:
    """Whether the numbered paragraphs answer the letter's questions of their numbers ("rispondo punto per punto" over
    "1. ...", "2. ...", "Zu Frage 3:", "ad 4"): their words mostly on those questions (`agrees()`), or, the number
    winning over words read in another language or touching another question ("3. Sì: i dati si esportano ... e l'API
    REST ..." on the systems too), a numbering that is not clearly the vendor's own list (`own_list`) and whose items are
    mostly on other questions than their numbers' (`opposed`), nor laid out apart (`apart()`: items headed for
    other questions, or the letter's questions quoted back, whose words say which each answers). A list longer than the letter is the vendor's own,
    whatever its items' words ("1." to "18." of a brochure's strengths for a letter of fifteen questions)."""
    if not numbered or any(n > len(asked) for _i, n in items):
        return False
    return agrees() or not (opposed(numbered, cue_topics, asked) or apart()
                            or own_list(items, len(asked), text, starts, lines, cue_topics))


def own_list(items: list[tuple[int, int]], most: int, text: str, starts: list[int], lines: list[int],
             cue_topics: list[set[str]]) -> bool:
    """Whether a reply's numbering is clearly its own, or no numbering of answers: a single item ("9. 8 s to the
    foreman's handset": one figure after a number, unless the words agree), more items than the letter's questions
    ("1." to "12." for five),
    a numbering that starts again (steps numbered inside one answer, then the next answer), or a run of items right under
    a line of an answer's own words that leads into them with a colon ("The export works in three steps:")."""
    numbers = [n for _i, n in items]
    if len(numbers) < 2 or any(n > most for n in numbers) or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return True
    for i, _n in items:
        above = text.rfind("\n", 0, max(lines[i] - 1, 0)) + 1
        lead = text[above:max(lines[i] - 1, 0)].strip()
        if i and lines[i] and lead.endswith(":") and not ITEM.match(lead) and cue_topics[i - 1]:
            return True  # the sentence before the first item is the lead line's (its topics: an answer's own words)
    return False


def _number_only(text: str, at: int) -> bool:
    """Whether a line holds nothing past its number but marks or a short label, so it heads the paragraph below
    ("Question 7", "Q7:", "**3.**", "Question 7 (daily users)", "11 - Operator sign-off"): no answer of its own (a
    figure, a sentence's end)."""
    rest = text[at:text.find("\n", at) % (len(text) + 1)].strip(" \t*_#:.\u2013\u2014-")
    return not rest or bool(_LABEL.fullmatch(rest)) and len(rest.split()) <= LABEL_WORDS


_LABEL = re.compile(r"\([^()\n]{1,40}\)|[A-Za-z][A-Za-z '&/-]{0,40}(?<![.?!])")  # "(daily users)", "Operator sign-off"
LABEL_WORDS = 4
_REF = re.compile(r"[ \t]*[(\[][ \t]*(?:q|question)[ \t]*(\d{1,2})\b", re.I)  # "(Q12", "[Question 4"
_JOINED = re.compile(r"(?:\s*(?:\+|&|/|,|and)\s*(?:q|question\s*)?\d{1,2}\b)*", re.I)  # " + Q4", " & 4", " and Q4"
_AND = re.compile(r"(\d{1,2})")


def _number(marker: re.Match) -> int:
    digits = marker.group(1) or marker.group(2) or marker.group(3) or marker.group(4)
    return int(digits) if digits else ord((marker.group(5) or marker.group(6)).lower()) - ord("a") + 1


def _agrees(numbered: dict[int, int], cue_topics: list[set[str]], stems_of,
            asked: list[tuple[str, set[str]]], named: set[int] = frozenset()) -> bool:
    """Most numbered paragraphs whose words are on any topic are on the topic of their number: they
    hold one of its cues, or, holding none, a word of its question ("The foreman's click, always"
    under "8." answers "Who reviews the system's recommendations ...") or the letter's number as the
    letter's question's ("Q9: 15 s, divert to the line leader's pager")."""
    items: dict[int, set[str]] = {}
    for i, n in numbered.items():
        items.setdefault(n, set()).update(cue_topics[i])
    stems = stems_of() if not all(items.values()) else {}  # `stems_of()`: each item's words, asked of one on no topic
    agree = {n for n, topics in items.items()
             if asked[n - 1][0] in topics or (not topics and (stems[n] & asked[n - 1][1] or n in named))}
    judged = {n for n, topics in items.items() if topics} | agree
    return 2 * len(agree) > len(judged)


def opposed(numbered: dict[int, int], cue_topics: list[set[str]], asked: list[tuple[str, str]]) -> bool:
    """Whether the numbered items' words say the numbering is the vendor's own: two or more items are on other topics
    than their numbers', at least twice as many as are on their numbers'; or the items follow the numbers of another
    letter, their words on the questions a place or two on ("2. The model learns from 20 months ...", "3. It detects a
    bearing ... 11 days before" where the letter's 2 is the data and its 3 the history)."""
    items: dict[int, set[str]] = {}
    for i, n in numbered.items():
        items.setdefault(n, set()).update(cue_topics[i])
    judged = [n for n, topics in items.items() if topics]
    agree = sum(asked[n - 1][0] in items[n] for n in judged)
    # the numbers of another letter's: the words agree better with the questions one or two places on or back
    shifted = max(sum(0 < n + k <= len(asked) and asked[n + k - 1][0] in items[n] for n in judged) for k in _SHIFTS)
    return len(judged) - agree >= max(2, 2 * agree) or shifted >= agree + 2


_SHIFTS = (-2, -1, 1, 2)


def headed_elsewhere(numbered: dict[int, int], starts: list[int], asked: list[tuple[str, str]], named) -> bool:
    """Whether an item's own label or heading line names asked questions, not its number's ("1) Upkeep: ..." for the
    letter's problem, "3. The model, its history and its accuracy" for its protocols): the vendor's own list, each
    item saying what it answers. `named(start)`: the asked topics a sentence's label or heading line names."""
    for i, n in numbered.items():
        topics = named(starts[i])
        if topics and asked[n - 1][0] not in topics:
            return True
    return False


def _item_stems(text: str, starts: list[int], numbered: dict[int, int], plain: frozenset[str]) -> dict[int, set[str]]:
    ends = dict(zip(starts, [*starts[1:], len(text)]))
    out: dict[int, set[str]] = {}
    for i, n in numbered.items():
        out.setdefault(n, set()).update(stems(text[starts[i]:ends[starts[i]]], plain))
    return out
