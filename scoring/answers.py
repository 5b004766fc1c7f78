"""Points for one answer, with the reason behind every point given or withheld.

points = weight x content (0-1, from the answer's kind) x evidence factor (bank.yaml).
`points` computes the number alone (headlines, re-scoring a library); `score` adds the summary
and the reasons for a scorecard. Both take content from the same `_content_*` functions.
"""
from __future__ import annotations

from functools import lru_cache

from plaintext.chars import clipped, one_line, sentence
from questions.models import DIRECTION_WORDS, Answer, Question, QuestionBank
from questions.wording import many
from reading.system_names import SYSTEM, repeated
from reading.text import Reader

from .scorecard import ScoredAnswer, build

NONE: frozenset[str] = frozenset()  # no system names the offer gives


def offer_systems(evaluation) -> frozenset[str]:
    """The names the offer's documents give their systems, as stored with each (Document.system_names): a score reads
    them there, never the documents' text, so the library's fast read, which holds none, scores as the model does."""
    return frozenset(n for d in evaluation.documents for n in d.system_names)


SAID_CHARS = 200  # of an answer, what the scorecard and Compare show; the exports show it whole


@lru_cache(maxsize=4096)  # weights, factors and thresholds recur in every scorecard
def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _terms(signals: set[tuple[str, str]], limit: int = 6) -> str:
    terms = sorted(key for _, key in signals)
    more = f" and {len(terms) - limit} more" if len(terms) > limit else ""
    return ", ".join(terms[:limit]) + more


class AnswerScorer:
    def __init__(self, bank: QuestionBank, reader: Reader):
        self.bank, self.reader = bank, reader
        self.factors = {e.id: e.factor for e in bank.evidence_levels}
        self.evidence_names = bank.evidence_names()
        self.options = {q.id: {c.id: c for c in q.choices} for q in bank.questions().values()}
        self.names = {qid: {cid: c.name for cid, c in opts.items()} for qid, opts in self.options.items()}
        self.choice_points = {qid: {cid: c.points for cid, c in opts.items()} for qid, opts in self.options.items()}
        self.note_bonus, self.note_full_at = bank.note_bonus, bank.note_full_at
        self._content = {"choice": self._content_choice, "choices": self._content_choices, "text": self._content_text,
                         "measure": self._content_measure, "integrations": self._content_integrations}
        self._explain = {"choice": self._choice, "choices": self._choices, "text": self._text,
                         "measure": self._measure, "integrations": self._integrations}
        self._evidence_reason = {e.id: f"Evidence: {e.name.lower()}, so {_fmt(e.factor * 100)}% of the content counts"
                                 for e in bank.evidence_levels}

    # --- numbers only -------------------------------------------------------------------

    def points(self, question: Question, answer: Answer | None, counted: str | None = None,
               withheld: bool = False, systems: frozenset[str] = NONE) -> float:
        """The points one answer earns, without building any reason; `counted`: the evidence level
        its points count at when no record backs the level chosen (scoring/evidence.py); `withheld`:
        a claim that only restates a label sold with a gap (Engine.restated) earns nothing; `systems`: the names the
        offer gives its systems (SystemNames.of), which an answer names a system by."""
        if answer is None or answer.evidence == "not_answered" or not answer.has_content or withheld:
            return 0.0
        content = self.content(question, answer, systems)
        return round(question.weight * content * self.factors[counted or answer.evidence], 3)

    def content(self, question: Question, answer: Answer, systems: frozenset[str] = NONE) -> float:
        return self._with_bonus(question, answer, self._base(question, answer, systems), systems)

    def _base(self, question: Question, answer: Answer, systems: frozenset[str]) -> float:
        if question.kind == "text":
            return self._content_text(question, answer, systems)
        return self._content[question.kind](question, answer)

    def substance(self, answer: Answer, systems: frozenset[str] = NONE) -> frozenset[tuple[str, str]]:
        """What an answer's text and quotes name (reading/text.py), and the offer's system names it repeats."""
        found = self.reader.answer_substance(answer)
        return found | self._repeated(found, systems, " ".join([answer.text, *answer.quotes])) if systems else found

    def _own(self, answer: Answer, systems: frozenset[str]) -> frozenset[tuple[str, str]]:
        """What the answer's own text names, without its quotes."""
        found = self.reader.substance(answer.text)
        return found | self._repeated(found, systems, answer.text)

    @staticmethod
    def _repeated(found: frozenset, systems: frozenset[str], text: str) -> frozenset[tuple[str, str]]:
        """The offer's system names `text` repeats, but one holding a system the reading already `found` ("SAP
        Business One 10" holds "sap business one"): one system counts once."""
        known = [term.casefold() for kind, term in found if kind == SYSTEM]
        return frozenset(s for s in repeated(systems, text) if not any(f" {k} " in f" {s[1]} " for k in known))

    def _with_bonus(self, question: Question, answer: Answer, content: float, systems: frozenset[str] = NONE) -> float:
        """Content plus the note's bonus: substance in the free text counts for every kind but text. Quotes
        only back what the answer says: with no option chosen, no row, no measure and no note (a draft whose
        options are only suggested, "check this"), the quoted sentences earn nothing."""
        if question.kind != "text" and content < 1 and (answer.text or answer.quotes) and answer.has_content:
            bonus = self._bonus(answer, systems)
            if bonus > 0:
                content = min(1.0, content + bonus)
        return content

    def _bonus(self, answer: Answer, systems: frozenset[str] = NONE) -> float:
        signals = self.substance(answer, systems)
        return min(self.note_bonus, self.note_bonus * len(signals) / self.note_full_at)

    def _content_choice(self, question: Question, answer: Answer) -> float:
        return self.options[question.id][answer.choices[0]].score if answer.choices else 0.0

    def _content_choices(self, question: Question, answer: Answer) -> float:
        points = self.choice_points[question.id]
        return min(1.0, sum(points[c] for c in dict.fromkeys(answer.choices)) / question.full_at)

    def _content_text(self, question: Question, answer: Answer, systems: frozenset[str] = NONE) -> float:
        return min(1.0, len(self.substance(answer, systems)) / question.full_at)

    def _content_measure(self, question: Question, answer: Answer) -> float:
        m = answer.measure
        if m is None:
            return 0.0
        return (bool(m.metric.strip()) + bool(m.unit.strip()) + (m.baseline is not None) + (m.target is not None)) / 4

    def _content_integrations(self, question: Question, answer: Answer) -> float:
        done, partial = _connections(answer)
        return min(1.0, (len(done) + 0.5 * len(partial)) / question.full_at)

    # --- with reasons -------------------------------------------------------------------

    def score(self, question: Question, section: str, answer: Answer | None, cite=None,
              counted: str | None = None, record: str | None = None, withheld: str | None = None,
              systems: frozenset[str] = NONE) -> ScoredAnswer:
        """`cite(quote)` names where a quote comes from (reading.documents.Citations.cite); `counted`
        as for `points`; `record`: the sentence on the dated evidence behind the level, or its lack;
        `withheld`: why the answer earns nothing though it says something (a label restated)."""
        sources = [cite(q) for q in answer.quotes] if cite and answer and answer.quotes else []
        if answer is None or answer.evidence == "not_answered" or not answer.has_content:  # quotes alone say nothing
            return self._unanswered(question, section, answer, sources)
        said, reasons = (self._text(question, answer, systems) if question.kind == "text"
                         else self._explain[question.kind](question, answer))
        base = self._base(question, answer, systems)
        content = self._with_bonus(question, answer, base, systems)
        if content != base:
            reasons.append(self._bonus_reason(answer, content - base, systems))
        factor = self.factors[counted or answer.evidence]
        points = round(question.weight * content * factor, 3)
        reasons.append(self._evidence_reason[counted or answer.evidence]
                       + ("." if factor == 1 else f" ({_fmt(question.weight * content - points)} withheld)."))
        if record:
            reasons.append(record)
        if withheld:
            points = 0.0
            reasons.append(withheld)
        return build(ScoredAnswer, question=question.id, section=section, prompt=question.prompt, kind=question.kind,
                     points=points, max_points=question.weight, content=round(content, 4),
                     evidence=answer.evidence, summary=clipped(said, SAID_CHARS), said=said, reasons=reasons,
                     quotes=list(answer.quotes),
                     sources=sources or [""] * len(answer.quotes))

    def _bonus_reason(self, answer: Answer, added: float, systems: frozenset[str] = NONE) -> str:
        """What the bonus added (capped at full content) and where the named things were: note, quotes or both."""
        in_note = bool(self._own(answer, systems))
        quoted = " ".join(answer.quotes)
        # an offer's system name counts where it stands: alone in a quote, the quote is what adds
        in_quotes = bool(answer.quotes) and bool(self.reader.substance(quoted) or repeated(systems, quoted))
        source = {(True, False): "The note adds", (False, True): "The quoted proposal sentences add",
                  (True, True): "The note and the quoted proposal sentences add"}[in_note, in_quotes]
        return sentence(f"{source} {_fmt(added * 100)}% for naming {_terms(self.substance(answer, systems))}")

    def _unanswered(self, question, section, answer, sources: list[str]) -> ScoredAnswer:
        return build(ScoredAnswer, question=question.id, section=section, prompt=question.prompt, kind=question.kind,
                     points=0.0, max_points=question.weight, content=0.0, evidence="not_answered",
                     summary="not answered", said="not answered", reasons=[self._unanswered_reason(question, answer)],
                     quotes=list(answer.quotes) if answer else [],
                     sources=sources or ([""] * len(answer.quotes) if answer else []))

    @staticmethod
    def _unanswered_reason(question: Question, answer: Answer | None) -> str:
        weight = _fmt(question.weight)
        withheld = "its 1 point withheld." if weight == "1" else f"all {weight} points withheld."
        if answer is not None and answer.quotes and not answer.has_content and answer.evidence != "not_answered":
            return (f"Not answered: the quoted sentences back no option, value or note yet (pick what they back, "
                    f"or type what they say); {withheld}")
        if answer is not None and answer.has_content:  # made by the buyer, its level not chosen yet: asked, not guessed
            return f"Not scored yet: no evidence level chosen for this answer; {withheld}"
        if answer is not None and answer.drafted and answer.reviewed:  # emptied by the buyer: stays so on a re-draft
            return f"Not answered: the evaluator rejected the answer drafted from the proposal; {withheld}"
        return f"Not answered: {withheld}"

    def _choice(self, question: Question, answer: Answer):
        if not answer.choices:
            return "no option chosen", ["No option chosen: no content points."]
        option = self.options[question.id][answer.choices[0]]
        return option.name, [f"'{option.name}' is worth {_fmt(option.score * 100)}% of this question."]

    def _choices(self, question: Question, answer: Answer):
        options = self.options[question.id]
        chosen = [options[c] for c in dict.fromkeys(answer.choices)]
        if not chosen:
            return "none chosen", [f"Nothing chosen; {_fmt(question.full_at)} needed for full marks."]
        names = ", ".join(c.name for c in chosen)
        reason = f"{len(chosen)} chosen ({names}); {_fmt(question.full_at)} needed for full marks."
        zero = [c.name for c in chosen if c.points == 0]
        if zero:
            reason += f" {', '.join(zero)} earns nothing."
        return names, [reason]

    def _text(self, question: Question, answer: Answer, systems: frozenset[str] = NONE):
        signals = self.substance(answer, systems)
        if signals:
            reason = f"Names {many(len(signals), 'specific thing')} ({_terms(signals)}); {_fmt(question.full_at)} needed for full marks."
            if answer.reviewed and any(q not in answer.text for q in answer.quotes):  # a draft the buyer rewrote
                own = self._own(answer, systems)
                reason += (f" The evaluator's text names {_terms(own)}." if own else
                           " The evaluator's text names nothing of its own: the quoted sentences do.")
        elif answer.text.strip() or answer.quotes:
            reason = "The text names no data, system, protocol, number with unit, role or frequency: labels earn nothing."
        else:
            reason = "No text given."
        return one_line(answer.text) or "empty", [reason]  # the buyer's words; the reason what they name

    def _measure(self, question: Question, answer: Answer):
        m = answer.measure
        if m is None:
            return "no measure", ["No measure given: metric, unit, baseline and target all missing."]
        parts = {"metric": bool(m.metric.strip()), "unit": bool(m.unit.strip()),
                 "baseline": m.baseline is not None, "target": m.target is not None}
        missing = [k for k, ok in parts.items() if not ok]
        summary = f"{m.metric or '?'}: {_num(m.baseline)} → {_num(m.target)} {m.unit}".strip()
        if missing:
            return summary, [f"Measure given without {', '.join(missing)}: a quarter of the content per part missing."]
        return summary, ["Metric, unit, baseline and target all given."]

    def _integrations(self, question: Question, answer: Answer):
        names = self.names[question.id]
        done, partial = _connections(answer)
        done, partial = [names[s] for s in done], [names[s] for s in partial]
        reasons = []
        if done:
            reasons.append(sentence(f"Connected with a method and an owner: {', '.join(done)}"))
        for lack, systems in _lacking(answer, names).items():  # what each half-credited link lacks, as its rows say
            reasons.append(sentence(f"Half credit, no {lack} named: {', '.join(systems)}"))
        if not done and not partial:
            reasons.append("No system receives or sends data: this is a stand-alone tool.")
        reasons.append(f"{_fmt(question.full_at)} fully described connections needed for full marks.")
        # each link as the buyer's file must hold it: its way, method and owner, not the system's name alone
        # a link the offer sells as a paid option is said so, its way told or not (walk80: SAP on top of the price)
        paid = list(dict.fromkeys(names[row.system] for row in answer.integrations if row.paid_option))
        if paid:
            reasons.append(sentence(f"Sold as a paid option, outside the offer's price: {', '.join(paid)}"))
        links = [_link_said(row, names) for row in answer.integrations if row.direction != "none" or row.paid_option]
        return "; ".join(dict.fromkeys(links)) or "no connections", reasons


def _link_said(row, names: dict[str, str]) -> str:
    owner = f"owner: {row.owner.strip()}" if row.owner.strip() else ""
    way = f"{names[row.system]} {DIRECTION_WORDS[row.direction]}" if row.direction != "none" else names[row.system]
    return ", ".join(p for p in (way, row.method.strip(), owner, PAID_OPTION if row.paid_option else "") if p)


PAID_OPTION = "paid option"  # a link's mark where the offer sells it on top of its price


def _connections(answer: Answer) -> tuple[list[str], list[str]]:
    """Systems connected with a method and an owner on some row, and those connected without."""
    complete: dict[str, bool] = {}
    for row in answer.integrations:
        if row.direction != "none":
            complete[row.system] = complete.get(row.system, False) or bool(row.method.strip() and row.owner.strip())
    return [s for s, ok in complete.items() if ok], [s for s, ok in complete.items() if not ok]


def _lacking(answer: Answer, names: dict[str, str]) -> dict[str, list[str]]:
    """The half-credited systems by what their best row lacks ("owner", "method", "method or owner"): a link named with
    its way ("through a standard IDoc interface") and no owner lacks the owner only."""
    _done, partial = _connections(answer)
    lacks: dict[str, list[str]] = {}
    for system in partial:
        rows = [r for r in answer.integrations if r.system == system and r.direction != "none"]
        method, owner = any(r.method.strip() for r in rows), any(r.owner.strip() for r in rows)
        lack = "method or owner" if method == owner else "owner" if method else "method"
        lacks.setdefault(lack, []).append(names[system])
    return lacks


def _num(x: float | None) -> str:
    return "?" if x is None else _fmt(x)
