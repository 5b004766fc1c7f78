"""Compare two or more evaluations: scores side by side, where the substance differs, and
how stable the winner is when section weights change."""
from __future__ import annotations

import math

from questions.loader import load_bank
from questions.models import Evaluation, QuestionBank

from .compare_verdict import all_low, lead_on_drafts, reviewed_only
from .contract_terms import compared_terms
from .engine import engine_for
from .prices import cost_said, extras_said, minimum_term, offer_extras, once_per_item, price_said, stated_price
from .scorecard import Gap, Out, RiskFlag, Scorecard

DRAFT_MARK = "(draft, not reviewed)"  # how the Compare page and its exports mark an answer nobody has kept, edited or rejected

__all__ = ["Comparison", "compare", "keys_for", "display_names", "price_said", "stated_price", "once_per_item"]


class SectionRow(Out):
    id: str
    title: str
    weight: float
    scores: dict[str, float]


class Difference(Out):
    question: str
    section: str
    prompt: str
    answers: dict[str, str]  # proposal -> the answer's substance in a few words
    drafts: dict[str, bool] = {}  # proposal -> the answer is a draft nobody has reviewed yet


class Stability(Out):
    text: str
    section: str | None = None  # the section whose weight change flips the winner soonest
    from_weight: float | None = None
    to_weight: float | None = None
    new_winner: str | None = None


class Comparison(Out):
    proposals: list[str]
    weights: dict[str, float]
    overall: dict[str, float]
    sections: list[SectionRow]
    ranking: list[str]
    winner: str
    winner_margin: float
    differences: list[Difference]
    gaps: dict[str, list[Gap]]
    flags: dict[str, list[RiskFlag]]
    stability: Stability
    scorecards: list[Scorecard]
    keys: dict[str, str] = {}  # proposal -> its short key ("A", "B" ...), in the order given
    unreviewed: dict[str, int] = {}  # proposal -> how many of its answers are drafts nobody has reviewed
    prices: dict[str, list[str]] = {}  # proposal -> what its documents say it costs ("TOTAL: EUR 52020"); [] none
    terms: dict[str, int] = {}  # proposal -> the minimum term its documents state, in months; absent where none
    horizon: int | None = None  # the months every offer is costed over: the longest minimum term any states
    costs: dict[str, str] = {}  # proposal -> what it costs over `horizon`, per currency, in words
    pilots: dict[str, list[str]] = {}  # proposal -> the offer's sentences stating its pilot (its first phase); [] none
    options: dict[str, str] = {}  # proposal -> its priced options in words ("OPT-1 ...: 8 400,00 € one-off; ...")
    excluded: dict[str, str] = {}  # proposal -> what its documents say it leaves out, in words
    contract: dict[str, dict[str, str]] = {}  # proposal -> contract term's name -> what its documents state of it
    evaluators: dict[str, str] = {}  # proposal -> whose evaluation its column is ("Marta López", "consensus of 2")
    caveats: list[str] = []  # what the ranking cannot tell (scoring.compare_verdict), said before who leads

    def price(self, name: str) -> str:
        """The price an offer states, as the page and every export say it beside the score."""
        return price_said(self.prices.get(name) or [])

    def term(self, name: str) -> str:
        """The minimum term an offer states: "36 months", "not stated"."""
        months = self.terms.get(name)
        return f"{months} months" if months else "not stated"

    def cost(self, name: str) -> str:
        """What an offer costs over the comparison's term, per currency, as the page and every export say it."""
        return self.costs.get(name) or "not stated"

    def pilot(self, name: str) -> str:
        """The pilot an offer states, as the Scorecard's first phase quotes it."""
        return " ".join(self.pilots.get(name) or []) or "not stated"

    def priced_options(self, name: str) -> str:
        """The options an offer prices, what at what price and how often, as the scorecard says them (walk80)."""
        return self.options.get(name) or "none stated"

    def not_included(self, name: str) -> str:
        """What an offer says it leaves out, as the scorecard says it."""
        return self.excluded.get(name) or "none stated"

    def contract_rows(self) -> list[list[str]]:
        """One row a contract term any offer states: its name, then what each offer states of it ("not stated")."""
        names = list(dict.fromkeys(term for n in self.proposals for term in self.contract.get(n, {})))
        return [[term, *(self.contract.get(n, {}).get(term, "not stated") for n in self.proposals)] for term in names]

    def whose(self, name: str) -> str:
        return self.evaluators.get(name) or "no evaluator named"

    def lead(self) -> str:
        """Who is ahead and by how much, after what the ranking cannot tell: "ranks first" only where it can."""
        ahead = f"{self.keys.get(self.winner, '')}. {self.winner}".lstrip(". ")
        if self.caveats:
            return f"{' '.join(self.caveats)} {ahead} is ahead by {self.winner_margin:.1f} points."
        return f"{ahead} ranks first, {self.winner_margin:.1f} points ahead."


def keys_for(count: int) -> list[str]:
    """A, B ... Z, then A2, B2 ...: a key short enough to head a column or mark a bar, whatever the names."""
    return [chr(ord("A") + i % 26) + (str(i // 26 + 1) if i >= 26 else "") for i in range(count)]


def display_names(evaluations: list[Evaluation]) -> list[str]:
    """Proposal names, made unique: a name two proposals share carries each one's vendor (walk 55 compared three
    offers all called "Energy monitoring and oven PdM", the first with no vendor), then a number where still the same."""
    shared = [ev.proposal.strip() for ev in evaluations]
    names: list[str] = []
    for ev in evaluations:
        name = ev.proposal.strip()
        if shared.count(name) > 1 and ev.vendor.strip():
            name = f"{name} ({ev.vendor.strip()})"
        base, n = name, 2
        while name in names:
            name, n = f"{base} ({n})", n + 1
        names.append(name)
    return names


def compare(evaluations: list[Evaluation], weights: dict[str, float] | None = None,
            bank: QuestionBank | None = None, scorecards: list[Scorecard] | None = None,
            evaluators: list[str] | None = None, checked: list[Scorecard] | None = None,
            unreviewed: list[int] | None = None) -> Comparison:
    """Rank the proposals; `weights` (section id -> weight) overrides the bank's section weights.

    `scorecards`, one per evaluation, ranks on those instead of scoring the evaluations, e.g. each
    proposal's consensus of several evaluators (scoring.consensus); `evaluators` says whose each column is (each
    evaluation's Evaluator field where not given). `checked` (each proposal scored on its reviewed answers alone, e.g.
    the consensus of those) and `unreviewed` (its drafted answers nobody reviewed) tell whether the lead rests on
    drafts; by default from the evaluations themselves."""
    if len(evaluations) < 2:
        raise ValueError(f"a comparison needs two or more evaluations, got {len(evaluations)}")
    bank = bank or load_bank()
    engine = engine_for(bank)
    names = display_names(evaluations)
    if scorecards is not None and len(scorecards) != len(evaluations):
        raise ValueError(f"one scorecard per evaluation: got {len(scorecards)} for {len(evaluations)}")
    cards = scorecards if scorecards is not None else [engine.score(ev) for ev in evaluations]
    w = _check_weights(bank, weights)
    scores = {n: {s.id: s.score for s in c.sections} for n, c in zip(names, cards)}  # name -> section -> score
    exact = {n: _overall(scores[n], w) for n in names}
    overall = {n: round(v, 1) for n, v in exact.items()}
    position = {n: i for i, n in enumerate(names)}
    ranking = sorted(names, key=lambda n: (-exact[n], position[n]))  # unrounded, so near-ties rank right
    margin = round(exact[ranking[0]] - exact[ranking[1]], 1)
    unreviewed = dict(zip(names, unreviewed or [sum(a.unreviewed for a in ev.answers) for ev in evaluations]))
    if checked is None and any(unreviewed.values()):  # a consensus without its own checked cards: no drafts to tell
        checked = [engine.score(reviewed_only(ev)) for ev in evaluations] if scorecards is None else None
    drafts = lead_on_drafts(names, {n: _overall({s.id: s.score for s in c.sections}, w) for n, c in zip(names, checked)},
                            ranking[0], unreviewed) if checked else ""
    terms = {n: months for n, ev in zip(names, evaluations) if (months := minimum_term(ev))}
    horizon = max(terms.values(), default=None)  # one term for all: the offers' costs side by side
    return Comparison(
        proposals=names, weights=w, overall=overall, terms=terms, horizon=horizon,
        costs={n: cost_said(ev, horizon, compared=True) for n, ev in zip(names, evaluations)},
        sections=[SectionRow(id=s.id, title=s.title, weight=w[s.id], scores={n: scores[n][s.id] for n in names})
                  for s in bank.sections],
        ranking=ranking, winner=ranking[0], winner_margin=margin,
        differences=_differences(names, cards, evaluations),
        gaps={n: c.gaps for n, c in zip(names, cards)}, flags={n: c.flags for n, c in zip(names, cards)},
        stability=_stability(names, scores, cards[0], w, ranking, _plausible(bank, w)), scorecards=cards,
        keys=dict(zip(names, keys_for(len(names)))),
        unreviewed=unreviewed, prices={n: stated_price(ev) for n, ev in zip(names, evaluations)},
        pilots={n: once_per_item(list(c.first_phase.offered)) for n, c in zip(names, cards)},
        **_extras(names, evaluations), contract={n: compared_terms(ev) for n, ev in zip(names, evaluations)},
        evaluators=dict(zip(names, evaluators or [ev.evaluator.strip() for ev in evaluations])),
        caveats=[said for said in (all_low(exact, bank.compare_low_score), drafts) if said])


def _extras(names: list[str], evaluations: list[Evaluation]) -> dict[str, dict[str, str]]:
    """Each offer's priced options and what it leaves out, in words (scoring.prices)."""
    read = [extras_said(offer_extras(ev)) for ev in evaluations]
    return {"options": {n: said[0] for n, said in zip(names, read)},
            "excluded": {n: said[1] for n, said in zip(names, read)}}


def _check_weights(bank: QuestionBank, weights: dict[str, float] | None) -> dict[str, float]:
    w = {s.id: s.weight for s in bank.sections}
    for sid, value in (weights or {}).items():
        if sid not in w:
            raise ValueError(f"weights: unknown section {sid!r}; sections: {', '.join(w)}")
        if value is None or value < 0:
            raise ValueError(f"weights: section {sid!r} needs a weight of 0 or more, got {value!r}")
        w[sid] = float(value)
    if not any(w.values()):
        raise ValueError("weights: at least one section needs a weight above 0")
    return w


def _differences(names: list[str], cards: list[Scorecard], evaluations: list[Evaluation]) -> list[Difference]:
    """Questions where the proposals' answers differ in what they show, not only in points; each answer
    says whether it is a draft nobody reviewed, which reads like a checked one otherwise."""
    out = []
    for i, first in enumerate(cards[0].answers):
        row = {n: _substance(c.answers[i]) for n, c in zip(names, cards)}
        if len(set(row.values())) > 1:
            drafts = {n: _unreviewed(ev, first.question) for n, ev in zip(names, evaluations)}
            out.append(Difference(question=first.question, section=first.section, prompt=first.prompt, answers=row,
                                  drafts=drafts))
    return out


def _unreviewed(evaluation: Evaluation, question: str) -> bool:
    answer = evaluation.answer(question)
    return answer is not None and answer.unreviewed


def _substance(answer) -> str:
    if answer.evidence == "not_answered":
        return "not answered"
    return f"{answer.summary} [{answer.evidence.replace('_', ' ')}]"


def _plausible(bank: QuestionBank, weights: dict[str, float]) -> tuple[float, float]:
    """How many times the largest weight (the bank's or the buyer's) is the highest a buyer would give one section
    (rules.yaml plausible_weight_times), and that largest weight."""
    return bank.plausible_weight_times, max([s.weight for s in bank.sections] + list(weights.values()))


def _stability(names, scores: dict[str, dict[str, float]], card: Scorecard, weights: dict[str, float],
               ranking: list[str], plausible: tuple[float, float] = (math.inf, 1.0)) -> Stability:
    """The smallest change of one section's weight that puts another proposal first.

    The overall score is linear in each weight, so for winner A and rival B the weight of
    section k at which they tie is w_k - D / d_k, where D = sum_s w_s (A_s - B_s) and
    d_k = A_k - B_k. A change only counts if the new weight stays at 0 or above.
    Linear in the number of proposals and sections: one pass over the rivals, no search.
    """
    winner = ranking[0]
    best: tuple[float, str, float, str] | None = None
    for rival in ranking[1:]:
        diff = {k: scores[winner][k] - scores[rival][k] for k in weights}
        total = sum(weights[k] * diff[k] for k in weights)
        for k, d in diff.items():
            if d == 0:
                continue
            tie = weights[k] - total / d
            if tie < 0:
                continue
            # step just past the tie (to a tenth) so the rival is strictly ahead
            new = math.floor(tie * 10 + 1) / 10 if tie > weights[k] else math.ceil(tie * 10 - 1) / 10
            if new < 0:
                continue
            change = abs(new - weights[k])
            if best is None or change < best[0]:
                best = (change, k, round(new, 1), rival)
    if best is None:
        return Stability(text=f"{winner} stays first whatever weight any single section is given.")
    _, section, to_weight, rival = best
    changed = dict(weights, **{section: to_weight})
    rival = max(names, key=lambda n: _overall(scores[n], changed))  # another rival may pass both
    title = next(s.title for s in card.sections if s.id == section)
    verb = "raising" if to_weight > weights[section] else "lowering"
    lead = _overall(scores[winner], weights) - _overall(scores[ranking[1]], weights)
    times, largest = plausible
    if to_weight > times * largest:  # "'Measurable return' at 604.8" where weights run 6 to 15: no weighting a
        return Stability(            # buyer would choose; the figure stays in the fields for whoever tries it
            text=(f"{winner} leads {ranking[1]} by {lead:.1f} points, and no single section's weight changes the "
                  f"order: it would take more than {times:g} times the largest weight ({largest:g})."),
            section=section, from_weight=weights[section], to_weight=to_weight, new_winner=rival)
    return Stability(
        text=(f"{winner} leads {ranking[1]} by {lead:.1f} points; {verb} the weight of '{title}' "
              f"from {weights[section]:g} to {to_weight:g} would put {rival} first."),
        section=section, from_weight=weights[section], to_weight=to_weight, new_winner=rival)


def _overall(scores: dict[str, float], weights: dict[str, float]) -> float:
    total = sum(weights.values())
    return sum(weights[k] * scores[k] for k in weights) / total if total else 0.0
