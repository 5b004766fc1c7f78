"""Draft a whole evaluation from a vendor's proposal text, for the buyer to review.

Every drafted answer carries the sentences it rests on (quotes) and the evidence level those
sentences warrant: "specific" when a sentence names concrete substance and is not marketing,
otherwise "vendor_claim". Never "demonstrated" or "proven": only the buyer can say that.
Which words answer which question is data (questions/drafting.yaml); this module only reads it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from questions.loader import load_prefill as prefill_rules
from questions.models import Answer, Document, Evaluation, Integration, QuestionBank

from .documents import pasted
from .draft_integrations import MAX_QUOTES, IntegrationDrafting
from .draft_kpi import find_measure
from .draft_pass import Pass
from .draft_rules import (ACT, CLAUSE_END, COMPOUND, BOAST, DONE_BY, EXCHANGE, HEDGE, INTEGRATION, MOVES, PAGE,
                          DraftRules, draft_data, normalise, rules_for, tokens)
from .prefill import Prefiller
from .roles import BEFORE, Role, RoleReader
from .story import StoryReader
from .text import Reading, Sentence, reader_for

RANK = {"vendor_claim": 1, "specific": 2}
_COMPOUND_KEY = COMPOUND + ":"
Hit = tuple[str, str, int]  # (question, option, word position)
CONCRETE = frozenset({"data", "protocol", "number", "frequency", "result"})  # more than a system's name


@dataclass(slots=True)
class Evidence:
    """What the proposal says for one answer: options (or areas) and the sentences behind them."""
    options: dict[str, int] = field(default_factory=dict)  # option -> hits (order of first hit)
    quotes: list[str] = field(default_factory=list)
    evidence: str = "vendor_claim"
    confidence: dict[str, float] = field(default_factory=dict)  # option -> how sure the cues behind it make us
    rows: list[Integration] = field(default_factory=list)  # integration table rows, one each, as read
    said: dict[str, list[str]] = field(default_factory=dict)  # option -> the sentences that drafted it
    implied: set[str] = field(default_factory=set)  # options backed only by another drafted answer

    def add(self, option: str, quote: str, evidence: str, confidence: float, again: float = 0.0) -> None:
        """One more cue for an option: the surest cue counts, and each further sentence adds `again`."""
        known = self.confidence.get(option)
        self.confidence[option] = confidence if known is None else min(0.99, max(known, confidence) + again)
        self.options[option] = self.options.get(option, 0) + 1
        self.said.setdefault(option, []).append(quote)
        if quote not in self.quotes:
            self.quotes.append(quote)
        if RANK[evidence] > RANK[self.evidence]:
            self.evidence = evidence


class Drafter(IntegrationDrafting):
    """Compiled once per bank: `draft(text)` returns a drafted Evaluation."""

    def __init__(self, bank: QuestionBank, rules: DraftRules | None = None):
        self.bank = bank
        self.rules = rules or rules_for(bank)
        self.reader = reader_for(bank)
        self.questions = bank.questions()
        text_rules = {q: r for q, r in prefill_rules().items() if self.questions[q].kind == "text"}
        self.prefiller = Prefiller(bank, text_rules)  # quotes for the text questions only
        self.roles = RoleReader(draft_data()["roles"], self.rules.scan)  # its cues are in the one scan
        self.story = StoryReader.from_data(draft_data()["product_page"])
        self._destinations = self.rules.destinations.drops
        self._page_cues = {key for key, targets in self.rules.scan.targets.items() if any(t == PAGE for t, _ in targets)}
        self._self_negating = {p for p in self.rules.scan.targets
                               if p[0] != "~" and not self.rules.negations.isdisjoint(p.split(" "))}

    # --- one sentence ------------------------------------------------------------------

    def is_marketing(self, sentence: Sentence, words: list[str]) -> bool:
        return self._sells(sentence, self._hits(self.rules.scan, words))

    def _sells(self, sentence: Sentence, hits: list[tuple[str, str, int]]) -> bool:
        """A sentence that sells more than it says: a boast ("up to 30% less downtime", "500+
        customers"), or more labels, buzzwords and hedges than concrete substance ("our AI
        seamlessly integrates with your ERP": a system's name alone is not concrete). A plain
        label sentence with substance ("our edge box reads the S7 over OPC UA") is not."""
        if any(q == BOAST for q, _, _ in hits):
            return True
        buzz = 0 if sentence.kind == "neutral" else len(sentence.buzzwords)
        # A label counts against a sentence only beside a buzzword: "opens the connection to
        # our cloud itself" is a plain statement, "our AI seamlessly ..." is not.
        salesy = buzz + sum(q == HEDGE for q, _, _ in hits) + (len(sentence.labels) if buzz else 0)
        concrete = sum(s.kind in CONCRETE for s in sentence.substance)
        return salesy > concrete

    def evidence_of(self, sentence: Sentence, marketing: bool) -> str:
        return "specific" if sentence.kind == "substance" and not marketing else "vendor_claim"

    def _negated(self, words: list[str], start: int, end: int, phrase: str) -> bool:
        rules = self.rules
        if phrase in self._self_negating:
            return False  # the phrase itself says "no inbound port": the negation is its meaning
        before = words[max(0, start - rules.negation_window):start]
        ends = rules.negation_ends
        cut = max((i for i, w in enumerate(before) if w in CLAUSE_END or w in ends), default=-1)
        # "no ERP link, the box reads the PLC": the negation stays in its clause; "nothing is issued
        # until he signs it off": what comes after "until" is the condition, not what is denied
        before = before[cut + 1:]
        if not rules.negations.isdisjoint(before) or any(w.endswith("n't") for w in before):
            return True
        after = words[end:end + 6]
        if after[:1] == [":"] and after[1:2] and after[1] in rules.negations:
            return True  # "Cloud: none", "- remote access: not needed": the value denies the term
        starts = rules.negated_after.trie  # most phrases are followed by none of these words
        return not starts.keys().isdisjoint(after[:3]) and any(s <= 2 for s, _e, _p in rules.negated_after.find(after))

    def _hits(self, phrases, words: list[str], found: list | None = None) -> list[tuple[str, str, int]]:
        """(question, option, word position) for each phrase found (`found`: what `phrases.find`
        gave, when the caller has it), negated ones dropped; within one question a phrase inside a
        longer one does not count ("planner" in "maintenance planner"). Role cues are no answer."""
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        rules, role_cues = self.rules, self.roles.kind_of
        # Most sentences hold no negation at all: then no phrase needs the closer look.
        negative = not rules.negations.isdisjoint(words) or not rules.negated_after.trie.keys().isdisjoint(words) \
            or ("n't" in " ".join(words) and any(w.endswith("n't") for w in words))
        finds = phrases.find(words) if found is None else found
        nouns = [(s, e) for s, e, p in finds if p.startswith(_COMPOUND_KEY)]
        for start, end, phrase in finds:
            if phrase in role_cues or phrase in self._page_cues or phrase.startswith(_COMPOUND_KEY):
                continue  # a role cue ("previously"): read by the RoleReader, drafts nothing itself
            if nouns and any(s < end and start < e and not (start <= s and e <= end) for s, e in nouns):
                continue  # "your data" in "your data centre": part of another noun
            if not negative or not self._negated(words, start, end, phrase):
                for qid, option in phrases.targets[phrase]:
                    spans[qid].append((start, end, option))
        found = []
        for qid, items in spans.items():
            if len(items) == 1:  # most questions: one phrase, inside nothing
                found.append((qid, items[0][2], items[0][0]))
                continue
            for start, end, option in items:
                if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in items):
                    found.append((qid, option, start))
        return found

    def cues(self, sentence: str) -> list[tuple[str, str, str]]:
        """(question, option, phrase) for each drafting phrase of questions/drafting.yaml that the
        sentence holds and no negation cancels: what a drafted option rests on, for reports."""
        words = tokens(normalise(sentence))
        finds = self.rules.scan.find(words)
        found = []
        for start, end, phrase in finds:
            if phrase not in self.roles.kind_of and not self._negated(words, start, end, phrase):
                found += [(q, o, phrase) for q, o in self.rules.scan.targets[phrase] if q[0] != "~"]
        return found + self._read_together(words, finds, {(q, o) for q, o, _p in found})

    def _read_together(self, words: list[str], finds: list, known: set) -> list[tuple[str, str, str]]:
        """What an act beside a role, or what moves beside a suite, drafts: under that act's or
        object's own phrase ("confirms each", "consumption"), so a report names the cue to correct."""
        tagged = {start: phrase.split(":", 1)[1] for start, _end, phrase in finds
                  if phrase.startswith((ACT + ":", DONE_BY + ":", MOVES + ":"))}
        hits = self._what_moves(self._acting(words, self._hits(self.rules.scan, words, finds)))
        return [(q, o, tagged[at]) for q, o, at in hits if q[0] != "~" and (q, o) not in known and at in tagged]

    # --- the whole proposal ------------------------------------------------------------

    def read(self, reading: Reading, seen: Pass) -> dict[str, Evidence]:
        """question id -> Evidence from every sentence that is not marketing, as its role allows."""
        found: dict[str, Evidence] = defaultdict(Evidence)
        sure = self.rules.confidence
        read_before: dict[str, list[tuple[str, str, int]]] = {}  # sentence text -> its hits
        for sentence, role, words, finds in zip(reading.sentences, seen.roles, seen.words, seen.found):
            if sentence.kind == "neutral" and len(sentence.text) < 12:
                continue
            if sentence.text not in read_before:  # the one scan, shared with the roles; once per text
                hits = self._kept_for(words, self._hits(self.rules.scan, words, finds))
                read_before[sentence.text] = self._users_only(words, hits)
            hits = self._what_moves(self._acting(words, list(read_before[sentence.text])))
            marketing = seen.selling[sentence.start] = self._sells(sentence, hits)
            if sentence.kind != "neutral" or marketing:
                seen.said["selling" if marketing else sentence.kind] += 1
            if marketing:
                continue  # "seamlessly integrates with your ERP" is no integration
            evidence = self.evidence_of(sentence, False)
            moves = any(q == EXCHANGE for q, _, _ in hits)  # an area counts only where data moves
            row = self.rules.tables.row(sentence.text)
            if row is not None:
                hits = self._table_row(row, sentence.text, role, evidence, hits, found, seen)
            hits = self._problems_told(role, words, hits)
            plain = role.plain  # most sentences: a claim with no before-state, option or existing kit
            for qid, option, at in hits:
                if qid[0] != "~" and (qid != INTEGRATION or moves) and (plain or self._role_allows(role, qid, option, at)) \
                        and not ((qid, option) in self._destinations and self._sent_to(words, at)):
                    found[qid].add(option, sentence.text, evidence, sure[evidence], sure["again"])
        return found

    def _problems_told(self, role: Role, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A claim states a problem of the plant only when it speaks of the plant's own state ("your
        scrap is 4%"): "the worker enters the scrap quantity" is what the offer does, no problem."""
        problems = self.roles.before_may_draft
        if role.kind == BEFORE or role.turn or not any(q in problems for q, _o, _at in hits):
            return hits
        if self.roles.tells_plant(words):
            return hits
        return [h for h in hits if h[0] not in problems]

    def _kept_for(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """How long, read as a length of time (drafting.yaml `lengths`): "we keep 24 months of data"
        is years of history, "refreshed every 60 minutes" an hour. A phrase with no number keeps its option."""
        asked = {q for q, _o, _at in hits}
        for spec in self.rules.lengths:
            if spec.question not in asked and not (spec.keeps and not spec.keeps.isdisjoint(words)):
                continue  # most sentences: no phrase of this question and no word of keeping
            if spec.not_with and any((q, o) == spec.not_with for q, o, _at in hits):
                hits = [h for h in hits if h[0] != spec.question]  # a buffer while the link is down is no history
                continue
            if spec.keeps and not spec.keeps.isdisjoint(words):
                hits = hits + spec.kept(words)
            if any(q == spec.question for q, _o, _at in hits):
                hits = [(q, spec.option(words, at) or o, at) if q == spec.question else (q, o, at) for q, o, at in hits]
        return hits

    def _users_only(self, words: list[str], hits: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
        """The plant's own people who use the output: not the vendor's ("our technicians calibrate"),
        and not the access roles a security sentence lists ("permissions follow roles (operator,
        planner, admin)"): drafting.yaml `users`."""
        spec = self.rules.users
        if not any(q == spec.question for q, _o, _at in hits):
            return hits
        listed = any((q, o) == spec.not_with for q, o, _at in hits)
        return [h for h in hits if h[0] != spec.question or not (listed or self._vendors(words, h[1], h[2]))]

    def _vendors(self, words: list[str], option: str, at: int) -> bool:
        spec = self.rules.users
        return option in spec.vendor_sends and not spec.vendor.isdisjoint(words[max(0, at - 2):at])

    def _sent_to(self, words: list[str], at: int) -> bool:
        """The system named at `at` is where data goes ("written into your PI historian"), not
        where it comes from: a word of drafting.yaml `destinations` a few words before it."""
        spec = self.rules.destinations
        return not spec.before.isdisjoint(words[max(0, at - spec.window):at])

    def _acting(self, words: list[str], hits: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
        """A named role acting on the output ("the shift lead confirms each alarm", "released by the
        planner") answers who reviews it: the act's option, once per sentence."""
        acting = self.rules.acting
        acts = [h for h in hits if h[0] in (ACT, DONE_BY)]
        actors = [at for q, _o, at in hits if q == acting.actors] if acts else []
        if not actors:
            return hits
        have = {(q, o) for q, o, _at in hits}
        for kind, option, at in acts:
            if (acting.answers, option) not in have and any(self._acts_on(words, a, at, kind == DONE_BY) for a in actors):
                hits.append((acting.answers, option, at))
                have.add((acting.answers, option))
        return hits

    def _acts_on(self, words: list[str], actor: int, act: int, passive: bool) -> bool:
        """The role comes before its act ("planners approve") or after a passive one ("approved by
        the planner"), a few words apart and in one clause."""
        first, last = (act, actor) if passive else (actor, act)
        return 0 < last - first <= self.rules.acting.window and CLAUSE_END.isdisjoint(words[first:last])

    def _role_allows(self, role: Role, qid: str, option: str, at: int) -> bool:
        """The before-state drafts only the problem; what the plant has is no new sensor."""
        if not role.drafts(at):
            return False
        if role.before(at) and qid not in self.roles.before_may_draft:
            return False
        if role.limited and any((qid, option) in self.roles.limit_drops[kind] for kind in role.limits(at)):
            return False  # "rated 0 to 55 °C" is no temperature read; "readings every minute" no decision time
        return not (role.has(at) and (qid, option) in self.roles.existing_drops)

    def draft(self, text: str, proposal: str = "Drafted proposal", vendor: str = "") -> Evaluation:
        """Draft from one text, tidied as a pasted text is (hard-wrapped lines would read as half-sentences)."""
        return self.draft_documents([pasted(text)], proposal, vendor)

    def draft_documents(self, documents: list[Document], proposal: str = "Drafted proposal",
                        vendor: str = "") -> Evaluation:
        """Draft from every document of the offer, read as the app reads them (Evaluation.proposal_text)."""
        evaluation = Evaluation(bank_version=self.bank.version, proposal=proposal, vendor=vendor, documents=documents)
        reading = self.reader.read(evaluation.proposal_text)
        answers = self.answers(reading)
        return evaluation.model_copy(update={"labels": reading.labels, "answers": answers})

    def answers(self, reading: Reading) -> list[Answer]:
        seen = Pass(self, reading)  # this reading's own state: one Drafter serves every session at once
        found = self.read(reading, seen)
        answers: dict[str, Answer] = {}
        self._implied(found)
        self._bare_roles(found)
        self._unlisted_problem(reading, seen, found)
        brochure = seen.brochure(self.rules.marketing_document_below)
        page = self.product_page(seen, brochure)
        scale = self.rules.confidence["brochure"] if brochure else 1.0
        for qid, ev in found.items():
            if qid != INTEGRATION:
                answers[qid] = self._choice_answer(qid, ev, scale, page)
        if INTEGRATION in found:
            answers[INTEGRATION] = self._integration_answer(found[INTEGRATION], reading, page)
        answers.update(self._text_answers(reading, seen))
        measure = find_measure(reading, self.rules, self, seen.claims, seen.words_of)
        if measure:
            answers[measure.question] = measure
        order = list(self.questions)
        drafted = [answers[q] for q in order if q in answers]
        if brochure or page:  # whatever it names is the vendor's claim
            drafted = [a.model_copy(update={"evidence": "vendor_claim"}) for a in drafted]
        return drafted

    def _implied(self, found: dict[str, Evidence]) -> None:
        """Options that other drafted answers back (implies: in drafting.yaml), quoting them."""
        for qid, options in self.rules.implies.items():
            for option, conditions in options.items():
                for source, wanted in conditions.items():
                    ev = found.get(source)
                    if ev and any(wanted == "any" or o in wanted for o in ev.options):
                        if option not in found[qid].options:
                            found[qid].implied.add(option)
                        found[qid].add(option, ev.quotes[0], ev.evidence, self.rules.confidence["implied"])

    def _bare_roles(self, found: dict[str, Evidence]) -> None:
        """A bare role word names the qualified role the same text names: "the planner releases the
        order" in a text about "your maintenance planner" is no production planner (drafting.yaml bare_roles)."""
        for rule in self.rules.bare_roles:
            ev = found.get(rule["question"])
            if not ev or rule["option"] not in ev.options or rule["over"] not in ev.options:
                continue
            if not any(self._names_fully(q, rule) for q in ev.said[rule["option"]]):
                del ev.options[rule["option"]]

    def _names_fully(self, sentence: str, rule: dict) -> bool:
        """Whether the sentence names the option by more than its bare word ("production planner")."""
        bare = rule["bare"]
        return any((q, o) == (rule["question"], rule["option"]) and p not in bare for q, o, p in self.cues(sentence))

    def _unlisted_problem(self, reading: Reading, seen: Pass, found: dict[str, Evidence]) -> None:
        """A text that tells the plant's trouble before the project in words no listed problem
        matches ("bearings failed without warning") states a problem all the same: "other"."""
        problem, option = self.roles.unlisted_problem
        if problem in found:
            return
        told = next((s for s, role in zip(reading.sentences, seen.roles)
                     if role.kind == BEFORE and len(s.text.split()) >= 6 and not seen.marketing(s)), None)
        if told is not None:  # "the company needed ...": a trouble one site's story tells is surer
            sure = self.rules.confidence["story_problem" if self.story.tells(seen.words_of(told)) else "unlisted_problem"]
            found[problem].add(option, told.text, "vendor_claim", sure)

    def product_page(self, seen: Pass, brochure: bool = False) -> bool:
        """A product page, not a project text: it speaks to manufacturers in general or calls the
        reader to act, and almost none of its sentences tie it to one plant and one project (what
        was delivered or is offered, when, by whom). Real sensors and protocols do not make it one.
        A brochure (too few concrete sentences) that ties itself to a project as seldom is one as well,
        whether or not it names its reader: a passing "the plant" or "will be" makes no project text."""
        untied = seen.project < self.rules.product_page.project_below * seen.long
        return untied and (brochure or seen.generic > 0 or seen.quiet())

    def _choice_answer(self, qid: str, ev: Evidence, scale: float, page: bool = False) -> Answer:
        """Options sure enough are drafted; the others are only suggested ("check this"). On a
        product page, only what several sentences say (and not only implied) is the page's claim."""
        options = list(ev.options)
        if self.questions[qid].kind == "choice":
            order = self.rules.order[qid]
            if qid in self.rules.scales:  # "on-site training ... one champion per line": the fuller option
                options = [min(options, key=order.index)]
            else:
                options = [max(options, key=lambda o: (ev.options[o], ev.confidence[o], -order.index(o)))]
        bar = self.rules.confidence["bar"]
        least = self.rules.product_page.repeats if page else 1
        labels = page and qid in self.rules.product_page.labels_only
        choices = [o for o in options if ev.confidence[o] * scale >= bar and not labels
                   and not (page and (o in ev.implied or ev.options[o] < least))]
        suggested = [o for o in options if o not in choices]
        return Answer(question=qid, evidence=ev.evidence if choices else "not_answered", choices=choices,
                      suggested=suggested, quotes=ev.quotes[:MAX_QUOTES], drafted=True)

    def _with_rates(self, picked: list[tuple[str, str]], seen: Pass) -> list[tuple[str, str]]:
        """Rows of a data table with a rate say how often, as a sentence naming a frequency would:
        one at least stands beside the sentences that say how the data travels."""
        if not seen.rates or any(q in seen.rates for _, q in picked):
            return picked
        most = self.rules.text_sentences
        kept = picked[:most - 1]
        return kept + [("specific", r) for r in dict.fromkeys(seen.rates)][:most - len(kept)]

    def _text_answers(self, reading: Reading, seen: Pass) -> dict[str, Answer]:
        """Text questions: the vendor's own sentences that answer them, substance first."""
        out = {}
        by_text = {s.text: s for s in reading.sentences}
        # Only sentences with something to quote: a text answer is never made of a neutral one.
        worth = [s for s in reading.sentences if s.kind != "neutral" and not seen.marketing(s)]
        worth = worth or [s for s in reading.sentences if s.kind == "label"]
        suggested = self.prefiller.suggest(replace(reading, sentences=worth), limit=10)
        if seen.rates:  # a data table's rates answer "how often" even where no sentence does
            suggested.update({qid: [] for qid in self.rules.tables.rate_answers if qid not in suggested})
        for qid, items in suggested.items():
            if self.questions[qid].kind != "text":
                continue
            picked = []
            for s in items:
                sentence = by_text[s.quote]
                role = seen.role_at[sentence.start]
                if not role.drafts(0) or (role.kind == BEFORE and qid not in self.roles.before_may_draft):
                    continue  # a question, an option, or the plant before the project
                picked.append((self.evidence_of(sentence, seen.marketing(sentence)), s.quote))
            picked.sort(key=lambda p: -RANK[p[0]])
            picked = picked[:self.rules.text_sentences]
            if qid in self.rules.tables.rate_answers:
                picked = self._with_rates(picked, seen)
            if picked:
                quotes = [q for _, q in picked]
                out[qid] = Answer(question=qid, evidence=picked[0][0], text=" ".join(quotes),
                                  quotes=quotes, drafted=True)
        return out


_drafters: dict[int, tuple[QuestionBank, Drafter]] = {}


def drafter_for(bank: QuestionBank) -> Drafter:
    cached = _drafters.get(id(bank))
    if cached is None or cached[0] is not bank:
        cached = _drafters[id(bank)] = (bank, Drafter(bank))
    return cached[1]


def draft(text: str, bank: QuestionBank | None = None, proposal: str = "Drafted proposal", vendor: str = "") -> Evaluation:
    """The drafted evaluation of a proposal text: every answer marked drafted, not reviewed."""
    from questions.loader import load_bank
    return drafter_for(bank or load_bank()).draft(text, proposal=proposal, vendor=vendor)
