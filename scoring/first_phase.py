"""The recommended first phase: a pilot built on the one the vendor offers where the offer states one (its
sentences quoted, as drafting placed them), aimed at the problem the KPI moves, proving the level the answers
deliver, with the KPI, the owner after the pilot and what to settle before it."""
from __future__ import annotations

import re
from functools import lru_cache

from plaintext.chars import sentence
from questions.loader import load_round_rules
from questions.models import Evaluation, QuestionBank, measure_complete
from reading.spelled import VALUE

from .answers import _fmt as figure  # a KPI's figure as the scorecard writes it ("14", "9.5")
from .scorecard import UNREVIEWED, FirstPhase, ProblemFit, build

_ASIDE = re.compile(r"\([^()]*\)")
_STOPS = ".!?"
UNNAMED = "a problem the proposal describes in its own words"  # 'other' with no note
_WORD = re.compile(r"[^\W_]+")  # letters of any language: "pilotażu", "týdnů" are one word each
_LINES = re.compile(r"\n|(?<=[.!?])\s+(?=[A-Z0-9])")  # a document's lines, and sentences within a line
_MOST_LINES = 2


class FirstPhaseRule:
    """rules.yaml's first_phase and the bank's scope ladder, compiled once per bank."""

    def __init__(self, bank: QuestionBank):
        self.bank = bank
        rules = bank.first_phase
        self.quoted_at = rules.questions
        self.names = _phrases(rules.names)
        self.named = re.compile(rf"\b(?:{'|'.join(re.escape(' '.join(p)) for p in self.names)})\b", re.I)
        self.particulars = _phrases(rules.particulars)
        self.done = _phrases(rules.done)
        self.lengths = frozenset(rules.lengths)
        self.scope = {lvl.level: lvl for lvl in bank.scope}
        self.owner_question = bank.questions()[bank.key_questions.upkeep_owner]
        topics = load_round_rules().topics
        self.topic_of = {q: t.id for t in topics for q in t.questions}
        self.flag_topic = {f: t.id for t in topics for f in t.flags}

    def phase(self, evaluation: Evaluation, fit: ProblemFit, claimed: int, delivered: int, gaps, flags,
              gap_reads=lambda gap: []) -> FirstPhase:
        offered = self.offered(evaluation)
        aim, level = self._aim(evaluation, fit), self._level(claimed, delivered)
        pilot = sentence(f"Build on the pilot the vendor offers (quoted below), aimed at {aim}, {level}" if offered else
                         "The offer states no pilot of its own: ask for one on one line or machine group "
                         f"aimed at {aim}, {level}")
        kpi = self._kpi(evaluation, fit)
        return build(FirstPhase, pilot_scope=pilot, offered=offered, kpi=kpi, owner=self._owner(evaluation),
                     questions=self._settle(gaps, flags, gap_reads))

    def _settle(self, gaps, flags, gap_reads) -> list[str]:
        """What to settle before the pilot: one question per topic of the follow-up letter (a gap's and a risk flag's
        questions on human review asked it twice, in two wordings), gaps first; one no topic covers is kept."""
        asked = [(self._gap_topic(gap_reads(g)), g.follow_up) for g in gaps]
        asked += [(self.flag_topic.get(f.id, ""), f.follow_up) for f in flags if f.severity == "high"]
        seen, out = set(), []
        for topic, question in asked:
            if topic and topic in seen:
                continue
            seen.add(topic)
            out.append(question)
        return list(dict.fromkeys(out))

    def _gap_topic(self, reads: list[str]) -> str:
        """The topic of the last question a gap's rule reads that a topic covers (as the letter places it)."""
        return next((self.topic_of[q] for q in reversed(reads) if q in self.topic_of), "")

    def _kpi(self, evaluation: Evaluation, fit: ProblemFit) -> str:
        """The KPI the pilot is judged by; a complete measure tied to no named problem asks for the tie, not for
        the metric, unit, baseline and target it already has."""
        if fit.status == "tied" or not fit.kpi:
            return fit.kpi or "Not set: agree one KPI with a measured baseline and target before the pilot starts."
        answer = evaluation.answer(self.bank.key_questions.kpi)
        if answer and answer.measure and measure_complete(answer.measure):
            return f"{fit.kpi}; name the plant problem it measures before the pilot starts (none is ticked yet)."
        return f"Incomplete ({fit.kpi}): agree the metric, unit, measured baseline and target before the pilot starts."

    def offered(self, evaluation: Evaluation) -> list[str]:
        """The quotes that tell the pilot the vendor offers, in the answer's order; where none does (the buyer answered
        how the result is measured in other words, or a reply's sentence took the quotes' place), the offer's own lines
        that tell it: "Phase 1 (weeks 1-6): 4 pilot presses and a baseline measurement" is the pilot however the
        measurement is answered. A reply's sentence that names the pilot ("the baseline will be measured in the first 4
        weeks of the pilot", walk67) tells how it is measured, not the pilot offered: only where the offer's documents
        tell none is the pilot a reply proposes quoted."""
        quotes = [q for qid in self.quoted_at for a in (evaluation.answer(qid),) if a for q in a.quotes]
        told = list(dict.fromkeys(q for q in quotes if self._tells_offer(_WORD.findall(_stated(q).lower()))))
        replied = [d.text for d in evaluation.documents if d.kind == "reply"]
        sent = [d.text for d in evaluation.documents if d.kind != "reply"]
        own = [q for q in told if not any(q in text for text in replied) or any(q in text for text in sent)]
        return own or self._in_documents(evaluation) or told

    def _in_documents(self, evaluation: Evaluation) -> list[str]:
        """The lines of the vendor's documents (not its replies) that tell the pilot it offers, the first few."""
        told = (line for d in evaluation.documents if d.kind != "reply" for line in self._telling(d.text))
        return list(dict.fromkeys(told))[:_MOST_LINES]

    @lru_cache(maxsize=64)  # scored on every rerun of a page: a 100-page text's lines read once, not 40 ms a run
    def _telling(self, text: str) -> tuple[str, ...]:
        lines = (line.strip() for line in _LINES.split(text))
        named = (line for line in lines if line and self.named.search(line))  # most lines name no pilot: looked at once
        return tuple(line for line in named if self._tells_offer(_WORD.findall(_stated(line).lower())))

    def _tells_offer(self, words: list[str]) -> bool:
        if not _has(words, self.names) or _has(words, self.done):
            return False
        return _has(words, self.particulars) or any(
            w in self.lengths and i and (words[i - 1].isdigit() or words[i - 1] in VALUE) for i, w in enumerate(words))

    def _aim(self, evaluation: Evaluation, fit: ProblemFit) -> str:
        """The problem the KPI moves, by its measure ("product discarded for temperature excursions (14 t/year
        today)"); with no KPI named, the first problem ticked; else none."""
        answer = evaluation.answer(self.bank.key_questions.kpi)
        measure = answer.measure if answer and answer.evidence != "not_answered" else None
        if measure and measure.metric.strip():
            today = f" ({' '.join(filter(None, (figure(measure.baseline), measure.unit.strip())))} today)" \
                if measure.baseline is not None else ""
            return f"the problem its KPI moves, '{_lower_first(measure.metric.strip(), answer.quotes)}'{today}"
        problem = fit.problems[0].lower() if fit.problems else None
        if problem is None:
            return "one real, measurable plant problem (none is named yet)"
        return "the problem the proposal describes" if problem == UNNAMED else f"the problem '{problem}'"

    def _level(self, claimed: int, delivered: int) -> str:
        """The level the answers deliver; where the vendor claims more, what that level still needs. Where the
        answers place it nowhere, the first rung (data capture) and what it needs: a pilot proves the ladder from
        its foot, whatever the vendor claims (walk 54 saw a proposal with nothing behind it asked to prove level 4)."""
        if delivered == 0:
            foot = self.scope[min(level for level in self.scope if level > 0)]
            said = (f"proving level {foot.level} ({foot.name}) first, which the answers do not show yet: "
                    f"it needs {foot.needs.strip()}")
        else:
            foot = self.scope[delivered]
            said = f"proving level {foot.level} ({foot.name}), the level the answers deliver"
        if claimed > foot.level:
            goal = self.scope[claimed]
            said += f"; level {goal.level} ({goal.name}), which the vendor claims, still needs {goal.needs.strip()}"
        return said

    def _owner(self, evaluation: Evaluation) -> str:
        answer = evaluation.answer(self.bank.key_questions.upkeep_owner)
        owner = "Not named: name who deploys, monitors and maintains it after the pilot."
        if answer and answer.choices and answer.evidence != "not_answered" and self.owner_question:
            chosen = next(c for c in self.owner_question.choices if c.id == answer.choices[0])
            if chosen.score > 0:
                owner = chosen.name + (f" ({answer.text.strip()})" if answer.text.strip() else "")
                # a draft nobody looked at must not read as the buyer's decision in the plan and every export
                owner += f" ({UNREVIEWED})" if answer.unreviewed else ""
        return owner


def _phrases(phrases: list[str]) -> list[tuple[str, ...]]:
    return [tuple(_WORD.findall(p.lower())) for p in phrases]


def _has(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


def _lower_first(metric: str, quotes: list[str]) -> str:
    """A measure's name inside a sentence: its first letter lower-cased, but not an acronym's ("OEE"), nor a capital
    the quotes write after a word in lower case, the name's own (a German noun: "die Stillstandszeit von 7,5 %")."""
    own = re.compile(rf"(?<![^\W\d_])[a-zäöüß]\w*\s+{re.escape(metric)}")
    if not metric[1:2].islower() or any(own.search(q) for q in quotes):
        return metric
    return metric[0].lower() + metric[1:]


def _stated(quote: str) -> str:
    """What a quote states of a pilot: a title line (no stop at its end, "Responsibilities during the pilot (8 weeks)")
    names the section under it, and its bracketed aside only labels it, no length or scope offered."""
    quote = quote.strip()
    return quote if quote[-1:] in _STOPS else _ASIDE.sub(" ", quote)
