"""One sentence's hits: which drafting phrases it holds, which a negation cancels, which cues read
together draft (an act beside a role, what moves beside a suite), and whether it sells more than it
says. Mixed into reading.draft.Drafter: needs self.rules and self.roles, and the _page_cues (what kind of
text, whose deed: no answer) and _self_negating its __init__ derives from the rules."""
from __future__ import annotations

from collections import defaultdict

from .clauses import denied_fit, denied_subject
from .draft_filters import in_nouns, in_parts, optional_parts, planned_at
from .draft_word_classes import plain_first
from .draft_specs import (ACT, BOAST, COMPOUND, DONE_BY, HEDGE, INTEGRATION, MOVES, NOT_SUITE, OPTIONAL_LINK, OTHERS, OWN,
                          OWN_FIGURE, SUITE)
from .phrases import CLAUSE_END, GAP, normalise, tokens
from .plant_systems import NAMED, named_systems
from .sentence import Sentence

_COMPOUND_KEY = COMPOUND + ":"
_TOGETHER = (ACT + ":", DONE_BY + ":", MOVES + ":")  # phrases whose cues are read with the sentence's other hits
CONCRETE = frozenset({"data", "protocol", "number", "frequency", "result"})  # more than a system's name


class SentenceCues:
    def is_marketing(self, sentence: Sentence, words: list[str], found: list | None = None,
                     hits: tuple | None = None) -> bool:
        """`found`: the scan's finds in `words`, or `hits`: its hits, where the caller has them (a draft's Pass)."""
        return self._sells(sentence, self._hits(self.rules.scan, words, found) if hits is None else hits)

    def _sells(self, sentence: Sentence, hits: list[tuple[str, str, int]]) -> bool:
        """A sentence that sells more than it says: a boast ("up to 30% less downtime", "500+
        customers"), or more labels, buzzwords and hedges than concrete substance ("our AI
        seamlessly integrates with your ERP": a system's name alone is not concrete). A plain
        label sentence with substance ("our edge box reads the S7 over OPC UA") is not."""
        return self._sold_with(sentence, self._hedges(hits))

    def _hedges(self, hits: list[tuple[str, str, int]]) -> int | None:
        """What a sentence's hits add to its sales talk: None for a boast (it sells, whatever else it says), else its
        hedges. Of the hits alone: read once for a line said again (Drafter._not_selling)."""
        own = self._own_figure(hits)
        hedges = 0
        for q, option, _ in hits:
            if q == BOAST and not (own and option == OWN):
                return None
            hedges += q == HEDGE and not (own and option == OWN)
        return hedges

    @staticmethod
    def _sold_with(sentence: Sentence, hedges: int | None) -> bool:
        """`_sells`, with its hits' `_hedges` read."""
        if hedges is None:
            return True
        buzz = 0 if sentence.kind == "neutral" else len(sentence.buzzwords)
        # A label counts against a sentence only beside a buzzword: "opens the connection to
        # our cloud itself" is a plain statement, "our AI seamlessly ..." is not.
        salesy = buzz + hedges + (len(sentence.labels) if buzz else 0)
        return salesy > 0 and salesy > sum(s.kind in CONCRETE for s in sentence.substance)  # nothing sells: no need to count

    @staticmethod
    def _own_figure(hits: list[tuple[str, str, int]]) -> bool:
        """The sentence ties its figure to the buyer's plant ("at current losses of 31,000 EUR/month", "line 2
        loses ...") and speaks of no one else ("our customers typically see ..."): a boast or a hedge on that figure
        (drafting.yaml own_figures) measures or promises, it does not sell."""
        kinds = {q for q, _, _ in hits}
        return OWN_FIGURE in kinds and OTHERS not in kinds

    def evidence_of(self, sentence: Sentence, marketing: bool) -> str:
        return "specific" if sentence.kind == "substance" and not marketing else "vendor_claim"

    def evidence_acted(self, sentence: Sentence, words: list[str], hits: list[tuple[str, str, int]], seen) -> str:
        """`evidence_of`; a sentence where a role acts on the system's output is noted in `seen.acted`, True where the
        role is named by a person's name or title set between commas ("Your maintenance planner, Rick, reviews it"): a
        named person's review is concrete, however few units its sentence names (AnswerDrafting._alone_reviewed), where
        a role alone may be a dodge ("the setter decides")."""
        acting = self.rules.acting
        actors = [at for q, _o, at in hits if q == acting.actors]
        acts = [(a, at) for kind, _o, at in hits if kind in (ACT, DONE_BY) for a in actors
                if self._acts_on(words, a, at, kind == DONE_BY)] if actors else []
        if acts:
            named = any(a < at and _past_apposition(words[a + 1:at], acting.apposition) != words[a + 1:at]
                        for a, at in acts)
            seen.acted[sentence.text] = seen.acted.get(sentence.text, False) or named
        return self.evidence_of(sentence, False)

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
        if cut >= 0 and self._in_denied_list(words, start, end):
            return True
        after = words[end:end + 6]
        if after[:1] == [":"] and after[1:2] and after[1] in rules.negations:
            return True  # "Cloud: none", "- remote access: not needed": the value denies the term
        verb = rules.denied_by_verb
        if self._verb_denies(words, end) or denied_subject(words, start, verb, ends) or denied_fit(words, start, verb, ends):
            return True
        starts = rules.negated_after.trie  # most phrases are followed by none of these words
        return not starts.keys().isdisjoint(after[:3]) and any(s <= 2 for s, _e, _p in rules.negated_after.find(after))

    def _verb_denies(self, words: list[str], end: int) -> bool:
        """A verb denied right after the phrase, its subject, or after the subject's short modifier: "alerts are not
        sent", "the dashboard isn't part of it", "the CMMS in Excel sheets is not connected", "not is connected" as a
        Romance sentence reads glossed (drafting.yaml denied_by_verb); not "are not only", nor a denial its clause
        takes back ("but by SMS")."""
        verb = self.rules.denied_by_verb
        if not verb or end >= len(words):
            return False
        at = _denied_verb_end(words, _past_modifier(words, end, verb), verb)
        if at is None or at < len(words) and words[at] in verb["unless_next"]:
            return False
        clause = next((i for i in range(at, len(words)) if words[i] in CLAUSE_END), len(words))
        return verb["unless_later"].isdisjoint(words[at:clause])

    def _denied(self, known: dict, words: list[str], start: int, end: int, phrase: str) -> bool:
        """`_negated`, kept in `known` for one sentence's words: `cues` and then its `_hits` ask it of the same phrases."""
        found = known.get((start, end, phrase))
        if found is None:
            found = known[start, end, phrase] = self._negated(words, start, end, phrase)
        return found

    def _in_denied_list(self, words: list[str], start: int, end: int) -> bool:
        """A phrase among the short items of a list that "or" or "nor" closes, the first item right after
        a negation: "operators do not need 15 charts, trend analysis, or heatmaps" denies each item."""
        rules = self.rules
        closes = next((i for i in range(end, len(words)) if words[i] in CLAUSE_END and words[i] != ","), len(words))
        if rules.list_closers.isdisjoint(words[start - 1:closes]):
            return False  # most lists: "and" joins what is there
        at = max((i for i in range(start) if words[i] in CLAUSE_END), default=-1) + 1  # the phrase's item
        if start - at > rules.list_item:
            return False
        while at > 0 and words[at - 1] == ",":  # back over the list's items, each short, to the negation
            item = max((i for i in range(at - 1) if words[i] in CLAUSE_END), default=-1) + 1
            near = words[max(item, at - 1 - rules.negation_window):at - 1]
            if not rules.negations.isdisjoint(near) or any(w.endswith("n't") for w in near):
                return True
            if at - 1 - item > rules.list_item:
                return False
            at = item
        return False

    def _may_negate(self, words: list[str]) -> bool:
        """Whether any phrase of the sentence may be `_negated`: every way it is needs a negation, a word that
        negates what follows it, or an "n't" among the words. Most sentences hold none: no phrase needs the closer look."""
        rules = self.rules
        return not rules.negations.isdisjoint(words) or not rules.negated_after.trie.keys().isdisjoint(words) \
            or ("n't" in " ".join(words) and any(w.endswith("n't") for w in words))

    def _hits(self, phrases, words: list[str], found: list | None = None,
              lacks: frozenset[str] = frozenset(), known: dict | None = None) -> list[tuple[str, str, int]]:
        """(question, option, word position) for each phrase found (`found`: what `phrases.find`
        gave, when the caller has it), negated ones dropped but for the questions of `lacks` (a before-state's
        "we didn't have a handle on inventory" states that problem); within one question a phrase inside a
        longer one does not count ("planner" in "maintenance planner"). Role cues are no answer. `known`: the negations
        already read of these words (`_denied`)."""
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        rules, role_cues = self.rules, self.roles.kind_of
        negative = self._may_negate(words)
        finds = phrases.find(words) if found is None else found
        in_noun = in_nouns(finds, _COMPOUND_KEY)
        for start, end, phrase in finds:
            if phrase in role_cues or phrase in self._page_cues or phrase.startswith(_COMPOUND_KEY):
                continue  # a role cue ("previously"): read by the RoleReader, drafts nothing itself
            if in_noun(start, end):
                continue  # "your data" in "your data centre": part of another noun
            denied = negative and (self._negated(words, start, end, phrase) if known is None else
                                   self._denied(known, words, start, end, phrase))
            for qid, option in phrases.targets[phrase]:
                if not denied or qid in lacks:
                    spans[qid].append((start, end, option, GAP in phrase.split()))
        found = []
        for qid, items in spans.items():
            if len(items) == 1:  # most questions: one phrase, inside nothing
                found.append((qid, items[0][2], items[0][0]))
                continue
            # (a gapped phrase of another option holds a list's earlier item, no longer phrase of it: "a handle on
            # production scheduling, inventory and costs" names the plan and the stock)
            for start, end, option, _g in items:
                if not any(s <= start and end <= e and (e - s) > (end - start) and not (gapped and other != option)
                           for s, e, other, gapped in items):
                    found.append((qid, option, start))
        return found

    def cues(self, sentence: str, scanned: tuple[list[str], list] | None = None,
             hits: tuple | None = None) -> list[tuple[str, str, str]]:
        """(question, option, phrase) for each drafting phrase of questions/drafting.yaml that the
        sentence holds and no negation cancels: what a drafted option rests on, for reports. `scanned`: its
        words and finds, and `hits`: its `_hits` as found, where the caller has them (a draft's Pass)."""
        words = tokens(normalise(sentence)) if scanned is None else scanned[0]
        finds = self.rules.scan.find(words) if scanned is None else scanned[1]
        known: dict = {}
        found = self._own_cues(words, finds, known)
        hits = list(self._hits(self.rules.scan, words, finds, known=known) if hits is None else hits)
        return found + self._read_together(words, finds, hits, {(q, o) for q, o, _p in found})

    def question_cues(self, question: str, words: list[str], finds: list,
                      hits: tuple | None = None) -> list[tuple[str, str, str]]:
        """`cues` kept to one question (a reply's links and owners ask one of many clauses): read from that question's
        own phrases, and with the other hits only where a phrase is read together with them (an act beside a role,
        what moves beside a suite). `words`, `finds`: the clause's, as `cues` takes them; `hits`: its `_hits` if known."""
        targets = self.rules.scan.targets
        if question[0] == "~" or question != self.rules.acting.answers and \
                not any(q == question for _s, _e, phrase in finds for q, _o in targets[phrase]):
            return []  # most clauses: a question's cue needs a phrase found that targets it, but an act's beside a role
        known: dict = {}
        found = self._own_cues(words, finds, known, question)
        if not any(phrase.startswith(_TOGETHER) for _s, _e, phrase in finds):
            return found  # most clauses: no act, passive or move to read with the rest
        hits = list(self._hits(self.rules.scan, words, finds, known=known) if hits is None else hits)
        together = self._read_together(words, finds, hits, {(q, o) for q, o, _p in found})
        return found + [cue for cue in together if cue[0] == question]

    def _own_cues(self, words: list[str], finds: list, known: dict,
                  question: str | None = None) -> list[tuple[str, str, str]]:
        """The cues each phrase found gives by itself, of every question or of `question` alone: a role's cue gives
        none, a negated phrase none (`known`: the negations read, as `_denied` keeps them), an optional link's part
        drops the questions of `optional_drops`, and a phrase with a gap yields to a plain one of its option."""
        targets, roles = self.rules.scan.targets, self.roles.kind_of
        in_noun = in_nouns(finds, _COMPOUND_KEY)  # a cue inside a longer noun names nothing ("work orders from")
        mine = [(s, e, p) for s, e, p in finds if not in_noun(s, e) and (question is None or (
            p not in roles and any(q == question for q, _o in targets[p])))]
        if not mine:
            return []
        negative, drops = self._may_negate(words), self.rules.optional_drops
        optional = optional_parts(words, [start for start, _e, phrase in finds if (OPTIONAL_LINK, "") in targets[phrase]]
                                  + planned_at(words, self.rules.planned),
                                  [start for start, _e, phrase in finds if any(q[0] != "~" for q, _o in targets[phrase])]) \
            if question is None or question in drops else set()
        found = []
        for start, end, phrase in mine:
            if phrase not in roles and not (negative and self._denied(known, words, start, end, phrase)):
                found += [(q, o, phrase, start, end) for q, o in targets[phrase] if q[0] != "~"
                          and (question is None or q == question)
                          and not (q in drops and optional and in_parts(words, start, optional))]
        return [(q, o, phrase) for q, o, phrase, _s, _e in plain_first(found)]

    def _read_together(self, words: list[str], finds: list, hits: list, known: set) -> list[tuple[str, str, str]]:
        """What an act beside a role, or what moves beside a suite, drafts: under that act's or
        object's own phrase ("confirms each", "consumption"), so a report names the cue to correct."""
        tagged = {start: phrase.split(":", 1)[1] for start, _end, phrase in finds if phrase.startswith(_TOGETHER)}
        hits = self._what_moves(self._acting(words, hits))
        return [(q, o, tagged[at]) for q, o, at in hits if q[0] != "~" and (q, o) not in known and at in tagged]

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
        the planner"), a few words apart and in one clause; or the act is the role's own in a relative clause
        ("shown to the process technician, who decides") or its second verb, joined by "and" or "or" ("the
        line operator sees the image on the HMI and confirms or releases it")."""
        acting = self.rules.acting
        first, last = (act, actor) if passive else (actor, act)
        between = words[first + 1:last]
        if passive or not 0 < last - first <= acting.joined_window:
            return 0 < last - first <= acting.window and CLAUSE_END.isdisjoint(words[first:last])
        between = _past_apposition(between, acting.apposition)  # "the planner, Rick, reviews it": one clause
        comma = between.index(",") if "," in between else -1
        if comma >= 0 and between[comma + 1:comma + 2] and between[comma + 1] in acting.relative:
            between = between[:comma] + between[comma + 2:]  # "the QA inspector, who decides": the role's own clause
        if CLAUSE_END.intersection(between):
            return False
        return last - first <= acting.window or _joined(words[first:last], acting)

    def _what_moves(self, hits: list[tuple[str, str, int]], text: str = "",
                    words: list[str] = ()) -> list[tuple[str, str, int]]:
        """An integration told by what moves ("books the consumption in the ERP", "posts the scrap
        quantity to SAP"): a suite's own area (an ERP is read as inventory) is only a guess, so
        beside a suite what moves names the area, as it does beside a plant system named only by its product's name
        in `text` (plant_systems.py: "open a record in your TrackWise system"). A system of one area (a CMMS, an MES)
        keeps its own."""
        hits = hits + named_systems(text, words, self.rules.areas) if text and any(h[0] == MOVES for h in hits) else hits
        suites = {at for q, o, at in hits if q == SUITE and o != NOT_SUITE}
        moved = [h for h in hits if h[0] == MOVES] if suites else []
        named = any(q == SUITE and o == NAMED for q, o, _at in hits)  # "your TrackWise system": no area of its own
        if not moved or not (named or any(q == INTEGRATION and at in suites for q, _o, at in hits)):
            return hits
        areas = {area for _q, area, _at in moved}
        kept = [h for h in hits if h[0] != INTEGRATION or h[2] not in suites or h[1] in areas]
        named = {o for q, o, _at in kept if q == INTEGRATION}
        for _q, area, at in moved:
            if area not in named:
                kept.append((INTEGRATION, area, at))
                named.add(area)
        return kept


def _past_apposition(between: list[str], longest: int) -> list[str]:
    """The words between a role and its act without a name or a title set between commas right after the role ("Your
    maintenance planner, Rick, reviews it"): the role is still the act's subject."""
    if "," not in between:
        return between
    opens = between.index(",")
    reach = range(opens + 1, min(len(between), opens + longest + 2))
    close = next((i for i in reach if between[i] in CLAUSE_END), None)
    if close is None or between[close] != "," or close == opens + 1:
        return between
    return between[:opens] + between[close + 1:]


def _past_modifier(words: list[str], end: int, verb: dict) -> int:
    """Where the subject's verb starts past a short modifier a preposition opens ("the CMMS in Excel sheets is not
    ..."), or `end` where none stands there: the modifier belongs to the subject, the verb still says what it does."""
    if words[end] not in verb.get("modifiers", ()):
        return end
    for at in range(end + 1, min(len(words), end + 1 + verb.get("modifier_words", 0))):
        if words[at] in CLAUSE_END:
            return end
        if words[at] in verb["auxiliaries"] or words[at] in verb["negations"] or words[at].endswith("n't"):
            return at
    return end


def _denied_verb_end(words: list[str], at: int, verb: dict) -> int | None:
    """The word after a denied verb starting at `at`, an auxiliary and a negation in either order ("is not", "not
    is" as a glossed "não é" reads) or one word ending "n't"; None where no denied verb starts there."""
    if at >= len(words):
        return None
    if words[at].endswith("n't"):
        return at + 1
    pair = {words[at], words[at + 1] if at + 1 < len(words) else ""}
    aux, neg = verb["auxiliaries"], verb["negations"]
    return at + 2 if (words[at] in aux and pair & neg) or (words[at] in neg and pair & aux) else None


def _joined(before: list[str], acting) -> bool:
    """The act is the role's second verb: right after "and" or "or", or after a modal right after it ("and can
    confirm them": drafting.yaml acting join_helpers)."""
    if before[-1:] and before[-1] in acting.joins:
        return True
    return len(before) > 1 and before[-1] in acting.join_helpers and before[-2] in acting.joins
