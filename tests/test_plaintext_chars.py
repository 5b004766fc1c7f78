"""The named sets of unsafe characters (plaintext/chars.py): each keeps what its caller needs."""
import re

import pytest

from plaintext import chars

EVERY = [chr(i) for i in range(0x3000)] + ["\ufeff", "\ufffd"]
# The regexes each caller held before the sets were one definition: a set must match exactly these.
FORMER = {
    "HIDDEN": "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
    "TERMINAL": "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
    "IN_NAME": "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]",
    "BINARY": r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]",
    "INVISIBLE": r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u200b-\u200d\u2060\ufeff]",
    "IN_FILE_NAME": r"[\x00-\x1f\x7f]",
}


def _dropped(pattern: re.Pattern, text: str) -> str:
    return pattern.sub("", text)


@pytest.mark.parametrize("name", FORMER)
def test_each_set_matches_what_its_callers_dropped_before(name):
    former, now = re.compile(FORMER[name]), getattr(chars, name)
    assert [c for c in EVERY if former.match(c)] == [c for c in EVERY if now.match(c)]


def test_display_drops_escapes_and_direction_overrides_but_keeps_spacing_to_fold():
    assert _dropped(chars.HIDDEN, "a\x1b[2J\u202eb\tc\nd\re") == "a[2Jb\tc\nd\re"


def test_a_terminal_also_loses_the_carriage_return_that_moves_its_cursor():
    assert _dropped(chars.TERMINAL, "total\rfake\t1\n") == "totalfake\t1\n"


def test_a_name_loses_every_line_break_and_separator():
    assert _dropped(chars.IN_NAME, "Line\tView\n\u2028Pro\u2066") == "LineViewPro"


def test_a_text_file_counts_no_line_break_tab_or_dos_end_of_file_as_binary():
    assert chars.BINARY.findall("a\tb\nc\x0bd\x0ce\rf\x1a") == []
    assert chars.BINARY.findall("\x00\x01\x7f") == ["\x00", "\x01", "\x7f"]


def test_tidying_drops_zero_width_characters_but_keeps_what_splitlines_breaks_at():
    assert _dropped(chars.INVISIBLE, "a\u200bb\xadc\ufeff") == "abc"
    kept = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85"
    assert _dropped(chars.INVISIBLE, kept) == kept


def test_a_file_name_loses_ascii_controls_only():
    assert _dropped(chars.IN_FILE_NAME, "offer\x00\t\x7f.pdf\u202e") == "offer.pdf\u202e"


def test_a_character_class_writes_runs_as_ranges():
    assert chars.char_class(frozenset("abcx")).pattern == "[a-cx]"
