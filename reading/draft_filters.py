"""Which of a sentence's hits may draft: by the sentence's role (before the project, a rating, what
the plant has), and by drafting.yaml's `lengths`, `users` and `destinations`. Mixed into
reading.draft.Drafter: needs self.rules and self.roles."""
from __future__ import annotations

import re

from .draft_bare_areas import drop_bare
from .draft_read_only import drop_read
from .draft_rules import draft_data
from .draft_specs import ACT, ALONE, BEFORE_OWN, BOAST, HEDGE, OPTIONAL_LINK, OWN, REQUEST
from .kpi_source import labelled_target
from .phrases import CLAUSE_END
from .roles import BEFORE, CLAIM, Role

Hit = tuple[str, str, int]  # (question, option, word position)
# the options that, said after a request the system opens, approve it (drafting.yaml acting: alone: gates)
GATES = frozenset(draft_data().get("acting", {}).get("alone", {}).get("gates", []))
# problems a claim states as the project's motive, with no word of the plant's state (drafting.yaml roles motive_problems)
MOTIVES = frozenset((q, o) for q, options in draft_data()["roles"].get("motive_problems", {}).items() for o in options)
_YEAR = re.compile(r"20\d\d")  # a year this century: "available 2027", not "available 24"
_PARTS = frozenset(";:()")  # what ends a part of a sentence an option is said in (not a comma: "on request, we ...")
_ENDS = frozenset(";:")  # ... of which these end a part, and a bracket holds an aside within it


# the words that lead a cross-reference's number (drafting.yaml roles cross_references): "(voir §5)", "see section 4"
_REFERS = frozenset(draft_data()["roles"].get("cross_references", []))


def unreferenced(words: list[str]) -> list[str]:
    """The words but a number a cross-reference leads: "elle peut être chiffrée en option (voir §5)" counts nothing of
    the plant (walk80: the SAP interface left out read as the plant's repeating quality issues for its "5")."""
    return [w for i, w in enumerate(words) if not (i and words[i - 1] in _REFERS and w[:1].isdigit())]


def part_of(words: list[str], at: int) -> tuple[int, int]:
    """Which part of the sentence, up to ";" or ":", the word at `at` is in, and which bracket of it (0: none)."""
    before = words[:at]
    inside = before.count("(") > before.count(")")
    return sum(1 for w in before if w in _ENDS), before.count("(") if inside else 0


def in_parts(words: list[str], at: int, parts: set[tuple[int, int]]) -> bool:
    """Whether the word at `at` is in one of `parts`: an aside in brackets is in the part around it ("An interface to
    your maintenance system (CMMS) is on our roadmap"), and a bracket's own is only in that bracket ("to your MES
    (SAP PM link on request)")."""
    part = part_of(words, at)
    return part in parts or (part[0], 0) in parts


def planned_at(words: list[str], planned: tuple[frozenset[str], frozenset[str]]) -> list[int]:
    """Where a thing is said to come only in a year named ("available 2027", "planned for Q3 2027"): the word of
    `planned`'s first set, then a year, with only words of its second set between (drafting.yaml integrations planned)."""
    verbs, between = planned
    found = []
    for i, word in enumerate(words):
        j = i + 1
        while word in verbs and j < len(words) and words[j] in between:
            j += 1
        if word in verbs and j < len(words) and _YEAR.fullmatch(words[j]):  # a year, no count: "available 24/7"
            found.append(i)
    return found


def optional_parts(words: list[str], ats: list[int], named: list[int] | None = None,
                   label: int = 6) -> set[tuple[int, int]]:
    """The parts of the sentence that the optional cues at `ats` speak of: each one's own, the part a short label
    opening the sentence heads ("Available on request: a link to your CMMS ...") or the label of it, and the part
    around a bracket that names nothing else (`named`: where the options stand): "Predict: a module for predictive
    maintenance (roadmap, available 2027)" qualifies the module, where "to your MES (SAP PM link on request)" speaks of
    its bracket alone."""
    parts = {part_of(words, at) for at in ats}
    if named is not None:  # where the options stand is known: a bracket naming none speaks of its part
        own = {part_of(words, at) for at in named}
        parts |= {(part, 0) for part, bracket in parts if bracket and (part, bracket) not in own}
    first = next((i for i, w in enumerate(words) if w in _PARTS), len(words))
    if first <= label and first < len(words) and words[first] == ":" and parts & {(0, 0), (1, 0)}:
        parts |= {(0, 0), (1, 0)}  # ... and the label of an item the rest of it plans ("Forecast: ... (available 2028)")
    return parts


class HitFilters:
    def _problems_told(self, role: Role, words: list[str], hits: list[Hit], before_told: bool = False) -> list[Hit]:
        """A claim states a problem of the plant only when it speaks of the plant's own state ("your
        scrap is 4%"): "the worker enters the scrap quantity" is what the offer does, no problem; nor is a
        result ("unplanned stops fell from 38 to 12 hours") in a text that tells its own before-state."""
        problems = self.roles.before_may_draft
        if role.kind == BEFORE or not any(q in problems for q, _o, _at in hits):
            return hits
        if before_told:
            hits = [h for h in hits if h[0] not in problems or h[2] < role.turn or not self.roles.result_at(words, h[2])]
        if self.roles.tells_plant(unreferenced(words[role.turn:])):
            return hits
        # after a turn ("previously X; now the terminal Y") the problem is told before it, but for one told as the
        # project's motive ("to maximize energy efficiency": MOTIVES)
        return [h for h in hits if h[0] not in problems or h[2] < role.turn or h[:2] in MOTIVES]

    def _terms_told(self, role: Role, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A claim that tells the offer's own terms ("the SLA guarantees 99.5% availability, with penalties of EUR 500
        per hour of downtime") states no problem of the plant and no data it takes (roles offer_terms), from its turn on."""
        drops = self.roles.terms_drop
        if role.kind == BEFORE or not any(h[0] in drops for h in hits) or not self.roles.states_terms(words, role.turn):
            return hits
        return [h for h in hits if h[0] not in drops or h[2] < role.turn]

    def _target(self, text: str, words: list[str]) -> bool:
        """A sentence that is a target the offer commits to: a line labelled "Target:", or a commitment (drafting.yaml
        kpi.commits) in its first clause ("we will reduce complaints to fewer than 3 a year"); not the plant's figure
        told before a target in a later clause ("Recovery was 81.4% this year; our target is 84%")."""
        first = next((i for i, w in enumerate(words) if w in CLAUSE_END and w != ","), len(words))
        return labelled_target(text) or any(start < first for start, _end, _p in self.rules.kpi_commits.find(words))

    def _effects_taken(self, words: list[str], hits: list[Hit], reply: bool = False) -> list[Hit]:
        """A stop, an output shortfall, a defect or another kind of data of drafting.yaml `effects` is data captured
        only where the sentence says it is taken ("the terminal records each stop", "the camera spots each defect"):
        "downtime reduced by 38%", "output was not as planned" and "$60 million a year in scrap" tell what befell the
        plant, and so does a stop the project averts, whatever else is taken ("detects damage early and prevented
        unplanned downtime")."""
        spec = self.rules.effects
        sized = [h for h in hits if h[:2] in spec.sized and spec.size_of_change(words, h[2])]
        if sized:  # "saves 7.9 million kWh a year": what the plant's energy cost, not data taken
            told = [h for h in sized if h[1] in spec.told][:1]
            hits = [h for h in hits if h not in sized] + [(*spec.tells, h[2]) for h in told]
        drops = spec.drops if reply else spec.drops | spec.offer_drops
        if not any(h[:2] in drops for h in hits):
            return hits
        taken = spec.taken.isdisjoint(words)
        return [h for h in hits if h[:2] not in drops
                or (not taken and spec.averted.isdisjoint(words[max(0, h[2] - spec.window):h[2]]))]

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

    def options_cued(self, words: list[str], found: list | None = None) -> set[tuple[str, str]]:
        """(question, option) a sentence's own cues give, filtered as drafting filters each sentence's hits (a length
        read as one, the plant's users only); what the text around it says is not read. `found`: the scan's finds."""
        hits = self._users_only(words, self._kept_for(words, self._hits(self.rules.scan, words, found)))
        return {(q, o) for q, o, _at in hits}

    def _users_only(self, words: list[str], hits: list[tuple[str, str, int]], text: str = "") -> list[tuple[str, str, int]]:
        """The plant's own people who use the output: not the vendor's ("our technicians calibrate"), not one item of
        a list the system covers ("every machine, every operator and every batch"), not who is quoted ("..., the works manager said"), and not the access roles a security sentence lists ("permissions follow roles (operator,
        planner, admin)"): drafting.yaml `users`."""
        spec = self.rules.users
        if not any(q == spec.question for q, _o, _at in hits):
            return hits
        access = any((q, o) == spec.not_with for q, o, _at in hits)
        team = self._team(words)
        quoted = spec.speakers(words) | (spec.named(text, words) if text else set())
        acts = {at for q, _o, at in hits if q == ACT}
        return [h for h in hits if h[0] != spec.question
                or not (team or access and not self._role_acts(words, h[2], acts) or h[2] in quoted
                        or self._vendors(words, h[1], h[2]) or spec.distributed(words, h[2]))]

    def _role_acts(self, words: list[str], at: int, acts: set[int]) -> bool:
        """Whether the role at `at` does something in its clause, a verb of use or an act on the output a few words on
        ("Three roles use it every day: the machine operator sees the live curve, the Meister approves corrections"):
        a user, though the sentence says "roles" as access rights are listed ("permissions follow roles: operator,
        planner, admin")."""
        for i in range(at + 1, min(len(words), at + 1 + _ACTING_WINDOW)):
            if words[i] in CLAUSE_END:
                return False
            if words[i] in self.rules.users.uses or i in acts:
                return True
        return False

    def _team(self, words: list[str]) -> bool:
        """Whether the sentence names the vendor's or the project's team ("Team size: 2 developers,
        1 QA"): the roles it lists staff the project, they do not use its output."""
        said = f" {' '.join(words)} "
        return any(f" {phrase} " in said for phrase in self.rules.users.team)

    def _vendors(self, words: list[str], option: str, at: int) -> bool:
        spec = self.rules.users
        return option in spec.vendor_sends and not spec.vendor.isdisjoint(words[max(0, at - 2):at])

    def _sent_to(self, words: list[str], at: int, spec=None) -> bool:
        """The system named at `at` is where data goes ("written into your PI historian"), not
        where it comes from: a word of drafting.yaml `destinations` a few words before it (or, with
        `spec` the `conduits`, the path the data takes: "through the existing DCS historian")."""
        spec = spec or self.rules.destinations
        start = max(0, at - spec.window)
        return any(w in spec.before and not (i and words[i - 1] in spec.unless) and spec.breaks.isdisjoint(words[i + 1:at])
                   for i, w in enumerate(words[start:at], start))

    def _named_otherwise(self, words: list[str], qid: str, option: str, at: int, story: bool) -> bool:
        """The name at `at` is the offer's own system ("to our MES platform": no plant system it links to; not in one
        site's story, where "our SAP" is the customer's) or the team the output goes to or that is trained ("to your
        maintenance planner": no upkeep owner): drafting.yaml `own_systems`, `recipients`."""
        own, recipients, built = self.rules.own_systems, self.rules.recipients, self.rules.built_systems
        return (not story and (qid, option) in own.drops and self._sent_to(words, at, own)) \
            or ((qid, option) in built.drops and self._sent_to(words, at, built)) \
            or ((qid, option) in recipients.drops and self._sent_to(words, at, recipients))

    def _optional_links(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A link or an output offered only on request or at extra cost (drafting.yaml integrations `optional`) is none
        this offer makes: nothing of `optional_drops` in the part of the sentence, up to ";", ":" or a bracket, that says so;
        nor is what it reads from a system (draft_read_only.py)."""
        hits = drop_bare(words, drop_read(words, hits, self.rules.scan))  # "exports the asset inventory": no system
        cues = [at for q, _o, at in hits if q == OPTIONAL_LINK] + planned_at(words, self.rules.planned)
        optional = optional_parts(words, cues, [at for q, _o, at in hits if q[0] != "~"])
        drops = self.rules.optional_drops
        return [h for h in hits if h[0] not in drops or not in_parts(words, h[2], optional)] if optional else hits

    def _existing_kit(self, role: Role, words: list[str], hits: list[Hit]) -> list[Hit]:
        """Kit named in a clause of what the plant has ("the vibration probes the plant already had") is its
        existing system, no new sensor (drafting.yaml roles: existing_as)."""
        instead = self.roles.existing_as
        return [(q, instead[q, o], at) if (q, o) in instead and self.roles.owned_at(role, words, at) else (q, o, at)
                for q, o, at in hits]

    def _before_has(self, words: list[str], qid: str, option: str, at: int) -> bool:
        """A before-state's system the plant has, named by its kind or product ("copied the values from the OSIsoft PI
        historian"), which the project reads; not the old way as a whole ("the existing system relied on manual
        checks"), nor what it was doing, told in the past progressive ("the foundry was using a historian": what went
        on before, which the new system may read around)."""
        return (qid, option) in self.roles.before_has and at < len(words) and words[at] not in self.roles.before_has_not \
            and not self.roles.progressive_at(words)

    @staticmethod
    def _acts_alone(role: Role, general: str | None, hits: list[Hit]) -> bool:
        """An offer's sentence that says the system acts by itself ("a part judged cracked is pushed to the reject
        chute"): not the plant before, a general truth, nor a possibility ("can be extended to reject ...")."""
        gated = lambda at: any(o in GATES and a > at for q, o, a in hits if q != ALONE)  # "...; the planner approves it"
        return role.kind == CLAIM and not general and any(q == ALONE and role.drafts(at) and not role.before(at)
                                                          and not (o == REQUEST and gated(at)) for q, o, at in hits)

    @staticmethod
    def _before_hedges(hits: list[Hit]) -> int | None:
        """SentenceCues._hedges of a sentence in the plant's before-state: there a spread "up to" a value ("Abweichungen
        von bis zu 14 % je Tank") is its measured problem, no vendor's boast (drafting.yaml own_figures before_boasts);
        any other boast still sells ("40 % fewer stops" there is a result promised: half B drafted one more wrong)."""
        if any(q == BOAST and option != BEFORE_OWN for q, option, _ in hits):
            return None
        return sum(q == HEDGE and option != OWN for q, option, _ in hits)

    def _role_allows(self, role: Role, qid: str, option: str, at: int, words: tuple[str, ...] | list[str] = ()) -> bool:
        """The before-state drafts only the problem; what the plant has is no new sensor."""
        if not role.drafts(at):
            return False
        if role.before(at) and qid not in self.roles.before_may_draft and not self._before_has(words, qid, option, at):
            return False
        if role.limited and any((qid, option) in self.roles.limit_drops[kind] for kind in role.limits(at)):
            return False  # "rated 0 to 55 °C" is no temperature read; "readings every minute" no decision time
        return not (role.has(at) and (qid, option) in self.roles.existing_drops)


_ACTING_WINDOW = 4  # words from a role to its verb: "the dye house Meister approves"


def in_nouns(finds: list, compound: str) -> callable:
    """Whether a phrase found at (start, end) is only part of a longer noun found (a `compound`'s phrase it overlaps
    without holding it whole): "your data" in "your data centre", "orders from" in "work orders from"."""
    nouns = [(s, e) for s, e, p in finds if p.startswith(compound)]
    return lambda start, end: any(s < end and start < e and not (start <= s and e <= end) for s, e in nouns)
