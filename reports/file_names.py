"""Download file names: a proposal's name cut at a word's end, then the evaluation's id, so that two offers whose
names start alike, or are the same, download as two files ('energy-monitoring-retrofit-3f9a2b1c4d5e.pdf')."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

STEM_CHARS = 60  # a name's words kept up to this many characters: a file list shows about this much
# letters that decomposing leaves whole, spelled as their languages spell them in ASCII ("Przemysł" -> "przemysl",
# "Søborg" -> "soborg", "Straße" -> "strasse"), not dropped (walk 75: "przemys-4-0")
_SPELLED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS", "đ": "d", "Đ": "D", "ð": "d",
                          "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ħ": "h",
                          "Ħ": "H", "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "NG"})


def file_stem(name: str, limit: int = STEM_CHARS) -> str:
    """The name's letters and digits in lower case, its words joined by hyphens and cut after the last whole word
    that fits `limit` (a first word longer than that is cut); accents dropped, letters such as ł, ø, ß spelled in ASCII, other
    scripts left out."""
    plain = unicodedata.normalize("NFKD", name.translate(_SPELLED)).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", plain)
    stem = ""
    for word in words:
        longer = f"{stem}-{word}" if stem else word
        if len(longer) > limit:
            break
        stem = longer
    return stem or (words[0][:limit] if words else "")


def download_name(name: str, extension: str, suffix: str = "", key: str = "", fallback: str = "evaluation") -> str:
    """'<stem><suffix>-<key>.<extension>': the key (an evaluation's or a group's id) keeps apart two files of one
    name; without one, as the CLI or a single file in a zip, the name alone."""
    tag = f"-{file_stem(key, len(key))}" if key else ""
    return f"{file_stem(name) or fallback}{suffix}{tag}.{extension}"


COMPARED_CHARS, COMPARED_NAMED = 30, 3  # each compared proposal's words kept; proposals named before "and N more"


def comparison_name(proposals: list[str], extension: str, day: date) -> str:
    """'comparison-2026-12-06-monitorizacion-hornos-enercer-vs-kilnsight-edge-5.pdf': the day and the proposals
    compared, so a buyer's downloads of two comparisons are two files that say what they hold."""
    stems = [file_stem(name, COMPARED_CHARS) or "proposal" for name in proposals[:COMPARED_NAMED]]
    more = len(proposals) - COMPARED_NAMED
    return f"comparison-{day.isoformat()}-{'-vs-'.join(stems)}{f'-and-{more}-more' if more > 0 else ''}.{extension}"
