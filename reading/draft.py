"""Draft a whole evaluation from a vendor's proposal text, for the buyer to review.

Each drafted answer carries its quotes and the evidence they warrant: "specific" where a sentence names concrete
substance and is not marketing, else "vendor_claim"; never "demonstrated" or "proven" (only the buyer can say that).
Which words answer which question is data (questions/drafting.yaml); this module only reads it."""
from __future__ import annotations

from collections import defaultdict

from questions.loader import load_prefill as prefill_rules
from questions.models import Answer, Document, Evaluation, QuestionBank

from . import option_model
from .agent import AGENT, AgentReader
from .draft_answers import AnswerDrafting
from .draft_built import BuiltReader
from .draft_causes import move_caused, move_untold
from .draft_cues import SentenceCues
from .draft_documents import DocumentDrafting
from .draft_evidence import Evidence
from .draft_filters import HitFilters
from .draft_furniture import finished
from .draft_heads import drop_modifiers
from .draft_gated import drop_gated
from .draft_users_tied import drop_untied
from .draft_integrations import IntegrationDrafting
from .draft_kinds import Kinds
from .draft_kpi import find_measure
from .draft_labelled import LabelGate, drop_glossed
from .draft_levels import drop_levels
from .draft_pass import Pass
from .draft_pending import offer_pending
from .draft_offered_links import offer_links
from .draft_possible import Possible
from .draft_promise import promise_question
from .draft_quotes import quoted_first
from .draft_rules import DraftRules, draft_data, rules_for
from .draft_shown import ShownReader
from .draft_site_told import described, site_told
from .draft_specs import BOAST, EXCHANGE, INTEGRATION, PAGE
from .draft_tables import Row
from .draft_upkeep import UpkeepDoers
from . import draft_unoffered as unoffered
from .german_drafting import german_phrase, glossed_once, held_back, no_articles, repeats_weighed
from .option_model import OptionContext
from .prefill import Prefiller, greets
from .references import REFERENCE, ReferenceReader
from .roles import BEFORE, CLAIM, Role, RoleReader
from .one_plant import OnePlant
from .site_named import SiteNames
from .story import StoryReader
from .text import Reading, Sentence, reader_for
from .told import Told, rule_told


class Drafter(SentenceCues, HitFilters, IntegrationDrafting, AnswerDrafting, DocumentDrafting):
    """Compiled once per bank: `draft(text)` returns a drafted Evaluation."""

    def __init__(self, bank: QuestionBank, rules: DraftRules | None = None):
        self.bank, self.questions = bank, bank.questions()
        self.rules = rules or rules_for(bank)
        self.reader = reader_for(bank)
        text_rules = {q: r for q, r in prefill_rules().items() if self.questions[q].kind == "text"}
        self.prefiller = Prefiller(bank, text_rules)  # quotes for the text questions only
        self.roles = RoleReader(draft_data()["roles"], self.rules.scan)  # its cues are in the one scan
        self.story = StoryReader.from_data(draft_data()["product_page"])  # who a text speaks of and to
        described = draft_data()["product_page"].get("described", {})
        self.sites = SiteNames.from_data(described)  # "line 3", "your plant": one site's own unit (site_named.py)
        self.described_past = int(described.get("past_most", 0))
        self.described_least = int(described.get("least", 1))  # fewer sentences are too few to tell
        self.one_plant = OnePlant.from_data(draft_data()["product_page"].get("one_plant", {}), self.story.system_kinds)
        self.agent = AgentReader.from_data(draft_data().get("agent", {}), self.rules.scan)  # whose deed a sentence tells
        self.kinds = Kinds.from_data(draft_data().get("kinds", {}))  # sentences that name an option, giving none
        self.built = BuiltReader.from_data(draft_data().get("built_told", {}))  # a technology the project put in
        self.shown = ShownReader.from_data(draft_data().get("shown", {}))  # ... or named with what is behind it
        self.upkeep = UpkeepDoers.from_data(draft_data())  # who keeps it: its verbs' subject
        self.possible = Possible.from_data(draft_data().get("possible", {}))  # "can simulate": offered to check
        self.labelled = LabelGate.from_data(draft_data().get("labelled_with", {}))  # "real-time data": a label
        self.references = ReferenceReader.from_data(draft_data()["roles"].get("reference_told", {}),
                                                    draft_data()["product_page"]["story"]["past"],
                                                    draft_data().get("company_names", {}).get("forms", []))
        self._destinations = self.rules.destinations.drops
        self._page_cues = {key for key, targets in self.rules.scan.targets.items() if any(t in (PAGE, AGENT) for t, _ in targets)}
        self._self_negating = {p for p in self.rules.scan.targets
                               if p[0] != "~" and not self.rules.negations.isdisjoint(p.split(" "))}

    def read(self, reading: Reading, seen: Pass) -> dict[str, Evidence]:
        """question id -> Evidence from every sentence that is not marketing, as its role allows."""
        kept, sold = self._not_selling(reading, seen)
        seen.story = self.case_study(seen)  # once selling is known: one reading of it for the whole draft
        if seen.story:
            kept = self._deeds_told(kept, sold, seen)
        if not seen.story:  # in an offer to one buyer another customer's case is a reference (a story is all one
            # site's); in any other text only one a cue names as another customer ("presso un altro cliente")
            letter = self.story.letter(seen.long, seen.speaking, seen.recalled)
            seen.mark_references(self.references if letter else self.references.cued())
        found: dict[str, Evidence] = defaultdict(Evidence)
        taken: dict[tuple, tuple[str, list[tuple[str, str, bool]]]] = {}  # a line said again, read alike: what it drafts
        for i, sentence, role, words, hits, row in kept:
            general = seen.general[i]  # read now: a reference is known only once the text's kind is
            heading = role.heading  # drafts only as _headings allows
            seen.alone = seen.alone or self._acts_alone(role, general, hits)
            seen.body += not heading
            # a sentence's drafts come from its text, kind, role and generality; a table row adds a row each time it is said
            key = (sentence.text, sentence.kind, general, role.kind, role.turn, role.unsure, role.existing, role.limited, role.old)
            drafts = taken.get(key) if row is None else None
            if drafts is None:
                drafts = self._take(sentence, role, words, general, hits, row, seen.headed if heading else found, seen)
                taken.update({key: drafts} if row is None else {})
            self._add(sentence.text, drafts, seen.headed if heading else found)
            if not heading and not general and drafts[0] != "specific" and site_told(self, sentence, role, words, seen):
                described(found, drafts[1])  # one site's line, however few units it names (draft_site_told.py)
        return found

    def _deeds_told(self, kept: list[tuple], sold: list[tuple], seen: Pass) -> list[tuple]:
        """In one site's story, a claim told in the past or the present perfect (story.done) is what was done there,
        however many buzzwords it holds ("This state-of-the-art technology deployed machine learning ...", "Four
        bearings have been replaced", "Tarmac has moved to a proactive schedule"):
        it drafts as a plain sentence would. One that boasts ("cut downtime by up to 30%") still sells, the plant before
        is no deed, and a link it praises ("integrated seamlessly with existing working practices") stays a label."""
        told = [(i, sentence, role, words, [h for h in hits if h[0] not in (INTEGRATION, EXCHANGE)], row)
                for i, sentence, role, words, hits, row in sold
                if role.kind == CLAIM and self.story.done(words, seen.names) and not any(q == BOAST for q, _, _ in hits)]
        for t in told:
            seen.selling[t[1].start] = False
        return sorted(kept + told, key=lambda t: t[0]) if told else kept

    def _not_selling(self, reading: Reading, seen: Pass) -> tuple[list[tuple], list[tuple]]:
        """Each sentence that may draft, with its hits and table row, and those that sell; marks every sentence
        selling or not (seen.selling) and counts what each says (seen.said)."""
        read_before: dict[tuple, tuple[list[tuple[str, str, int]], Row | None]] = {}  # (text, row line, lacks) -> hits, row
        kept, sold = [], []
        left: dict[str, tuple[bool, bool]] = {}  # text -> (withheld, greets): a line said again, looked at once
        for i, (sentence, role, words, finds) in enumerate(zip(reading.sentences, seen.roles, seen.words, seen.found)):
            line = seen.table_rows.get(i, sentence.text)  # a pasted table's row: its cells under their headers
            withheld, greeting = left.get(sentence.text) or left.setdefault(
                sentence.text, (self.reader.withheld.withheld(sentence.text), greets(sentence.text)))
            if sentence.kind == "neutral" and (len(line) < 12 or withheld):
                continue  # a bid's row of an item it leaves out offers nothing (withheld_rows.py)
            if greeting:  # "Spett.le ...,": no answer
                continue
            # the plant before told by what it lacked states its problem: "we didn't have a handle on inventory"
            lacks = self.roles.lacks_told if role.kind == BEFORE and self._may_negate(words) else frozenset()
            if (sentence.text, line, lacks) not in read_before:  # the one scan, shared with the roles; once per text
                found = self._hits(self.rules.scan, words, finds)
                seen.hits[sentence.text] = tuple(found)  # as found, before the filters below change the list
                found = self._hits(self.rules.scan, words, finds, lacks) if lacks else found
                hits = self._users_only(words, self._kept_for(words, found), sentence.text)
                hits = self.rules.tables.unheaded(self._acting(words, hits), sentence.text, words)
                hits = self._what_moves(hits, sentence.text, words)
                read_before[sentence.text, line, lacks] = hits, self.rules.tables.row(line), self._hedges(hits)
            hits, row, hedges = read_before[sentence.text, line, lacks]  # what the hits sell is theirs: read once too
            marketing = seen.selling[sentence.start] = self._sold_with(sentence, self._before_hedges(hits) if role.kind == BEFORE else hedges)
            if sentence.kind != "neutral" or marketing:
                seen.said["selling" if marketing else sentence.kind] += 1
            # "seamlessly integrates with your ERP" is no integration
            (sold if marketing else kept).append((i, sentence, role, words, hits, row))
        return kept, sold

    def _add(self, text: str, drafts: tuple[str, list[tuple[str, str, bool]]], found: dict[str, Evidence]) -> None:
        sure, (evidence, options) = self.rules.confidence, drafts
        for qid, option, possible in options:
            found[qid].add(option, text, evidence, *((sure["possible"], 0.0) if possible else (sure[evidence], sure["again"])))

    def _site_deed(self, role: Role, words: list[str], seen: Pass) -> bool:
        """In one site's story, a sentence that tells what the site did ("the plant installed energy meters",
        "Garner replaced its silo sensors"; story.tells) states a delivered act, however plainly worded: no vendor's
        claim, as an offer's firm term is none. Not what it may do (role.unsure), not what the text only asks."""
        return role.kind in (CLAIM, BEFORE) and not role.unsure and self.story.tells(words, seen.names, seen.actors)

    def _unaddressed(self, found: dict[str, Evidence], seen: Pass) -> None:
        """A text written to no one site (it names none of the site's units, and hardly speaks to its reader's own
        plant: drafting.yaml implies_addressed) tells what a product does: what follows from another answer there
        (a dashboard's "minutes") is only offered to check, as in a case study (confidence implied_story). A line or
        two (fewer than product_page described least) is too short to tell whom it is written to: an offer's note."""
        rule = self.rules.implies_addressed
        if not rule or seen.distinct_lines() < self.described_least or seen.names_site() or seen._owned() >= rule["owned"]:
            return
        for qid in rule["questions"]:
            for option in found[qid].implied if qid in found else ():
                found[qid].confidence[option] = min(found[qid].confidence[option], self.rules.confidence["implied_story"])

    def _headings(self, found: dict[str, Evidence], seen: Pass, page: bool) -> None:
        """A product page's heading or the title of an offer that speaks to its reader names what is offered
        ("Batch Tracing Module", "PressGuard APS - Offer for ..."), as a text of headings alone does. The title or a
        heading of one site's story names its topic ("Predictive maintenance at a board plant") and drafts only what a
        page line may name (roles.page_lines_may_draft): the problem a results headline names; the rest the body must
        say. (Product pages keep their headings whole: a marketing page's heading is one of its claims.)"""
        whole = page or not seen.body or (seen.speaking and not seen.story)  # "Remote access" over the way told: topic
        for qid, ev in seen.headed.items():
            if (whole or qid in self.roles.page_lines_may_draft) and not (qid in self.rules.widest and found[qid].options):
                found[qid].merge(ev)

    def _take(self, sentence: Sentence, role: Role, words: list[str], general: str | None,
              hits: list[tuple[str, str, int]], row: Row | None, found: dict[str, Evidence],
              seen: Pass) -> tuple[str, list[tuple[str, str, bool]]]:
        """The evidence and the (question, option) pairs one sentence's hits draft, as its role, its generality and
        its table `row` allow (what the row itself drafts goes into `found` at once)."""
        # "downtime costs all manufacturers dearly" may state the problem, but of no plant specifically
        evidence = "vendor_claim" if general and general != REFERENCE else self.evidence_acted(sentence, words, hits, seen)
        if not general and role.kind == BEFORE and self.roles.counts_loss(words):  # "last year 14 complaints cost
            evidence = "specific"  # about EUR 180,000": the problem in the plant's terms, however few its units
        elif not general and seen.story and self._site_deed(role, words, seen):
            evidence = "specific"
        moves = any(q == EXCHANGE for q, _, _ in hits)  # an area counts only where data moves
        if row is not None:
            hits = self._table_row(row, sentence.text, role, evidence, hits, found, seen)
        hits = self._terms_told(role, words, self._problems_told(role, words, hits, seen.before_told))
        if general:  # "manufacturers lose 800 hours a year to downtime": the problem, nothing the plant gets
            may = self.references.may_draft if general == REFERENCE else self.roles.before_may_draft
            hits = [h for h in hits if h[0] in may]  # another customer's case: not even this plant's problem
        hits = self._optional_links(words, self.kinds.kept(sentence.text, words, self._effects_taken(
            words, hits, seen.replies), seen.names))  # replies: a line answers the buyer's "which data?" as it is
        if seen.story and self.roles.site_has(words):  # "The mill has two paper machines": what exists, no offer
            hits = [h for h in hits if h[0] in self.roles.before_may_draft]
        if seen.story:  # "the CEO gave the IT staff seven months": who decided, no user (drafting.yaml users.story_titles)
            hits = [h for h in hits if h[0] != self.rules.users.question or not self.rules.users.idle_title(words, h[1], h[2])]
        if role.existing:
            hits = self._existing_kit(role, words, hits)
        plain = role.plain  # most sentences: a claim with no before-state, option or existing kit
        ends = self.possible.ends(words)  # "the platform can simulate ...": an ability, only offered to check
        return evidence, [(qid, option, bool(ends) and self.possible.told(ends, words, qid, at)) for qid, option, at in hits
                          if qid[0] != "~" and (qid != INTEGRATION or moves) and (plain or self._role_allows(role, qid, option, at, words))
                          and not ((qid, option) in self._destinations and self._sent_to(words, at))
                          and not ((qid, option) in self.rules.conduits.drops and self._sent_to(words, at, self.rules.conduits))
                          and not self._named_otherwise(words, qid, option, at, seen.story)]

    def told(self, reading: Reading) -> list[Told]:
        """What each sentence of the reading tells, in order (reading.told): the rules' reading, or the role
        model's where it overruled an offer (reading.role_model)."""
        seen = Pass(self, reading)
        return [Told(seen.reread.get(i, t.role), t.existing) for i, t in enumerate(rule_told(seen, reading))]

    def drafted_together(self, documents: list[Document], proposal: str = "Drafted proposal",
                         vendor: str = "", reading: Reading | None = None,
                         wanted: frozenset[str] | None = None) -> tuple[Evaluation, Pass]:
        """The documents drafted as one text (draft_documents.py: which are), and the pass that read them: a reply's
        reader asks again of the same sentences.
        `reading`: the documents' text's reading, where the caller has it (a reply's lines: reply_drafting.py);
        `wanted`: the only questions whose answers the caller keeps (`answers`), None for all."""
        evaluation = Evaluation(bank_version=self.bank.version, proposal=proposal, vendor=vendor, documents=documents)
        reading = self.reader.read(evaluation.proposal_text) if reading is None else reading
        replies = all(d.kind == "reply" for d in documents)  # `reliability`: measured on no reply to our questions
        seen = Pass(self, reading, replies, [d.text for d in documents if d.kind == "datasheet"],  # this reading's own
                    evaluation.proposal_text)
        seen.apart = no_articles(documents)  # a datasheet, a security paper: no German article (german_drafting.py)
        answers = self.answers(reading, weighed=not replies, seen=seen, wanted=wanted)
        return evaluation.model_copy(update={"labels": reading.labels, "answers": answers}), seen

    def answers(self, reading: Reading, weighed: bool = True, seen: Pass | None = None,
                wanted: frozenset[str] | None = None) -> list[Answer]:
        """The drafted answers. `wanted`: the questions a caller keeps (a reply's pass on one question's sentences:
        reply_kpi.py, reply_alone.py); an answer no other answer is made from (a choice, a link, a text, the measure)
        is not made for another question. Every answer made is as drafting the whole would make it."""
        seen = Pass(self, reading) if seen is None else seen
        reading = seen.reading  # a glossed text's sentences weighed as their English reads (glossed_kinds.py)
        want = (lambda qid: True) if wanted is None or option_model.RECORD is not None else wanted.__contains__
        found = self.read(reading, seen)
        bid = self.bid(reading, seen.table_rows)  # a price sheet's rows are offered to this buyer: no page, no brochure (draft_answers)
        brochure = seen.brochure(self.rules.marketing_document_below, self.story.least) and not seen.story and not bid
        page = self.product_page(seen, brochure) and not bid
        self._headings(found, seen, page)
        self._optional(found, reading, seen, bid)  # "7. Optional items": what its lines name is offered to check
        answers: dict[str, Answer] = {}
        read = seen.said_words  # a German sentence's words as glossed, as its options were read from them
        move_caused(self.rules, found, seen.told_before, read)
        move_untold(self.rules, found, [s.text for s in reading.sentences], read)  # "kept 24 months": no export
        self._alone_reviewed(found, seen.alone, seen.acted)
        self._said_with(found, read, reply=not weighed)
        drop_gated(found, read)  # remote support only through the plant's own gate (draft_gated.py)
        offer_pending(found, self.rules.confidence["possible"])  # "will be certified": no status held yet
        unoffered.early(self, reading, seen, found, read, weighed)  # out of scope, a heading's sense alone (draft_unoffered.py)
        seen.kept = self._upkept(found, reading, seen, read, bid)  # who keeps it, read against the offer's sections too
        self.labelled.apply(found, read)
        if weighed:  # not on a reply's line, which answers a question naming what is read (draft_levels.py)
            drop_levels(found, read)
            drop_modifiers(found, read, self.rules.scan)  # "temperature regulation" names a control (draft_heads.py)
        self._told_with(found, seen.story, read)
        if weighed:  # a role named apart from the system, in a text for no one buyer (draft_users_tied.py)
            drop_untied(found, self, seen)
        self._drop_people_links(found)  # "finance receives the monthly report": who reads it, no link (draft_integrations.py)
        self._implied(found, read, reply=not weighed)  # weighed: no reply
        self.built.mark(found, read, self.rules.scan, self.rules.implies)  # a technology told built is no label: `reliability` does not weigh it
        if weighed:  # a reply answers one buyer's questions: implies_in_replies_with reads it
            # ... nor is one named with what is behind it, or told done by its name (draft_shown.py)
            self.shown.mark(found, seen, self.built, self.rules.confidence)
            self._unaddressed(found, seen)
        unoffered.late(reading, seen, found, weighed)  # an offer's terms and item rows (draft_terms.py)
        offer_links(self, reading, seen, found, weighed)  # "Optional: interface to SAP PM in phase 2": to check
        self._bare_roles(found)
        self._unlisted_problem(reading, seen, found)
        scale = self.rules.confidence["brochure"] if brochure else 1.0
        ctx = OptionContext(seen, reading, found, page, seen.story, brochure) if option_model.RECORD is not None else None  # bench/train_options.py's
        # a German article read through its gloss: an option one glossed cue names is only suggested (german_drafting.py)
        glossed = not bid and repeats_weighed(seen, self.story, reading.sentences)  # a bid is written to one buyer
        # a text that only describes a product, however often it says "the plant" in passing (not a brochure: its own rule)
        described = weighed and not brochure and not bid and (self.describes(seen) or (seen.quiet() and not seen.declared))
        # ... and what a text written for no one plant says is said to any plant (one_plant.py)
        unplanted = weighed and not bid and self.one_plant.for_no_plant(seen, self.sites, self.story.least)
        drop_glossed(found, weighed and (brochure or page or described or unplanted))  # a glossary defines its terms
        for qid, ev in found.items():
            if qid != INTEGRATION and want(qid):
                answer = self._choice_answer(qid, ev, scale, page, seen.story, weighed, ctx, described)
                answers[qid] = quoted_first(glossed_once(answer, ev, seen.written.get, self._named) if glossed else answer, ev,
                                            read if weighed else None)  # a reply's: as the round's questions place them
        if INTEGRATION in found and glossed and want(INTEGRATION):  # ... and a link one glossed sentence names is none
            links = found[INTEGRATION]
            for area in held_back(INTEGRATION, list(links.options), links, seen.written.get,
                                  lambda words: self._named(words, self.rules.areas)):
                links.drop(area)
        if INTEGRATION in found and (found[INTEGRATION].options or found[INTEGRATION].rows) and want(INTEGRATION):
            # an offer's owners; a reply's are read against the questions asked (reply_owners.with_owners)
            answers[INTEGRATION] = self._integration_answer(found[INTEGRATION], reading, page, seen if weighed else None,
                                                            own=page or brochure or described)
        if any(want(q) and spec.kind == "text" for q, spec in self.questions.items()):
            answers.update(self._text_answers(reading, seen, page, found))
        measured = want(self.bank.key_questions.kpi) or want(self.rules.measured_result[0]) or want(promise_question())
        measure = find_measure(reading, self.rules, self, seen.claims, seen.written_of, seen.is_general,
                               seen.promises) if measured else None
        if measure:
            answers[measure.question] = measure
        answers.update(self._from_measure(measure, seen, answers) if measured else {})  # none: a relative aim's return
        order = list(self.questions)
        drafted = [answers[q] for q in order if q in answers and want(q)]
        # whatever it names is the vendor's claim (a short reply to the buyer's questions answers this buyer: no page), and
        # what a text only describing a product (Pass.quiet) names, but what its spec lines or datasheets rate (draft_specified)
        return finished(drafted, reading.sentences, seen.headed.values(), brochure or page or described or unplanted, seen.datasheets)

    def _named(self, words: list[str], phrases=None) -> set[tuple[str, str]]:
        """The (question, option) pairs the rules' own German phrases name in these German words, as written (not
        an English cue a German word is spelt as: "Meter", the unit; "Controlling")."""
        phrases = self.rules.scan if phrases is None else phrases
        finds = [f for f in phrases.find(words) if german_phrase(f[2])]
        return {(qid, option) for qid, option, _at in self._hits(phrases, words, finds)} if finds else set()


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
