"""drafting.yaml `told_as_modifier`: a process value's word that only modifies another head noun (issue 14).

"Temperature regulation", "a temperature-controlled barrel room", "16 different pressure zones" name a control, a room
or a zone: the value word says which one, and nothing says the project reads the value. Hyphens are read as spaces, so
"temperature-controlled" is the word before "controlled". A sentence that also names a reading (a sensor, a measuring
verb, data: told_as_level's `reading`) keeps its option."""
from __future__ import annotations

from typing import Callable

from .draft_evidence import Evidence, drop_unbacked
from .draft_levels import ITEMS, READING, rule_words
from .draft_rules import draft_data

_RULE = draft_data().get("told_as_modifier", {})
OPTIONS: dict[str, frozenset[str]] = {q: frozenset(o) for q, o in _RULE.get("options", {}).items()}
HEADS = rule_words(_RULE, "heads")
# ... and an option's own heads, which would name the value read after another's cue ("the state of Iowa", "a current
# state assessment" name a region and a method; "the temperature of the oven" is read): not in an item of a list or a
# table's row, which names what is read ("- Section states of each IS machine from the timing system")
OWN_HEADS: dict[tuple[str, str], frozenset[str]] = {
    (q, o): HEADS | rule_words({"w": words}, "w") for q, by in _RULE.get("own_heads", {}).items() for o, words in by.items()}


def as_modifier(words: list[str], ats: list[int], heads: frozenset[str] = HEADS) -> bool:
    """Every cue (ending before the positions `ats`) stands right before a head word, and no reading is named."""
    return bool(ats) and all(at < len(words) and words[at] in heads for at in ats) and READING.isdisjoint(words)


def drop_modifiers(found: dict[str, Evidence], read: Callable[[str], list[str]], scan) -> None:
    """Drops each option of `options` all of whose sentences name its value only as another head's modifier. `scan`:
    the drafting phrases (DraftRules.scan), whose targets tell which phrases are the option's cues."""
    targets = scan.targets

    def unbacked(qid: str, option: str, sentence: str) -> bool:
        words = read(sentence)
        ends = [end for _s, end, phrase in scan.find(words) if (qid, option) in targets[phrase]]
        item = sentence.lstrip()[:1] in ITEMS
        return as_modifier(words, ends, HEADS if item else OWN_HEADS.get((qid, option), HEADS))

    for qid, option in sorted({(q, o) for q, options in OPTIONS.items() for o in options} | set(OWN_HEADS)):
        drop_unbacked(found, qid, option, lambda s, q=qid, o=option: unbacked(q, o, s))
