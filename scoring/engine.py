"""Turn an Evaluation into a Scorecard. The bank's rules are compiled once per bank."""
from __future__ import annotations

import hashlib

from plaintext.chars import sentence
from questions.loader import load_bank
from questions.models import Evaluation, QuestionBank

from .answers import AnswerScorer, offer_systems
from .evidence import RecordRule
from .rules import EVIDENCE_ORDER, compile_condition, gather_pair, questions_in, questions_read, with_said
from .scope_held import held_by
from .first_phase import UNNAMED, FirstPhaseRule
from .mail_said import marked, mail_flags
from .scorecard import (DocumentRead, Gap, ProblemFit, ProposalReading, RiskFlag, Scorecard,
                        ScoredAnswer, SectionScore, TechnologyCheck, build, whole)
from reading.documents import Citations
from reading.text import Reading, reader_for
from questions.wording import many

OTHER = "other"  # the bank's option to name a thing in the note ("Other (describe in the note)")


# why a claim on a question an open gap of a sold label reads earns nothing (Engine.restated)
_RESTATES = "only restates the label, so its points are withheld until it is described specifically."
_NAMES_IT = ("names what the gap asks for, but only as the vendor's claim, so its points are withheld until it is "
             "described specifically.")


class Engine:
    """The bank with every rule compiled; `score` is a pure function of an evaluation, and
    `tally` the same figures without a reason, for headlines."""

    def __init__(self, bank: QuestionBank):
        self.bank = bank
        self.rules_id = rules_id(bank)
        self.reader = reader_for(bank)
        self.answers = AnswerScorer(bank, self.reader)
        self.records = RecordRule(bank)
        self.section_of = bank.section_of()
        self.questions = bank.questions()
        compile_ = lambda cond: compile_condition(cond, bank)  # noqa: E731
        self.levels = [(lvl, compile_(lvl.when) if lvl.when else None) for lvl in sorted(bank.scope, key=lambda l: l.level)]
        self.scope = {lvl.level: lvl for lvl, _ in self.levels}
        self.requirements = {lab.id: [(req, compile_(req.when)) for req in lab.requires] for lab in bank.labels}
        # the section a gap is filed under: that of the first question its rule reads
        self.gap_section = {id(req): self.section_of.get(next(iter(questions_in(req.when)), "")
                                                         or bank.key_questions.integrations, "")
                            for lab in bank.labels for req in lab.requires}
        # the questions each requirement reads: a label's gap there withholds a mere claim's points (restated)
        self.gap_questions = {id(req): {q or bank.key_questions.integrations for q in questions_in(req.when)}
                              for lab in bank.labels for req in lab.requires} if bank.gap_withholds_claims else {}
        self.substance_rank = EVIDENCE_ORDER.index(bank.substance_evidence)
        self.flags = [(flag, compile_(flag.when)) for flag in bank.flags]
        fit = bank.problem_fit
        self.fit = [("tied", fit.tied, compile_(fit.tied.when)), ("partial", fit.partial, compile_(fit.partial.when))]
        self.technologies = [(tech, compile_(tech.backed_by)) for tech in bank.technologies]
        self.labels = {lab.id: lab for lab in bank.labels}
        self.integrations_question = bank.key_questions.integrations
        self.plan = [(q, i) for i, s in enumerate(bank.sections) for q in s.questions]  # every question, in order
        self.plan_ids = [(q, s.id) for s in bank.sections for q in s.questions]
        self.best = [sum(q.weight for q in s.questions) for s in bank.sections]
        self.weights = [s.weight for s in bank.sections]
        self.read = self._questions_read()
        self.first_phase = FirstPhaseRule(bank)

    def _questions_read(self) -> frozenset[str] | None:
        """The questions any rule reads, so gathering facts skips the rest (None: read them all)."""
        conds = ([lvl.when for lvl, _ in self.levels if lvl.when] + [r.when for lab in self.bank.labels for r in lab.requires]
                 + [f.when for f in self.bank.flags] + [rule.when for _, rule, _ in self.fit]
                 + [t.backed_by for t in self.bank.technologies])
        read = [questions_read(c) for c in conds]
        return None if None in read else frozenset().union(*read, {self.bank.key_questions.technologies})

    def facts(self, evaluation: Evaluation):
        """What the answers say, and what they show (at the bank's substance evidence or above)."""
        return gather_pair(evaluation, self.reader, "vendor_claim", self.bank.substance_evidence, self.read)

    def tally(self, evaluation: Evaluation) -> tuple[float, int, int, int, int]:
        """(overall, claimed scope, delivered scope, gap count, flag count), equal to `score`'s
        figures, without building any reason or model: the headline of a library row."""
        facts, shown = self.facts(evaluation)
        given = {a.question: a for a in evaluation.answers}
        counted, restated = self.records.counted(evaluation), self.restated(evaluation, shown, facts)
        points_of = self.answers.points
        systems = offer_systems(evaluation)
        points = [0] * len(self.best)  # per section, summed in the bank's order as `score` sums them
        for question, index in self.plan:
            answer = given.get(question.id)
            if answer is not None:  # an unanswered question adds 0.0, which changes no sum
                points[index] += points_of(question, answer, counted.get(question.id), question.id in restated, systems)
        scores = [round(100 * p / best, 1) if best else 0.0 for p, best in zip(points, self.best)]
        gaps = sum(not check(shown) for label_id in dict.fromkeys(evaluation.labels)
                   for _, check in self.requirements[label_id])
        return (_overall(scores, self.weights), self._claimed(evaluation), self._delivered(shown), gaps,
                sum(check(facts) for _, check in self.flags))

    def score(self, evaluation: Evaluation, read: Reading | None = None) -> Scorecard:
        """`read`: the reading of evaluation.proposal_text, where the caller has it (scoring/rounds.py read_reply)."""
        facts, shown = self.facts(evaluation)
        given = {a.question: a for a in evaluation.answers}
        score_answer = self.answers.score
        systems = offer_systems(evaluation)
        cited = Citations(evaluation.documents) if evaluation.documents else None
        cite = cited.cite if cited else None
        counted, record = self.records.counted(evaluation), self.records.reason
        restated = self.restated(evaluation, shown, facts)
        scored = [score_answer(q, section, a, cite, counted.get(q.id), a and record(evaluation, a), restated.get(q.id),
                               systems)
                  for q, section in self.plan_ids for a in (given.get(q.id),)]
        scored = marked(evaluation, scored)  # what only the sales e-mail says, not yet the offer's word
        sections = self._sections(scored)
        overall = _weighted(sections)
        delivered = self._delivered(shown)
        claimed = self._claimed(evaluation)
        gaps = self._gaps(evaluation, shown, claimed, delivered)
        flags = [build(RiskFlag, id=f.id, severity=f.severity, title=f.title, reason=f.reason.strip(),
                       follow_up=f.follow_up) for f, check in self.flags if check(facts)]
        flags += mail_flags(evaluation, self.questions)
        fit = self._problem_fit(evaluation, facts, scored)
        scope = self.scope
        nxt = scope.get(delivered + 1)
        card = build(
            Scorecard, proposal=evaluation.proposal, vendor=evaluation.vendor, evaluator=evaluation.evaluator,
            bank_version=self.bank.version, overall=overall, verdict="", sections=sections, answers=scored,
            labels=list(evaluation.labels), claimed_scope=claimed, claimed_scope_name=scope[claimed].name,
            delivered_scope=delivered, delivered_scope_name=scope[delivered].name,
            delivered_shows=scope[delivered].shows.strip(),
            delivered_from=held_by(scope[delivered].when, evaluation, self.bank),
            scope_next=sentence(f"Level {nxt.level} ({nxt.name}) needs {nxt.needs.strip()}") if nxt else "The top of the ladder.",
            gaps=gaps, flags=flags, problem_fit=fit, technologies=self._technologies(facts, shown),
            first_phase=self.first_phase.phase(evaluation, fit, claimed, delivered, gaps, flags, self.gap_reads),
            proposal_reading=self._reading(evaluation, read), documents=_documents(cited))
        card.verdict = _verdict(card, self.labels)
        return card

    def gap_reads(self, gap: Gap) -> list[str]:
        """The questions a gap's rule reads (integration rules: the integrations question)."""
        for req, _ in self.requirements.get(gap.label, []):
            if req.missing == gap.missing:
                return [q or self.integrations_question for q in questions_in(req.when)]
        return []

    def restated(self, evaluation: Evaluation, shown, said) -> dict[str, str]:
        """Question id -> why its answer earns nothing: a label the vendor sells has a gap whose requirement
        reads that question, and the answer there is below the substance level, so it only says the label
        again ("AI-powered analysis" answering the analysis question of a proposal sold as AI). An answer that
        itself says what the requirement asks for (`said`: the facts of every answer; "LoRaWAN, 915 MHz" names the
        interface the Real-time gap asks for, "Prediction" the analysis the AI gap asks for) is withheld alike, but
        never said to restate the label: its reason says it names what the gap asks for, only as a claim."""
        if not self.gap_questions or not evaluation.labels:
            return {}
        below = {a.question for a in evaluation.answers if EVIDENCE_ORDER.index(a.evidence) < self.substance_rank}
        out: dict[str, str] = {}
        for label_id in dict.fromkeys(evaluation.labels):
            for req, check in self.requirements[label_id]:
                claimed = self.gap_questions[id(req)] & below - out.keys()
                if claimed and not check(shown):  # the gap is open: checked once, not per question
                    sold = f"Sold as {self.labels[label_id].name}, with the gap '{req.missing}': this claim "
                    out.update({q: sold + (_NAMES_IT if check(with_said(shown, said, q)) else _RESTATES) for q in claimed})
        return out

    def _sections(self, scored: list[ScoredAnswer]) -> list[SectionScore]:
        mine: dict[str, list[ScoredAnswer]] = {s.id: [] for s in self.bank.sections}
        for a in scored:
            if a.section in mine:
                mine[a.section].append(a)
        out = []
        for s in self.bank.sections:
            answers = mine[s.id]
            points = best = answered = 0  # summed in order from 0, as sum() would
            for a in answers:
                points += a.points
                best += a.max_points
                answered += a.evidence != "not_answered"
            out.append(build(SectionScore, id=s.id, title=s.title, weight=s.weight,
                             score=round(100 * points / best, 1) if best else 0.0, points=round(points, 3),
                             max_points=best, answered=answered, questions=len(answers)))
        return out

    def _delivered(self, facts) -> int:
        delivered = 0
        for lvl, check in self.levels:
            if check is None:
                continue
            if not check(facts):
                break
            delivered = lvl.level
        return delivered

    def _claimed(self, evaluation: Evaluation) -> int:
        if evaluation.claimed_scope is not None:
            return evaluation.claimed_scope
        return max((self.labels[l].claims for l in evaluation.labels), default=0)

    def _gaps(self, evaluation, facts, claimed: int, delivered: int) -> list[Gap]:
        scope = self.scope
        gaps = []
        for label_id in dict.fromkeys(evaluation.labels):
            label = self.labels[label_id]
            for req, check in self.requirements[label_id]:
                if check(facts):
                    continue
                reason = _gap_reason(label.name, label.claims, delivered, scope[delivered].shows.strip(), req.missing)
                gaps.append(build(Gap, label=label.id, label_name=label.name, claimed=label.claims, delivered=delivered,
                                section=self.gap_section[id(req)], missing=req.missing, reason=reason,
                                why=req.why.strip(), follow_up=req.follow_up.strip()))
        return gaps

    def _problem_fit(self, evaluation, facts, scored: list[ScoredAnswer]) -> ProblemFit:
        key = self.bank.key_questions
        names = self.answers.names[key.problems]
        answer = evaluation.answer(key.problems)
        problems = [self._problem_name(names, c, answer) for c in answer.choices] \
            if answer and answer.evidence != "not_answered" else []
        m_answer = evaluation.answer(key.kpi)
        has_measure = m_answer and m_answer.measure and m_answer.evidence != "not_answered"
        kpi = next(a.summary for a in scored if a.question == key.kpi) if has_measure else ""
        for status, rule, check in self.fit:
            if check(facts):
                return build(ProblemFit, status=status, problems=problems, kpi=kpi, reason=rule.reason.strip())
        return build(ProblemFit, status="none", problems=problems, kpi=kpi, reason=self.bank.problem_fit.none.reason.strip())

    @staticmethod
    def _problem_name(names: dict[str, str], choice: str, answer) -> str:
        """The problem by its name; the bank's free 'other' option by the buyer's note on it ("press roll bearing
        failures"), or said as described in the proposal when there is none, never "Other (describe in the note)"."""
        if choice != OTHER:
            return names[choice]
        return answer.text.strip() or UNNAMED

    def _technologies(self, facts, shown) -> list[TechnologyCheck]:
        qid = self.bank.key_questions.technologies
        names = self.answers.names[qid]
        claimed = facts.chosen.get(qid, set())
        return [build(TechnologyCheck, id=t.id, name=names.get(t.id, t.id), claimed=t.id in claimed,
                                backed=t.id in claimed and check(shown), backing=t.backing)
                for t, check in self.technologies]

    def _reading(self, evaluation, read: Reading | None = None) -> ProposalReading | None:
        if not evaluation.proposal_text.strip():
            return None
        reading = read or self.reader.read(evaluation.proposal_text)
        kinds = [s.kind for s in reading.sentences]
        return build(ProposalReading, substance_ratio=reading.substance_ratio, labels=reading.labels,
                     sentences=len(reading.sentences), claimed_scope=reading.claimed_scope,
                     counted=kinds.count("substance") + kinds.count("label"), concrete=kinds.count("substance"))


SCORING_REVISION = "6"  # raise when a change to scoring's code changes what a stored headline would say


def rules_id(bank: QuestionBank) -> str:
    """The rules a score was computed with: the bank's version, a hash of the bank's content (a weight
    changed in bank.yaml without a new version still counts) and the scoring code's revision."""
    digest = hashlib.sha256((bank.model_dump_json() + SCORING_REVISION).encode()).hexdigest()[:16]
    return f"{bank.version}+{digest}"  # at most 40 + 17 characters: the column holds 64


def _documents(cited: Citations | None) -> list[DocumentRead]:
    if cited is None:
        return []
    return [build(DocumentRead, title=title, name=d.name, kind=d.kind, pages=d.pages, ocr_pages=list(d.ocr_pages))
            for d, title in zip(cited.documents, cited.titles)]


def _weighted(sections: list[SectionScore], weights: dict[str, float] | None = None) -> float:
    w = {s.id: (weights or {}).get(s.id, s.weight) for s in sections}
    return _overall([s.score for s in sections], [w[s.id] for s in sections], sum(w.values()))


def _overall(scores: list[float], weights: list[float], total: float | None = None) -> float:
    """The weighted mean of section scores, rounded as the scorecard shows it."""
    total = sum(weights) if total is None else total
    return round(sum(score * w for score, w in zip(scores, weights)) / total, 1) if total else 0.0


def _verdict(card: Scorecard, labels) -> str:
    sold = ", ".join(labels[l].name for l in card.labels) or "no particular label"
    high = sum(f.severity == "high" for f in card.flags)
    parts = [f"Overall {whole(card.overall)}/100.",
             f"Sold as {sold} (claims level {card.claimed_scope}, {card.claimed_scope_name});"
             f" the answers deliver level {card.delivered_scope} ({card.delivered_scope_name})."]
    if card.gaps:
        parts.append(f"{many(len(card.gaps), 'label gap')} to put to the vendor.")
    if high:
        parts.append(f"{many(high, 'high risk')}.")
    if card.labels and not card.gaps and not high and card.delivered_scope >= card.claimed_scope:
        parts.append("The labels are backed by the answers.")  # no label sold: none to back
    return " ".join(parts)


_engines: dict[int, tuple[QuestionBank, Engine]] = {}


def engine_for(bank: QuestionBank | None = None) -> Engine:
    bank = bank or load_bank()
    cached = _engines.get(id(bank))
    if cached is None or cached[0] is not bank:
        cached = _engines[id(bank)] = (bank, Engine(bank))
    return cached[1]


def score(evaluation: Evaluation, bank: QuestionBank | None = None) -> Scorecard:
    """The scorecard of one evaluation."""
    return engine_for(bank).score(evaluation)


def _gap_reason(label: str, claims: int, delivered: int, shows: str, missing: str) -> str:
    """Why a label's gap is open: a level below the claim, or, at the claimed level or above it, one thing the label
    needs still missing (said as no shortfall of level: "Cloud / edge" claims level 1, the answers reach 3)."""
    if delivered < claims:
        return sentence(f"The proposal is sold as {label}, but the answers show {shows}: {missing}")
    return sentence(f"The proposal is sold as {label}, and the answers reach the level it claims, but one thing it needs is "
                    f"missing: {missing}")
