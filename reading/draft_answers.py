"""The drafter's answers from what it read: options other answers imply, the problem told in other words
(draft_unlisted.py), choice answers (fewer on a product page or a brochure) and the vendor's own sentences for text
questions (draft_text.py). Mixed into reading.draft.Drafter: needs self.rules, self.roles, self.questions,
self.prefiller and self.cues."""
from __future__ import annotations

from questions.models import Answer

from . import option_model
from .draft_evidence import Evidence, drop_unbacked
from .draft_integrations import MAX_QUOTES
from .draft_optional import drop_left_out, offer_optional
from .draft_pass import Pass
from .draft_promise import promise_question, promised_return
from .kpi_aimed import aimed_return
from .draft_quotes import quotes_of
from .draft_rules import draft_data
from .draft_text import TextAnswers
from .fees import fees
from .draft_unlisted import UnlistedProblem
from .measured import plant_measured
from .option_model import OptionContext, option_features
from .offer_letter import offer_letter
from .phrases import normalise, tokens
from .text import Reading


ITEMS = ("-", "•", "*", "|", "·")  # what opens an item of a list or a table's row


def _as_written(sentence: str) -> list[str]:
    """A sentence's words as an English text's are read (Pass.said_words reads a German one's glossed)."""
    return tokens(normalise(sentence))


class AnswerDrafting(UnlistedProblem, TextAnswers):
    def _implied(self, found: dict[str, Evidence], read=_as_written, reply: bool = False) -> None:
        """Options that other drafted answers back (implies: in drafting.yaml), quoting them; `read`: a sentence's
        words as drafting read them. In a `reply`, some only through a sentence that says more (a time for how fast)."""
        for qid, options in self.rules.implies.items():
            # (an offer's: who is told or sees it, implies_told_with)
            said = self.rules.implies_in_replies_with.get(qid) if reply else self.rules.implies_told_with.get(qid)
            for option, conditions in options.items():
                for source, wanted in conditions.items():
                    ev = found.get(source)
                    every = not reply and said is not None  # an offer's gate reads each of the option's sentences
                    backing = [(s, ev.confidence[o]) for o in ev.options if wanted == "any" or o in wanted
                               for s in self._backing(ev, o, read, every) if said is None or not said.isdisjoint(read(s))] if ev else []
                    if backing:
                        if option not in found[qid].options:
                            found[qid].implied.add(option)
                        found[qid].add(option, backing[0][0], ev.evidence, self._implied_sure(max(c for _, c in backing)))

    def _implied_sure(self, backing: float) -> float:
        """How sure an implied option is: `implied`, but no surer than the option backing it where that one is only offered
        to check, below the bar ("Phase 2 (indicative): Ampwise can add AI-based anomaly detection" drafts no analytics)."""
        implied = self.rules.confidence["implied"]
        return implied if backing >= self.rules.confidence["bar"] else min(implied, backing)

    def _backing(self, ev: Evidence, option: str, read=_as_written, every: bool = False) -> list[str]:
        """The sentences through which a drafted option may back others: some (a PLC link) only where one of
        its sentences says more than the option ("reads ... from the PLCs", "over the network"); some (a
        warning) only where a sentence says nothing that rules the other out ("warns 2 days before it fails").
        An option with neither rule backs others through its own first sentence (`every`: any of its own), not the
        answer's first quote, which may name another option: "Every Monday ShopPulse ranks the stop reasons" backs no
        prediction, so is no quote of what a prediction implies."""
        wanted, unlike = self.rules.implies_only_with.get(option), self.rules.implies_not_with.get(option)
        if wanted is None and unlike is None:
            return ev.said.get(option, []) if every else ev.said.get(option, [])[:1]
        said = ev.said.get(option, [])
        backs = {s: (wanted is None or not wanted.isdisjoint(words)) and (unlike is None or not unlike.find(words))
                 for s in set(said) for words in [read(s)]}  # a sentence said again is read and judged once
        return [s for s in said if backs[s]]

    def _alone_reviewed(self, found: dict[str, Evidence], alone: bool, acted: dict[str, bool] | None = None) -> None:
        """A review a person named does (`acted`: "Your maintenance planner, Rick, reviews it") is specific, whatever
        units its sentence names. Where the offer says the system acts by itself (drafting.yaml acting: alone), it does
        not "decide nothing on its own" ("we do not write anything back to the PLC" denies one link), and a person who
        confirms or releases what it did reviews its exceptions: "pushed to the reject chute; the line operator
        confirms or releases it"."""
        acting = self.rules.acting
        ev = found.get(acting.answers)
        if ev and acted and any(acted.get(t) for o in acting.acts for t in ev.said.get(o, [])):
            ev.evidence = "specific"
        if not alone or not ev:
            return
        for option in acting.alone_denies & set(ev.options):
            ev.drop(option)
        for option, instead in acting.alone_as:
            if option in ev.options:
                ev.move(option, instead)
        if not ev.options:
            del found[acting.answers]

    def _said_with(self, found: dict[str, Evidence], read=_as_written, reply: bool = False) -> None:
        """Options drafted only where one of their sentences also holds a word of their sense (drafting.yaml
        `said_with`): "the line keeps running" answers what happens when the link fails only beside the link;
        or lacks one of another sense (`said_without`): "daily huddles to determine root causes" are no analytics.
        The sentences of another sense go first: what is left must still hold a word of the option's own ("analysis of
        the data gathered during the audit" beside "analysis of proposed interventions" is an audit, no analytics)."""
        rules = [(q, o, words, False, unless) for q, o, words, unless in self.rules.said_without] + \
            [(q, o, words, True, frozenset()) for q, o, words, replies in self.rules.said_with if replies or not reply]
        for qid, option, words, wanted, unless in rules:
            unbacked = lambda s, words=words, wanted=wanted, unless=unless: \
                words.isdisjoint(read(s)) == wanted and unless.isdisjoint(read(s))
            if qid in found and not wanted:  # a sentence of another sense is no quote of it, where another is none
                found[qid].keep(option, lambda s, unbacked=unbacked: not unbacked(s))
            drop_unbacked(found, qid, option, unbacked)

    def _told_with(self, found: dict[str, Evidence], story: bool, read=_as_written) -> None:
        """In one site's story, an option of a `told_with` question drafted only where one of its sentences tells the
        act of its sense (an analysis beside the data or screen it runs on), or is an item of a list or a table's row,
        whose heading tells it: "daily huddles to determine root causes" are people's, no analytics."""
        if not story:
            return
        for qid, words in self.rules.told_with.items():
            ev = found.get(qid)
            for option in [o for o in ev.options if o in self.rules.told_only.get(qid, ev.options)] if ev else []:
                if not any(s.lstrip()[:1] in ITEMS or not words.isdisjoint(read(s)) for s in ev.said[option]):
                    ev.drop(option)
            if ev is not None and not ev.options:
                del found[qid]

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

    def _optional(self, found: dict[str, Evidence], reading: Reading, seen: Pass, bid: bool,
                  only: frozenset[str] | None = None) -> None:
        """A bid's options section (draft_optional.py): what only its lines name is offered to check. (A product page's
        "Options" name what the product can be fitted with: its claims.) Any offer's section of what it leaves out
        drafts none of excluded_sections' questions' options, and what any text lists as an option or sold apart none
        of those on who keeps the system safe and running. `only`: the questions read again (_upkept)."""
        texts = [s.text for s in reading.sentences]
        drop_left_out(found, texts, seen.roles, lambda text: {(q, o) for q, o, _ in self.cues(text)}, seen.table_rows,
                      only)
        offer_optional(found, texts, seen.roles, self.rules.confidence["possible"], bid, seen.table_rows, only)

    def _upkept(self, found: dict[str, Evidence], reading: Reading, seen: Pass, read, bid: bool) -> frozenset[str]:
        """Who keeps the system, drafted from its verbs' subject and upkeep fees (draft_upkeep.py), then read against
        the offer's sections as the first answers were: an options row "24/7 remote support by our partner Servotek,
        EUR 4,800/year" or an exclusions line is no upkeep this offer commits to. Returns the sentences telling it."""
        kept = self.upkeep.apply(found, reading.sentences, read, lambda s: not seen.story and not seen.is_general(s),
                                 lambda s: self.evidence_of(s, False), self.rules.confidence)
        self._optional(found, reading, seen, bid, frozenset({self.upkeep.question}))
        return kept

    def product_page(self, seen: Pass, brochure: bool = False) -> bool:
        """A product page, not a project text: it speaks to manufacturers in general or calls the
        reader to act, and almost none of its sentences tie it to one plant and one project (what
        was delivered or is offered, when, by whom). Real sensors and protocols do not make it one.
        A brochure (too few concrete sentences) that ties itself to a project as seldom is one as well,
        whether or not it names its reader: a passing "the plant" or "will be" makes no project text.
        So is a text that only describes a product, however concretely (Pass.quiet). A text that names itself a
        case study (Pass.declared) is none: a vendor's page never does, but a newsletter may carry one (Pass.carries_story).
        Nor is a reply to the buyer's letter read through a gloss (Pass.replies, Pass.written): it answers this plant's
        questions (walk69: "el técnico de mantenimiento" named once only suggested)."""
        return not (seen.replies and seen.written) and ((self.untied(seen) and (brochure or seen.generic > 0 or seen.quiet()) and not seen.declared) \
            or seen.carries_story())

    @staticmethod
    def bid(reading: Reading, rows: dict[int, str] | None = None) -> bool:
        """A text with a bid's line items, each priced with its quantity for this buyer (fees.py itemised): however few
        words tie it to the plant, it is no product page, brochure or description (walk 66: a 41-line quote whose
        schedule and price rows outnumbered its few project words drafted every answer the vendor's claim). `rows`: a
        pasted table's rows, each cell under its header (Pass.table_rows), as an offer's price table is typed
        ("Item | Description | Qty | Unit price GBP" over "1 | VS-Tri sensor | 38 | 245.00"): its rows are line items."""
        rows = rows or {}  # ... or an offer numbered as one, or left for the buyer to sign (offer_letter.py)
        return fees().itemised("\n".join(rows.get(i, s.text) for i, s in enumerate(reading.sentences))) \
            or offer_letter([s.text for s in reading.sentences])

    def describes(self, seen: Pass) -> bool:
        """A short text (too short to be judged quiet: Pass.quiet; more than a line or two) that describes a product:
        tied to no project, no site's story, no offer's own term and no site's own unit ("line 3", "your plant"),
        hardly a word to the reader or in the past (drafting.yaml product_page: described). Only its evidence is
        capped: its options are read as an offer's."""
        return self.described_least <= seen.distinct_lines() and seen.long < self.story.least and self.untied(seen) \
            and not seen.story and not seen.told and not seen.offers() \
            and seen.speaking <= self.story.letter_shares[0] * seen.long and seen.past <= self.described_past \
            and not any(self.sites.names(words) for words in seen.words)

    def case_study(self, seen: Pass) -> bool:
        """Tied to one plant and project and telling what happened there: a case study that sells in
        passing is still one site's story, not a brochure (a reply or an offer that sells, in the
        present and future, stays one; so does a letter to the buyer that looks back in a few lines)."""
        reported = self.story.reported(seen.long, seen.speaking, seen.past, seen.names, seen.words)  # a press report
        return (not self.untied(seen) or seen.declared or reported) and self.story.told_in_past(seen.long, seen.past) \
            and not self.story.letter(seen.long, seen.speaking, seen.recalled)

    def _from_measure(self, measure: Answer, seen: Pass, answers: dict[str, Answer]) -> dict[str, Answer]:
        """What the KPI drafted also answers: how a case study's result was measured, the return an offer commits to."""
        if measure is None or measure.measure is None or not measure.measure.complete:  # "cut stops by 30 % in 18 months"
            return aimed_return(promise_question(), seen, self.rules, answers)
        return {**self._measured_result(measure, seen, answers), **promised_return(measure, seen, answers)}

    def _measured_result(self, measure: Answer, seen: Pass, answers: dict[str, Answer]) -> dict[str, Answer]:
        """A case study giving this plant's measure before and after, told of the plant and not credited to the product
        (measured.py), measured it on the plant's own data, before and after (drafting.yaml `measured_result`)."""
        qid, option = self.rules.measured_result
        m = measure.measure
        if qid in answers or not (m and m.baseline is not None and m.target is not None) or not seen.story \
                or not plant_measured(measure.quotes, m, self.rules):
            return {}
        quotes = measure.quotes[:MAX_QUOTES]
        return {qid: Answer(question=qid, evidence=measure.evidence, choices=[option], quotes=quotes, drafted=True)}

    def untied(self, seen: Pass) -> bool:
        """Almost none of the text's sentences tie it to one plant and one project (Pass.project), and its opening tells
        no site's story: a case study's lead says what was done and for whom ("ThirdEye successfully deployed an
        inspection system for a leading paper mill"), however its goals and challenges are told after it."""
        return seen.project < self.rules.product_page.project_below * seen.long and not seen.lead_told

    def _choice_answer(self, qid: str, ev: Evidence, scale: float, page: bool = False, story: bool = False,
                       weighed: bool = True, ctx: OptionContext | None = None, described: bool = False) -> Answer:
        """Options sure enough are drafted; the others are only suggested ("check this"). On a
        product page, only what several sentences say (and not only implied) is the page's claim. On a
        page or in a case study (`story`), the kinds of text `reliability` was measured on, an option's
        confidence is also weighed by how often its drafts proved right there."""
        options = list(ev.options)
        if self.questions[qid].kind == "choice":
            order = self.rules.order[qid]
            if qid in self.rules.scales:  # "on-site training ... one champion per line": the fuller option
                options = [min(options, key=order.index)]
            elif qid in self.rules.widest:  # "runs on your server; our engineers connect by VPN": remote access
                scores = {c.id: c.score for c in self.questions[qid].choices}
                options = [min(options, key=lambda o: (scores[o], order.index(o)))]
            elif qid in self.rules.fastest and any(ev.confidence[o] >= self.rules.confidence["bar"] for o in options):
                scores = {c.id: c.score for c in self.questions[qid].choices}  # a live screen beside a shift report
                options = [max((o for o in options if ev.confidence[o] >= self.rules.confidence["bar"]), key=scores.get)]
            else:
                options = [max(options, key=lambda o: (ev.options[o], ev.confidence[o], -order.index(o)))]
        bar = self.rules.confidence["bar"]
        # a text that only describes a product (`described`: draft.answers) labels itself as a page does
        labels = (page or described) and qid in self.rules.product_page.labels_only
        weigh = self.rules.reliable if weighed and (page or story) else lambda *_: 1.0
        sure = {o: self._sure(ev, o, story) * scale * (1.0 if o in ev.built else weigh(qid, o)) for o in options}
        choices = [o for o in options if sure[o] >= bar and not labels
                   and not (page and (o in ev.implied or ev.options[o] < self.rules.product_page.least(qid, o)))]
        if ctx is not None:  # bench/option_rows.py records what a learnt confidence would read (option_model.py)
            option_model.RECORD += [(qid, o, o in choices, ev.evidence, option_features(ctx, qid, o, ev, sure[o]))
                                    for o in options]
        suggested = [o for o in options if o not in choices]
        # the kept options' own sentences first: "How will the result be measured?" answered "our own data" quotes
        # "We measure it from your Maximo work orders", not the pilot's line an option not kept was read from
        # "check this" shows only what its offers rest on: no sentence of the option the pick let go
        quotes = quotes_of(qid, ev, choices, options, ranked=weighed)  # (draft_quotes.py; its own cue's: draft.py)
        return Answer(question=qid, evidence=ev.evidence if choices else "not_answered", choices=choices,
                      suggested=suggested, quotes=quotes, drafted=True)

    def _sure(self, ev: Evidence, option: str, story: bool) -> float:
        """How sure the cues make an option. In one site's story an option only another answer backs (implies: a
        dashboard's "minutes") is at most `implied_story` unless told built (draft_built.py): a story tells what was done."""
        if story and option in ev.implied and option not in ev.built:
            return min(ev.confidence[option], self.rules.confidence["implied_story"])
        return ev.confidence[option]

    def _with_rates(self, picked: list[tuple[str, str]], seen: Pass) -> list[tuple[str, str]]:
        """Rows of a data table with a rate say how often, as a sentence naming a frequency would: one at least stands
        beside the sentences that say how the data travels, and each row naming a way none of them named."""
        if not seen.rates:
            return picked
        rows = list(dict.fromkeys(seen.rates))
        kept = picked if any(q in rows for _, q in picked) else picked[:self.rules.text_sentences - 1]
        told, rest = self._rows_told(kept, [r for r in rows if r not in {q for _, q in kept}])
        room = 0 if kept is picked else self.rules.text_sentences - len(kept)  # a rate row stands beside the prose
        return kept + [("specific", r) for r in told + rest[:max(0, room - len(told))]]

    def _rows_told(self, kept: list[tuple[str, str]], rows: list[str]) -> tuple[list[str], list[str]]:
        """The rows of a data table (or further sentences) that each name a way of drafting.yaml text.ways neither the
        kept sentences nor a row before it named ("Protocolo: 4-20 mA", "Protocolo: MTConnect" beside a sentence's OPC
        UA: walk77 quoted one row, its IO-Link, and missed the rest), and the others: every way the data travels is
        quoted once."""
        ways = frozenset(draft_data()["text"].get("ways", ()))  # a machine's reading's way, no network's (drafting.yaml)
        named = {key for _e, q in kept for kind, key in self.reader.substance(q) if kind == "protocol"}
        told = []
        for row in rows:
            new = {key for kind, key in self.reader.substance(row) if kind == "protocol" and key in ways} - named
            if new:
                told.append(row)
                named |= new
        return told, [r for r in rows if r not in told]
