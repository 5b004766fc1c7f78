"""One regex alternation of a word list from questions/*.yaml, shared by the rules that read words: the same escaping
and order everywhere, so no copy forgets to escape "p.a." or lets "per" win over "per hour"."""
from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable, spaced: bool = False) -> str:
    """A regex alternation of `words` as written: each escaped (YAML numbers as their text), longest first so
    "per hour" wins over "per"; `spaced`: a space in a word matches any whitespace, a line break too. `(?!)`, which
    matches nothing, for no words."""
    ordered = sorted(dict.fromkeys(map(str, words)), key=len, reverse=True)
    if spaced:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered) or r"(?!)"
    return "|".join(map(re.escape, ordered)) or r"(?!)"
