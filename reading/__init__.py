"""Reading a vendor's proposal: sentences marked label, substance or neutral, the quotes that
answer each question, and the whole evaluation drafted from the text for the buyer to review.

Between proposals/ (a file to text) and scoring/ (answers to points): it imports neither
scoring/ nor anything after it. The phrases, cues and thresholds are data in questions/."""
from __future__ import annotations

from importlib import import_module

LAZY = {"Reading": "text", "Sentence": "text", "reader_for": "text"}


def __getattr__(name: str):
    """Reading, Sentence, reader_for on first use: server.py imports reading.collector before the
    server listens, and must not wait ~0.3 s for the reader's models (pydantic) to load there."""
    if name not in LAZY:
        raise AttributeError(f"module 'reading' has no attribute {name!r}")
    return getattr(import_module(f".{LAZY[name]}", __name__), name)


def analyze(text: str, bank=None) -> Reading:
    """Mark each sentence of a proposal as label, substance or neutral."""
    from questions.loader import load_bank
    from .text import reader_for
    return reader_for(bank or load_bank()).read(text)


__all__ = ["Reading", "Sentence", "analyze", "reader_for"]
