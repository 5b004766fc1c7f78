"""A label's word whose object names a process or an asset of the plant (glossary.yaml `objects`): "Digitalizzazione dei
cicli CIP" says what is digitalised, a scope, no label sold with nothing behind it (walk82). The object is a substance
word of one of `kinds` at most `reach` words after the label's word, nothing between them that ends a phrase."""
from __future__ import annotations

import re


class LabelObjects:
    def __init__(self, data: dict):
        self._kinds = frozenset(data.get("kinds", []))
        self._reach = int(data.get("reach", 0))
        breaks = data.get("breaks", "")
        self._break = re.compile(f"[{re.escape(breaks)}]") if breaks else None

    def scoped(self, text: str, starts, found, meant) -> bool:
        """Of a sentence's signals (where each starts in `text`, each as found, what each means), whether a label's
        word is followed, near enough, by its object of a process or an asset."""
        if not self._kinds:
            return False
        for at, signal, (kind, _) in zip(starts, found, meant):
            if kind != "label":
                continue
            end = at + len(signal)
            for later, (other, _) in zip(starts, meant):
                between = text[end:later]
                if later >= end and other in self._kinds and len(between.split()) <= self._reach \
                        and not (self._break and self._break.search(between)):
                    return True
        return False
