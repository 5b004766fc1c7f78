"""The models of questions/words.yaml: substance kinds, units, numbers in words, buzzwords; kept apart from
questions/bank_models.py, which re-exports them."""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, model_validator


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


class Money(_Strict):
    """Currencies by sign, code and name, each -> its code (words.yaml `money`): the one list of them."""
    signs: dict[str, str] = {}  # "€" -> "eur"
    codes: list[str] = []  # "EUR 120,000": an amount follows one as it follows a sign
    names: dict[str, str] = {}  # "euros" -> "eur": said after an amount
    before_figures: dict[str, str] = {}  # "rs." -> "inr": money only right before a figure

    @model_validator(mode="after")
    def _signs_have_codes(self) -> Money:
        unknown = sorted({c for c in [*self.signs.values(), *self.names.values(), *self.before_figures.values()]}
                         - set(self.codes))
        if unknown:
            raise ValueError(f"money: currencies named by a sign, a name or a short form but not in codes: {unknown}")
        return self

    def sign_class(self) -> str:
        """A regex class of every sign ("[$€£...]")."""
        return "[" + "".join(re.escape(s) for s in self.signs) + "]"


class Intervals(_Strict):
    """How often data is taken or sent, told as an interval ("every 60 seconds", "alle 5 Minuten", "toutes les 10 s")
    in a sentence with a verb of taking or sending a reading: a sampling rate (words.yaml `intervals`)."""
    leads: list[str] = []  # "every", "alle", "toutes les": the words before the interval's number
    units: list[str] = []  # units of time in any language: "seconds", "Minuten", "s"
    acts: list[str] = []  # verbs of taking or sending data: "reads", "erfasst", "envoyée"


class Upkept(_Strict):
    """How often the system is kept, told as a frequency beside an act of upkeep on it ("updates the models monthly",
    "monthly model updates"): no rate a reading is taken at, nor how often people work (words.yaml `upkept`)."""
    acts: list[str] = []  # "updates", "retrained", "calibration": what is done to keep the system
    reach: int = 0  # the words between the frequency and the act, in one clause


class Clock(_Strict):
    """Times of day ("18:00 h", "22.00 Uhr", "18h00", "L-V 8-18 h"): a time, no length of time nor a quantity with the
    unit "h" (words.yaml `clock`, reading/clock.py)."""
    words: list[str] = []  # a time's word after it: "h", "Uhr", "horas"
    dot_words: list[str] = []  # ... that makes "7.30" a time of day, where "1.30 h" may be a length
    days: list[str] = []  # a span of weekdays before a span of hours: "L-V", "Mo-Fr"
    links: list[str] = []  # between a range's two times: "7.00 tot 17.00 uur"
    froms: list[str] = []  # before a range of whole hours: "de 6h à 22h", "von 6 bis 22 Uhr"
    whole_words: list[str] = []  # ... whose short word after each hour makes it a time of day: "h", "Uhr"


class Words(_Strict):
    substance: dict[str, SubstanceKind]
    units: list[str]
    money: Money = Money()
    short_time: dict[str, str] = {}  # a unit of time written short or in German -> the unit ("mo" -> "month")
    counted_between: CountedBetween = CountedBetween()
    number_words: list[str] = []  # "twelve months", "twenty-two days": a number in words before a unit
    wholes: dict[str, list[str]] = {}  # words: "full", "whole" between a number and its unit; units: of time
    intervals: Intervals = Intervals()
    upkept: Upkept = Upkept()
    clock: Clock = Clock()
    buzzwords: list[str]
    plain: list[str] = []  # nouns that hold a buzzword and sell nothing: a smart meter is a meter
