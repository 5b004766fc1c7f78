"""A sentence's role, read before its words: does it say what the vendor offers or delivered?

A proposal or case study also tells the plant's state before the project ("maintenance was
purely reactive"), what is possible or optional ("can be extended to quality data"), what is
excluded ("not part of this offer"), and asks questions. Only what is offered or delivered
drafts an answer; the before-state drafts only the problem questions. Headings carry a role to
the lines under them ("The challenge" ... "The solution"). The cues are data: drafting.yaml, roles.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .clauses import (BREAKS, JOINS as _JOINS, clause, condition, label_reach, labelled, named_ahead, replaced, set_aside,
                      supposed)
from .cue_grammar import CueGrammar
from .draft_specs import ROLE, role_cues
from .page_lines import NUMBERED, PageLines
from .plant_state import PlantState
from .project_deeds import ProjectDeeds
from .phrases import CLAUSE_END as _CLAUSE_END, PhraseSet, is_number, normalise, tokens

CLAIM, BEFORE, REFERENCE, QUESTION, FURNITURE = "claim", "before", "reference", "question", "furniture"
LIMITS = ("rating", "sampling", "labour")  # kinds of clause that limit what their phrases mean (drafting.yaml roles)
_BULLETS = frozenset("-•*–")
_QUOTES = frozenset("\"“„«‘'")  # a sentence that opens with one is somebody's own words
_START = 1  # "Before the project, ..." or "- Before the project, ...": a cue this near the start


@dataclass(slots=True)
class Role:
    """How one sentence may draft: its kind, the token spans that draft nothing (possible, optional, excluded), where
    the before-state ends (`turn`) and whether it names what the plant already has."""
    kind: str = CLAIM
    turn: int = 0  # tokens before this index tell the plant before the project
    unsure: tuple[tuple[int, int], ...] = ()
    existing: tuple[tuple[int, int], ...] = ()
    # clauses that limit what their phrases mean, with the kind of limit: the equipment's own rating
    # ("rated 0 to 55 °C"), a data rate ("readings every minute")
    limited: tuple[tuple[int, int, str], ...] = ()
    heading: bool = False  # a heading line (RoleReader._heading), read once here for drafting and the panel
    old: tuple[tuple[int, int], ...] = ()  # the old way named as what the project replaced: drafts as the before-state

    def drafts(self, position: int) -> bool:
        """Whether a phrase at this token position may draft (any answer)."""
        if self.kind in (QUESTION, FURNITURE, REFERENCE):
            return False
        return not any(start <= position < end for start, end in self.unsure)

    @property
    def plain(self) -> bool:
        """A claim with no before-state, no unsure clause and nothing the plant has: all of it drafts."""
        return self.kind == CLAIM and not (self.turn or self.unsure or self.existing or self.limited or self.old)

    def before(self, position: int) -> bool:
        return self.kind == BEFORE or position < self.turn or any(start <= position < end for start, end in self.old)

    def limits(self, position: int) -> list[str]:
        """The kinds of limit on the clause of the phrase at this position ("rating", "sampling")."""
        return [kind for start, end, kind in self.limited if start <= position < end]

    def has(self, position: int) -> bool:
        """Whether the phrase at this position speaks of what the plant already has."""
        return any(start <= position < end for start, end in self.existing)


class RoleReader:
    """Compiled role cues; `roles(sentences)` gives one Role per sentence, headings carrying theirs.
    Given the drafter's scan (which holds the cues, drafting.yaml roles), a role is read from the
    phrases that one scan found: no sentence is tokenised or walked again for its role."""

    def __init__(self, data: dict, scan: PhraseSet | None = None):
        self.before_may_draft = frozenset(data["before_may_draft"])
        self.page_lines_may_draft = frozenset(data.get("page_lines_may_draft", []))
        has = data.get("site_has", {})  # "The mill has two paper machines": what exists, in a site's story
        self.site_span = int(has.get("span", 0))
        self.site_subjects, self.site_not = frozenset(has.get("subjects", [])), frozenset(has.get("not_subjects", []))
        self.site_verbs = [tuple(v.split()) for v in has.get("verbs", [])]
        self.site_not_words = frozenset(has.get("not_words", []))
        self.unlisted_problem = tuple(data["unlisted_problem"].split(": "))  # "question: option"
        self.worn_out = frozenset(data.get("worn_out", []))  # "the bearings were wearing out": that problem, surely
        # a before-state that names a trouble of the plant ("struggled with", "a loss"): roles troubles
        self.troubles = self.worn_out | frozenset(data.get("troubles", [])) | frozenset(data.get("problem_words", []))
        self.regulated = frozenset(data.get("regulated", []))  # "new FDA compliance standards": a trouble unlisted
        self.regulated_found = frozenset(data.get("regulated_found", []))  # "the inspector found gaps": a finding
        self.lacks_told = frozenset(data.get("lacks_told", []))  # "we had no handle on inventory": that problem
        self.plant_cues = frozenset(data.get("plant_cues", []))
        self.told_after_window = int(data.get("existing_after", {}).get("window", 0))
        self.problem_text = frozenset(data.get("problem_text", []))
        self.problem_words = frozenset(data.get("problem_words", []))
        self.ahead = frozenset(data.get("told_ahead", []))  # "we'll compare the stop hours": a plan, no state
        self.supposed = frozenset(data.get("loss_supposed", []))  # "if the connection is lost, ...": a case, no state
        paid = data.get("paid_loss", {})  # "last year the plant paid EUR 212,000 in penalties": a loss counted
        self.paid_words, self.paid_units = frozenset(paid.get("words", [])), frozenset(paid.get("units", []))
        self.paid_not = frozenset(paid.get("not_words", []))
        terms, acts = data.get("offer_terms", {}), data.get("offer_acts", {})  # "the SLA's penalties"; "flags a fault"
        self.terms, self.terms_drop = PhraseSet.of(terms.get("words", []), "terms"), frozenset(terms.get("drops", []))
        self.terms_plants = frozenset(terms.get("plants", []))  # "warranty claims": the plant's loss, no term
        self.acts, self.acts_window = frozenset(acts.get("words", [])), int(acts.get("window", 0))
        self.past_ability = frozenset(data.get("past_ability", []))  # "nobody could agree": the past of "can"
        self.to_reader = frozenset(map(str, data.get("reference_told", {}).get("reader", [])))  # "you", "will"
        results = data.get("results", {})  # "stops fell from 38 to 12 hours": a result, not the problem
        self.results, self.result_window = frozenset(results.get("words", [])), int(results.get("window", 0))
        self.plant_state = PlantState(data, self.site_not, self.results)  # "Every week line 2 loses 9 hours"
        self.deeds = ProjectDeeds(data)  # "The VTScada application was configured ...": the project's deed
        self.page = PageLines(data, plain=CLAIM)  # headings, titles and other page text
        self.scan = scan or PhraseSet.union(*role_cues(data))
        self.kind_of = {key: kind for key, targets in self.scan.targets.items() for tag, kind in targets if tag == ROLE}
        self.existing_drops = {(q, o) for q, options in data["existing_drops"].items() for o in options}
        before_has = data.get("before_has", {})  # "each plant ran its own historian": what the plant has
        self.before_has = {(q, o) for q, options in before_has.get("options", {}).items() for o in options}
        self.before_has_not = frozenset(before_has.get("not_opening", []))
        existing_as = data.get("existing_as", {})  # "the probes the plant already had": its existing system
        self.existing_as = {(q, o): instead for q, options in existing_as.get("options", {}).items()
                            for o, instead in options.items()}
        self.owned = PhraseSet.of(existing_as.get("told", []), "owned")
        self.problem_lists = frozenset(data.get("problem_lists", []))
        self.go_on = frozenset(data.get("goes_on", []))  # "This process took months": the sentence before goes on
        carries = data.get("carries_on", {})  # "The facility had a legacy PLC": the story's before-state goes on
        self.carry_tense, self.carry_turns = frozenset(carries.get("tense", [])), frozenset(carries.get("turns", []))
        progressive = data.get("progressive", {})  # "they were battling", "was using": the state before
        self.grammar = CueGrammar(data)  # "was used to plan", "at the time of", "could distinguish"
        self.progressive = frozenset(progressive.get("auxiliaries", []))
        self.not_verbs = frozenset(progressive.get("not_verbs", []))
        perfect = data.get("perfect", {})  # "a previous upgrade had failed": before the story's own past
        self.perfect = frozenset(perfect.get("auxiliaries", []))
        self.participles = frozenset(perfect.get("participles", []))
        self.not_participles = frozenset(perfect.get("not_participles", []))
        self.replaced_ends = frozenset(data.get("replaced_ends", []))  # "to", "with": the new way follows
        self.replaced_not_after = frozenset(data.get("replaced_not_after", []))  # "were replaced": the old is the subject
        self.limit_drops = {kind: {(q, o) for q, options in data.get(kind + "_drops", {}).items() for o in options}
                            for kind in LIMITS}

    def roles(self, texts: list[str], words: list[list[str]] | None = None,
              found: list[list[tuple[int, int, str]]] | None = None) -> list[Role]:
        """One Role per text; `words` and `found` (the scan's finds) when the caller has them."""
        words = words if words is not None else [tokens(normalise(text)) for text in texts]
        found = found if found is not None else [self.scan.find(w) for w in words]
        section, listed = CLAIM, False
        out = []
        # a line said again under the same section has the same role: read once (a Role is read from its text,
        # its words and finds, all the text's own, and the section; `heading` below is the text's own too)
        read: dict[tuple[str, str], Role] = {}
        lines: dict[str, tuple] = {}  # what a line says of itself, whatever stands around it: read once a text
        diagram = self.page.diagram(texts, words)  # "AI layer", "Predictive analytics module": a diagram's boxes
        for text, said, finds in zip(texts, words, found):
            if text not in lines:
                lines[text] = self._line(text, said)
            heading, cued, run_on, bullet, lists = lines[text]
            if heading is None and run_on in (BEFORE, NUMBERED):  # "The Scenario Before: When ...", or "3 Preise"
                section = BEFORE if run_on == BEFORE else CLAIM if section == BEFORE else section
            listed = listed if bullet else lists
            # a heading opens a section of its own: it goes on telling no before-state ('What was done')
            carried = heading is None and (self._goes_on(out, said) or self._carries_on(out, said))
            under = BEFORE if (bullet and listed) or carried else heading or section
            if under == section == BEFORE and heading is None and self.deeds.told(said):  # under "The Challenge": done
                under = CLAIM
            role = read.get((text, under))
            if role is None:
                role = read[text, under] = self.role(text, said, under, finds)
            if heading:  # a heading that tells the before-state ("What they were facing") heads it too
                section = BEFORE if not cued and role.kind == BEFORE else heading
            head = not out or self._deck(out, text)
            named = head and heading is None and self.page.short_title(text, said)
            if named or (head and self.page.title(text, said)) or text in diagram:
                role = Role(FURNITURE)  # the title or its deck, in any case: "Meat plant solves a mystery by ..."
            # "Mill cuts stops: a case study" and a page's name draft as a page line does (Drafter._headings)
            role.heading = heading is not None or named or (head and self.page.labelled_title(text, said))
            out.append(role)
        return out

    def _line(self, text: str, words: list[str]) -> tuple:
        """The heading a line is (and whether a cue said so), the heading pasted onto it, whether it is a bullet and
        whether it announces a list of problems: its text's own."""
        heading, cued = self.page.heading(text, words)
        run_on = self.page.run_on(text) if heading is None else None
        return heading, cued, run_on, text.lstrip()[:1] in _BULLETS, self._lists_problems(words)

    def _goes_on(self, out: list[Role], words: list[str]) -> bool:
        """A sentence that opens on a word pointing back ("This process took months", "These sheets were
        typed in") goes on telling the state before, when the sentence before it told it whole."""
        return bool(out and words) and words[0] in self.go_on and out[-1].kind == BEFORE

    def _carries_on(self, out: list[Role], words: list[str]) -> bool:
        """A sentence told in the past ("The facility had a legacy PLC", "Pressure was checked by hand") right
        after one told whole of the plant before the project goes on telling it, until one tells a deed of the
        project (roles: carries_on turns: "installed", "chose") or turns (a cue of `after`). So does the plant's
        loss told in the present, with its state ("Cracks are found hours later at the customer, and last year 14
        complaints cost EUR 180,000"), unless it tells a result or a target ("fewer", "reduce": roles results)."""
        if not (out and words) or out[-1].kind != BEFORE or out[-1].heading or not self.carry_turns.isdisjoint(words):
            return False
        if (self.tells_problem(words) or self.pays_loss(words)) and self.results.isdisjoint(words):
            return True
        # "was to be fitted", "the objective was to cut": what was planned, no state
        return any(w in self.carry_tense and words[at + 1:at + 2] != ["to"] for at, w in enumerate(words))

    def _lists_problems(self, words: list[str]) -> bool:
        """A sentence that announces the plant's problems ("This led to several issues:"): the
        bullets under it tell the before-state."""
        last = [w for w in words[-3:] if w not in BREAKS]
        return bool(last) and last[-1] in self.problem_lists

    def site_has(self, words: list[str]) -> bool:
        """Whether a sentence tells what the site has or does of its own ("Each line has 40 drives", "The team
        consists of six fitters"): its subject, in its first words, is the site or its kit, and its verb has, runs
        or employs; not what changed there ("now has") nor the product's own kit ("Each sensor has ...")."""
        if not self.site_not_words.isdisjoint(words):
            return False
        for at in range(1, min(self.site_span, len(words)) + 1):
            if any(tuple(words[at:at + len(verb)]) == verb for verb in self.site_verbs):
                subject = words[:at]
                return not self.site_subjects.isdisjoint(subject) and self.site_not.isdisjoint(subject)
        return False

    def tells_plant(self, words: list[str]) -> bool:
        """Whether a sentence speaks of the plant's own state (a number, "your", "today", "was"):
        only then does a claim sentence state a problem ("the worker enters the scrap quantity" does not,
        nor does a board's "6S checklist": a name, no count)."""
        return not self.plant_cues.isdisjoint(words) or any(is_number(w) for w in words)

    def tells_problem(self, words: list[str]) -> bool:
        """Whether a claim names a loss of the plant (problem_words, not what the offer acts on: roles offer_acts) and
        its state (tells_plant), as a problem statement quoting it must; not what is told ahead ("we'll compare the
        stop hours": a plan) nor the offer's price or terms ("penalties of EUR 500 per hour of downtime")."""
        named = [at for at, w in enumerate(words) if w in self.problem_words and not supposed(words, at, self.supposed)]
        return (any(self.acts.isdisjoint(words[max(0, at - self.acts_window):at]) for at in named)
                and self.tells_plant(words) and self.ahead.isdisjoint(words) and self.paid_not.isdisjoint(words)
                and not self.states_terms(words))

    def states_terms(self, words: list[str], start: int = 0) -> bool:
        """The sentence, from `start` on, tells the offer's terms (roles offer_terms: an SLA, a fee, a warranty)."""
        told = words[start:] if start else words
        return any(told[end:end + 1] == [] or told[end] not in self.terms_plants for _s, end, _k in self.terms.find(told))

    def counts_loss(self, words: list[str]) -> bool:
        """A loss of the plant named with a figure ("last year 14 complaints cost about EUR 180,000")."""
        return (not self.problem_words.isdisjoint(words) and any(is_number(w) for w in words)) or self.pays_loss(words)

    def pays_loss(self, words: list[str]) -> bool:
        """What is paid, spent or lost in money or time (roles paid_loss: a word of it and a figure beside a currency or
        a unit of time: "paid EUR 212,000 in penalties"); not the offer's price or its contract's penalties."""
        if self.paid_words.isdisjoint(words) or not self.paid_not.isdisjoint(words):
            return False
        return any(is_number(w) and not self.paid_units.isdisjoint(words[max(0, at - 1):at + 2])
                   for at, w in enumerate(words))

    def result_at(self, words: list[str], at: int) -> bool:
        """Whether the phrase at `at` is what a result told changed ("unplanned stops fell", "we cut scrap"):
        a word of drafting.yaml roles: results a few words from it, with no clause break between."""
        start, end = max(0, at - self.result_window), min(len(words), at + self.result_window + 1)
        return any(words[i] in self.results and _CLAUSE_END.isdisjoint(words[min(i, at):max(i, at)])
                   for i in range(start, end))

    def owned_at(self, role: Role, words: list[str], at: int) -> bool:
        """Whether the kit at `at` is told, after it in its clause, to be what the plant has ("the probes the
        plant already had")."""
        ends = [end for start, end in role.existing if start <= at < end]  # the widest: a cue's clause may end first
        return bool(ends) and bool(self.owned.find(words[at:max(ends)]))

    def cues(self, found: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
        """Role cue kind -> (start, end) of each cue among a scan's finds, in the order found."""
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for start, end, key in found:
            kind = self.kind_of.get(key)
            if kind:
                out[kind].append((start, end))
        return out

    def role(self, text: str, words: list[str], section: str = CLAIM,
             found: list[tuple[int, int, str]] | None = None) -> Role:
        if text.rstrip().endswith("?"):
            return Role(QUESTION)
        cues = self.cues(self.scan.find(words) if found is None else found)
        if self.page.furniture(text, words, cues) or self.page.headline(text, words) or self.page.label_heading(text):
            return Role(FURNITURE)
        unsure, old = self._unsure(text, words, cues), self._old(words, cues)
        existing = tuple(clause(words, start) for start, _end in cues["existing"])
        existing += tuple(named_ahead(words, start) for start, _end in cues["existing_ahead"])
        existing += tuple(named_ahead(words, start, to_join=True) for start, _end in cues["old_ahead"])
        existing += tuple(self._told_after(words, start, end) for start, end in cues["existing_after"])
        rating = tuple((*labelled(words, start, end), kind) for kind in LIMITS for start, end in cues[kind])
        before = [start for start, end in cues["before"] + cues["background"]  # who the customer is: before too
                  if not any(at <= _START for at, _end in cues["instead"])  # "Instead of paper, they relied on tablets"
                  and not self.grammar.not_before(words, start, end)]
        before += [0 for start, end in cues["before_at_start"] if start <= _START and end <= _START + 4]
        before = sorted(before + self.progressive_at(words) + ([0] if self.plant_state.told(words) else []))
        if section == REFERENCE or self.page.testimonial(text):  # under a Reference heading, or another customer's
            # signed quote (testimonials.py), a turn ("we installed") is that customer's project ...
            if self.to_reader.isdisjoint(words):
                return Role(REFERENCE, unsure=unsure, existing=existing, limited=rating, old=old)
            section = CLAIM  # ... and a line to the reader ("your stop data will go to SAP") is the offer's
        if not before:
            kind = section if section == BEFORE and not cues["after"] else CLAIM
            return Role(kind, unsure=self._unsure(text, words, cues, told=True) if kind == BEFORE else unsure,
                        existing=existing, limited=rating, old=old)
        said = cues["before"] + cues["before_at_start"]  # "until now": no turn inside a cue of before
        turns = [start for start, _end in cues["after"]
                 if start > before[0] and not any(a <= start < b for a, b in said)]
        if turns:  # "previously X; now the terminal Y": the before-state ends where the turn begins
            return Role(CLAIM, turn=turns[0], unsure=unsure, existing=existing, limited=rating, old=old)
        return Role(BEFORE, unsure=self._unsure(text, words, cues, told=True), existing=existing, limited=rating)

    def _unsure(self, text: str, words: list[str], cues: dict[str, list[tuple[int, int]]],
                told: bool = False) -> tuple[tuple[int, int], ...]:
        """The clauses that say something only possible, optional or hoped for; in a sentence `told` of the
        plant before the project a cue of roles: past_ability is the past of "can" ("nobody could agree why the
        line stopped"), no possibility."""
        unsure = tuple(label_reach(words, start) for start, end in cues["unsure"]
                       if not (told and end - start == 1 and words[start] in self.past_ability)
                       and not self.grammar.reports(words, start, end))
        unsure += tuple(condition(words, start) for start, _end in cues["condition"])
        unsure += tuple(set_aside(words, start) for start, _end in cues["instead"])
        if cues["hope"] and text.lstrip()[:1] in _QUOTES:  # "“We'll have live job progress,” says ...": a hope
            unsure += ((0, len(words)),)
        return unsure

    def _old(self, words: list[str], cues: dict[str, list[tuple[int, int]]]) -> tuple[tuple[int, int], ...]:
        """The old way named as what the project replaces ("replacing the pressure gauges with load cells"; not a
        passive, "bearings were replaced before failure", whose subject is the old): it states the problem only."""
        passive = self.replaced_not_after
        return tuple(replaced(words, start, end, self.replaced_ends) for start, end in cues["replaced"]
                     if not (words[start].endswith("ed") and start > 0 and words[start - 1] in passive)) \
            + tuple(set_aside(words, start) for start, _end in cues["replaced_whole"])

    def progressive_at(self, words: list[str]) -> list[int]:
        """Where a verb in the past progressive or the past perfect tells what went on before ("they were
        battling to meet dates", "the mill was using a historian", "an earlier upgrade had failed"): a case
        study tells its outcome in the simple past."""
        return [at for at, (word, verb) in enumerate(zip(words, words[1:]))
                if word in self.progressive and verb.endswith("ing") and verb not in self.not_verbs
                or word in self.perfect and self._participle(verb)]

    def _participle(self, word: str) -> bool:
        """A past participle after "had" ("had failed", "had grown"): the past perfect tells what came
        before the case study's own story; a result ("had cut", "had reduced") is none of these."""
        return (word.endswith("ed") or word in self.participles) and word not in self.not_participles

    @staticmethod
    def _deck(out: list[Role], text: str) -> bool:
        """Whether a line may be the page's deck: only a title, a dateline or headings above it, and it opens on
        a word (not a bullet, nor a figure called out: "$9.6M in lost output from one seized gearbox")."""
        return text.lstrip()[:1].isalpha() and all(role.kind == FURNITURE or role.heading for role in out)

    def _told_after(self, words: list[str], start: int, end: int) -> tuple[int, int]:
        """The kit a cue told after it speaks of ("the 20 accelerometers the mill had fitted in 2018"): back at
        most `existing_after.window` words in its clause, and not past "and" or "but"."""
        begin = max(clause(words, start)[0], start - self.told_after_window)
        joins = [i for i in range(begin, start) if words[i] in _JOINS]
        return (joins[-1] + 1 if joins else begin), end

