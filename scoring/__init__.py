"""Winnow's scoring library: pure functions from an Evaluation and the bank to a Scorecard,
label gaps, risk flags and comparisons. No Streamlit, no storage; reading a proposal is reading/."""
from .compare import Comparison, compare
from .engine import engine_for, score
from .headline import Headline, headline, headlines
from .scorecard import Gap, RiskFlag, Scorecard, ScoredAnswer, SectionScore

__all__ = ["Comparison", "Gap", "Headline", "RiskFlag", "Scorecard", "ScoredAnswer", "SectionScore", "compare",
           "engine_for", "headline", "headlines", "score"]
