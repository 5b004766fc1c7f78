"""Markdown escaped so that text renders as itself: one escaper, told which marks its renderer reads."""
from __future__ import annotations

import re
from functools import lru_cache

# Streamlit's Markdown: CommonMark, and also :emoji: and :colour[..]: shortcodes, $math$, entities, quotes.
PAGE_MARKS = "\\`*_{}[]()<>#+-.!|~:$&=^\"'"
# A Markdown file's line (the reports): inline marks; where a line starts and links are `literal_line`'s.
INLINE_MARKS = "\\`*_~[]<>&|$"
# The command line's Markdown: CommonMark's punctuation.
CLI_MARKS = "\\`*_{}[]<>()#+-.!|"
_BLOCK_START = re.compile(r"^(#|>|-|\+|=|\d+(?=[.)](\s|$)))")
_URL = re.compile(r"(?i)(://|www\.|@)")
# marks a report line's renderer reads as itself where they stand: an underscore inside a word ("scan_letter.pdf")
# opens no emphasis, an ampersand that starts no entity ("R&D", "energy & cold-chain") is an ampersand; escaped,
# a reader of the Markdown file itself sees the backslash
_INERT = re.compile(r"(?<=[^\W_])\\_(?=[^\W_])|\\&(?!#?\w+;)")


@lru_cache(maxsize=8)
def _marks(marks: str) -> re.Pattern:
    return re.compile("([" + re.escape(marks) + "])")


def escape(text: str, marks: str) -> str:
    """Each of `marks` in `text` behind a backslash, so it shows as itself."""
    return _marks(marks).sub(r"\\\1", text)


def literal_line(line: str) -> str:
    """One line that renders as itself: no markup, link, autolink, HTML, entity, math, table break,
    heading, quote or list."""
    out = _INERT.sub(lambda m: m.group(0)[1:], escape(line, INLINE_MARKS))
    out = _URL.sub(lambda m: "".join("\\" + ch if not ch.isalnum() else ch for ch in m.group(0)), out)
    return _BLOCK_START.sub(lambda m: m.group(0) + "\\" if m.group(0)[0].isdigit() else "\\" + m.group(0), out)
