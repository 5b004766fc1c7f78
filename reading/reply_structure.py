"""Which asked question a part of a reply answers, read from how the reply is laid out rather than
from its words: a paragraph numbered as the letter numbers its questions ("3.", "3 -", "(c)", "Q3",
"To your question 3", "1.3", "Re 1.3 -", "Q2.3", "Ad 3)"), or what follows a question quoted back ("> Who reviews the system's recommendations ...?").
A numbered paragraph answers the letter's question of its number unless the numbering is the vendor's own list
(reply_numbering.py). A question quoted back is the buyer's
words, never an answer (reply_quoted.py); what follows the reply's closing ("Best regards,") signs it, answering
nothing (reply_paragraphs.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .reply_breaks import breaks, paragraph_break  # noqa: F401 (paragraph_break: read from here too)
from .reply_measure_rows import measure_line
from .reply_numbering import ITEM, _agrees, _item_stems, _numbered, headed_elsewhere, trusted, worded  # noqa: F401 (ITEM, _agrees, worded: read from here too)
from .reply_quoted import BULLET, own_stems, quoted_back, quoted_inline

_ASKED = re.compile(r"^\W*(?:q|(?:[a-z]+\s+){0,3}?question)\s*(?:\d{1,2}\.)?\d{1,2}\b\W*", re.I)  # "To your question 8 (systems):"


def unmarked(lower: str) -> str:
    """A sentence without the words that number its answer ("To your question 8: order lines are read
    from ..."): they name the letter's question, not what the answer is on ("to your" links nothing)."""
    found = _ASKED.match(lower)
    return lower[found.end():] if found else lower


@dataclass(frozen=True)
class Layout:
    """Sentence start -> the topic its place in the reply answers; the starts of questions quoted back."""
    topic_at: dict[int, str]
    quoted: frozenset[int]
    under: dict[int, frozenset[str]] = None  # sentence start -> the topics of the heading line, or of the
    # questions quoted back together, above it
    guessed: bool = False  # the places read from the order of what the sentences are on, none marked by the layout
    labels: dict[int, str] = None  # sentence start -> the topic a heading's words whole on its line place it under
    # the sentences the letter's numbers place though their words are mostly on other questions (reply_numbering.py)
    by_number: frozenset[int] = frozenset()


def layout(text: str, starts: list[int], cue_topics: list[set[str]], asked: list[tuple[str, str]],
           plain: frozenset[str], on=lambda words: set(), anchors: list[set[str]] | None = None,
           letter: re.Pattern | None = None, labelled=None, stopped=lambda label, run_in=False: set()) -> Layout:
    """`starts`: each sentence's offset in `text`, `cue_topics`: the topics its words are on; `asked`:
    (topic, question text) in the letter's order; `plain`: words that tie a sentence to nothing;
    `on`: the topics some words are on (a heading's); `anchors`: the topics a sentence's words say it
    answers, for the letter's order (not those of a word that only says which way: "in your order");
    `letter`: the start of a line of the buyer's letter under a question ("(Comes from: ...");
    `stopped`: the topics a label ended by a full stop names ("8. Network. The server ...")."""
    lines = [text.rfind("\n", 0, start) + 1 for start in starts]  # each sentence's line start, for every walk below
    heads = [_starts_line(text, at, start) for at, start in zip(lines, starts)]
    # where a line-starting sentence's words start past its item's number: both heading walks ask it of the same span
    words_at = [_past_marker(text, start, end) if head else None
                for start, end, head in zip(starts, [*starts[1:], len(text)], heads)]
    numbered, joint, named, items = _numbered(text, starts, len(asked), lines)
    topic_at, own = _headed(text, starts, cue_topics, {t for t, _q in asked},
                            labelled or (lambda label, rest: on(label)), stopped, lines, words_at)
    # placed by a heading ("Daily work: ...") or a table row's first cell ("| Quality holds | Standard workflow |")
    labels = {start: topic for start, topic in topic_at.items() if start in own or _row(text, start)}
    under = _under_headings(text, starts, {t for t, _q in asked}, on, words_at)
    agrees = lambda: _agrees(numbered, cue_topics, lambda: _item_stems(text, starts, numbered, plain),  # noqa: E731
                             own_stems(asked, plain), named)
    by_number, quoted = {}, quoted_back(text, starts, asked, plain, on)
    heading_of = lambda start: under.get(start, frozenset()) | ({topic_at[start]} if start in topic_at else set())  # noqa: E731
    apart = lambda: bool(quoted) or headed_elsewhere(numbered, starts, asked, heading_of)  # noqa: E731
    if trusted(numbered, items, asked, text, starts, lines, cue_topics, agrees, apart):
        # a vendor's own numbering that mostly follows the letter's: an item's own label, on its line, still
        # says which question it answers where the two differ ("8. Network. ..." where the letter's 8 is the KPI)
        taken = _taken(numbered, topic_at, own, starts, asked)
        elsewhere = _labelled_unasked(text, numbered, words_at, {t for t, _q in asked}, stopped)
        by_number = {starts[i]: asked[n - 1][0] for i, n in numbered.items()
                     if i not in joint and i not in elsewhere
                     and (starts[i] not in own or taken.get(topic_at[starts[i]], n) != n)}
        topic_at.update(by_number)
        for i, numbers in joint.items():  # "Q3 + Q4": the paragraph is on each and answers each
            under[starts[i]] = under.get(starts[i], frozenset()) | {asked[n - 1][0] for n in numbers}
    quoted |= _letter_lines(text, starts, quoted, letter, lines)
    current, breaks_seen, group, until, broken = None, 0, [], len(text), breaks(text)
    for i, start in enumerate(starts):  # the paragraph after a question quoted back (or its own) answers it
        breaks_seen += broken[start]
        if start in quoted:  # questions quoted back one after the other are answered together
            group = list(dict.fromkeys([*group, quoted[start]] if i and starts[i - 1] in quoted else [quoted[start]]))
            current, breaks_seen, until = quoted[start], 0, _answered_on_its_line(text, start, starts, i)
        elif (i in numbered and start not in topic_at) or breaks_seen > 1 or start > until:
            current, group = None, []
        elif len([g for g in group if g]) > 1 and start not in topic_at:  # on each, and answering each
            under[start] = under.get(start, frozenset()) | frozenset(g for g in group if g)
        elif current and start not in topic_at:
            topic_at[start] = current
    guessed = not numbered and not quoted
    if guessed:
        topic_at.update(_in_order(text, starts, cue_topics if anchors is None else anchors, asked, plain))
    return Layout(topic_at, frozenset(quoted) | quoted_inline(text, starts), under, guessed, labels,
                  frozenset(by_number) if numbered and not agrees() else frozenset())  # the number over the words


def _labelled_unasked(text: str, numbered: dict[int, int], words_at: list[int | None], asked: set[str],
                      stopped) -> set[int]:
    """The numbered items whose own label is a heading's words whole for topics none of which was asked ("2. Data:
    all data is yours ..." or "4. Outage: ..." where the letter asked no such thing): the vendor numbered its own
    list, so the number does not make the item the answer to the letter's question of that number."""
    out = set()
    for i in numbered:
        label = _HEADING.match(text, words_at[i]) if words_at[i] is not None else None
        named = stopped(label.group(1).lower()) if label else set()
        if named and not named & asked:
            out.add(i)
    return out


def _taken(numbered: dict[int, int], topic_at: dict[int, str], own: set[int], starts: list[int],
           asked: list[tuple[str, str]]) -> dict[str, int]:
    """Topic -> the number of the item whose own label and number both say it ("2. Data: 5x piezo force sensors"): a
    later item labelled the same way ("6. Data: yours, contract clause 10.", where the letter's 6 asks whose the
    data is) answers the question of its number, as the vendor's short label names both."""
    return {topic_at[starts[i]]: n for i, n in numbered.items()
            if starts[i] in own and topic_at.get(starts[i]) == asked[n - 1][0]}


def _letter_lines(text: str, starts: list[int], quoted: dict[int, str], letter: re.Pattern | None,
                  lines: list[int]) -> dict[int, str]:
    """Sentence start -> the topic of the question quoted above it, for the lines of the buyer's own letter the
    reply copies under that question ("(Comes from: Label gap: ...)", "Your proposal says: ..."): the buyer's
    words, no answer, whatever they name."""
    out, topic = {}, ""
    for start, line_start in zip(starts, lines):
        if letter is not None and not text[line_start:start].strip(" \t>*-(\u2022") and letter.match(text, start):
            out[start] = topic  # though it asks ("...; Unanswered: Which measure moves ...?)")
        elif start in quoted:
            topic = quoted[start]
    return out


def _answered_on_its_line(text: str, start: int, starts: list[int], i: int) -> int:
    """Where the answer to a question quoted back ends when it follows on the question's own line ("- Who checks
    the data? Our data scientist."): that line's end, so the next line is no part of it; else the text's end."""
    line_end = text.find("\n", start) % (len(text) + 1)
    following = starts[i + 1] if i + 1 < len(starts) else len(text)
    return line_end if following < line_end else len(text)


def _under_headings(text: str, starts: list[int], asked: set[str], on, words_at: list[int | None]) -> dict[int, frozenset[str]]:
    """A reply grouped under headings of its own ("SECURITY, OUTAGES, AVAILABILITY" or "**Network access**" on a
    line above the text): every sentence up to the next heading is also on the asked topics the heading names. A
    heading may name several, so it adds them to what a sentence's own words are on; a sentence answers
    those of its topics the heading names (reply.py `tied`). A blank line right under the heading (a table
    follows) goes on."""
    out, current, body, broken = {}, frozenset(), False, breaks(text)
    # `words_at`: where the words of each sentence that starts its line start (layout's `_past_marker`), None for the others
    for start, end, at in zip(starts, [*starts[1:], len(text)], words_at):
        if at is not None:  # a heading starts its line (most sentences do not: not read further)
            # (`at` past "8. When things go down", "1) Where we start": the vendor's own number)
            line = text[at:end].split("\n", 1)[0].strip()
            heading = line.strip("*_# ").removesuffix(":").strip("*_ ")  # "**Network access**", "## Upkeep", "Signals:"
            if _HEADING_LINE.fullmatch(heading) and text[at:end].strip() == line:
                current, body = frozenset(on(heading.lower()) & asked), False
                continue
        if broken[start] and body:
            current = frozenset()
        if current:
            out[start], body = current, True
    return out


# a short line of its own, no sentence's end; a word in quotes is still a heading's ("Where we start and what "done" looks like");
# its first letter in any alphabet ("Überprüfung", "Échantillonnage"); a word in brackets, as the writer's own language
# glosses it ("Service (Betreuung)", "Service [Betreuung]")
_HEADING_LINE = re.compile(r"[^\W\d_][\w ,/&'\"\u2018\u2019\u201c\u201d-]{1,58}(?:[\w)\"\u2019\u201d]|\([\w ,/&'-]{1,30}\)|\[[\w ,/&'-]{1,30}\])")


def _in_order(text: str, starts: list[int], cue_topics: list[set[str]], asked: list[tuple[str, str]],
              plain: frozenset[str]) -> dict[int, str]:
    """A reply that answers paragraph by paragraph in the letter's order: a paragraph on no question
    between the paragraphs answering questions k and k + 2 answers question k + 1 ("No order leaves
    without the planner's click." between the answers on the KPI and on upkeep). A paragraph is on the
    first question after the one before's that its words touch (one on outages that names the firewall
    still follows the one on the network), or of those the one as many paragraphs on as questions from the last
    placed, and its sentences on that question, or on none, answer it.
    The paragraphs must follow the order: three at least on questions in rising order, and none on
    questions all before the one before's."""
    blocks: list[list[int]] = []
    broken = breaks(text)
    for i, start in enumerate(starts):
        if not blocks or broken[start]:
            blocks.append([])
        blocks[-1].append(i)
    order = {topic: k for k, (topic, _q) in enumerate(asked)}
    at, last = [], -1  # each block's question: the first after the one before's its sentences are on, or None
    for block in blocks:  # a title's or a heading's line alone (no sentence's end) keeps no order: "Vantora Analytics - ..."
        on = [] if _title_line(text, starts, block) else sorted({order[t] for i in block for t in cue_topics[i] if t in order})
        if on and on[-1] <= last:
            return {}
        counted = last + len(at) - max((b for b, k in enumerate(at) if k is not None), default=-1)  # paragraphs on
        at.append(counted if last >= 0 and counted in on else next((k for k in on if k > last), None))
        last = at[-1] if at[-1] is not None else last
    anchored = [(b, k) for b, k in enumerate(at) if k is not None]
    if len(anchored) < 3:
        return {}
    out = {}
    for b, k in anchored:
        out.update({starts[i]: asked[k][0] for i in blocks[b] if not cue_topics[i] & order.keys() or asked[k][0] in cue_topics[i]})
    for (b1, k1), (b2, k2) in zip(anchored, anchored[1:]):
        if b2 - b1 == k2 - k1 > 1:  # as many paragraphs between them as questions
            for step in range(1, b2 - b1):
                out.update({starts[i]: asked[k1 + step][0] for i in blocks[b1 + step]})
    return out


def _title_line(text: str, starts: list[int], block: list[int]) -> bool:  # one sentence, one line, no end: a title
    said = (text[starts[block[0]]:starts[block[0] + 1]] if block[0] + 1 < len(starts) else text[starts[block[0]]:].split("\n", 1)[0]).strip()
    return len(block) == 1 and "\n" not in said and said[-1:] not in ".!?"


def _headed(text: str, starts: list[int], cue_topics: list[set[str]], asked: set[str], labelled,
            stopped, lines: list[int], words_at: list[int | None]) -> tuple[dict[int, str], set[int]]:
    """A paragraph or line headed by one asked question's words ("Review: the technician looks at
    every alert and decides ...", or a table row with them in its first column) answers that question, whatever else its sentences touch on; up to a
    line of its own on other questions only ("Data: a new camera per cell.\nThe results go to your MES.").
    `labelled(label, rest)`: the topics a label says the rest of its line answers; `stopped(label)`: those a
    label ended by a full stop names, a heading's words whole ("Network. The server stands in ...").
    Also the starts of the sentences on the line of a label that is a heading's words whole."""
    out, own, current, labelled_line, broken, bare = {}, set(), None, -1, breaks(text), False
    for start, end, topics_of_sentence, line_start, at in zip(starts, [*starts[1:], len(text)], cue_topics, lines, words_at):
        under_bare, bare = bare, False  # the line right under a heading alone on its line ("Re: users") is its answer
        # a table's row of a measure names the measure in its first cell, no question: it stays under its header
        if at is not None and not (_row(text, start) and measure_line(text, line_start, end)):
            heading = _HEADING.match(text, at)
            topics = labelled(heading.group(1).lower(), text[heading.end():end]) & asked if heading else set()
            if not heading and (stop := _STOPPED.match(text, at)) and stopped(stop.group(1).lower(), True) & asked:
                heading, topics = stop, stopped(stop.group(1).lower(), True) & asked  # a run-in heading's cues too
            if heading or broken[start] or BULLET.match(text, line_start):
                current = next(iter(topics)) if len(topics) == 1 else None
                # only a heading's words whole ("Network", "KPI") outweigh a number, not the answer's own subject
                # read by its cue words ("8. Ring stops: from 11 ...")
                exact = heading is not None and bool(stopped(heading.group(1).lower(), heading.re is _STOPPED) & asked)
                labelled_line = line_start if current and exact else -1
                bare = bool(heading and current and "\n" in text[start:end] and _BARE.fullmatch(text[heading.end():end].strip()))
            elif current and topics_of_sentence and current not in topics_of_sentence and not under_bare:
                current = None
        if current:
            out[start] = current
            if line_start == labelled_line:
                own.add(start)
    return out, own


def _row(text: str, start: int) -> bool:
    """Whether a sentence stands on a table row's line ("| Quality holds | Standard workflow |")."""
    return text[text.rfind("\n", 0, start) + 1:start + 1].lstrip().startswith("|")


def _starts_line(text: str, line_start: int, start: int) -> bool:
    """Whether a sentence starts its line, or follows only the number of its item ("3. Security: the server
    ..."): a vendor's list in its own order keeps each item's label."""
    if not text[line_start:start].strip():
        return True
    marker = ITEM.match(text, line_start)
    return marker is not None and marker.end() <= start and not text[marker.end():start].strip()


def _past_marker(text: str, start: int, end: int) -> int:
    """Where a sentence's words start past the number of its item that it holds ("2) Review: the operator ...",
    "1) Where we start"): its label or heading follows the number."""
    marker = ITEM.match(text, start)
    return marker.end() if marker and marker.end() < end and _WORD.match(text, marker.end()) else start


_WORD = re.compile(r"[ \t]*(?:[^\W\d]|[*#])")  # a letter in any alphabet ("3. Überprüfung: ..."), or a mark


# "Network: ...", "Network – ...", a table row "Network   | ...", a label naming its system in brackets "ERP (SAP): ...", a
# label in another alphabet or with an apostrophe ("Délai d'alerte : ...", "Überprüfung: ..."), or an arrow ("Data -> ...")
_HEADING = re.compile(r"[-\u2022*|]?\s*([^\W\d_][\w /&'\u2019-]{1,30}?(?:\s\([\w ./&-]{1,30}\))?)"
                      r"(?::\s|[ \t]*\||\s[-\u2013\u2014]\s|\s(?:-{1,2}>|=>|\u2192)\s)")
# what a heading alone on its line says after its label: a few words, no figure, no full stop ("Re: users")
_BARE = re.compile(r"[^\W\d][^\d.\n]{0,40}")
# "Network." as a sentence of its own before the answer on its line ("8. Network. The server ...")
_STOPPED = re.compile(r"([^\W\d_][\w /&-]{1,30}?)\.[ \t]+(?=[A-Z])")
