"""Names a screen reader says that tell more than the short label a sighted person reads beside its question.

A page repeats the same short labels under every question ("Keep", "Reject", "Metric"); someone who hears a
control's name alone, tabbing from one to the next, cannot tell which question it belongs to. Each of these
functions writes a label whose first words are what the page shows, and whose name read aloud goes on to say
the rest; views/focus.css hides the rest from the screen, so the visible words stay the name's start (WCAG 2.5.3).
"""
from __future__ import annotations

from views.safe_text import md


def label(shown: str, said: str) -> str:
    """A widget's label. Streamlit names the control by its label as written and draws the label from its
    Markdown: `said` goes in a paragraph of its own, the one focus.css hides, so no markup is read aloud."""
    return f"{shown}\n\n{' '.join(said.split())}"


def button(shown: str, said: str) -> str:
    """A button's label. A button is named by the text it draws: `said` goes in its emphasis, which focus.css
    takes off the screen but leaves to be read (escaped, so bank text shows as itself)."""
    return f"{shown} *{md(' '.join(said.split()))}*"
