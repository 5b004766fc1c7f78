"""A company's name on a party's line ("Vendor: Kessler Predictive Analytics GmbH, Stuttgart.") names who offers, not
what is offered.

A run of capitalised words right before a legal form (drafting.yaml company_names `forms`, matched as written: "GmbH",
"AB", "Ltd") is a name: the words of "Predictive Analytics" in it draft no prediction and no analytics, as the buyer
read them in a walk of four proposals. On a line that opens with a party's label and a colon (`labels`: "Vendor:",
"Supplier:") the finds of drafting's one scan inside such a name are left out."""
from __future__ import annotations

from .draft_rules import draft_data
from .phrases import normalise, tokens

_RULE = draft_data().get("company_names", {})
FORMS = frozenset(str(f) for f in _RULE.get("forms", []))
LABELS = frozenset(str(w).lower() for w in _RULE.get("labels", []))
LONGEST = int(_RULE.get("longest", 5))  # the most words of a name before its legal form
_CLOSES = tuple(",;:()[]!?\"")  # a word that ends on one of these ends the run before the name
_TRIM = ",;:.)]"


def _capitalised(word: str) -> bool:
    return word == "&" or (word[:1].isupper() or word[:1].isdigit()) and not word.endswith(_CLOSES)


def names(text: str) -> list[list[str]]:
    """Each company name the text writes, as drafting's words: its capitalised words and the legal form after them."""
    raw = text.split()
    found = []
    for at, word in enumerate(raw):
        if word.rstrip(_TRIM) not in FORMS or at == 0:
            continue
        start = at
        while start > 0 and at - start < LONGEST and _capitalised(raw[start - 1]):
            start -= 1
        if start < at:
            found.append(tokens(normalise(" ".join(raw[start:at] + [word.rstrip(_TRIM)]))))
    return found


def party_line(text: str) -> bool:
    """Whether the line opens with a party's label and a colon ("Vendor:", "Supplier:")."""
    label, colon, _rest = text.lstrip(" -•*").partition(":")
    return bool(colon) and label.strip().lower() in LABELS


def outside_names(text: str, words: list[str], finds: list) -> list:
    """The finds (start, end, phrase) of `words` that lie in no company name of `text`, a party's line."""
    if FORMS.isdisjoint(w.rstrip(_TRIM) for w in text.split()) or not party_line(text):
        return finds  # most sentences: no legal form written, or no party's line
    spans = [(i, i + len(name)) for name in names(text) for i in range(len(words) - len(name) + 1)
             if words[i:i + len(name)] == name]
    return [f for f in finds if not any(s <= f[0] and f[1] <= e for s, e in spans)]
