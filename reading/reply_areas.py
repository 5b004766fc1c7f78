"""One question's drafting cues of a clause a reply's links and owners ask of (reply_owners.py `_areas_of_text`): what
`Drafter.cues` gives for that question, read from the phrases that target it alone. `cues` reads every phrase of the
clause for every question (a negation looked for before each, ~1,000 looks a read) and its hits for the acts and moves
read together; for one question and a clause without an act's, a passive's or a move's phrase, only that question's
phrases can give its cues, and each is kept or dropped as `cues` keeps or drops it (tests/test_reply_areas.py)."""
from __future__ import annotations

from .draft_filters import optional_parts, part_of
from .draft_specs import ACT, DONE_BY, MOVES, OPTIONAL_LINK
from .draft_word_classes import plain_first

_TOGETHER = (ACT + ":", DONE_BY + ":", MOVES + ":")  # the phrases `cues` reads with other hits (`_read_together`)


def question_cues(drafter, question: str, words: list[str], finds: list) -> list[tuple[str, str, str]] | None:
    """(question, option, phrase) of `question` as `drafter.cues` reads them from `words` and their `finds`; None where
    that needs the whole reading: a phrase read together with others, or the question an act beside a role answers."""
    if question[0] == "~" or question == drafter.rules.acting.answers or any(p.startswith(_TOGETHER) for *_, p in finds):
        return None
    targets, roles = drafter.rules.scan.targets, drafter.roles.kind_of
    mine = [(s, e, p) for s, e, p in finds if p not in roles and any(q == question for q, _o in targets[p])]
    if not mine:
        return []
    negative, known = drafter._may_negate(words), {}
    optional = optional_parts(words, [s for s, _e, p in finds if (OPTIONAL_LINK, "") in targets[p]]) \
        if question in drafter.rules.optional_drops else set()
    found = [(q, o, p, s, e) for s, e, p in mine if not (negative and drafter._denied(known, words, s, e, p))
             for q, o in targets[p] if q == question and not (optional and part_of(words, s) in optional)]
    return [(q, o, p) for q, o, p, _s, _e in plain_first(found)]
