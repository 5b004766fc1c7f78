"""Where a vendor's sales e-mail says the contrary of its offer (kind sales_email, reading/sales_mail.py): the rep writes
"sensors on all 40 presses" where the offer fits them on 8, "we start in 6 weeks" where it says 12, "integration
included" where it prices it as an option, "scrap detected automatically" where scrap is "not detected automatically".

Three kinds, drafting.yaml `sales_mail.contradicts`: the same measure with another figure (mail_figures.py: a count of
the same thing, a percentage, a length of time, money), no range holding the other; included against an option, an
exclusion or an extra cost; automatic against manual or not automatic. The two sentences must be on the same thing: a
word they share that few of the offer's sentences hold (near the figures, for figures), or a measure's word right before
both figures. Where two readings are as near, and one agrees, nothing is said: a false contradiction costs the buyer
more than a missed one."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting
from questions.models import Evaluation

from .mail_figures import Figure, about, figures
from .sales_mail import SALES_EMAIL, header_line
from .splitting import splitter
from .word_regex import alternation

NUMBER, INCLUDED, AUTOMATIC = "figure", "included", "automatic"


@dataclass(frozen=True)
class Contradiction:
    mail: str  # the e-mail's sentence
    offer: str  # the offer's sentence it contradicts
    kind: str  # NUMBER, INCLUDED or AUTOMATIC


@dataclass(frozen=True)
class _Cues:
    included: re.Pattern
    not_included: re.Pattern
    more: re.Pattern
    automatic: re.Pattern
    manual: re.Pattern
    negation: re.Pattern
    within: int
    common: float
    common_least: int


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    spec = load_drafting()["sales_mail"]["contradicts"]
    words = lambda key: re.compile(rf"(?<!\w)(?:{alternation(spec[key], spaced=True)})(?!\w)")  # noqa: E731
    return _Cues(words("included"), words("not_included"), words("more"), words("automatic"), words("manual"),
                 words("negations"), int(spec["negated_within"]), float(spec["common"]), int(spec["common_least"]))


def contradictions(mails: list[str], offers: list[str]) -> list[Contradiction]:
    """Each e-mail sentence and the offer sentence it says the contrary of, once a pair, in the e-mail's order."""
    said = [s for text in mails for line in text.split("\n") if line.strip() and not header_line(line)
            for _, s in splitter().sentences(line)]
    offer = list(dict.fromkeys(s for text in offers for _, s in splitter().sentences(text)))
    if not said or not offer:
        return []
    rare = _rare(offer)
    found = []
    offered = [f for s in offer if not _extra(s) for f in figures(s)]
    for sentence in said:
        for figure in figures(sentence):
            against = _against(figure, offered, rare)
            if against:
                found.append(Contradiction(sentence, against, NUMBER))
        # what is automatic is said in more words than what is included ("manual review queues" vs "automated data")
        for kind, says, denies, least in ((INCLUDED, _included, _not_included, 1), (AUTOMATIC, _automatic, _manual, 2)):
            if says(sentence):
                against = _nearest(sentence, [s for s in offer if denies(s)], rare, least)
                if against:
                    found.append(Contradiction(sentence, against, kind))
    return list({(c.mail, c.offer): c for c in found}.values())


def _rare(offer: list[str]) -> frozenset[str]:
    """The stems few of the offer's sentences hold: a word most of them hold ("presse") ties no two on one thing."""
    cues = _cues()
    counts = Counter(s for sentence in offer for s in about(sentence, 0, len(sentence)))
    most = max(cues.common_least, cues.common * len(offer))
    return frozenset(s for s, n in counts.items() if n <= most)


def _against(figure: Figure, offered: list[Figure], rare: frozenset[str]) -> str | None:
    """The offer's sentence whose figure of the same measure, on the same thing, no figure as near agreeing, differs."""
    near = [(_weight(_shared(figure.about, o.about, rare)), o) for o in offered if o.kind == figure.kind]
    best = max((n for n, _ in near), default=0)
    if best < (1 if figure.kind.startswith("count:") else 2):
        return None  # a percentage, a length or a sum: one word in common is not yet the same thing
    tops = [o for n, o in near if n == best]
    if any(o.fits(figure) for o in tops):
        return None
    sentence = tops[0].sentence
    if any(o.fits(figure) for n, o in near if n and o.sentence == sentence):
        return None  # "OEE up to 15% and downtime 20-30% lower": the sentence's other figure agrees
    return sentence


def _shared(one: frozenset[str], other: frozenset[str], rare: frozenset[str]) -> set[str]:
    return {s for s in one & other if s.startswith("@") or s in rare}


def _weight(shared: set[str]) -> int:
    """How near two figures' words are: a measure's word ("avvio", "partiamo") counts twice, any other word once."""
    return sum(2 if s.startswith("@") else 1 for s in shared)


def _nearest(sentence: str, offer: list[str], rare: frozenset[str], least: int) -> str | None:
    """Of the offer's sentences, the one sharing most of the sentence's rare words, at least `least` of them."""
    mine = _plain(sentence)
    scored = [(len(_shared(mine, _plain(s), rare)), s) for s in offer]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] >= least else None


def _plain(sentence: str) -> frozenset[str]:
    """The sentence's stems, its cue words left out (the e-mail's "compresa" and the offer's "non è compreso")."""
    cues = _cues()
    lower = sentence.lower()
    for pattern in (cues.included, cues.not_included, cues.automatic, cues.manual, cues.more):
        lower = pattern.sub(" ", lower)
    return about(lower, 0, len(lower))


def _said(pattern: re.Pattern, sentence: str, negated: bool) -> bool:
    """Whether a cue stands in the sentence with (or without) a negation among the words right before it."""
    cues, lower = _cues(), sentence.lower()
    for m in pattern.finditer(lower):
        before = re.findall(r"[^\W\d_]+(?:['\u2019])?", lower[:m.start()])[-cues.within:]
        if any(cues.negation.fullmatch(w.rstrip("'\u2019")) for w in before) == negated:
            return True
    return False


def _extra(sentence: str) -> bool:
    """An offer's sentence on an option or on more of a thing: its figures price no base ("O2 - ulteriori presse")."""
    cues = _cues()
    lower = sentence.lower()
    return bool(cues.more.search(lower) or cues.not_included.search(lower))


def _included(sentence: str) -> bool:
    return _said(_cues().included, sentence, False) and not _cues().not_included.search(sentence.lower())


def _not_included(sentence: str) -> bool:
    lower = sentence.lower()
    if _cues().more.search(_cues().not_included.sub(" ", lower)):
        return False  # "additional training days as an option": more than the base the e-mail includes
    return (bool(_cues().not_included.search(lower)) and not _said(_cues().included, sentence, False)
            or _said(_cues().included, sentence, True))


def _automatic(sentence: str) -> bool:
    return _said(_cues().automatic, sentence, False) and not _cues().manual.search(sentence.lower())


def _manual(sentence: str) -> bool:
    """Manual, or not automatic; not a sentence that also says something is automatic ("stops automatically; scrap
    by hand": which the e-mail's thing is, the words do not tell)."""
    return (bool(_cues().manual.search(sentence.lower())) and not _said(_cues().automatic, sentence, False)
            or _said(_cues().automatic, sentence, True))



def contradicted(evaluation: Evaluation) -> list[Contradiction]:
    """The contradictions of an evaluation's sales e-mails and its offer's documents (not replies, not case studies)."""
    mails = tuple(d.text for d in evaluation.documents if d.kind == SALES_EMAIL)
    offer = tuple(d.text for d in evaluation.documents if d.kind not in (SALES_EMAIL, "reply", "case_study"))
    return list(_contradicted(mails, offer)) if mails else []


@lru_cache(maxsize=8)
def _contradicted(mails: tuple[str, ...], offer: tuple[str, ...]) -> tuple[Contradiction, ...]:
    return tuple(contradictions(list(mails), list(offer)))
