"""The layout's two heading walks (reply_structure.py `_headed`, `_under_headings`) read where a line-starting sentence's
words start past its item's number from one look per sentence (`_past_marker`, asked once in `layout`); and a field line
that only names its question ("Ticket 11 | Topic: Operator approval") is looked for only where a colon is."""
import random

from questions import load_bank
from reading import reply_structure
from reading.reply_structure import layout
from scoring.rounds import reply_reader

_READER = reply_reader(load_bank())
_ASKED = [(t.id, t.id.replace("_", " ")) for t in _READER.rules.topics]
_PIECES = ["8. ", "1) ", "Q3: ", "(2) ", "Network access", "Data history", "Review", "Network. ", "Data: ", "**Upkeep**",
           "The server stands in your OT zone", "Our team looks after it", ". ", "\n", "\n\n", " | ", "- ", "12 months"]


def _text(rng: random.Random) -> tuple[str, list[int]]:
    """A random reply of numbered items, labels and headings, and its sentences' starts (after a stop or a line break)."""
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
    starts = sorted({0, *(i + 1 for i, ch in enumerate(text) if ch == "\n"),
                     *(i + 2 for i in range(len(text) - 1) if text[i:i + 2] == ". ")} - {len(text)})
    return text, [s for s in starts if s < len(text) and not text[s].isspace()] or [0]


def _laid(text: str, starts: list[int]):
    return layout(text, starts, [set() for _ in starts], _ASKED, _READER.plain, _READER.labelled,
                  stopped=_READER._stopped)


def test_each_line_starting_sentence_is_looked_past_its_number_once(monkeypatch):
    rng, asked = random.Random(17), []
    real = reply_structure._past_marker
    monkeypatch.setattr(reply_structure, "_past_marker", lambda *span: asked.append(span) or real(*span))
    for _ in range(400):
        text, starts = _text(rng)
        asked.clear()
        _laid(text, starts)
        assert len(asked) == len(set(asked)), text


def test_a_numbered_heading_line_still_heads_the_paragraph_under_it():
    text = "1) Network access\nThe server stands in your OT zone.\n\n2) Data history\n12 months of readings stay on site."
    starts = [0, text.index("The server"), text.index("2) Data"), text.index("12 months")]
    found = _laid(text, starts)
    assert "security" in found.under[starts[1]]
    assert "history" in found.under[starts[3]] and "security" not in found.under.get(starts[3], set())


def test_a_field_line_is_looked_for_only_where_a_colon_is_and_found_as_the_full_look_finds_it():
    paragraphs, rng = _READER.paragraphs, random.Random(5)
    pieces = ["Ticket 11", "Item 4", " | ", "Topic", ": ", ":", "Operator approval", "Data history", " ", ".", "4,000 EUR"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(4_000)]
    named = [line for line in lines if paragraphs.names_topic(line)]
    assert named and len(named) < len(lines)  # the rule finds some lines and not others
    for line in lines:
        assert paragraphs.names_topic(line) == bool(paragraphs.named.fullmatch(line.rstrip(" ."))), line
