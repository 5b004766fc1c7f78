"""A reply's text as its sentences are read, the same length as received so every offset and quote still
points into the reply as the vendor wrote it.

A plain-text table whose answer column wraps onto lines of its own is read as one row a line:

    KPI          | QA hours: 9 h/week in Q3 2026 to 2 h/week by May 2027, measured
                 | from the same time sheets each month.

A line that starts with the column bar (after an indent up to that column, or none once the text is
tidied) goes on the row above where that row has text before its first bar (or goes on a row itself):
its line break, indent and bar read as spaces.
A table whose rows all start with a bar ("| KPI | ...") wraps nothing here: its wrapped cells are read
whole by reply_cells.py.

A question quoted back with "> " and wrapped by the mail client is read as one line. A table's rule line
("-----+-----") that tidying joined to the row under it is read as spaces, so the row starts its line. A
title's full stop before a name ("M. Girard", "Ing. Horák": questions/rounds.yaml `titles`) and a day's before its
month ("bis 30. Juni 2027": `months`) end no sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .reply_cells import joined as cells_joined
from .splitting import splitter
from .word_regex import alternation

_CONTINUED = re.compile(r"\n([ \t]*)\|")
# a table's rule ("-------+-------") that tidying joined to the first row after it: the row starts its line
_RULE = re.compile(r"(?m)^[ \t]*[-=+]{3,}[-=+| \t]*(?=[^-=+|\s][^\n]*\|)")


class Titles:
    """`sub` as re.Pattern's, of a pattern that begins by looking behind (tried at every character of a reply: 1.4 ms
    over 10 pages), only where a text holds what it needs (`held`): most replies hold no such full stop."""

    def __init__(self, pattern: str, named: re.Pattern | None, dated: re.Pattern | None, words: frozenset[str] = frozenset(),
                 wrapped: re.Pattern | None = None):
        self.pattern, self.compiled, self.named, self.dated = pattern, re.compile(pattern), named, dated
        self.words = words  # the titles whose full stop reads as a space before a name (the splitter knows the others)
        self.wrapped = wrapped  # a title that ends a text ("... your MES lead Mr"): asked before a line's break only

    def sub(self, repl, text: str) -> str:
        return self.compiled.sub(repl, text) if self.held(text) else text

    def spaced(self, found: re.Match) -> str:
        """A title's full stop as a space ("Ing. Horák"); at a line's end the line break too ("Mme.\nGirard"), or the
        line break alone where the sentence splitter reads the title on ("Mr.\nSolberg" as "Mr. Solberg")."""
        title = found.group().rstrip(".\n")
        if not found.group().endswith("\n"):
            return title + " "
        return title + "  " if title in self.words else title + ". "

    def held(self, text: str) -> bool:
        """Whether a title's full stop before a name, or a day's before its month, may be in `text`: a title searched for
        by its own first letters (capitals, rare: the regex engine skips to them in C) and the character before it
        checked after (no letter, digit or full stop), each place tried in turn as a look-behind would; a month after
        any full stop (a literal the engine skips to)."""
        if self.dated is not None and self.dated.search(text):
            return True
        if self.wrapped is not None and ".\n" in text:  # a title at a line's end: each full stop before a line break
            for found in _BROKEN.finditer(text):  # and a capital, then the word before it
                if self.wrapped.search(text, max(0, found.start() - 12), found.start()):
                    return True
        at = 0
        while self.named is not None and (found := self.named.search(text, at)):
            if not found.start() or _BEFORE_TITLE.match(text, found.start() - 1):
                return True
            at = found.start() + 1
        return False


_BEFORE_TITLE = re.compile(r"[^\w.]")  # what stands before a title ("M. Girard", not "HM. " or "Nr.M. ")
_BROKEN = re.compile(r"\.\n[ \t]*[A-Z\u00c0-\u00de]")  # a full stop ending a line before a capital


def titles(words: list[str], months: list[str] = (), wrapped: list[str] = ()) -> Titles | None:
    """The full stop of a title before a capitalised name, or of a day before its month ("30. Juni 2027"); and the
    full stop and line break of a title (`wrapped`) at a line's end before the name on the next ("Mr.\nSolberg")."""
    alternatives = alternation(words)
    at_end = alternation(wrapped)
    named = rf"(?<![\w.])(?:{alternatives})\.(?=[ \t]+[A-Z\u00c0-\u00de])" if words else ""
    broken = rf"(?<![\w.])(?:{at_end})\.\n(?=[ \t]*[A-Z\u00c0-\u00de])" if wrapped else ""
    in_months = rf"[ \t]+(?i:{'|'.join(map(re.escape, months))})\b"
    dated = rf"(?<![\w.,])\d{{1,2}}\.(?={in_months})" if months else ""
    found = "|".join(filter(None, (named, broken, dated)))
    # what each needs, without the look-behind (`Titles.held` checks the character before): a title from its first
    # letter, a day's full stop before a month's name from the full stop
    return Titles(found, re.compile(rf"(?:{alternatives})\.[ \t]+[A-Z\u00c0-\u00de]") if words else None,
                  re.compile(rf"\.{in_months}") if months else None, frozenset(words),
                  re.compile(rf"(?:^|[^\w.])(?:{at_end})$") if wrapped else None) if found else None


@lru_cache(maxsize=8)  # a reply is read so for its sentences and again for its layout
def as_read(text: str, titled: Titles | None, chat=None) -> str:
    """`text` with wrapped table rows on one line, a table's rule off its first row, titles' full stops as spaces and
    a chat's answer broken over lines on one (`chat`: reply_chat.ChatLines); the same length."""
    text = _RULE.sub(lambda m: " " * len(m.group()), _prose_unwrapped(_quote_unwrapped(cells_joined(unwrapped(text)))))
    text = chat.joined(text) if chat is not None else text
    return _bracketed(titled.sub(titled.spaced, text) if titled else text)


def _bracketed(text: str) -> str:
    """A full stop inside a bracket closed on the same line ends no sentence ("from 1.8 % (avg. Jan-Oct 2026) to below
    0.6 %", "(average Jan.-Oct. 2026)"): read as a space where the sentence splitter would end one there, so a KPI's
    baseline, its period and its target stay one sentence."""
    if "(" not in text or ". " not in text:
        return text
    return _BRACKET.sub(_unstopped, text)


def _unstopped(found: re.Match) -> str:
    inside = found.group()
    if ". " not in inside:
        return inside
    cuts = [start for start, _ in splitter().sentences(inside)][1:]  # where the splitter would start a new sentence
    ends = {inside.rindex(".", 0, cut) for cut in cuts if "." in inside[:cut].rstrip()[-1:]}
    return "".join(" " if k in ends else c for k, c in enumerate(inside))


_BRACKET = re.compile(r"\([^()\n]{3,80}\)")  # a bracket closed on its line, short as a baseline's period or a note


def unwrapped(text: str) -> str:
    """`text` with each wrapped row's line breaks, indents and bars as spaces; the same length."""
    if "|" not in text:
        return text
    out, last, joined = [], 0, None  # joined: the line break of the last line joined to a row
    for found in _CONTINUED.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        above, column = text[line_start:found.start()], len(found.group(1))
        bar = above.find("|")  # a tidied text (reading/documents.py `pasted`) starts the line with the bar
        row = bar >= 0 and column in (0, bar) and (bool(above[:bar].strip()) or joined == line_start - 1)
        if row:
            out += [text[last:found.start()], " " * (found.end() - found.start())]
            last, joined = found.end(), found.start()
    return "".join(out) + text[last:] if out else text


def _quote_unwrapped(text: str) -> str:
    """An e-mail's quoted lines ("> ...") wrapped mid-sentence read as one line: a quoted line that goes on in
    lower case, under a quoted line that ends with no full stop, is the same sentence (a question quoted back
    whole, however the mail client wrapped it)."""
    if ">" not in text:
        return text
    def joined(found: re.Match) -> str:
        above = text[text.rfind("\n", 0, found.start()) + 1:found.start()]
        return " " * len(found.group()) if above.lstrip().startswith(">") else found.group()
    return _QUOTE_WRAP.sub(joined, text)


# a quoted line's break, the next line's quote marks and indent, where the sentence goes on in lower case
_QUOTE_WRAP = re.compile(r"(?<=[^.!?:;\n])\n[ \t]*>[> \t]*(?=[a-z(])")


def _prose_unwrapped(text: str) -> str:
    """A paragraph the writer wrapped by hand mid-sentence read as one: a line break after a long line of prose that
    ends with no stop or semicolon, where the sentence goes on in lower case ("... solved when it\nis 50 % or more"), is
    a space; so after a colon that ends such a line ("... decides on every suggestion:\nwhen BrewIQ says ...", "...
    ERP (SAP B1):\nchemicals used per block, CSV ..."). A short line (a list's item, a heading, "Data:") or a table's or
    quote's line keeps its break."""
    def joined(found: re.Match) -> str:
        line = text[text.rfind("\n", 0, found.start()) + 1:found.start()].strip()
        return " " if len(line) >= WRAPPED_LINE and not line.startswith((">", "|")) and "|" not in line else "\n"
    return _PROSE_WRAP.sub(joined, text) if "\n" in text else text


# a line's break where the line ends with no stop (a colon may end it) and the next goes on in lower case
_PROSE_WRAP = re.compile(r"(?<=[^.!?;\s])\n(?=[ \t]*[a-z\u00df-\u00ff])")


def one_line(text: str) -> str:
    """A sentence of a wrapped table row as one line: its line breaks, indents and bars as one space each (a cell
    closed by its bar and going on in the same column below: the bar, the break and the blank cells as one)."""
    return _WRAP.sub(" ", text) if "\n" in text else text


_WRAP = re.compile(r"[ \t]*\|?[ \t]*\n[ \t]*\|(?:[ \t]*\|)*\s*")


def wrapped_on(text: str, end: int, start: int) -> bool:
    """Whether a sentence starts the next line of a paragraph the writer wrapped by hand, right after the sentence
    before (ending at `end`): the line before is a long one of prose, no blank line between, and the sentence opens with
    a letter, no list's mark or number ("... checks the cameras every 3 months.\\nThe cost is 31.500 € per year.")."""
    between = text[end:start]
    if between.count("\n") != 1 or between.strip():
        return False
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    return len(line) >= WRAPPED_LINE and not line.endswith((":", "?")) and text[start:start + 1].isalpha()


WRAPPED_LINE = 60  # characters of a line a writer wraps by hand (most wrap at 70 to 120); a list's lines are shorter
