"""The models of questions/words.yaml: substance kinds, units, numbers in words, buzzwords; kept apart from
questions/bank_models.py, which re-exports them."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SubstanceKind(_Strict):
    name: str
    words: list[str]


class CountedBetween(_Strict):
    """A number a few words before a unit that is a thing counted ("14 unplanned stops", "3 failed seals")."""
    words: int = 0  # at most this many words between; 0: a number counts only right before its unit
    units: list[str] = []  # the things so counted, each one of Words.units
    not_words: list[str] = []  # words that end the count: "3 of the stops", "in 2024 our batches"


class Words(_Strict):
    substance: dict[str, SubstanceKind]
    units: list[str]
    currencies: list[str] = []  # codes an amount follows as it follows a currency sign ("EUR 120,000")
    short_time: dict[str, str] = {}  # a unit of time written short or in German -> the unit ("mo" -> "month")
    counted_between: CountedBetween = CountedBetween()
    number_words: list[str] = []  # "twelve months", "twenty-two days": a number in words before a unit
    wholes: dict[str, list[str]] = {}  # words: "full", "whole" between a number and its unit; units: of time
    buzzwords: list[str]
    plain: list[str] = []  # nouns that hold a buzzword and sell nothing: a smart meter is a meter
