"""A question of our letter quoted back in a reply ("> Who reviews the system's recommendations ...?", "Q: KPI?",
the vendor's own words for it on a line that asks): the buyer's words, never an answer; the paragraph under it
answers it (reply_structure.py)."""
from __future__ import annotations

import re
from collections import Counter

QUOTED_SHARE = 0.7  # of a sentence's words in one question's ...
COVERED = 0.5  # ... and of that question's in the sentence (a question quoted back shortened is quoted all the same;
# after an e-mail's quote mark ">", half of that)
_WORD = re.compile(r"[a-z][a-z0-9/-]+")
BULLET = re.compile(r"[ \t]*[-\u2022*]\s")


def own_stems(asked: list[tuple[str, str]], plain: frozenset[str]) -> list[tuple[str, set[str]]]:
    """Each question's words that at most one other question shares ("system" ties to none)."""
    each = [(topic, stems(question, plain)) for topic, question in asked]
    seen = Counter(stem for _t, own in each for stem in own)
    return [(topic, {s for s in own if seen[s] <= 2}) for topic, own in each]


def stems(text: str, plain: frozenset[str]) -> set[str]:
    """Words of four letters or more, cut to five ("changes" and "change" are one)."""
    return {w[:5] for w in _words(text, plain) if len(w) >= 4}


def quoted_back(text: str, starts: list[int], asked: list[tuple[str, str]], plain: frozenset[str], on=lambda words: set()) -> dict[int, str]:
    """Sentence start -> the topic of the question it quotes back: most of an asked question's words,
    or, on a line of its own that asks ("Which daily workflow changes?"), a few of one question's words
    and little else, the question whose words it holds most of. Any other line that starts by asking, the
    buyer's question titled ("Q: KPI?", "Question: After the pilot?") or the vendor's own words for it ("Who
    looks after it once the pilot is over?"), is quoted back however short: the question it names by words
    no other question shares, or else by its heading words; "" (no question's, but still no answer, and the
    answer above it ends) where it names none or several."""
    words_of = [(topic, _words(question, plain)) for topic, question in asked]
    own = own_stems(asked, plain)
    anywhere = set().union(*(words for _t, words in words_of))
    out, topics, before_marked = {}, {t for t, _q in asked}, False
    for start, end in zip(starts, [*starts[1:], len(text)]):
        said = _words(text[start:end], plain)
        # no question shares more words with it than all of them do: most sentences need not try each one
        near = len(said) >= 4 and len(said & anywhere) >= QUOTED_SHARE * len(said)
        marked = near and text[text.rfind("\n", 0, start) + 1:end].lstrip().startswith(">")  # an e-mail's quote mark
        # a statement right under a question quoted back with a quote mark, itself unmarked, is its answer, however
        # many of its words it echoes ("> Who owns the data ...?" / "You do, export as CSV any time without extra fees.")
        near = near and not (before_marked and not marked and "?" not in text[start:end])
        # a statement that echoes a question's words but adds its own ("8. Data - all data is yours, CSV export at any
        # time, no extra fees.") answers it: a question quoted back asks, or holds only the letter's words
        near = near and ("?" in text[start:end] or said <= anywhere)
        for topic, words in words_of if near else ():
            shared = len(said & words)
            if len(said) >= 4 and shared >= QUOTED_SHARE * len(said) and shared >= (COVERED / 2 if marked else COVERED) * len(words):
                out[start] = topic
                break
        else:
            asks = _asks_on_its_line(text, start, end)
            # (a heading only where two words at least, and most of its words, are some question's: most lines are not)
            shared = asks or len(said & anywhere) >= max(2, QUOTED_SHARE * len(said))
            shortened = _shortened(said, words_of) if asks or shared and _heads(text, start, end) else None
            # a heading that quotes a question in part, but names no question's topic by a heading's words (those head
            # their paragraphs as headings do: reply_structure.py)
            if shortened and not asks and on(text[start:end].lower()) & topics:
                shortened = None
            if shortened:
                out[start] = shortened
            elif asks and said:  # "Q: After the pilot?", or the vendor's own words ("Who looks after it once the pilot is over?")
                out[start] = _titled(text[start:end], own, plain, on, {t for t, _q in asked})
        before_marked = start in out and _marked(text, start, end)  # most sentences: not quoted, no look at the line
    return out


def quoted_inline(text: str, starts: list[int]) -> frozenset[int]:
    """The starts of the sentences on lines marked with an e-mail's quote mark where the reply answers between them:
    two blocks of marked lines at least, each with the writer's own lines under it, are the buyer's letter quoted back
    bit by bit ("> 6. What does the twin simulate?", "> 4. and 5. (AI model and accuracy)"), each asking or a short
    heading, the buyer's words, never the vendor's answer nor a question the vendor asks. Where the answers are is left
    to `quoted_back` and the numbering, as before. One marked block, a colleague's answers quoted whole above a
    signature or a message the reply ends with, is left to the readers of older messages."""
    if "\n>" not in text and not text.lstrip().startswith(">"):
        return frozenset()  # most replies: no quote mark
    answered = [block for block in _answered_blocks(text) if _asks_or_heads(text[block[0]:block[1]])]
    if len(answered) < 2:
        return frozenset()
    return frozenset(start for start in starts if any(a <= start < b for a, b in answered))


def _asks_or_heads(block: str) -> bool:
    """Whether a marked block reads as the letter's: it ends by asking, or it is a short heading with no stop ("> 4. and
    5. (AI model and accuracy)"); a statement marked so ("> We start with the misfeeds on press 4.") is the writer's."""
    said = " ".join(line.strip().lstrip(">").strip() for line in block.splitlines()).strip()
    return said.endswith("?") or (0 < len(said.split()) <= HEADING_WORDS and not said.endswith((".", "!", ";", ",")))


def _answered_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of marked lines (blank lines inside it) that a line of the writer's own follows."""
    out, block, at = [], None, 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith(">"):
            block = (block[0] if block else at, at + len(line))
        elif stripped and block:
            out.append(block)
            block = None
        at += len(line)
    return out


def _marked(text: str, start: int, end: int) -> bool:
    """Whether a sentence's line starts with an e-mail's quote mark."""
    return text[text.rfind("\n", 0, start) + 1:end].lstrip().startswith(">")


def _titled(line: str, own: list[tuple[str, set[str]]], plain: frozenset[str], on, asked: set[str]) -> str:
    """The one asked question a short question title names: by its own words, else by its heading words."""
    said = stems(line, plain)
    scored = sorted(((len(said & words), topic) for topic, words in own), reverse=True)
    if scored and scored[0][0] and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    topics = on(line.lower()) & asked
    return next(iter(topics)) if len(topics) == 1 else ""


def _asks_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence starts its line and asks, perhaps in quotes or bold ("**Who owns the data?**"), its
    answer on the lines under it or, but in a bullet, after it on the same line ("What happens when the network
    is down? The edge box buffers 14 days.")."""
    line_end = text.find("\n", start) % (len(text) + 1)
    if text.find("?", start, line_end) < 0:
        return False  # both ways of asking end in a question mark on its line (most sentences: none)
    line_start = text.rfind("\n", 0, start) + 1
    starts_line = not text[line_start:start].strip(" \t>*\"'\u201c\u201e\u00ab")  # quotes in any language: “ „ «
    if _ASKS.search(text[start:line_end]):  # its line ends where the question does
        return starts_line
    # a bullet that asks and answers itself ("- Who checks the data? This is handled ...") is the vendor's own
    return starts_line and not BULLET.match(text, line_start) and _ASKS_FIRST.match(text, start, line_end) is not None


def _heads(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a heading line of its own, a few words with no stop after them ("Re: Who reviews the
    system's recommendations"): a question quoted back in part as a title."""
    line_end = text.find("\n", start) % (len(text) + 1)
    line = text[start:line_end].strip(" \t*_\"'\u201d")
    return line_end <= end and 0 < len(line.split()) <= HEADING_WORDS and not line.endswith((".", ",", ";", "!")) \
        and not text[text.rfind("\n", 0, start) + 1:start].strip(" \t>*\"'\u201c")


HEADING_WORDS = 10  # a heading that quotes a question in part is this short


_ASKS_FIRST = re.compile(r"[^.!?\n]*\?")  # the line's first sentence ends with a question mark


_ASKS = re.compile(r"\?[\"'\u201c\u201d\u00bb*_)\s]*$")  # closed by quotes in any language: ” “ »


def _shortened(said: set[str], words_of: list[tuple[str, set[str]]]) -> str | None:
    """The one question a short question quoted back holds the most words of (two at least, and most of its own)."""
    scored = sorted(((len(said & words), len(said & words) / max(len(words), 1), topic) for topic, words in words_of), reverse=True)
    best = scored[0] if scored else None
    if best is None or best[0] < 2 or best[0] < QUOTED_SHARE * len(said):
        return None
    return None if len(scored) > 1 and scored[1][:2] == best[:2] else best[2]


def _words(text: str, plain: frozenset[str]) -> set[str]:
    return set(_WORD.findall(text.lower())).difference(plain)  # the words not plain, told in C


_ANSWER_NUMBER = re.compile(r"[ \t>*(\[-]*(?:q|a|ad|zu|re)?[ \t]*\d{1,2}[.):\]][ \t]+\S", re.I)  # "1) ", "Q1. ", "Ad 1)"
SIGNATURE_LINES = 4  # lines at most between an older message's closing and the answers under it (name, title, firm)


def numbered_after(text: str, at: int, start: int, closing: re.Pattern | None) -> bool:
    """Whether the line at `start` under the older message at `at` opens an answer numbered as the letter numbers its
    questions ("1) Problem: ...") right under that message's closing and signature ("Best regards, / Klaus Haas"):
    the writer's answers after the buyer's letter quoted in full, no longer that letter."""
    if closing is None or not _ANSWER_NUMBER.match(text, start):
        return False
    lines = [line for line in text[at:start].splitlines() if line.strip()]
    closed = [i for i, line in enumerate(lines) if closing.fullmatch(line)]
    return bool(closed) and len(lines) - 1 - closed[-1] <= SIGNATURE_LINES
