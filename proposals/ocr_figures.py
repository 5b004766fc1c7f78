"""Tesseract's misreadings of digits read back where the context is a figure, never in a word.

A scanned French offer's "1er mars" came out "ler mars", "2ème année" "2&me", "26me" or "2éme", "1ère" "lére" or
"1&re"; a figure's digits come out as look-alike letters ("11 S00 €", "l5.O3.2024", "1O0 kW"). A small l is a 1 and an
O a 0 inside a figure; an S is a 5 only between digits or beside a currency or a percent sign. A letter only leads or
ends a figure that way where the figure is plainly one (a date's or an amount's groups, "l2.500,00", or a currency
beside it, "EUR S00"): a code that opens with a capital ("S7-1500", "S120", "O3") or a count followed by a letter ("5S",
"2l") is left as read. A word holds no digit and is never touched ("lot", "IO", "lere" alone is read only as "1ère").
The section sign of a terms page's heading ("§1 Gwarancja", "§ 3 Haftung") comes out as a dollar sign: a line that
is only "$", a clause's number and a heading's capitalised words is a section's heading where the page numbers its
clauses so (two such lines, or a "§" read right) and no dollar amount stands elsewhere ("$1,200.00", "$3 Million").
"""
from __future__ import annotations

import re

_LOOK = "lIOoS"  # letters tesseract reads for 1, 1, 0, 0, 5
_AS_DIGIT = str.maketrans("lIOoS", "11005")
_LETTER = r"[^\W\d_]"
# a run of digits and look-alikes, with separators between them ("3l.l2.2O24", "1 2OO" is two runs), not in a word
_RUN = re.compile(rf"(?<!{_LETTER})[\d{_LOOK}](?:[\d{_LOOK}]|[.,'/:](?=[\d{_LOOK}]))*(?!{_LETTER})")
_GROUPED = re.compile(r"\d[.,/:]\d")  # a date's, an amount's or a time's groups: plainly a figure
SIGNS = "$€£¥₹₩₺₽₦₫฿"
CODES = "EUR|USD|GBP|CHF|PLN|SEK|NOK|DKK|CZK|HUF|JPY|CNY|INR|CAD|AUD|BRL|MXN|ZAR"  # the commonest on offers
_MONEY_BEFORE = re.compile(rf"(?:[{SIGNS}]|\b(?:{CODES}))\s?$")  # "EUR S00", "€ l.5OO"
_MONEY_AFTER = re.compile(rf"\s?(?:[{SIGNS}%]|(?:{CODES})\b)")  # "S00 €", "2S %"
_SEPARATORS = ".,'/:"
_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \u00a0\u202f]$")  # "11 " before a group of thousands

# ordinals: French and Spanish 1er, 1ère, 1re, 2ème (è read as é, &, @, £, 6), English 1st, Italian 1°, 1ª
_ORDINAL = re.compile(rf"(?<!{_LETTER})(?<![\d.,])(?P<n>[\dlIO]+)(?P<end>er|re|[èéê&@£]{{1,2}}e?re|ère|ere|"
                      rf"(?:[èéê&@£]{{1,2}}e?|6|e)me|ème|st|nd|rd|th|[°ºª])(?!{_LETTER})")
_DEGREES = {"°", "º", "ª"}
_NO_DIGIT_ENDS = {"re", "ère", "ere", "ème", "st", "°", "º", "ª"}  # "lère", "lst", "l°": no word; "le", "la" are
# "ler" is a word too (Norwegian, Danish: "laughs"): read as 1er after an article or before a date's year ("le ler mars",
# "del ler trimestre", "ler avril 2025")
_FIRST_AFTER = re.compile(r"(?:\b(?:le|du|au|dès|el|del|al|en)\s+)$", re.IGNORECASE)
_FIRST_BEFORE = re.compile(r"^\s+[^\W\d_]+\.?\s+\d{4}\b")
_SCALES = r"(?:Million|Millionen|Mio|Mill|Billion|Bn|Mrd|Thousand|Tsd|Mln|Tys|K|M|B)\b"
# "$1 Gwarancja", "$ 3 Haftung und Schäden": a heading's line, its words capitalised or joined in lower case
_SECTION_HEADING = re.compile(rf"^(?P<lead>[ \t]*)\$(?P<gap> ?)(?P<n>\d{{1,2}})(?=[ \t]+(?!{_SCALES})[^\W\d_])"
                              r"(?P<rest>[ \t]+(?P<first>[^\W\d_])(?:[\w'’-]*\.?[ \t]*)(?:[ \t]+[^\W\d_][\w'’-]*\.?){0,5}[ \t]*)$",
                              re.MULTILINE)


def figures_righted(text: str) -> str:
    """The text with its figures' look-alike letters read as the digits they are, and its ordinals' endings."""
    text = _ORDINAL.sub(_ordinal, text)
    if "$" in text:
        text = _sections_righted(text)
    return _RUN.sub(lambda match: _run(match, text), text)


def _sections_righted(text: str) -> str:
    headings = [match for match in _SECTION_HEADING.finditer(text) if match["first"].isupper()]
    if len(headings) < 2 and "§" not in text or len(headings) < text.count("$"):
        return text  # one heading alone, or dollars on the page: amounts
    for match in reversed(headings):
        text = text[:match.start()] + match.expand(r"\g<lead>§\g<gap>\g<n>\g<rest>") + text[match.end():]
    return text


def _ordinal(match: re.Match) -> str:
    number, end = match["n"], match["end"]
    if end.endswith("me") and end not in ("eme", "ème"):
        end = "ème"
    elif end.endswith("re") and end not in ("re", "ere", "ère"):
        end = "ère"
    degree = end in _DEGREES
    if "I" in number and not degree:
        return match[0]  # "Ier", "IIe": a Roman numeral's ordinal
    if not any(c.isdigit() for c in number):
        degree = degree and set(number) <= {"l", "I"}  # "l°", "I°": the 1° all the same
        if not degree and (set(number) != {"l"} or not (end in _NO_DIGIT_ENDS or end == "er" and _first(match))):
            return match[0]
        if end == "ere":
            end = "ère"
    return number.translate(_AS_DIGIT) + end


def _first(match: re.Match) -> bool:
    """A "ler" that is the ordinal 1er: after an article, or before a month and its year."""
    text = match.string
    return bool(_FIRST_AFTER.search(text, 0, match.start()) or _FIRST_BEFORE.match(text[match.end():match.end() + 40]))


def _run(match: re.Match, text: str) -> str:
    """A run of digits and look-alikes: the look-alikes inside it read as digits, and those leading or ending it where
    it is plainly a figure."""
    run = match[0]
    digits = [at for at, char in enumerate(run) if char.isdigit()]
    if not digits and len(run) == 3 and _GROUP_BEFORE.search(text, 0, match.start()) and _money_after(text, match):
        return run.translate(_AS_DIGIT)  # "11 SOO €": a thousands group, every digit misread
    if not digits or all(c.isdigit() or c in _SEPARATORS for c in run):
        return run
    head, body, tail = run[:digits[0]], run[digits[0]:digits[-1] + 1], run[digits[-1] + 1:]
    money = bool(_MONEY_BEFORE.search(text, 0, match.start()) or _money_after(text, match))
    plain = money or (len(digits) >= 3 and _GROUPED.search(run.translate(_AS_DIGIT)) is not None)
    if head and not (plain or set(head) == {"l"}):
        return run  # "S7-1500", "S120", "O3", "I2C": a code's name
    if money or set(tail) <= {"O"}:  # else "5S", "2l", "1o": a count before its letter, or an ordinal
        tail = tail.translate(_AS_DIGIT)
    body = "".join(c.translate(_AS_DIGIT) if c != "S" or plain or _between_digits(body, at) else c
                   for at, c in enumerate(body))
    return head.translate(_AS_DIGIT) + body + tail


def _money_after(text: str, match: re.Match) -> bool:
    return _MONEY_AFTER.match(text, match.end()) is not None


def _between_digits(body: str, at: int) -> bool:
    return 0 < at < len(body) - 1 and body[at - 1].isdigit() and body[at + 1].isdigit()
