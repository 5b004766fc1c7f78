"""Counts said as a buyer reads them: "1 label gap", "2 label gaps", never "2 label gap(s)"."""
from __future__ import annotations


def many(n: int, one: str, more: str = "") -> str:
    """'1 gap', '3 gaps'; `more` where the plural is not `one` + 's' ('1 high risk', '2 high risks'; 'evaluators'')."""
    return f"{n:,} {one if n == 1 else more or one + 's'}"
