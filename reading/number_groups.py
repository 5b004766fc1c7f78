"""The ways a document groups a number's thousands, one table that money_written.py (how the document writes its
money back) and quantities.py (what a number is worth) both read, so the two never disagree on a style."""
from __future__ import annotations

SPACES = " \u00a0\u202f"  # a space, a no-break space, a narrow no-break space
# Each style: its groups (the figure's whole part) and the mark its decimals follow.
GROUPS = {
    "indian": (r"\d{1,2}(?:,\d{2})+,\d{3}", "."),  # lakhs and crores: "12,50,000", "1,23,45,678"
    "european": (r"\d{1,3}(?:\.\d{3})+", ","),  # "1.250,5", "38.500"
    "space": (rf"\d{{1,3}}(?:[{SPACES}]\d{{3}})+", ","),  # "1 250,5", "18 000"
    "swiss": (r"\d{1,3}(?:['’]\d{3})+", "."),  # "CHF 80'000"
    "english": (r"\d{1,3}(?:,\d{3})+", "."),  # "1,250.5"
}


def grouped_in(style: str) -> str:
    """The style's whole part as a regex."""
    return GROUPS[style][0]


def decimals_in(style: str, digits: str = r"\d+") -> str:
    """The style's decimal part, optional ("1.250" or "1.250,5")."""
    return rf"(?:\{GROUPS[style][1]}{digits})?"
