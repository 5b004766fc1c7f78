"""drafting.yaml `class_phrases`: phrases built from word classes (issue 14).

An entry drafts its options wherever a word of one class is followed by a word of another ("added 160 steam trap
monitors": a fitting verb, then an instrument; "edge appliance": edge, then a device), so a new instrument or box is
read by what kind of word names it, not by one text's product name. An entry may also list words that draft alone.
Expanded here into plain phrases of the one scan (draft_rules._option_phrases): no walk of its own."""
from __future__ import annotations

from collections import defaultdict

from .phrases import GAP


def _flat(words) -> list[str]:
    """A class as written: a list, or lists of lists (YAML anchors of several classes)."""
    out = []
    for word in words or []:
        out.extend(_flat(word) if isinstance(word, list) else [str(word)])
    return out


def class_phrases(data: dict) -> dict[str, list[tuple[str, str]]]:
    """phrase -> (question, option) targets of every entry: each `first` word, then (up to a short gap when `gap`)
    each `then` word, then (likewise after `gap_last`) each `last` word where the entry has a third class; and each word
    of `alone`."""
    phrases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind in data.get("class_phrases", []):
        targets = [(qid, option) for qid, options in kind["drafts"].items() for option in options]
        join = f" {GAP} " if kind.get("gap") else " "
        made = [f"{first}{join}{then}" for first in _flat(kind.get("first")) for then in _flat(kind.get("then"))]
        if kind.get("last"):  # a third class, as a condition after the act and its amount
            join = f" {GAP} " if kind.get("gap_last") else " "
            made = [f"{head}{join}{last}" for head in made for last in _flat(kind["last"])]
        for phrase in made + _flat(kind.get("alone")):
            phrases[phrase].extend(t for t in targets if t not in phrases[phrase])
    return phrases


def check_classes(data: dict, questions: dict) -> None:
    """An entry's options must be the bank's: a typo would silently draft nothing."""
    for kind in data.get("class_phrases", []):
        for qid, options in kind["drafts"].items():
            known = set(questions[qid].choice_ids()) if qid in questions else set()
            unknown = set(options) - known
            if unknown:
                raise ValueError(f"drafting.yaml: class_phrases: unknown {', '.join(sorted(unknown))} of {qid}")


def plain_first(spans: list[tuple[str, str, str, int, int]]) -> list[tuple[str, str, str, int, int]]:
    """(question, option, phrase, start, end) without a phrase with a gap ("fit ... sensor") around a plain phrase of
    the same option ("wireless vibration sensors"): what a report names as the cue is the words the text says."""
    def around(gapped, plain) -> bool:
        return plain[:2] == gapped[:2] and GAP not in plain[2].split() and gapped[3] <= plain[3] and plain[4] <= gapped[4]
    return [one for one in spans if GAP not in one[2].split() or not any(around(one, other) for other in spans)]
