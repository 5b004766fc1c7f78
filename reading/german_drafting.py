"""A German (or Romance: romance.py) text's options as drafting weighs them: read through a word-by-word gloss (german.py), an option one
sentence alone names is suggested, not drafted.

The gloss reads a German sentence's nouns as the English option cues ("Energieverbrauch": energy consumption), but
not what the sentence does with them: an anecdote, a quoted aside or a cost named in passing read as the same cue
as the plant's own data. An option that `drafting_repeats` of the text's sentences name (german.yaml), or that one
sentence names in the rules' own German words (drafting.yaml lists "Schichtbericht", "Warnmeldung" as written), is
drafted as in an English text; one a single glossed sentence names is only suggested, for the buyer to check, unless
that sentence measures, records or sends it (glossed_deeds.py). So is a link to a system (connect.integrations) one
glossed sentence names.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from questions.loader import load_drafting
from questions.models import Answer

from .draft_evidence import Evidence
from .german import gloss_rules
from .glossed_deeds import told_deed
from .romance import Written as RomanceWritten
from .word_regex import alternation

Written = Callable[[str], "list[str] | None"]  # a sentence's German words as written; None for an English one
Names = Callable[[list[str]], "set[tuple[str, str]]"]  # the (question, option) pairs the rules' German phrases name


def repeats_weighed(seen, story, sentences) -> bool:
    """Whether an option one glossed cue names is only suggested: in an article read through the gloss, not in a short
    note, an offer written to one buyer (story.letter) or a text that answers the buyer's questions cell by cell (a
    question-and-answer sheet's header among its `sentences`: drafting.yaml questionnaire), nor in a reply to the
    buyer's letter (`seen.replies`), which answers its questions one by one (walk69: "el técnico de mantenimiento" only
    suggested). The offer's documents of a
    kind no article is (`seen.apart`: its datasheet, its security paper) are left out of the count: an offer's letter
    sent with them is still a letter (walk65)."""
    long, speaking, past = _counted(seen, story)
    return bool(seen.written) and not seen.replies and long >= story.least and not story.letter(long, speaking, past) \
        and not any(_sheet_header().fullmatch(s.text.strip()) for s in sentences)


def _counted(seen, story) -> tuple[int, int, int]:
    """The pass's long sentences, those speaking to the reader and those in the past, but those of `seen.apart`."""
    long, speaking, past = seen.long, seen.speaking, seen.recalled  # what story.letter counts (story.recalls)
    for sentence, words in zip(seen.reading.sentences, seen.words):
        if seen.apart and len(words) >= 5 and any(sentence.text in text for text in seen.apart):
            long, speaking, past = long - 1, speaking - story.speaks_to(words), past - story.recalls(words)
    return long, speaking, past


def no_articles(documents) -> list[str]:
    """The texts of the documents whose kind german.yaml articles_not names."""
    return [d.text for d in documents if d.kind in gloss_rules().articles_not]


@lru_cache(maxsize=1)
def _sheet_header() -> re.Pattern:
    """A question-and-answer sheet's header line: "Question: Réponse", "| Frage | Antwort |"."""
    rule = load_drafting()["questionnaire"]
    return re.compile(rf"\|?\s*(?:{alternation(rule['questions'])})\s*[:|;\t]\s*(?:{alternation(rule['answers'])})\s*\|?",
                      re.IGNORECASE)


def glossed_once(answer: Answer, ev: Evidence, written: Written, names: Names) -> Answer:
    """The answer with each drafted option only one glossed sentence names moved to its suggestions."""
    once = held_back(answer.question, answer.choices, ev, written, names)
    if not once:
        return answer
    kept = [o for o in answer.choices if o not in once]
    offered = [*answer.suggested, *once]  # nothing left drafted: "check this" quotes only what its offers rest on
    quotes = answer.quotes if kept else [q for q in answer.quotes if any(q in ev.said.get(o, ()) for o in offered)]
    return answer.model_copy(update={"choices": kept, "suggested": offered, "quotes": quotes or answer.quotes,
                                     "evidence": answer.evidence if kept else "not_answered"})


def held_back(qid: str, options, ev: Evidence, written: Written, names: Names) -> list[str]:
    """Of `options`, those fewer than `drafting_repeats` cues name (as a product page's repeats count them: two cues
    of one sentence, "Trendverlauf der Kurven", count twice), none in the rules' own German words as written, nor in a
    sentence that measures, records or sends it (glossed_deeds.py)."""
    rules = _rules(written)
    once = [o for o in options if ev.options.get(o, 0) < rules.repeats_for(qid, o)
            and not any(_as_written(qid, o, said, written, names) for said in ev.said.get(o, ()))]
    romance = isinstance(getattr(written, "__self__", None), RomanceWritten)
    return [o for o in once if not any(told_deed(written(said), romance) for said in ev.said.get(o, ()))]


def _rules(written: Written):
    """The gloss whose drafting_repeats hold: romance.yaml's for a Spanish, French, Italian or Portuguese text (its
    glossed sentences' dict, romance.Written, is the one `written` looks in), german.yaml's otherwise."""
    sentences = getattr(written, "__self__", None)
    return sentences.rules if isinstance(sentences, RomanceWritten) else gloss_rules()


def german_phrase(phrase: str) -> bool:
    """A phrase of the rules written in German (one naming a word german.yaml glosses, or a letter no English word
    has: "Schichtbericht", "an Ihr MES"), not an English one a German word may be spelt as ("Meter": the unit)."""
    return gloss_rules().german_phrase(phrase)


def _as_written(qid: str, option: str, said: str, written: Written, names: Names) -> bool:
    """The sentence is English, or names the option in the rules' German words as it is written."""
    words = written(said)
    return words is None or (qid, option) in names(words)
