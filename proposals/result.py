"""What extraction returns, and the one error it raises."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["pdf", "docx", "xlsx", "csv", "text", "image"]


@dataclass(slots=True)
class Extracted:
    text: str
    kind: Kind
    pages: int | None  # PDF pages; None for DOCX, spreadsheets and text, which have no fixed pages
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR (no text layer)


class ExtractionError(Exception):
    """A file that cannot be read. The message names the file and the problem in one plain line."""


class Refused(Exception):
    """Raised inside the package with the problem only; extract_text adds the file name."""
