"""The signatory's line under a letter or an offer: a title, a comma and the company's name with its legal form
("Director Técnico, TermoDigital Levante S.L.", "Head of Engineering, Acme Automation Ltd."). It says who signs for the
vendor, page furniture like a title: no role of the plant's that uses the system, nothing offered (walk69: the vendor's
technical director quoted for the roles question). Read by draft_pass.py, which drafts nothing from such a line."""
from __future__ import annotations

from .company_names import FORMS, LONGEST, outside_names
from .draft_rules import draft_data

_RULE = draft_data().get("signatory", {})
_TITLE_WORDS = int(_RULE.get("title_words", 5))  # "Head of Operations Technology", "Responsable de producción"


def signatory(text: str) -> bool:
    """Whether the line is a title (opening on a capital, no figure) and, after its last comma, a company's name: its
    capitalised words and a legal form that ends the line."""
    title, comma, firm = text.strip().rpartition(",")
    raw, words = firm.split(), title.replace(",", " ").split()
    if not comma or not raw or not words or len(words) > _TITLE_WORDS or not words[0][:1].isupper():
        return False
    if raw[-1] not in FORMS and raw[-1].rstrip(".") not in FORMS:
        return False
    capitals = all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in raw)
    return capitals and len(raw) <= LONGEST + 1 and not any(c.isdigit() for c in title)


def found_in(text: str, words: list[str], find) -> list:
    """Drafting's finds (start, end, phrase) in a sentence's `words`: none on a signatory's line, and none inside a
    company's name on a party's line (company_names.outside_names)."""
    return [] if signatory(text) else outside_names(text, words, find(words))
