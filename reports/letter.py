"""The follow-up letter: plain text to paste into an e-mail to the vendor."""
from __future__ import annotations

import textwrap

from questions.models import Evaluation
from scoring.scorecard import Scorecard

from . import common as c

WIDTH = 78


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(c.one_line(text), WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def _question_groups(card: Scorecard) -> list[tuple[str, list[str]]]:
    """Gap follow-ups by section (bank order), then high-risk follow-ups; each question asked once."""
    asked: set[str] = set()
    groups = []
    sources = c.gaps_by_section(card) + [("Risks we need addressed", [f for f in card.flags if f.severity == "high"])]
    for title, items in sources:
        fresh = [q for q in dict.fromkeys(c.one_line(i.follow_up) for i in items) if q and q not in asked]
        asked.update(fresh)
        if fresh:
            groups.append((title, fresh))
    return groups


def _questions(card: Scorecard) -> list[str]:
    lines, n = [], 0
    for title, questions in _question_groups(card):
        lines += [c.one_line(title), "-" * min(WIDTH, len(c.one_line(title)))]
        for q in questions:
            n += 1
            lines += _wrap(q, f"{n}. ", " " * (len(str(n)) + 2))
        lines.append("")
    return lines


def _quotes(card: Scorecard) -> list[str]:
    quoted = c.quotes(card)
    if not quoted:
        return []
    lines = [*_wrap("Our reading relies on these sentences from your proposal; please confirm they are accurate:", "", ""), ""]
    for answer, quote, source in quoted:
        lines += _wrap(f"{c.quoted(quote, source)}, on: {answer.prompt}", "- ", "  ")
    return lines + [""]


def follow_up_letter(evaluation: Evaluation, card: Scorecard) -> bytes:
    vendor, proposal = c.one_line(card.vendor), c.one_line(card.proposal)
    greeting = f"Dear {vendor} team," if vendor else "Dear Sir or Madam,"
    questions = _questions(card)
    intro = (f"Thank you for your proposal \u201c{proposal}\u201d. Before we can decide on a first phase, "
             + ("we would like written answers to the questions below." if questions else
                "we have no open questions on it at this point."))
    closing = ["We look forward to your answers. Specific names, numbers, systems and owners will help us most.",
               "", "Kind regards,", c.one_line(card.evaluator) or "[your name]"]
    # how the buyer's answers were made (drafted, reviewed) is the buyer's own business: the scorecard and its
    # exports say it, the letter to the vendor does not
    lines = [greeting, "", *_wrap(intro, "", ""), "", *questions, *_quotes(card)]
    return "\n".join(lines + [line for part in closing for line in _wrap(part, "", "")] + [""]).encode("utf-8")
