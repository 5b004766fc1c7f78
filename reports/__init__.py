"""Winnow's exports: each takes (evaluation, scorecard) and returns bytes. Reports lay out what the
Scorecard says; they never compute a score or decide a gap.

The package loads its writers (PDF, Excel, Word: fpdf, openpyxl, docx) when a name of theirs is first asked
for: a page that only names a download (reports.file_names) or marks a draft (reports.compare's DRAFT_MARK) does
not wait ~1.5 s for them on its first visit."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from .file_names import download_name

if TYPE_CHECKING:
    from questions.models import Evaluation
    from scoring.scorecard import Scorecard

_WRITERS = {"to_csv": "csv_file", "to_html": "html_doc", "to_json": "json_file", "follow_up_letter": "letter",
            "follow_up_letter_docx": "letter", "to_markdown": "md", "to_pdf": "pdf", "to_xlsx": "xlsx"}


@dataclass(frozen=True)
class Export:
    label: str
    function: Callable[[Evaluation, Scorecard], bytes]
    mime: str
    extension: str

    def filename(self, evaluation: Evaluation, suffix: str = "", key: str = "") -> str:
        """A safe download name from the proposal's name and the evaluation's id, e.g.
        'lineview-pro-3f9a2b1c4d5e.txt' (file_names.py)."""
        return download_name(evaluation.proposal, self.extension, suffix, key)


def _exports() -> dict[str, Export]:
    from .csv_file import to_csv
    from .html_doc import to_html
    from .json_file import to_json
    from .letter import follow_up_letter, follow_up_letter_docx
    from .md import to_markdown
    from .pdf import to_pdf
    from .xlsx import to_xlsx
    return {
        "markdown": Export("Markdown", to_markdown, "text/markdown", "md"),
        "html": Export("HTML", to_html, "text/html", "html"),
        "pdf": Export("PDF", to_pdf, "application/pdf", "pdf"),
        "json": Export("JSON (evaluation file)", to_json, "application/json", "json"),
        # one table of answers by design (csv_file.py): its label says so before a buyer files it for the whole report
        "csv": Export("CSV (answers only)", to_csv, "text/csv", "csv"),
        "xlsx": Export("Excel (gaps, scope and rounds too)", to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        "letter": Export("Follow-up letter", follow_up_letter, "text/plain", "txt"),
        "letter_docx": Export("Follow-up letter (Word)", follow_up_letter_docx,
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    }


def __getattr__(name: str):
    """A writer, or EXPORTS, loaded on first use (PEP 562) and kept as the package's own name from then on."""
    if name in _WRITERS:
        value = getattr(importlib.import_module(f".{_WRITERS[name]}", __name__), name)
    elif name == "EXPORTS":
        value = _exports()
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = ["EXPORTS", "Export", "follow_up_letter", "to_csv", "to_html", "to_json", "to_markdown", "to_pdf",
           "to_xlsx"]
