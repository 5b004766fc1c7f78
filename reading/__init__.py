"""Reading a vendor's proposal: sentences marked label, substance or neutral, the quotes that
answer each question, and the whole evaluation drafted from the text for the buyer to review.

Between proposals/ (a file to text) and scoring/ (answers to points): it imports neither
scoring/ nor anything after it. The phrases, cues and thresholds are data in questions/."""
from .text import Reading, Sentence, reader_for


def analyze(text: str, bank=None) -> Reading:
    """Mark each sentence of a proposal as label, substance or neutral."""
    from questions.loader import load_bank
    return reader_for(bank or load_bank()).read(text)


__all__ = ["Reading", "Sentence", "analyze", "reader_for"]
