"""The texts the rules are tuned on stay apart from the held-out texts they are measured on: no tuning text has a
held-out text's source address or opening words. A failure names only the tuning file (the held-out side stays unread
by whoever tunes)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


def _texts(pattern: str) -> list[Path]:
    return [p for p in DATA.glob(pattern) if p.suffix == ".yaml"]


def _source(case: dict) -> str | None:
    source = str(case.get("source") or "").strip().rstrip("/").lower()
    return source or None


def _opening(case: dict) -> str | None:
    """The text's first 25 words, lower-case: the same page stored twice under two addresses."""
    words = re.findall(r"\w+", str(case.get("text") or case.get("proposal") or "").lower())
    return " ".join(words[:25]) if len(words) >= 25 else None


def _marks(paths: list[Path]) -> dict[Path, tuple]:
    return {p: (_source(c), _opening(c)) for p in paths if isinstance(c := yaml.safe_load(p.read_text("utf-8")), dict)}


HELD = _marks(_texts("drafting/*heldout*/*") + _texts("second_reader/*heldout*/*") + _texts("rounds/heldout*/*"))
TUNED = _marks(_texts("drafting/*tuning*/*") + _texts("second_reader/*tuning*/*") + _texts("rounds/tuning*/*"))


def test_both_sides_are_found():
    assert len(HELD) > 100 and len(TUNED) > 400


def test_no_tuning_text_has_a_held_out_texts_source_address():
    held = {source for source, _ in HELD.values()} - {None}
    shared = sorted(str(p.relative_to(DATA)) for p, (source, _) in TUNED.items() if source in held)
    assert not shared, f"tuning texts whose source is a held-out text's: {shared}"


def test_no_tuning_text_opens_with_a_held_out_texts_words():
    held = {opening for _, opening in HELD.values()} - {None}
    shared = sorted(str(p.relative_to(DATA)) for p, (_, opening) in TUNED.items() if opening in held)
    assert not shared, f"tuning texts that open as a held-out text does: {shared}"
