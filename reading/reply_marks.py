"""A question marked from what a reply says on its topic: answered when the reply's specific sentences
name every part the topic needs, partly when they name its first part (what the question is about) or
the figures it asks for (the yearly fee without who keeps it running, a baseline figure without its measure),
not answered otherwise, with
the reply's sentences as quotes and a why that names what is missing (reading/reply.py finds what the
reply says on each topic)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from questions.models import RoundQuestion, Topic

from .reply_held import references_first
from .reply_quotes import Quoting

FIGURES = frozenset({"number", "cost"})  # how much or how many, asked after what the question is about
PART_NAMES = {"number": "a number with its unit", "result": "a measured result", "data": "the data",
              "protocol": "a protocol or interface", "system": "which system", "role": "a role",
              "frequency": "a frequency or timing", "output": "what it puts out (a work order, a hold, a schedule change)",
              "owner": "whose the data is", "cost": "what it costs", "outcome": "what happens meanwhile", "direction": "which way it connects",
              "task": "what each role does"}


@dataclass(frozen=True)
class SaidOn:
    """What the reply says on one topic: its specific sentences, the parts they name, its vague ones."""
    specific: list[str] = field(default_factory=list)
    parts: set[int] = field(default_factory=set)
    vague: list[tuple[str, str]] = field(default_factory=list)  # (sentence, why it is vague)
    bare: list[str] = field(default_factory=list)  # on the topic, but naming nothing it asks for
    refused: tuple[str, str] = ()  # the words its answer refuses to commit the figure asked in, and their sentence


def settled(said: SaidOn, needs: list, topic: str, quoting: Quoting | None = None) -> bool:
    """Whether what a reply says on a topic can no longer change its mark, its quotes or its parts left: every part of
    its needs named (so every part any question asks) and, on a topic asked (`quoting` given), its quotes full of
    sentences that answer it itself (reply_quotes.py); later sentences on it need not be read. An unasked topic shows
    no quotes, only whether it was answered unasked."""
    return len(said.parts) == len(needs) and (quoting is None or quoting.full(said.specific, topic))


def asked_needs(topic: Topic | None, given=()) -> list[list[str]]:
    """The parts of a topic's needs a question asks: not one the offer states (`given`: "cost" for a yearly fee in
    the quote, reading/reply_given.py). Where the offer states every part and the question is asked all the same (a
    flag the offer's words do not settle), it asks them all: a reply names what it asks, never nothing."""
    needs = topic.needs if topic else []
    return [part for part in needs if not set(part) & set(given)] or needs


def mark(question: RoundQuestion, said: SaidOn, topic: Topic | None, quoting: Quoting = Quoting()) -> RoundQuestion:
    """`question` with its status, quotes and why, from what the reply says on its topic (the parts it asks); quoted
    those of its sentences that answer this question itself (`quoting`, reply_quotes.py)."""
    said, needs = as_asked(said, topic, question.given)
    missing = [_part_name(p, topic) for i, p in enumerate(needs) if i not in said.parts]
    if said.specific and not missing:
        status, why = "answered", "The reply names " + _and([_part_name(p, topic) for p in needs]) + "."
        quotes = said.specific
    elif said.specific and (0 in said.parts or later_only(said, needs)):
        status, quotes = "partly", said.specific
        why = f"The reply names {_and([_part_name(p, topic) for i, p in enumerate(needs) if i in said.parts])} " \
              f"but not {_and(missing)}."
    elif said.vague and references_first(said.vague):  # a figure measured at another plant: partly (reply_held.py)
        referred = references_first(said.vague)
        status, quotes = "partly", [s for s, _ in referred]
        why = f"The reply {referred[0][1].removeprefix('it ')}; it does not name {_and(missing)} for this plant."
    elif said.vague:
        status, quotes = "not_answered", [s for s, _ in said.vague]
        why = (f"The reply only answers vaguely ({said.vague[0][1]}); a vague sentence answers nothing. "
               f"It does not name {_and(missing) or 'anything specific'}.")
    elif said.bare or said.specific:
        status, quotes = "not_answered", said.specific + said.bare
        why = f"The reply mentions it but does not name {_and(missing)}."
    else:
        status, quotes, why = "not_answered", [], "The reply does not address it."
    kept = quoting.chosen(quotes, question.topic, status)
    if said.refused:  # the buyer sees the refusal beside the other plant's figure
        why = why.rstrip(".") + f"; it refuses to commit a figure for this plant (\u201c{said.refused[0]}\u201d)."
        kept = [*kept, *quoting.chosen([said.refused[1]], question.topic, "answered")][-quoting.rules.most:]
    why = why if kept or not quotes else "The reply does not address it: what it says on the topic answers other questions."
    return question.model_copy(update={"status": status, "quotes": kept, "why": why})


def refusing(said: dict[str, SaidOn], quoting: Quoting, needs: dict[str, list]) -> dict[str, SaidOn]:
    """`said` where an answer refuses to commit the figure its question asks for this plant (Quoting.refused: "at the
    moment we cannot guarantee a value", after another customer's 87 %): without the parts after the first that ask only
    a figure (a number, a result, a cost), whatever figure of another plant it quotes, and with the refusal."""
    for topic, refused in quoting.refused.items():
        figures = {i for i, part in enumerate(needs.get(topic, [])) if i and set(part) <= FIGURES | {"result"}}
        on = said.get(topic)
        if on is not None:
            said[topic] = SaidOn(on.specific, on.parts - figures, on.vague, on.bare, refused)
    return said


def as_asked(said: SaidOn, topic: Topic | None, given=()) -> tuple[SaidOn, list[list[str]]]:
    """(`said` with its parts counted among the parts a question asks, those parts): all its topic's needs but those
    the offer states (the same where it states none)."""
    needs, asked = (topic.needs if topic else []), asked_needs(topic, given)
    if len(asked) == len(needs):
        return said, needs
    at = {i: asked.index(part) for i, part in enumerate(needs) if part in asked}
    return SaidOn(said.specific, {at[i] for i in said.parts if i in at}, said.vague, said.bare), asked


def left_parts(said: dict[str, SaidOn], topics: list[Topic], questions: list[RoundQuestion]
               ) -> tuple[frozenset[str], dict[str, str]]:
    """(the topics whose reply names only the later parts, figures, `later_only`; topic -> what it names of none of the
    parts after the first, `unsaid_parts`), each of the parts its question asks (not what the offer states)."""
    given, topics_by = {q.topic: q.given for q in questions}, {t.id: t for t in topics}
    seen = {t.id: as_asked(said[t.id], t, given.get(t.id, ())) for t in topics}
    later = frozenset(t for t, (on, needs) in seen.items() if on.specific and later_only(on, needs))
    return later, {t: left for t, (on, needs) in seen.items() if (left := unsaid_parts(on, needs, topics_by[t]))}


def later_only(said: SaidOn, needs: list[list[str]]) -> bool:
    """Whether the reply names every part but the first, and those are figures: how much or how many
    asked without what it is about ("6,400 EUR per year" without who; "1.55 kWh/kg today" without the
    measure). A system or a role alone is no part: most sentences name one, on whatever topic."""
    later = set(range(1, len(needs)))
    return bool(later) and 0 not in said.parts and said.parts >= later and all(FIGURES.intersection(needs[i]) for i in later)


def unsaid_parts(said: SaidOn, needs: list[list[str]], topic: Topic | None = None) -> str:
    """What the reply names of none of the parts after the first ("a number with its unit" for who keeps it running
    and at what cost), '' when it names them all or the topic asks one thing."""
    return _and([_part_name(p, topic) for i, p in enumerate(needs) if i and i not in said.parts])


def _part_name(part: list[str], topic: Topic | None = None) -> str:
    """The topic's own name for the part (rounds.yaml part_names), else its kinds' names."""
    if topic is not None and topic.part_names and part in topic.needs:
        return topic.part_names[topic.needs.index(part)]
    return " or ".join(PART_NAMES.get(kind, kind) for kind in part)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def put_off(questions: list[RoundQuestion], topics: list[Topic], unsaid: dict[str, str]) -> frozenset[str]:
    """The asked topics whose reply speaks of a part it does not give (`Topic.put_off`: "our service team, price on
    request", "cost after a meeting with your management": the price named, no amount): it puts that part off."""
    own = {t.id: {**t.put_off, **({"number": t.refused} if t.refused else {})} for t in topics if t.put_off or t.refused}
    return frozenset(q.topic for q in questions if q.topic in own and q.topic in unsaid and any(
        PART_NAMES[kind] in unsaid[q.topic] and _names(words, q.quotes) for kind, words in own[q.topic].items()))


def _names(words: list[str], quotes: list[str]) -> bool:
    found = _named(tuple(words))
    return any(found.search(quote.lower()) for quote in quotes)


@lru_cache(maxsize=None)
def _named(words: tuple[str, ...]) -> re.Pattern:  # a topic's few word lists: compiled once
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
