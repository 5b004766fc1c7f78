"""The Compare page's downloads: the comparison as Markdown, Excel, PDF and Word, each built only when clicked.

Their writers (reports.compare, reports.compare_docs: openpyxl, fpdf, docx and the round history) are imported on
the first click too, not with the page: on a new server they were ~2-4 s of the page's first visit.
"""
from __future__ import annotations

import importlib
from datetime import date

import streamlit as st

from reports.file_names import comparison_name

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# (label, "module:function" that builds it, extension, type)
EXPORTS = [("Markdown", "reports.compare:to_markdown", "md", "text/markdown"),
           ("Excel", "reports.compare:to_xlsx", "xlsx", XLSX),
           ("PDF", "reports.compare_docs:to_pdf", "pdf", "application/pdf"),
           ("Word", "reports.compare_docs:to_docx", "docx", DOCX)]


def builder(where: str):
    """An export's function from "module:function", imported now."""
    module, function = where.split(":")
    return getattr(importlib.import_module(module), function)


def row(comp) -> None:
    """One button per format, each as wide as its label: in columns a laptop cut them."""
    buttons = st.container(horizontal=True)
    for label, build, extension, mime in EXPORTS:
        name = comparison_name(comp.proposals, extension, date.today())  # the day and the offers: no "comparison.pdf"
        buttons.download_button(f"Comparison ({label})", data=lambda build=build: builder(build)(comp), file_name=name,
                                mime=mime, key=f"compare:export:{extension}", on_click="ignore",
                                icon=":material/download:")
