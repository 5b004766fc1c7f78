"""What the HTML and PDF reports share of their look: the colours, and the score bands a bar takes
its colour from. Colours are CSS hex; the PDF reads them as RGB through `rgb`."""
from __future__ import annotations

BLUE, INK, GREY, PALE = "#2b5797", "#1d2330", "#667", "#eef3fa"
GOOD = "#1e7b34"
SEVERITY = {"high": "#b3261e", "medium": "#c77700", "low": "#5a6b7b"}
# A score at or above a band's floor takes its colour; below every band, the high-severity red.
SCORE_BANDS = ((67, GOOD), (34, SEVERITY["medium"]))


def score_colour(score: float) -> str:
    return next((colour for floor, colour in SCORE_BANDS if score >= floor), SEVERITY["high"])


def rgb(colour: str) -> tuple[int, int, int]:
    """'#2b5797' as (43, 87, 151); the short '#667' as (102, 102, 119)."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
