"""Putting the keyboard focus back where the person was, after Streamlit drew something new under it.

Streamlit redraws an element whose label changes (a fold named by its choice) and opens a dialog with
the focus on its frame: either way the focus ends on the page's body or the frame, and the next Tab
starts again from the top. Streamlit has no call to focus an element, so a short fixed script does:
it waits for the element, then focuses it, only while the focus is nowhere a person put it (the body,
or a dialog's frame) or still on the control they pressed to go there. The selector is the app's own text,
never user text.
"""
from __future__ import annotations

import json

import streamlit as st

SCRIPT = """<script>(function refocus(tries, held) {
  const target = document.querySelector(%s), now = document.activeElement, left = %s;
  const lost = !now || now === document.body || now.getAttribute("role") === "dialog" || (left && now.closest(left));
  if (target && lost) { if (target.tabIndex < 0) target.tabIndex = -1; target.focus(); if (%s) target.select(); }
  held = target && document.activeElement === target ? held + 1 : 0;
  if (tries > 0 && held < 3) setTimeout(() => refocus(tries - 1, held), 50);
})(60, 0); /* %s */</script>"""  # until the focus has stayed 0.15 s (a dialog takes it to its frame once drawn), 3 s at most:
# on a loaded machine the redraw can end after 1 s; a focus the person moved on is never taken back (`lost`).
# A heading takes the focus only with a tabindex: -1 lets a script focus it without making it a Tab stop.


NOTHING = "<script>/* no focus to move on this run */</script>"  # the same on every run: run once, then left


def key_class(key: str) -> str:
    """The CSS class Streamlit gives a keyed element's container: st-key-<key>, other characters as '-'."""
    return "st-key-" + "".join(c if c.isalnum() or c in "_-" else "-" for c in key)


def focus_on(key: str, label: str, select_text: bool = False) -> None:
    """Focus the control labelled `label` in the element keyed `key` once it is drawn; `select_text`
    selects a text box's value, so typing replaces it and an arrow key edits it. The script's element
    shows nothing but adds one gap below the elements before it: call it last in its container."""
    _focus(f'.{key_class(key)} [aria-label="{label}"]', select_text)


# The first control a person can reach by Tab inside an element: a widget's input, a grid's canvas, a button.
# Not one Tab passes by: a chosen option's remove button comes before a multiselect's input but takes no Tab
# (tabindex -1), and a table's hover toolbar stays hidden until the pointer is over the table.
FIRST_CONTROL = ('input:not([type="hidden"])', "textarea", '[data-testid="data-grid-canvas"]',
                 'button:not([data-testid="stBaseButton-elementToolbar"])', "a[href]")
PASSED_BY = ':not([tabindex="-1"]):not(:disabled)'


def focus_first(key: str, turn: int = 0, leaving: str | None = None) -> None:
    """`focus_on` for the first control in the element keyed `key`, whatever its label: a question's
    widget is labelled by the question, bank text that may hold quotes a selector cannot. `turn` tells
    one call from the last: a script drawn as it was on the last run is not run again. `leaving`: the key
    of an element the person pressed to go on to `key` (it stays drawn, keeping the focus), left too."""
    left = f".{key_class(leaving)}" if leaving else None
    _focus(", ".join(f".{key_class(key)} {control}{PASSED_BY}" for control in FIRST_CONTROL), False, turn, left)


def script(selector: str, turn: int = 0, left: str | None = None) -> str:
    """The script that focuses the first element `selector` matches once drawn (a CSS selector of the app's own
    markup), for a caller that draws it with others in one element; `left`: a selector of where a focus counts as
    lost too, as the body does."""
    return SCRIPT % (json.dumps(selector), json.dumps(left), "false", turn)


def _focus(selector: str, select_text: bool, turn: int = 0, left: str | None = None) -> None:
    script = SCRIPT % (json.dumps(selector), json.dumps(left), "true" if select_text else "false", turn)
    st.html(script, unsafe_allow_javascript=True)
