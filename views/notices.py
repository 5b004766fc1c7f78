"""Messages kept from a callback (or a finished background job) to the next draw of the page.

A callback runs before the page draws, and a job ends between draws: what they have to say is kept
in the session under a box name and shown, once, where the page calls `show` for that box."""
from __future__ import annotations

import streamlit as st

from . import common

ICONS = {"error": ":material/block:", "warning": ":material/warning:", "success": ":material/check_circle:",
         "info": ":material/info:"}


def notify(box: str, kind: str, message: str) -> None:
    """Keep a message (error, warning, success or info; Markdown, escaped when shown) for the box."""
    if kind not in ICONS:
        raise ValueError(f"unknown notice kind {kind!r}; known: {', '.join(ICONS)}")
    st.session_state.setdefault(f"notices:{box}", []).append((kind, message))


def show(box: str) -> None:
    for kind, message in st.session_state.pop(f"notices:{box}", []):
        getattr(st, kind)(common.md(message), icon=ICONS[kind])
