"""Where the keyboard focus is from one page to the next.

Streamlit gives its main area a tabindex of 0, so "Skip to main content" can focus it: but that makes the
whole area a Tab stop that shows nothing (no outline), a stop a sighted keyboard user cannot find (WCAG 2.4.7).
A tabindex of -1 keeps the skip link working (its click focuses the area by script) and takes it out of Tab's
way. And a page opened from a control of the last one (Create, Open, a link in the page) leaves the focus on
the page's body, the next Tab starting again at the skip link, some twenty stops back: the new page's first
heading (or, without one, its first control) takes it, as a screen reader user expects to hear where they are.
Choosing a page in the navigation keeps the focus on its link, which stays drawn: it is never taken.
"""
from __future__ import annotations

import streamlit as st

from views import refocus

# Streamlit may draw its main area anew (its tabindex 0 with it): each one drawn is changed as it comes.
MAIN_NOT_A_STOP = """<script>(function () {
  if (window.__winnowMainNotAStop) return;
  const unstop = () => document.querySelectorAll('[data-testid="stMain"][tabindex="0"]')
    .forEach(main => main.setAttribute("tabindex", "-1"));
  window.__winnowMainNotAStop = new MutationObserver(unstop);
  window.__winnowMainNotAStop.observe(document.body, {childList: true, subtree: true, attributeFilter: ["tabindex"]});
  unstop();
})();</script>"""

# What the new page drew, not what the last one left: Streamlit marks an element of the last run "stale" until
# this run draws over it or removes it.
_NEW = '[data-testid="stMain"] [data-testid="stElementContainer"]:not([data-stale="true"]) '
PAGE_START = ", ".join(_NEW + part for part in ("h1", *(c + refocus.PASSED_BY for c in refocus.FIRST_CONTROL)))
LEFT_BEHIND = '[data-stale="true"]'  # the control pressed on the last page, still drawn while the new one draws

_SHOWN, _TURN = "page-focus:shown", "page-focus:turn"


def main_not_a_stop() -> None:
    """Take the main area out of Tab's order; the skip link still focuses it. On every run, the sign-in's too."""
    st.html(MAIN_NOT_A_STOP, unsafe_allow_javascript=True)


def arrive(path: str) -> None:
    """On every run, before the page at `path` (its URL path) draws: when the last run drew another page in this
    session, focus this one's start once drawn. One element on every run, arrival or not: were it drawn only on
    arrival, the page's elements would move up a place on the next run and be drawn anew, the focus lost with them."""
    st.html(_arrival(path) or NO_ARRIVAL, unsafe_allow_javascript=True)


NO_ARRIVAL = "<script>/* the focus stays where it is */</script>"  # the same on every run: run once, then left


def _arrival(path: str) -> str:
    last = st.session_state.get(_SHOWN)
    st.session_state[_SHOWN] = path
    if last is None or last == path:
        return ""  # a first visit starts at the top, where the skip link is; a rerun leaves the focus alone
    turn = st.session_state[_TURN] = st.session_state.get(_TURN, 0) + 1  # each arrival's script runs anew
    return refocus.script(PAGE_START, turn, LEFT_BEHIND)
