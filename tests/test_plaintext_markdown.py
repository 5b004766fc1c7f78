"""One Markdown escaper (plaintext/markdown.py) with the marks each renderer reads."""
import re
import string

import pytest

from plaintext.markdown import CLI_MARKS, INLINE_MARKS, PAGE_MARKS, escape, literal_line

SAMPLES = [string.punctuation, "Plain words 42", "**bold** _it_ `code` [link](http://x.example) <b>&amp;",
           "# heading", "1. item", "- item", "> quote", ":red[colour] $x$ ~strike~ a=b ^c \"q\" 'q'",
           "see www.example.com or mail@example.com", "back\\slash"]


def _former(text: str, chars: str) -> str:
    return re.sub("([" + re.escape(chars) + "])", r"\\\1", text)


@pytest.mark.parametrize("marks", [PAGE_MARKS, INLINE_MARKS, CLI_MARKS])
def test_every_mark_gets_one_backslash_and_nothing_else_changes(marks):
    for text in SAMPLES:
        escaped = escape(text, marks)
        assert re.sub(r"\\(.)", r"\1", escaped) == text
        assert escaped == _former(text, marks)


def test_the_page_escapes_streamlit_shortcodes_math_and_quotes():
    assert escape(":red[x]: $1$ \"a\"", PAGE_MARKS) == "\\:red\\[x\\]\\: \\$1\\$ \\\"a\\\""


def test_the_command_line_escapes_commonmark_punctuation_but_not_colons():
    assert escape("a: *b* #1", CLI_MARKS) == "a: \\*b\\* \\#1"


def test_a_report_line_escapes_no_dot_but_a_list_number_and_a_heading_at_its_start():
    assert literal_line("1. Pumps.") == "1\\. Pumps."
    assert literal_line("# Top") == "\\# Top"
    assert literal_line("- a - b") == "\\- a - b"


def test_a_report_line_breaks_links_and_addresses():
    assert literal_line("https://x.example www.y.example a@b.example") == \
        "https\\:\\/\\/x.example www\\.y.example a\\@b.example"
