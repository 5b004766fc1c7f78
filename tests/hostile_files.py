"""Hostile evaluation files and evaluations, shared by test_hostile.py, test_hostile_app.py and the
browser test. Each file is built in memory (the 100,000-level one too), none is committed."""
from __future__ import annotations

import copy
import json
from typing import Any

from paths import EXAMPLES

from questions import Evaluation, evaluation_from_dict

BASE = json.loads(EXAMPLES["b_downtime_loop_industry_4_0"].read_text(encoding="utf-8"))
MARKUP = ['<img src=x onerror="window.__hostile=1">', "<script>window.__hostile=2</script>",
          '"><svg onload=window.__hostile=3>', "[click](javascript:window.__hostile=4)", "{nb} **bold** `code`"]
FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1",
            "\uff1d1+1"]
FREE_TEXT = ("proposal", "vendor", "evaluator", "notes", "proposal_text", "text", "metric", "unit", "method", "owner")


def with_(**fields: Any) -> dict:
    return {**copy.deepcopy(BASE), **fields}


def dumped(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _inner(marker: str, replacement: bytes) -> bytes:
    """The example with its notes replaced by raw JSON text (that json.dumps would never write)."""
    return dumped(with_(notes=marker)).replace(json.dumps(marker).encode(), replacement)


def _unknown_question() -> dict:
    data = with_(bank_version="2027.1")
    data["answers"].append({"question": "data.smell", "text": "a question from a newer bank"})
    return data


# name -> (file bytes, words the one-line error must contain)
HOSTILE_FILES: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "nested_100000_levels": (b"[" * 100_000, ("nests more than 64 levels",)),
    "nested_inside_a_field": (_inner("X", b"[" * 100_000 + b"]" * 100_000), ("nests more than 64 levels", "line 1")),
    "huge": (b'{"notes": "' + b"x" * 5_000_000 + b'"}', ("larger than 5,000,000 bytes",)),
    "wrong_schema_version": (dumped(with_(schema_version=3)), ("schema_version is 3",)),
    "bank_version_is_markup": (dumped(with_(bank_version="<script>alert(1)</script>")),
                               ("bank_version", "not a question-bank version")),
    "bank_version_not_a_string": (dumped(with_(bank_version=["2026.11"])), ("bank_version", "valid string")),
    "question_from_a_newer_bank": (dumped(_unknown_question()), ("data.smell", "made with question bank 2027.1")),
    "unknown_field": (dumped(with_(colour="red")), ("colour", "Extra inputs are not permitted")),
    "unknown_field_with_a_newline": (dumped(with_(**{"a\nb\u202ec": 1})), ("a\\nb\\u202ec", "Extra inputs")),
    "rtl_override_in_proposal": (dumped(with_(proposal="Invoice\u202eexe.pdf")),
                                 ("proposal", "right-to-left override (U+202E) at character 8")),
    "rtl_isolate_in_vendor": (dumped(with_(vendor="Acme \u2067GmbH")), ("vendor", "right-to-left isolate (U+2067)")),
    "terminal_escape_in_evaluator": (dumped(with_(evaluator="\x1b[31mroot\x1b[0m")),
                                     ("evaluator", "control character (U+001B) at character 1")),
    "name_of_100000_characters": (dumped(with_(vendor="v" * 100_000)), ("vendor", "100,000 characters long")),
    "utf16": (json.dumps(BASE).encode("utf-16"), ("UTF-16",)),
    "latin1": ('{"proposal": "Gr\u00fc\u00dfe"}'.encode("latin-1"), ("not UTF-8", "offset")),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("binary",)),
    "nan": (_inner("X", b"NaN"), ("NaN is not a number",)),
    "infinite_number": (_inner("X", b"1e400"), ("1e400", "too large")),
    "number_of_5000_digits": (_inner("X", b"9" * 5000), ("more than 30 digits",)),
    "duplicate_key": (dumped(with_())[:-1] + b', "proposal": "Another name"}', ("'proposal' appears twice",)),
    "lone_surrogate": (_inner("X", b'"broken \\ud800 text"'), ("notes", "lone surrogate")),
    "empty": (b"  \n", ("empty",)),
    "not_an_object": (b"[1, 2, 3]", ("expected a JSON object",)),
}


def every_field(payload: str, proposal: str | None = None) -> Evaluation:
    """Example b with `payload` in every free-text field: names, notes, proposal text, each answer's text,
    quotes, measure and integrations. Built as the app would hold it (not through the file check)."""
    data = with_()

    def fill(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in FREE_TEXT and isinstance(value, str):
                    node[key] = f"{payload} {value}" if value else payload
                else:
                    fill(value)
        elif isinstance(node, list):
            for item in node:
                fill(item)

    fill(data)
    for answer in data["answers"]:
        answer.setdefault("text", payload)
        answer["quotes"] = [payload, f"The vendor wrote: {payload}"]
    data["proposal"] = proposal or payload  # a name that starts with the payload, for formula checks
    return evaluation_from_dict(data)
