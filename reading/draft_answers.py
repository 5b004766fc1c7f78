"""The drafter's answers from what it read: options other answers imply, the problem told in other words
(draft_unlisted.py), choice answers (fewer on a product page or a brochure) and the vendor's own sentences for text
questions. Mixed into reading.draft.Drafter: needs self.rules, self.roles, self.questions, self.prefiller and self.cues."""
from __future__ import annotations

from dataclasses import replace

from questions.models import Answer

from . import option_model
from .draft_evidence import RANK, Evidence, drop_unbacked
from .draft_integrations import MAX_QUOTES
from .draft_listed import listing
from .draft_pass import Pass
from .draft_unlisted import UnlistedProblem
from .measured import plant_measured
from .option_model import OptionContext, option_features
from .phrases import normalise, tokens
from .references import REFERENCE
from .roles import BEFORE
from .text import Reading, Sentence


ITEMS = ("-", "•", "*", "|", "·")  # what opens an item of a list or a table's row


def _as_written(sentence: str) -> list[str]:
    """A sentence's words as an English text's are read (Pass.said_words reads a German one's glossed)."""
    return tokens(normalise(sentence))


class AnswerDrafting(UnlistedProblem):
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
                    backing = [s for o in ev.options if wanted == "any" or o in wanted for s in self._backing(ev, o, read, every)
                               if said is None or not said.isdisjoint(read(s))] if ev else []
                    if backing:
                        if option not in found[qid].options:
                            found[qid].implied.add(option)
                        found[qid].add(option, backing[0], ev.evidence, self.rules.confidence["implied"])

    def _backing(self, ev: Evidence, option: str, read=_as_written, every: bool = False) -> list[str]:
        """The sentences through which a drafted option may back others: some (a PLC link) only where one of
        its sentences says more than the option ("reads ... from the PLCs", "over the network"); some (a
        warning) only where a sentence says nothing that rules the other out ("warns 2 days before it fails").
        An option with neither rule backs others through the answer's first quote, as read (`every`: any of its own)."""
        wanted, unlike = self.rules.implies_only_with.get(option), self.rules.implies_not_with.get(option)
        if wanted is None and unlike is None:
            return ev.said.get(option, []) if every else ev.quotes[:1]
        said = ev.said.get(option, [])
        words = {s: read(s) for s in set(said)}  # a sentence said again is read once
        return [s for s in said if (wanted is None or not wanted.isdisjoint(words[s]))
                and (unlike is None or not unlike.find(words[s]))]

    def _alone_reviewed(self, found: dict[str, Evidence], alone: bool) -> None:
        """Where the offer says the system acts by itself (drafting.yaml acting: alone), it does not "decide
        nothing on its own" ("we do not write anything back to the PLC" denies one link), and a person who
        confirms or releases what it did reviews its exceptions: "pushed to the reject chute; the line operator
        confirms or releases it"."""
        acting = self.rules.acting
        ev = found.get(acting.answers)
        if not alone or not ev:
            return
        for option in acting.alone_denies & set(ev.options):
            ev.drop(option)
        for option, instead in acting.alone_as:
            if option in ev.options:
                ev.move(option, instead)
        if not ev.options:
            del found[acting.answers]

    def _said_with(self, found: dict[str, Evidence], read=_as_written) -> None:
        """Options drafted only where one of their sentences also holds a word of their sense (drafting.yaml
        `said_with`): "the line keeps running" answers what happens when the link fails only beside the link;
        or lacks one of another sense (`said_without`): "daily huddles to determine root causes" are no analytics."""
        rules = [(q, o, words, True) for q, o, words in self.rules.said_with] + \
            [(q, o, words, False) for q, o, words in self.rules.said_without]  # `said_without`: the sense it lacks
        for qid, option, words, wanted in rules:
            drop_unbacked(found, qid, option, lambda s, words=words, wanted=wanted: words.isdisjoint(read(s)) == wanted)

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

    def product_page(self, seen: Pass, brochure: bool = False) -> bool:
        """A product page, not a project text: it speaks to manufacturers in general or calls the
        reader to act, and almost none of its sentences tie it to one plant and one project (what
        was delivered or is offered, when, by whom). Real sensors and protocols do not make it one.
        A brochure (too few concrete sentences) that ties itself to a project as seldom is one as well,
        whether or not it names its reader: a passing "the plant" or "will be" makes no project text.
        So is a text that only describes a product, however concretely (Pass.quiet). A text that names itself a
        case study (Pass.declared) is none: a vendor's page never does, but a newsletter may carry one (Pass.carries_story)."""
        return (self.untied(seen) and (brochure or seen.generic > 0 or seen.quiet()) and not seen.declared) \
            or seen.carries_story()

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
            and not self.story.letter(seen.long, seen.speaking, seen.past)

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
        return Answer(question=qid, evidence=ev.evidence if choices else "not_answered", choices=choices,
                      suggested=suggested, quotes=ev.quotes[:MAX_QUOTES], drafted=True)

    def _sure(self, ev: Evidence, option: str, story: bool) -> float:
        """How sure the cues make an option. In one site's story an option only another answer backs (implies: a
        dashboard's "minutes") is at most `implied_story` unless told built (draft_built.py): a story tells what was done."""
        if story and option in ev.implied and option not in ev.built:
            return min(ev.confidence[option], self.rules.confidence["implied_story"])
        return ev.confidence[option]

    def _with_rates(self, picked: list[tuple[str, str]], seen: Pass) -> list[tuple[str, str]]:
        """Rows of a data table with a rate say how often, as a sentence naming a frequency would:
        one at least stands beside the sentences that say how the data travels."""
        if not seen.rates or any(q in seen.rates for _, q in picked):
            return picked
        most = self.rules.text_sentences
        kept = picked[:most - 1]
        return kept + [("specific", r) for r in dict.fromkeys(seen.rates)][:most - len(kept)]

    def _text_answers(self, reading: Reading, seen: Pass, page: bool = False) -> dict[str, Answer]:
        """Text questions: the vendor's own sentences that answer them, substance first. A product
        page's text answer, as its options, needs `repeats` sentences: one in passing is no answer."""
        out = {}
        by_text = {s.text: s for s in reading.sentences}
        # Only sentences with something to quote: a text answer is never made of a neutral one, but for the
        # plant's own loss told before the project ("last year 14 complaints cost about EUR 180,000").
        worth = [s for s in reading.sentences if (s.kind != "neutral" or self._loss_told(s, seen)) and not seen.marketing(s)]
        worth = worth or [s for s in reading.sentences if s.kind == "label"]
        suggested = self.prefiller.suggest(replace(reading, sentences=worth), limit=10)
        if seen.rates:  # a data table's rates answer "how often" even where no sentence does
            suggested.update({qid: [] for qid in self.rules.tables.rate_answers if qid not in suggested})
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
        for qid, items in suggested.items():
            if self.questions[qid].kind != "text":
                continue
            sentences = [by_text[s.quote] for s in items]
            if qid in self.roles.problem_text:
                sentences += [s for s in losses if s.text not in {t.text for t in sentences}]
            if qid in self.references.may_draft:
                sentences += [s for s in cases if s.text not in {t.text for t in sentences}]
            sentences += [s for s in listed.get(qid, []) if s.text not in {t.text for t in sentences}]
            picked = self._text_quotes(qid, sentences, seen)
            rows = len(set(seen.rates)) if qid in self.rules.tables.rate_answers else 0  # each row says it again
            rows += any(s.text == q for s in listed.get(qid, []) for _e, q in picked)  # a list is no passing mention
            if page and len(picked) + rows < self.rules.product_page.repeats:
                continue
            if qid in self.roles.problem_text:  # the plant's loss counted before the project comes first
                picked.sort(key=lambda p: not self._loss_told(by_text[p[1]], seen))
            picked.sort(key=lambda p: -RANK[p[0]])
            picked = _list_kept(picked[:self.rules.text_sentences], picked, {s.text for s in listed.get(qid, [])})
            if qid in self.rules.tables.rate_answers:
                picked = self._with_rates(picked, seen)
            if picked:
                quotes = [q for _, q in picked]
                out[qid] = Answer(question=qid, evidence=picked[0][0], text=" ".join(quotes),
                                  quotes=quotes, drafted=True)
        return out

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
            if self.rules.tables.link_row(seen.table_rows.get(seen.index[sentence.start], sentence.text)):
                continue  # a link table's row drafts its link: its cells state no workflow, decision or protocol
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
