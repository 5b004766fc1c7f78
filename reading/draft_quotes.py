"""Which of its sentences a drafted choice answer quotes, best first (at most MAX_QUOTES): the sentence that carries
the question's own cue, not the first one that happened to name an option.

walk77: the offer's objective ("reducir 25% los paros ... OEE por máquina y por turno") stood first in the text, so it
was quoted first under the data captured and the workflow's outputs, though the sentences of the sensors and of the
alerts answer them; under human review "el técnico decide la intervención" (a claim) stood before "requiere aprobación
del planificador ... en SAP". Ranked, each kept before the next:
  0. a sentence behind an option kept as drafted, before one behind an option only offered to check (the objective's
     "por turno" offered a shift report to check; the letter still quotes what the buyer is asked to check);
  1. one holding a word of the question's own cue (drafting.yaml quoted_first: a retention for the history kept, an
     approval for human review), read in the words drafting read (a gloss's English);
  2. one behind a kept option drafted more surely (the sensors' sentence before the objective's "paros" of downtime);
  3. the text's order.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from questions.models import Answer

from .draft_evidence import Evidence
from .draft_integrations import MAX_QUOTES
from .draft_rules import draft_data
from .phrases import PhraseSet


@lru_cache(maxsize=1)
def _cues() -> dict[str, PhraseSet]:
    return {qid: PhraseSet.of(words, qid) for qid, words in draft_data().get("quoted_first", {}).items()}


def quotes_of(qid: str, ev: Evidence, kept: list[str], offered: Iterable[str] = (),
              words_of: Callable[[str], list[str]] | None = None, ranked: bool = True) -> list[str]:
    """The sentences `ev` holds for question `qid`, best first for its `kept` options (module doc), at most MAX_QUOTES.
    Nothing kept: only the sentences the `offered` options rest on, as said (no sentence of an option the pick let
    go). Not `ranked` (a reply's lines, which the round's questions place): the kept options' first, then the others."""
    if not kept:
        own = {q for o in offered for q in ev.said.get(o, ())}
        return [q for q in ev.quotes if q in own][:MAX_QUOTES]
    sure = {q: max((ev.confidence[o] for o in kept if q in ev.said.get(o, ())), default=0.0) for q in ev.quotes}
    if not ranked:
        return sorted(ev.quotes, key=lambda q: not sure[q])[:MAX_QUOTES]
    cue = _cues().get(qid) if words_of is not None else None
    order = {q: i for i, q in enumerate(ev.quotes)}
    ranked = sorted(ev.quotes, key=lambda q: (not sure[q], not (cue and cue.find(words_of(q))), -sure[q], order[q]))
    return _covering(ranked, kept, ev)


def _covering(ranked: list[str], kept: list[str], ev: Evidence) -> list[str]:
    """At most MAX_QUOTES of the `ranked` sentences, best first, each kept option behind one where the cap allows: the
    best sentence of an option no sentence chosen backs yet before the next of one already backed (walk79: three
    sentences of encrypted transport filled the cap, and the patch policy ticked beside them showed no sentence)."""
    first, backed = [], set()
    for quote in ranked:
        backs = {option for option in kept if quote in ev.said.get(option, ())}
        if backs - backed:
            first.append(quote)
            backed |= backs
    chosen = set(first[:MAX_QUOTES])
    chosen.update([q for q in ranked if q not in chosen][:MAX_QUOTES - len(chosen)])
    return [q for q in ranked if q in chosen]


def quoted_first(answer: Answer, ev: Evidence, words_of: Callable[[str], list[str]] | None) -> Answer:
    """The answer quoting its sentences best first for the options it keeps; as it is without `words_of` (a reply's)
    or with none kept (its offers' sentences in the text's order already, those the gloss moved to check among them)."""
    if words_of is None or not answer.choices:
        return answer
    quotes = quotes_of(answer.question, ev, answer.choices, words_of=words_of)
    return answer if quotes == answer.quotes else answer.model_copy(update={"quotes": quotes})
