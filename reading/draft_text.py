"""The vendor's own sentences that answer the text questions, substance first (mixed into reading.draft.Drafter through
draft_answers.AnswerDrafting: needs self.rules, self.roles, self.questions, self.prefiller, self.references and
evidence_of). A price sheet's recurring fees (fees.py) are quoted after the sentences on upkeep, as what it costs.

Where a text tells which decision improves, a sentence that tells how far ahead the system warns (draft_horizon.py) is
quoted first, then one that names a role acting on the output (drafting.yaml acting: "Your maintenance planner, Rick,
reviews it ... and schedules the repair"): how early, and who makes the decision."""
from __future__ import annotations

from dataclasses import replace

from questions.models import Answer

from .draft_evidence import RANK, Evidence
from .draft_listed import listing
from .draft_optional import excluded_sections, left_out
from .draft_pass import Pass
from .draft_promised import promised
from .draft_rules import draft_data
from .fees import Fees, fee_told, fees, is_fee
from .kpi_table import is_header
from .references import REFERENCE
from .reply_words import unmarked
from .roles import BEFORE
from .text import Reading, Sentence
from .phrases import PhraseSet

# the system's own housekeeping and the text questions it answers not (drafting.yaml housekeeping)
_HOUSEKEEPING = (PhraseSet.of(draft_data()["housekeeping"]["says"], "housekeeping"),
                 frozenset(draft_data()["housekeeping"]["questions"]))


def said(quotes: list[str]) -> str:
    """A text answer's words: its sentences once each, without the mark a reply heads one with ("Re 3.1:")."""
    return " ".join(dict.fromkeys(unmarked(q) for q in quotes))


class TextAnswers:
    @property
    def fees(self) -> Fees:
        return fees()  # drafting.yaml price_sheet, compiled once

    def _text_answers(self, reading: Reading, seen: Pass, page: bool = False,
                      found: dict[str, Evidence] | None = None) -> dict[str, Answer]:
        """Text questions: the vendor's own sentences that answer them, substance first. A product
        page's text answer, as its options, needs `repeats` sentences: one in passing is no answer."""
        out = {}
        by_text = {s.text: s for s in reading.sentences}
        # Only sentences with something to quote: a text answer is never made of a neutral one, but for the
        # plant's own loss told before the project ("last year 14 complaints cost about EUR 180,000").
        worth = [s for s in reading.sentences if (s.kind != "neutral" or self._loss_told(s, seen)) and not seen.marketing(s)]
        worth = worth or [s for s in reading.sentences if s.kind == "label"]
        suggested = self.prefiller.suggest(replace(reading, sentences=worth), limit=10)
        suggested.update(promised(self.prefiller, reading, seen, suggested, page))  # "payback in less than 12 months" (draft_promised.py)
        if seen.rates:  # a data table's rates answer "how often" even where no sentence does
            suggested.update({qid: [] for qid in self.rules.tables.rate_answers if qid not in suggested})
        if seen.ways or seen.link_ways:  # ... and a link table's machine protocols, or a link's way, "which protocols"
            suggested.update({qid: [] for qid in self.rules.tables.method_answers if qid not in suggested})
        if seen.kept_rows:  # ... and a work table's upkeep rows what upkeep it needs (draft_work_tables.py)
            suggested.update({qid: [] for qid in self.rules.tables.work.answers if qid not in suggested})
        # the plant's loss counted before the project states the problem, whatever its words ("last year the plant
        # paid EUR 212,000 in peak-demand penalties": no cue nor unit the suggestions know)
        losses = [s for s in worth if self._loss_told(s, seen)]
        suggested.update({qid: [] for qid in self.roles.problem_text if losses and qid not in suggested})
        # another customer's case with a measured result answers the reference question, whatever its words ("At
        # Brenner Getriebe AG ... OEE rose from 58% to 71%" under the heading "Reference")
        cases = [s for s in worth if self._case_result(s, seen)]
        suggested.update({qid: [] for qid in self.references.may_draft if cases and qid not in suggested})
        listed = listing(reading.sentences)  # a list of the protocols a product speaks, however it sells (draft_listed.py)
        suggested.update({qid: [] for qid in listed if qid not in suggested})
        # how far ahead it warns and who acts on it come first where the decision is told: alone, a horizon says how
        # early, not which decision nor who makes it ("SCREW WEAR WARNING 10-14 DAYS AHEAD.")
        leading = self._leading(worth, reading, seen, found or {})
        excluded = left_out([s.text for s in reading.sentences], seen.roles)
        saved = self._saved_rows(reading)  # money saved each period: the return promised, no fee (fees.py savings)
        fee_rows = [s for s in self._fee_rows(reading, seen) if s not in saved]  # a price sheet's recurring fees
        for qid, rows in ((self.fees.answers, fee_rows), (self.fees.saved_answers, saved)):
            suggested.update({qid: []} if rows and qid not in suggested else {})
        for qid, items in suggested.items():
            if self.questions[qid].kind != "text":
                continue
            sentences = [by_text[s.quote] for s in items]
            if qid in self.roles.problem_text:
                sentences += [s for s in losses if s.text not in {t.text for t in sentences}]
            if qid in self.references.may_draft:
                sentences += [s for s in cases if s.text not in {t.text for t in sentences}]
            sentences += [s for s in listed.get(qid, []) if s.text not in {t.text for t in sentences}]
            lead = [s.text for s in leading.get(qid, [])]
            sentences += [s for s in leading.get(qid, []) if s.text not in {t.text for t in sentences}]
            if qid == self.fees.answers:  # a one-off price or a total is no cost of upkeep, however it names a licence
                sentences = [s for s in sentences if not self.fees.priced(self._row(s, seen))]
            if qid in draft_data().get("offer_terms", {}).get("questions", ()):  # a term answers none (draft_terms.py)
                sentences = [s for s in sentences if s.text not in getattr(seen, "terms", ())]
            if qid in excluded_sections()[1]:  # nor does a line under "Exclusions": the buyer's job (draft_optional.py)
                sentences = [s for s in sentences if s.text not in excluded]
            picked = self._text_quotes(qid, sentences, seen)
            charged = self._fee_quotes(fee_rows, seen) if qid == self.fees.answers else \
                self._fee_quotes(saved, seen, qid) if qid == self.fees.saved_answers else []
            rows = len(set(seen.rates)) if qid in self.rules.tables.rate_answers else 0  # each row says it again
            rows += len(set(seen.ways)) if qid in self.rules.tables.method_answers else 0
            rows += any(s.text == q for s in listed.get(qid, []) for _e, q in picked)  # a list is no passing mention
            rows += len(charged)  # ... nor is a price sheet's fee
            if page and len(picked) + rows < self.rules.product_page.repeats:
                continue
            if qid in self.roles.problem_text:  # the plant's loss counted before the project comes first
                picked.sort(key=lambda p: not self._loss_told(by_text[p[1]], seen))
            picked.sort(key=lambda p: (lead.index(p[1]), 0) if p[1] in lead else (len(lead), -RANK[p[0]]))
            kept = _list_kept(picked[:self.rules.text_sentences], picked, {s.text for s in listed.get(qid, [])})
            if qid in self.rules.tables.method_answers:  # ... and each further sentence naming a way no kept one named
                told = self._rows_told(kept, [q for p in picked if p not in kept for q in p[1:]])[0]
                kept += [p for p in picked if p[1] in told]  # ("los tornos por MTConnect", "una señal de 4-20 mA")
            picked = kept
            if qid in self.rules.tables.rate_answers:
                picked = self._with_rates(picked, seen)
            if qid in self.rules.tables.method_answers and seen.ways:  # the machines' links first, each its own protocol
                picked = [("specific", r) for r in dict.fromkeys(seen.ways)] + [p for p in picked if p[1] not in seen.ways]
            if qid in self.rules.tables.method_answers and seen.link_ways:  # each link's way, among those naming one
                picked = _ways_told(picked, seen.link_ways, self._method)
            if qid in self.rules.tables.work.answers and seen.kept_rows:  # who keeps it doing what, row by row
                picked += [("specific", r) for r in dict.fromkeys(seen.kept_rows) if r not in {q for _e, q in picked}]
            quoted = {q for _e, q in picked}  # a work table's upkeep row may be its fee row too
            picked = [*picked, *(c for c in charged if c[1] not in quoted)]  # what it needs, then what it costs
            if picked:
                quotes = [q for _, q in picked]
                best = max((e for e, _ in picked), key=RANK.get)  # a role's act quoted first may name no unit
                if best == "specific" and not charged and not self.reader.substance(said(quotes)):  # one rule with
                    best = "vendor_claim"  # the score's reason: what it reads nothing specific in (a gloss read more) is
                    # the vendor's claim; a price sheet's fee row states its amount under its header's currency
                out[qid] = Answer(question=qid, evidence=best, text=said(quotes),
                                  quotes=quotes, drafted=True)
        return out

    def _leading(self, worth: list[Sentence], reading: Reading, seen: Pass,
                 found: dict[str, Evidence]) -> dict[str, list[Sentence]]:
        """The sentences quoted first for which decision improves: one that tells how far ahead the system warns
        (draft_horizon.py), then one where a named role acts on what it puts out (drafting.yaml acting: a role and
        an act of review in one sentence, "Your maintenance planner, Rick, reviews it ... and schedules the repair"),
        then the others of each."""
        acting, qid = self.rules.acting, self.rules.horizon.answers
        if not qid:
            return {}
        review = found.get(acting.answers)  # the role's act as drafted: not one a later rule ruled out
        acts = {t for o in acting.acts for t in review.said.get(o, []) if t in seen.acted} if review else set()
        tells: dict[str, bool] = {}  # a line said again has the same words (Pass.words): read once
        for s in worth:
            if s.text not in tells:
                tells[s.text] = self.rules.horizon.tells(seen.words_of(s))
        horizon = [s for s in worth if tells[s.text]]
        # (a role's act is worth quoting though it names no unit: "Rick reviews it" is neutral by its words)
        acted = [s for s in reading.sentences if s.text in acts and s not in horizon and not seen.marketing(s)]
        lead = horizon[:1] + acted[:1] + horizon[1:] + acted[1:]  # how early, then who: both in the first two quotes
        return {qid: lead} if lead else {}

    def _row(self, sentence: Sentence, seen: Pass) -> str:
        """The sentence as a row line: a pasted table's row with each cell under its header, else its text."""
        return seen.table_rows.get(seen.index[sentence.start], sentence.text)

    def _fee_rows(self, reading: Reading, seen: Pass) -> list[Sentence]:
        """The rows of a fee billed again and again, with its amount, each once (fees.py); not a row of an item the
        offer leaves out ("Vision AI add-on (optional, not included)": withheld_rows.py), which costs the plant nothing;
        and a sentence of prose stating such a fee ("From the second year it costs EUR 38 500,00 per year")."""
        withheld = self.reader.withheld.withheld
        rows = {s.text: s for s in reading.sentences
                if (is_fee(self._row(s, seen)) or fee_told(s.text)) and not withheld(s.text)}
        return list(rows.values())

    def _saved_rows(self, reading: Reading) -> list[Sentence]:
        """The rows of money the plant saves each period, in a savings or expected-return table (fees.py savings)."""
        return [reading.sentences[at] for at in self.fees.savings([s.text for s in reading.sentences])]

    def _fee_quotes(self, rows: list[Sentence], seen: Pass, qid: str = "") -> list[tuple[str, str]]:
        """The fee rows (or saving rows, for `qid`) a text answer's role lets quote (not another customer's, not the
        plant's before): an amount with its item is specific, however few words it has."""
        return [("specific", q) for _e, q in self._text_quotes(qid or self.fees.answers, rows, seen)][:self.fees.max_rows]

    def _in_table(self, sentence: Sentence, seen: Pass) -> bool:
        """The sentence is a row of a data or link table (a PDF's, or a pasted one under its headers)."""
        return self.rules.tables.row(seen.table_rows.get(seen.index[sentence.start], sentence.text)) is not None

    def _loss_told(self, sentence: Sentence, seen: Pass) -> bool:
        """A sentence of the plant before the project that names its loss with a figure (roles.counts_loss): not a
        heading ("The problem") nor a general truth ("downtime costs manufacturers $20,000 an hour")."""
        role, i = seen.role_at[sentence.start], seen.index[sentence.start]
        return role.kind == BEFORE and not role.heading and not seen.general[i] and self.roles.counts_loss(seen.words[i])

    def _case_result(self, sentence: Sentence, seen: Pass) -> bool:
        """Another customer's case (under a reference heading, or read as one: references.py) with a measured result or
        a figure with its unit ("two bearing failures were found 6 weeks in advance")."""
        i = seen.index[sentence.start]
        return (REFERENCE in (seen.roles[i].kind, seen.general[i]) or i in seen.cases) and self.references.measured(
            seen.words[i], any(k.kind in ("result", "number") for k in sentence.substance))

    def _targets_dropped(self, picked: list[tuple[str, str]], sentences: list[Sentence], seen: Pass) -> list[tuple[str, str]]:
        """The problem statement without the offer's targets and plans ("Target: complaints from 14 a year to fewer
        than 3", "we will reduce the stops to 4 hours") where the plant's before-state counts its loss apart from
        them (`_loss_told`): a target is the KPI's. Elsewhere a KPI line's starting value may be the only figure."""
        told = {s.text for s in sentences if self._loss_told(s, seen)}
        if told.isdisjoint(q for _, q in picked):
            return picked
        target = {s.text for s in sentences if not seen.role_at[s.start].before(0) and self._target(s.text, seen.words_of(s))}
        return [p for p in picked if p[1] not in target]

    def _text_quotes(self, qid: str, sentences: list[Sentence], seen: Pass) -> list[tuple[str, str]]:
        """(evidence, quote) for each sentence that may answer a text question: not a question or an
        option, nor the plant before the project or plants in general (which may state the problem only)."""
        picked = []
        for sentence in sentences:
            line = seen.table_rows.get(seen.index[sentence.start], sentence.text)
            if self.rules.tables.link_row(line):
                continue  # a link table's row drafts its link: its cells state no workflow, decision or protocol
            if is_header(line):
                continue  # "KPI; Baseline (2025); Target (after 12 months)" labels the columns below: no sentence
            if qid in self.upkeep.not_quoted_for and (sentence.text in seen.kept or sentence.text in seen.kept_rows):
                continue  # "the vendor keeps the platform running, updates the models monthly": upkeep, no workflow
            if qid in _HOUSEKEEPING[1] and _HOUSEKEEPING[0].find(seen.words_of(sentence)):
                continue  # "the configuration is backed up daily": the system's own housekeeping, no work of the plant
            if qid in self.kinds.bought.quotes and self.kinds.bought.decides(seen.words_of(sentence)):
                continue  # "you decide whether to extend": the buyer's purchase, no decision the system changes
            role = seen.role_at[sentence.start]
            general = seen.general[seen.index[sentence.start]]  # a truth of the industry (agent.py)
            case = REFERENCE in (role.kind, general)  # "At Müller GmbH the data went to SAP PM": a reference only
            if case and qid not in self.references.may_draft:
                continue
            if not case and (not role.drafts(0) or ((role.kind == BEFORE or general) and qid not in self.roles.before_may_draft)):
                continue
            if qid in self.roles.problem_text and not (role.before(0) or general) and (not self.roles.tells_problem(
                    seen.words_of(sentence)) or self._in_table(sentence, seen)):
                continue  # "we read the filler every 5 seconds" offers something; a data or link table's row lists it
            if qid in self.roles.problem_text and general and general != REFERENCE \
                    and self.roles.problem_words.isdisjoint(seen.words_of(sentence)):
                continue  # "Customers typically see a return on investment within 6 months": a gain, no loss of any plant
            vague = general and general != REFERENCE  # a reference's measured result is as specific as it says
            evidence = "vendor_claim" if vague else self.evidence_of(sentence, seen.marketing(sentence))
            picked.append(("specific" if self._loss_told(sentence, seen) else evidence, sentence.text))
        return self._targets_dropped(picked, sentences, seen) if qid in self.roles.problem_text else picked


def _list_kept(kept: list[tuple[str, str]], picked: list[tuple[str, str]], lists: set[str]) -> list[tuple[str, str]]:
    """`kept` with the first listing sentence in its last place where none made it: "Connect: 300+ drivers including OPC
    UA, Modbus TCP and MQTT" names every protocol the product speaks, however it sells, and answers more of the question
    than sentences that each name one, ranked before it only for their evidence."""
    if not lists or not kept or any(q in lists for _e, q in kept):
        return kept
    listing_one = next((p for p in picked if p[1] in lists), None)
    return kept if listing_one is None else [*kept[:-1], listing_one]


def _ways_told(picked: list[tuple[str, str]], ways: list[str], method) -> list[tuple[str, str]]:
    """The quotes on which protocols carry the data: those naming a way first (as ranked), then each prose link's
    sentence naming its way ("creates a notification in SAP through the OData API") not yet quoted, then the rest: an
    interface named for a link answers before a line that names none ("900 bottles per minute")."""
    told = [p for p in picked if p[1] in ways or method(p[1])]
    quoted = {q for _e, q in picked}
    more = [("specific", w) for w in dict.fromkeys(ways) if w not in quoted]
    return told + more + [p for p in picked if p not in told]
