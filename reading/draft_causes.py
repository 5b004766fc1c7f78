"""drafting.yaml `caused`: an option a text puts down to a cause becomes that cause's option (issue 14).

Downtime "after the gearbox failed", or beside "Plant A faced unexpected fan failures", is the failures a project
predicts, not downtime whose causes nobody knows; but failures "nobody could explain", or whose root causes the
engineers could not determine, stay downtime no one can explain (the rule's `unless` words); and a cause denied in its
clause ("the model classifies the cause of every stop (it does not predict failures)") is none.

drafting.yaml `told_too`: an option whose name tells two things ("Years, exportable in an open format") is drafted
only where the text tells the second too; "Data is kept for 24 months" alone is the option that tells the first."""
from __future__ import annotations

from .draft_evidence import Evidence
from .phrases import CLAUSE_END, normalise, tokens


def _as_written(sentence: str) -> list[str]:
    return tokens(normalise(sentence))


def move_caused(rules, found: dict[str, Evidence], told_before: tuple[list[str], ...] = (),
                read=_as_written) -> None:
    """Move each `caused` option told with a cause (in one of its sentences, or in the text's before-state:
    `told_before`, its sentences' words) to the cause's option, unless one of its sentences says the cause was not
    found."""
    for qid, option, instead, causes, unknown in rules.caused:
        ev = found.get(qid)
        if not ev or option not in ev.options:
            continue
        said = [read(s) for s in set(ev.said[option])]
        if any(unknown.find(words) for words in said):
            continue  # the text tells the cause nobody found: the option stands as drafted
        if any(_told(words, causes, rules) for words in [*told_before, *said]):
            ev.move(option, instead)


def _told(words: list[str], causes: frozenset[str], rules) -> bool:
    """Whether a word of `causes` stands in the sentence with no negation before it in its clause, a few words back
    ("non prevede guasti futuri", read "not predicts failures": no failure told)."""
    for at, word in enumerate(words):
        if word in causes:
            before = words[max(0, at - rules.negation_window):at]
            cut = max((i for i, w in enumerate(before) if w in CLAUSE_END), default=-1)
            if rules.negations.isdisjoint(before[cut + 1:]):
                return True
    return False


def move_untold(rules, found: dict[str, Evidence], sentences: list[str], read=_as_written) -> None:
    """Move each `told_too` option to its `as` option where no sentence of the text tells what its name adds."""
    for qid, option, instead, told in rules.told_too:
        ev = found.get(qid)
        if ev and option in ev.options and not any(told.find(read(s)) for s in sentences):
            ev.move(option, instead)
