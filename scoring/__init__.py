"""Winnow's scoring library: pure functions from an Evaluation and the bank to a Scorecard,
label gaps, risk flags, comparisons and text readings. No Streamlit, no storage."""
from .compare import Comparison, compare
from .engine import engine_for, score
from .headline import Headline, headline, headlines
from .scorecard import Gap, RiskFlag, Scorecard, ScoredAnswer, SectionScore
from .text import Reading, reader_for


def analyze(text: str, bank=None) -> Reading:
    """Mark each sentence of a proposal as label, substance or neutral."""
    from questions.loader import load_bank
    return reader_for(bank or load_bank()).read(text)


__all__ = ["Comparison", "Gap", "Headline", "Reading", "RiskFlag", "Scorecard", "ScoredAnswer", "SectionScore", "analyze", "compare",
           "engine_for", "headline", "headlines", "reader_for", "score"]
