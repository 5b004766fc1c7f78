"""The characters that hide, reorder or break what a reader sees, as named sets of one definition.

A control character (a terminal escape, a backspace) or a Unicode direction override or isolate
(U+202A-202E, U+2066-2069) can hide or reorder text. Each caller drops or refuses them, but keeps what
it needs: displays keep tab, newline and carriage return as spacing to fold; a terminal also loses the
carriage return, which moves its cursor; text files keep every line break and DOS's end-of-file
mark; tidying keeps the separators Python's splitlines reads as line breaks (\\x1c-\\x1f, \\x85).
"""
from __future__ import annotations

import re

C0 = frozenset(map(chr, range(0x00, 0x20)))
C1 = frozenset(map(chr, range(0x7F, 0xA0)))  # DEL and the C1 controls
CONTROL = C0 | C1
DIRECTION = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_SEPARATORS = frozenset("\u2028\u2029")
ZERO_WIDTH = frozenset("\xad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero-width spaces and joiners, BOM
SPACING = frozenset("\t\n\r")


def char_class(chars: frozenset[str]) -> re.Pattern:
    """One regex character class for a set of characters, runs written as ranges."""
    codes, parts = sorted(map(ord, chars)), []
    for code in codes:
        if parts and parts[-1][1] == code - 1:
            parts[-1][1] = code
        else:
            parts.append([code, code])
    ranges = (re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in parts)
    return re.compile("[" + "".join(ranges) + "]")


# Display: what pages, reports and names drop or refuse; tab, newline and CR are spacing they fold.
HIDDEN = char_class((CONTROL | DIRECTION) - SPACING)
# A terminal: as HIDDEN, and the carriage return too, which would move the cursor back over a line.
TERMINAL = char_class((CONTROL | DIRECTION) - frozenset("\t\n"))
# A name on one line: every control character, line and paragraph separators and direction characters.
IN_NAME = char_class(CONTROL | LINE_SEPARATORS | DIRECTION)
# Binary data in a text file: controls but line breaks, tab and DOS's end-of-file mark \x1a.
BINARY = char_class(CONTROL - frozenset("\t\n\x0b\x0c\r\x1a"))
# Invisible in extracted text: controls and zero-width characters; splitlines' line breaks stay.
INVISIBLE = char_class((CONTROL | ZERO_WIDTH) - frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85"))
# A file name's controls (C0 and DEL): each becomes a space.
IN_FILE_NAME = char_class(C0 | frozenset("\x7f"))


def one_line(text: str) -> str:
    """Control characters gone, all whitespace (newlines too) collapsed to single spaces."""
    return " ".join(HIDDEN.sub("", str(text)).split())  # tab, newline and CR are kept to fold


def clip(text: str, size: int, trim: str = " ") -> str:
    """At most `size` characters, an ellipsis where it was cut (the `trim` characters before it go)."""
    return text if len(text) <= size else text[: size - 1].rstrip(trim) + "\u2026"


def clipped(text: str, size: int) -> str:
    """One line of at most `size` characters, an ellipsis where it was cut."""
    return clip(one_line(text), size)


# A text that already ends a sentence: a stop, a question or exclamation mark or an ellipsis, before any closing
# quote or bracket ('... of 405.', 'with?', '... the batch.\u201d').
ENDED = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


def sentence(text: str) -> str:
    """A text as a sentence's end: a full stop added only where it has none, so a join never doubles it ('405..')
    nor stops a question twice ('with?.')."""
    text = text.rstrip()
    return text if not text or ENDED.search(text) else text + "."
