"""What a glossed sentence does with the noun its gloss reads as a cue (german_drafting.held_back).

A German or Romance article's option one glossed sentence names is only suggested: the gloss reads the noun, not the
sentence ("unter viel Druck", "große Mengen an Daten"). But a sentence that measures, records or sends it, in its own
language's verbs as written (the language files' `deeds`: "Druck und Temperatur werden erfasst", "la sonde
enregistre", "czujnik przesyła"), tells the project's deed, and its one cue drafts, unless somebody's telling carries
it (`tellings`: "erzählt er, dass er zu Hause ... misst"): an anecdote, no deed the text itself states.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .romance import unelided

_QUESTIONS = Path(__file__).resolve().parent.parent / "questions"


def told_deed(words: list[str] | None, romance: bool) -> bool:
    """The sentence's words as written (None: an English sentence, read as it is) hold a deed and no telling."""
    deeds, tellings = _lists()[romance]
    said = set(unelided(words or []))  # "d'alerter": alerter
    return not deeds.isdisjoint(said) and tellings.isdisjoint(said)


@lru_cache(maxsize=1)
def _lists() -> dict[bool, tuple[frozenset[str], frozenset[str]]]:
    """German's deeds and tellings (german.yaml), and every other glossed language's together (romance.yaml's
    languages and those of the files its `more` names): a Romance text's written words are looked up in them."""
    german = _load("german.yaml")
    romance = _load("romance.yaml")
    blocks = [*romance["languages"].values()]
    for name in romance.get("more", ()):
        blocks.extend(_load(name).get("languages", {}).values())
    return {False: _pair([german]), True: _pair(blocks)}


def _load(name: str) -> dict:
    return yaml.safe_load((_QUESTIONS / name).read_text(encoding="utf-8"))


def _pair(blocks: list[dict]) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(str(w) for each in blocks for w in each.get("deeds", ())),
            frozenset(str(w) for each in blocks for w in each.get("tellings", ())))
