"""Where a label's word names no label the base offer is sold with (glossary.yaml `out_of_scope`, `headings`,
`product_names.hyphen_names`), read in the sentence's own text like label_denials.py:
- named only to say it is an option, left out or not offered: "Gemelo digital: es la Opción B y no forma parte del
  alcance base", "AI module: optional, not included", "Option B: digital twin of the mould"; or a
  field's label whose value denies it: "Cloud: none", "IA : aucune";
- a section heading's word: "2.4 Edge y servidor: 1 gateway por celda" names the section, the body says what is sold;
- a product's name the word is hyphen-joined into: "IIoT-Connect", "AI-Vision®" (see `hyphen_names` for why)."""
from __future__ import annotations

import re

from .word_regex import alternation

_WORDS = re.compile(r"[^\W\d_][\w'’-]*|\d[\w.,]*")  # the words a reach is counted in


class LabelScope:
    """`unsold(text, start, end)`: the label word at start..end is out of the base offer's scope, a heading's, or a
    product name's part. `may_unsell(text)`: cheaply, whether any of that can hold in the sentence."""

    def __init__(self, out_of_scope: dict, headings: dict, hyphen_names: dict):
        cues = {key: alternation(out_of_scope.get(key, []), spaced=True) for key in ("after", "options", "before", "heads")}
        self._after = re.compile(rf"(?<![\w'])(?:{cues['after']})(?![\w])")
        self._options = re.compile(rf"(?<![\w'])(?:{cues['options']})(?![\w])")
        self._between = frozenset(str(w).lower() for w in out_of_scope.get("between", []))
        self._others = int(out_of_scope.get("other_words", 0))
        self._negations = frozenset(str(w).lower() for w in out_of_scope.get("negations", []))
        self._before = re.compile(rf"(?<![\w'])(?:{cues['before']})(?![\w])")
        self._reach = int(out_of_scope.get("reach_words", 0))
        self._breaks = re.compile(rf"[;.!?]|(?<![\w'])(?:{alternation(out_of_scope.get('contrast', []), spaced=True)})(?![\w])")
        none = alternation(out_of_scope.get("none_values", []), spaced=True)  # "Cloud: none": the field's label, then its value
        label = rf"(?:[^\s:]+\s+){{0,{int(out_of_scope.get('label_words', 1)) - 1}}}[^\s:]+"
        self._none = re.compile(rf"\s*(?:[-•*–]\s*)?({label})\s*:\s*(?:{none})\s*[.;]?\s*\Z")
        heads = "|".join(cues.values())
        self._head = re.compile(rf"\s*(?:[-•*–]\s*)?(?:{heads})(?:\s+[a-z0-9])?\s*:")
        self._any = re.compile(rf"(?<![\w'])(?:{heads})(?![\w])")
        number = headings.get("number") or r"(?!)"
        self._heading = re.compile(rf"\s*(?:{number})\s+((?:[^\s:]+\s+){{0,{int(headings.get('words', 1)) - 1}}}"
                                   r"[^\s:]+)\s*(?::(?!\d)|\Z)")
        self._plain = frozenset(w.lower() for w in hyphen_names.get("not_names", []))
        self._marks = tuple(hyphen_names.get("marks", []))
        self.shared = frozenset(str(w).lower() for w in hyphen_names.get("shared_words", []))
        self._hyphen = re.compile(r"\w-[A-Z]|[A-Z]-\w")  # a hyphen a capital stands beside: a name's, maybe

    def may_unsell(self, text: str) -> tuple[bool, bool, bool] | None:
        """Which readings can hold, cheaply: (a cue, a numbered heading, a capital beside a hyphen or a mark); None
        where none can (most label sentences)."""
        lower = text.lower()
        found = (self._any.search(lower) is not None or self._none.match(lower) is not None,
                 self._heading.match(text) is not None,
                 self._hyphen.search(text) is not None or any(m in text for m in self._marks))
        return found if any(found) else None

    def unsold(self, text: str, start: int, end: int, can: tuple[bool, bool, bool], named_apart) -> bool:
        """Out of the base offer's scope, a numbered heading's word or a product name's part (`can`: may_unsell's;
        `named_apart()`: the sentence is in a language that writes a common compound in lower case)."""
        return ((can[0] and self._out_of_scope(text.lower(), start, end))
                or (can[1] and self._in_heading(text, start, end))
                or (can[2] and self._named(text, start, end, named_apart)))

    def _out_of_scope(self, lower: str, start: int, end: int) -> bool:
        """A cue a few words after the word ("no forma parte"), an option's word with only joining words before it
        ("digital twin: optional") or a cue a few words before it ("optional AI module"), in its own segment (no stop or
        contrast word between); or a segment headed by one ("Opción B: ... IA ..."); or a field's label whose value
        denies it ("Cloud: none", "KI: keine")."""
        field = self._none.match(lower)
        if field and field.start(1) <= start and end <= field.end(1):
            return True
        opening = max((m.end() for m in self._breaks.finditer(lower, 0, start)), default=0)
        closing = self._breaks.search(lower, end)
        after = lower[end:closing.start() if closing else len(lower)]
        cue = self._after.search(after)
        if cue and len(_WORDS.findall(after[:cue.start()])) <= self._reach:
            return True
        option = self._options.search(after)
        between = set(_WORDS.findall(after[:option.start()])) if option else set()
        if option and len(between - self._between) <= self._others and not between & self._negations:
            return True
        before = lower[max(opening, lower.rfind(":", 0, start) + 1):start]  # "no optional extras: the AI module"
        if any(len(_WORDS.findall(before[m.end():])) <= self._reach for m in self._before.finditer(before)):
            return True
        return self._head.match(lower, opening) is not None

    def _in_heading(self, text: str, start: int, end: int) -> bool:
        """Within a numbered section heading that opens the sentence ("2.4 Edge y servidor: ...", "3.1 Edge and
        server" alone on its line)."""
        heading = self._heading.match(text)
        return heading is not None and heading.start(1) <= start and end <= heading.end(1)

    def _named(self, text: str, start: int, end: int, named_apart) -> bool:
        """Part of a product's name: hyphen-joined to a word written capitalised ("IIoT-Connect", "Cloud-Connect"),
        or marked ® or ™ ("AI-Vision®"). A German compound is a common noun ("das IoT-Gateway", "die KI-Plattform"):
        only its mark names it there, and in a line that tells no language. A word a label's compound commonly takes
        ("AI-Powered" in a title) is none."""
        whole = re.match(r"[\w-]*", text[end:]).group()
        lead = re.search(r"[\w-]*\Z", text[:start]).group()
        name = lead + text[start:end] + whole
        if self._marks and text[end + len(whole):].lstrip().startswith(self._marks):
            return True
        if "-" not in name:
            return False
        others = [p for p in (lead + "\0" + whole).replace("\0", "-").split("-") if p]
        return (bool(others) and all(p[:1].isupper() and p.lower() not in self._plain for p in others)
                and named_apart())
