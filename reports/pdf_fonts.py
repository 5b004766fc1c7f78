"""Fonts for the PDF: DejaVu Sans when installed, else fpdf2's core Helvetica with text fitted to latin-1.
Either way every character the user typed becomes something the font can draw."""
from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Callable

from plaintext.chars import HIDDEN

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"), Path("C:/Windows/Fonts")]
STYLES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
PLAIN = {"\u2192": "->", "\u2190": "<-", "\u21d2": "=>", "\u2265": ">=", "\u2264": "<=", "\u2260": "!=",
         "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
         "\u201e": '"', "\u2026": "...", "\u2022": "-", "\u20ac": "EUR", "\u2122": "(TM)", "\u2713": "v",
         "\u2717": "x", "\u00a0": " ", "\u2009": " ", "\u2248": "~"}


def unicode_font_files() -> dict[str, Path] | None:
    """DejaVu Sans regular, bold and oblique, if one font directory holds all three."""
    for folder in FONT_DIRS:
        files = {style: folder / name for style, name in STYLES.items()}
        if all(path.is_file() for path in files.values()):
            return files
    return None


def fit_text(text: str, drawable: Callable[[str], bool]) -> str:
    """Keep what the font draws; spell out arrows and dashes; drop marks and joiners; '?' for the rest."""
    out = []
    for ch in HIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")):
        if ch == "\n" or drawable(ch):
            out.append(ch)
        elif ch in PLAIN and all(drawable(p) for p in PLAIN[ch]):
            out.append(PLAIN[ch])
        elif unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me", "Cs"):
            continue
        else:
            base = "".join(p for p in unicodedata.normalize("NFKD", ch) if drawable(p) and not unicodedata.combining(p))
            out.append(base or "?")
    return "".join(out)
