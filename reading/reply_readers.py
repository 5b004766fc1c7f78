"""The one reply reader per bank: the rounds read replies with it and drafting reads a proposal's link owners by its
rules (reading/draft_owners.py), so its rules are compiled once per process."""
from __future__ import annotations

from questions.loader import load_round_rules
from questions.models import QuestionBank

from .reply import ReplyReader
from .text import reader_for

_readers: dict[int, tuple[QuestionBank, ReplyReader]] = {}


def reply_reader_for(bank: QuestionBank) -> ReplyReader:
    cached = _readers.get(id(bank))
    if cached is None or cached[0] is not bank:
        cached = _readers[id(bank)] = (bank, ReplyReader(load_round_rules(), reader_for(bank), bank.words.units,
                                                                          bank.words.wholes))
    return cached[1]
