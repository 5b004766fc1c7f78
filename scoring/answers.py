"""Points for one answer, with the reason behind every point given or withheld.

points = weight x content (0-1, from the answer's kind) x evidence factor (bank.yaml).
"""
from __future__ import annotations

from questions.models import Answer, Question, QuestionBank

from .scorecard import ScoredAnswer
from .text import Reader


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
        self.evidence_names = {e.id: e.name for e in bank.evidence_levels}

    def score(self, question: Question, section: str, answer: Answer | None) -> ScoredAnswer:
        if answer is None or answer.evidence == "not_answered":
            return self._unanswered(question, section, answer)
        content, summary, reasons = getattr(self, "_" + question.kind)(question, answer)
        if question.kind != "text":
            content, reasons = self._note_bonus(answer, content, reasons)
        factor = self.factors[answer.evidence]
        points = round(question.weight * content * factor, 3)
        reasons.append(
            f"Evidence: {self.evidence_names[answer.evidence].lower()}, so {_fmt(factor * 100)}% of the content counts"
            + ("." if factor == 1 else f" ({_fmt(question.weight * content - points)} withheld)."))
        return ScoredAnswer(question=question.id, section=section, prompt=question.prompt, kind=question.kind,
                            points=points, max_points=question.weight, content=round(content, 4),
                            evidence=answer.evidence, summary=summary, reasons=reasons, quotes=answer.quotes)

    def _unanswered(self, question, section, answer) -> ScoredAnswer:
        return ScoredAnswer(question=question.id, section=section, prompt=question.prompt, kind=question.kind,
                            points=0.0, max_points=question.weight, content=0.0, evidence="not_answered",
                            summary="not answered", reasons=[f"Not answered: all {_fmt(question.weight)} points withheld."],
                            quotes=answer.quotes if answer else [])

    def _choice(self, question: Question, answer: Answer):
        options = {c.id: c for c in question.choices}
        if not answer.choices:
            return 0.0, "no option chosen", ["No option chosen: no content points."]
        option = options[answer.choices[0]]
        return option.score, option.name, [f"'{option.name}' is worth {_fmt(option.score * 100)}% of this question."]

    def _choices(self, question: Question, answer: Answer):
        options = {c.id: c for c in question.choices}
        chosen = [options[c] for c in dict.fromkeys(answer.choices)]
        total = sum(c.points for c in chosen)
        content = min(1.0, total / question.full_at)
        names = ", ".join(c.name for c in chosen) or "none"
        if not chosen:
            return 0.0, "none chosen", [f"Nothing chosen; {_fmt(question.full_at)} needed for full marks."]
        reason = f"{len(chosen)} chosen ({names}); {_fmt(question.full_at)} needed for full marks."
        zero = [c.name for c in chosen if c.points == 0]
        if zero:
            reason += f" {', '.join(zero)} earns nothing."
        return content, names, [reason]

    def _text(self, question: Question, answer: Answer):
        signals = self.reader.answer_substance(answer)
        content = min(1.0, len(signals) / question.full_at)
        if signals:
            reason = f"Names {len(signals)} specific thing(s) ({_terms(signals)}); {_fmt(question.full_at)} needed for full marks."
        elif answer.text.strip() or answer.quotes:
            reason = "The text names no data, system, protocol, number with unit, role or frequency: labels earn nothing."
        else:
            reason = "No text given."
        summary = _terms(signals) if signals else ("no substance" if answer.text.strip() else "empty")
        return content, summary, [reason]

    def _measure(self, question: Question, answer: Answer):
        m = answer.measure
        if m is None:
            return 0.0, "no measure", ["No measure given: metric, unit, baseline and target all missing."]
        parts = {"metric": bool(m.metric.strip()), "unit": bool(m.unit.strip()),
                 "baseline": m.baseline is not None, "target": m.target is not None}
        content = sum(parts.values()) / 4
        missing = [k for k, ok in parts.items() if not ok]
        summary = f"{m.metric or '?'}: {_num(m.baseline)} → {_num(m.target)} {m.unit}".strip()
        if missing:
            return content, summary, [f"Measure given without {', '.join(missing)}: a quarter of the content per part missing."]
        return content, summary, ["Metric, unit, baseline and target all given."]

    def _integrations(self, question: Question, answer: Answer):
        names = {c.id: c.name for c in question.choices}
        total, done, partial = 0.0, [], []
        for system in dict.fromkeys(r.system for r in answer.integrations if r.direction != "none"):
            rows = [r for r in answer.integrations if r.system == system and r.direction != "none"]
            if any(r.method.strip() and r.owner.strip() for r in rows):
                total, done = total + 1, done + [names[system]]
            else:
                total, partial = total + 0.5, partial + [names[system]]
        content = min(1.0, total / question.full_at)
        reasons = []
        if done:
            reasons.append(f"Connected with a method and an owner: {', '.join(done)}.")
        if partial:
            reasons.append(f"Half credit, no method or owner named: {', '.join(partial)}.")
        if not done and not partial:
            reasons.append("No system receives or sends data: this is a stand-alone tool.")
        reasons.append(f"{_fmt(question.full_at)} fully described connections needed for full marks.")
        return content, ", ".join(done + partial) or "no connections", reasons

    def _note_bonus(self, answer: Answer, content: float, reasons: list[str]):
        if content >= 1 or not (answer.text or answer.quotes):
            return content, reasons
        signals = self.reader.answer_substance(answer)
        bonus = min(self.bank.note_bonus, self.bank.note_bonus * len(signals) / self.bank.note_full_at)
        if bonus > 0:
            reasons.append(f"The note adds {_fmt(bonus * 100)}% for naming {_terms(signals)}.")
            content = min(1.0, content + bonus)
        return content, reasons


def _num(x: float | None) -> str:
    return "?" if x is None else _fmt(x)
