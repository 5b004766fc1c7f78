"""Tidy extracted text for the sentence reader, which ends a sentence at . ! ? or a line break.

So line breaks matter: a bullet must stay on its own line, but a sentence that a PDF or a
hard-wrapped text file broke across lines must become one line again, or it would be read
as two half-sentences.
"""
from __future__ import annotations

import re

_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u200b-\u200d\u2060\ufeff]")  # \x85 breaks lines
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'\)\]»”’]*$")
_STARTS_ITEM = re.compile(r"[-*+•◦▪‣●○■□–—>|#]|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)](?:\s|$)")
_WIDE_SHARE = 0.6  # a line this share of the usual width was probably wrapped, not ended
_WIDE_MIN = 30  # nor is a shorter line taken as wrapped: headings and list items are short


def clean_lines(text: str) -> list[str]:
    """Lines with one space between words, no control or invisible characters, ends trimmed."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates from odd PDF fonts
    # splitlines knows every line break (\r\n, \f, U+2028, ...) and split() every space (tabs, no-break
    # spaces, ...), both in C: a regex over each space of a 100-page text costs ten times more.
    return [" ".join(line.split()) for line in _INVISIBLE.sub("", text).splitlines()]


PAGE_BREAK = "\f"  # between two pages of a document, on a line of its own: quotes cite their page by it


def tidy(text: str, *, unwrap: bool) -> str:
    """Clean lines, rejoin wrapped ones if asked, keep at most one blank line in a row, and keep
    page breaks: tidying twice changes nothing, so every way in reads the same sentences."""
    if PAGE_BREAK in text:
        return join_pages([_tidy_page(page, unwrap) for page in text.split(PAGE_BREAK)])
    return _tidy_page(text, unwrap)


def _tidy_page(text: str, unwrap: bool) -> str:
    lines = clean_lines(text)
    if unwrap:
        lines = unwrap_lines(lines)
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def join_pages(pages: list[str]) -> str:
    """Pages apart by a page break on a line of its own, so no sentence runs from one page into the
    next; an empty page keeps its break, so page numbers count from the document's first page."""
    return f"\n{PAGE_BREAK}\n".join(pages).strip("\n").rstrip(f"\n{PAGE_BREAK}")


def unwrap_lines(lines: list[str]) -> list[str]:
    """Join each line to the one before it when the one before was wrapped mid-sentence."""
    width = _usual_width(lines)
    out: list[str] = []
    before = ""  # the previous line as it was, not as joined: its width is what shows a wrap
    for line in lines:
        if out and _continues(before, line, width):
            glue = "" if before[-1] == "-" and before[-2:-1].isalpha() else " "
            out[-1] += glue + line
        else:
            out.append(line)
        before = line
    return out


def _continues(before: str, line: str, width: int) -> bool:
    if not before or not line or _ENDS_SENTENCE.search(before):
        return False
    if before[0] in "#|" or _STARTS_ITEM.match(line):  # headings, table rows and list items stand alone
        return False
    return line[0].islower() or len(before) >= max(_WIDE_SHARE * width, _WIDE_MIN)


def _usual_width(lines: list[str]) -> int:
    """The 90th-percentile line length: wrapped lines come near it, one stray long line does not set it."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
