"""Decode a plain-text or Markdown proposal, refusing binary data that was only named .txt."""
from __future__ import annotations

import codecs

from plaintext.chars import BINARY

from .layout import tidy
from .limits import BINARY_CONTROL_SHARE
from .result import Refused
from .text_tables import with_bars

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
_FALLBACKS = (("cp1252", "Windows-1252 (Western European)"), ("latin-1", "Latin-1 (ISO-8859-1)"))
NOT_TEXT = "this is not a text file (it contains binary data); upload the proposal as PDF, DOCX, XLSX, CSV, TXT or Markdown"


def read_text(data: bytes) -> tuple[str, list[str]]:
    """The tidied text and any warning about the encoding assumed."""
    text, warnings = decode(data)
    if len(BINARY.findall(text)) > BINARY_CONTROL_SHARE * len(text):
        raise Refused(NOT_TEXT)
    return tidy(with_bars(text), unwrap=True), warnings  # tidying would lose a table's column breaks


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 or a BOM's encoding; otherwise the first 8-bit encoding that fits, with a warning."""
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name), []
    if b"\x00" in data:  # no text encoding without a BOM puts NUL bytes in a proposal
        raise Refused(NOT_TEXT)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    for encoding, name in _FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"the file is not UTF-8; it was read as {name}, so check accented letters and symbols"]
    raise AssertionError("latin-1 decodes any bytes")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise Refused(f"the file starts with a {name} byte-order mark but is not valid {name} text; "
                      "save it again as UTF-8") from None
