"""A vendor's reply read against a round's questions (where each sentence belongs: reply_placing.py; drafting: reply_drafting.py).

Each question stands for a topic (questions/rounds.yaml). A reply sentence is on a topic when it holds one of the
topic's cue words; it answers when it also names the substance the question asks for (the reader's signals: a role, a
system, a protocol, a number ...). A vague sentence ("we will of course support you at every step") answers nothing,
whatever else it names, and the status says so. Reading never scores: the caller gives the questions and the evaluation."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from questions.models import RoundQuestion, RoundRules, Topic

from .signal_patterns import may_hold
from .memo import Bounded
from .reply_accuracy import Accuracy
from .reply_bracketed import bracket_pattern, bracketed_roles
from .reply_breaks import breaks, older
from .reply_built import Built, held, persons, team, forget as forget_persons
from .reply_cells import Pointers, received_from
from .reply_deferred import Deferring
from .reply_denials import Denied
from .reply_general import General
from .reply_held import Held, held_mark, held_topics, put_off_parts
from .reply_looks import Looks
from .reply_marks import SaidOn, left_parts, mark, refusing, settled
from .reply_measure import Measured, Measures
from .reply_paragraphs import Paragraphs, closing_line
from .reply_parties import Parties
from .reply_placing import Placing, counts
from .reply_phrases import phrases as _phrases, runs
from .reply_prices import Prices
from .reply_quotes import Quoting
from .reply_resend import Resend
from .reply_structure import unmarked
from .reply_tasks import KIND as TASK, tasked
from .reply_track import TrackRecord
from .reply_unasked import unasked as unasked_of
from .reply_vague import ASKING, Vagueness
from .reply_chat import ChatLines
from .reply_systems import Links
from .reply_words import (ARROW, ARROW_IN, DATE_AFTER, as_received, bound, by_word, each_verb, lead_ins, unnamed,
                          unnumbered, with_codes)
from .reply_wrapped import as_read, one_line, titles
from .spelled import Spelled
from .text import Reader, Sentence
from .word_regex import alternation



@dataclass(frozen=True)
class ReplyRead:
    questions: list[RoundQuestion]  # each with its status, quotes and why
    unasked: list[str]  # topics the reply answers specifically that no question asked
    spoke: frozenset[str] = frozenset()  # topics the reply says something on that is not vague
    # topics it answers partly by a later part only (the fee, not who keeps it running): where the answers drafted
    # from it settle the topic, the first part was said in words the reading does not list, and it is answered
    later_only: frozenset[str] = frozenset()
    # topics whose later parts the reply names none or not all of ("our desk in Gdynia maintains it", no fee): where the
    # answers drafted from it settle the topic, it is answered only partly, and this says what it left out
    unsaid: dict[str, str] = field(default_factory=dict)
    held: frozenset[str] = frozenset()  # topics answered with facts beside a deferral: partly, and kept open


_OWN = frozenset({"role", "number", "system", "protocol"})  # what a chat's line that answers on its own names
_KINDS_KEPT = 20_000  # sentence kinds on a topic remembered at most


class ReplyReader(Placing, Vagueness):
    """Compiled once per rules and reader: `read(questions, text)`."""

    def __init__(self, rules: RoundRules, reader: Reader, units: list[str] = (), wholes: dict | None = None):
        self.rules, self.reader, self.spelled = rules, reader, Spelled(list(units), wholes, rules.time_units)
        self.cue_topics = by_word(rules.topics, lambda topic: topic.cues)
        self.cues = _phrases(list(self.cue_topics), plural=True)  # one pass per sentence finds every topic it is on
        self.head_topics = by_word(rules.topics, lambda topic: topic.heads)
        self.needs = {t.id: [frozenset(part) for part in t.needs] for t in rules.topics}  # each part's kinds, as sets
        self.tasked = frozenset(t.id for t in rules.topics if any(TASK in part for part in t.needs))  # roles with acts
        self.heads = _phrases(list(self.head_topics)) if self.head_topics else None
        self.vague_words = _phrases([*rules.vague, *rules.deferrals])
        self.deferring = Deferring(_phrases(rules.deferrals) if rules.deferrals else None, rules.deferred, rules.denials)
        self.put_off = frozenset(w.lower() for w in rules.deferrals)
        self.steady = re.compile(rf"\b(?:{alternation(rules.steady)})\s+$") if rules.steady else None  # "run as usual"
        self.conceded = lead_ins(rules.concessions)  # a conceded clause or a courtesy, up to the main one
        self.claims = Denied(_phrases(rules.claims), rules.denials) if rules.claims else None  # "nothing can connect": no claim
        self.unmeasured = _phrases(rules.unmeasured) if rules.unmeasured else None
        lists = [self.vague_words, self.claims, self.unmeasured]  # a vague sentence's words: one look at its runs first
        self.worded = None if any(w.keys is None for w in lists if w) else frozenset().union(*(w.keys for w in lists if w))
        self.general = General(rules.general)
        self.held = Held(rules.held, self.general.horizon)  # a figure measured at another plant: a reference (reply_held.py)
        self.money = Prices(rules.prices)
        self.more_roles = _phrases(rules.roles, not_before=rules.role_things) if rules.roles else None  # a role on every topic
        self.bracketed = bracket_pattern(rules.bracket_roles)  # "your IT guy (Mike Dunn)" (reply_bracketed.py)
        self.also = {t.id: {kind: _phrases(words) for kind, words in t.also.items()} for t in rules.topics}
        # all of a topic's `also` words in one pattern: most sentences hold none, and then no kind's needs looking for
        self.any_also = {t.id: _phrases([w for words in t.also.values() for w in words]) for t in rules.topics if t.also}
        self.acts_on = {t.id: frozenset(w.lower() for w in t.acts_on) for t in rules.topics if t.acts_on}
        self.weighs_acted = frozenset(t.id for t in rules.topics if t.weighs_acted)
        self.role_in = lru_cache(maxsize=1024)(lambda lower: bool(self.more_roles and self.more_roles.search(lower)))
        # a team named by whose it is, or a function by its holder in brackets (reply_built.py), once per sentence
        things = frozenset(w.lower() for w in rules.role_things)
        self.role_built = lru_cache(maxsize=1024)(lambda text: team(one_line(text), things) or held(one_line(text)))
        self.plain, self.weak = frozenset(rules.plain), frozenset(w.lower() for w in rules.weak)
        self.passing = self.weak | {w.lower() for w in rules.spans}  # cues that leave a sentence on the topic before
        self.closing = closing_line(rules.closings)
        self.pointers = Pointers(rules.tables.get("pointers", []))  # a table row's number and topic: no answer
        self.titled = titles(rules.titles, rules.months, rules.wrapped_titles)
        self.letter_lines = re.compile(
            rf"[>(*_\s\u2022-]*(?:{'|'.join(map(re.escape, rules.paragraphs.letter))})\b", re.I) if rules.paragraphs.letter else None
        self.bound = bound(rules.within, rules.within_figure)  # "in under 5 s", "max. 15 sec": "within"
        self.deadline = re.compile(_phrases(rules.by).pattern + DATE_AFTER, re.I) if rules.by else None
        self.by_in, self.within_in = may_hold(rules.by), may_hold(rules.within + rules.within_figure)  # most hold neither
        self.paragraphs = Paragraphs(rules.paragraphs)
        self.measures, self.measured = Measures(rules.measure), Measured(rules.measure, rules.plain)
        self.accuracy = Accuracy(rules.accuracy)
        self.parties = Parties(rules.parties)  # "the Supplier retrains the models": the vendor does the upkeep
        self.track = TrackRecord(rules.track_record)  # "Our platform had 99.95% uptime in 2025": no commitment
        self.resend = Resend(rules.resend)  # "keeps 14 days of data and sends them after": the outage, unnamed
        self.links = Links(rules.links, self.also.get(rules.links.topic, {}).get("protocol"))
        self.looks = Looks(self)  # the measure's, accuracy's, the outage's and the links' own looks, one gate for all
        # a sentence's cues (lower-case), asked when reading, placing and owning it: found once, ungated (most hold one)
        self.cues_in = lru_cache(maxsize=4096)(lambda lower: tuple(self.cues.compiled.findall(unmarked(lower))))
        self.chat = ChatLines(lambda lower: frozenset(t for c in self.cues_in(lower) for t in self.cue_topics[c]),
                              lambda line: any(s.kind in _OWN for one in reader.read(line).sentences for s in one.substance),
                              rules.chat_owners, rules.links.topic)  # an answer over a chat's lines (reply_chat.py)
        # a sentence on several topics: what it names regardless of topic read once
        self.named_in = lru_cache(maxsize=4096)(self._named_in)
        self.built = Built()  # what a sentence names by its build, each reading once for all its topics
        self.sentences = lru_cache(maxsize=8)(self._sentences)
        self.read_as = lru_cache(maxsize=8)(reader.read)  # the reply's text as read: kept for scoring (`reading_of`)
        self._placed = lru_cache(maxsize=8)(self._place)  # read for marking, for drafting and for topics
        # a sentence's kinds on a topic are asked when marking and again when tying it to a question: read once
        # (its substance is read from its text alone, so the text stands for the sentence)
        self._kinds_read: Bounded[frozenset[str]] = Bounded(_KINDS_KEPT)
        self._unlinked: Bounded[frozenset[str]] = Bounded(_KINDS_KEPT)  # asked when marking and when tying

    def forget(self) -> None:
        """Empty every memo of what a text read (as for a reply pasted the first time: bench/bench_reply.py)."""
        for memo in (self.sentences, self.read_as, self._placed, self.cues_in, self.role_in, self.role_built, self.named_in, self.built,
                     as_read, runs, self.pointers.answers, breaks, older):
            memo.cache_clear()
        self._kinds_read.clear()
        self._unlinked.clear()
        self.links.forget()
        forget_persons()

    def _sentences(self, text: str) -> list[tuple[Sentence, str, str, set[str]]]:
        """Each sentence with its lower-case text, why it is vague ('' when it is not) and its topics,
        up to the reply's closing. A sentence on no topic, or only on weak cues' (a length of time), that goes
        on in the same paragraph ("After the pilot our service team monitors the gateways. The fee is 4,000 EUR
        a year.") is on the topics of the one before as well."""
        out, before, end, last, linked, asked = [], set(), 0, "", None, set()
        received, text = text, as_read(text, self.titled, self.chat)  # a wrapped table row as one line; quoted as received
        reply = self.paragraphs.own_text(text, self.closing)  # an older message is not the reply (a PS under it is)
        sentences = [s for s in self.read_as(text).sentences if s.start < len(reply) and not reply[s.start].isspace()]
        elsewhere = self.paragraphs.elsewhere(reply, [s.start for s in sentences], self.general.here)
        for k in self.paragraphs.unsigned(reply, [s.start for s in sentences], self.closing):
            sentence = sentences[k]
            lower = sentence.text.lower()
            found = self.cues_in(lower)
            topics = self._output_only(self._not_acted_on({t for cue in found for t in self.cue_topics[cue]}, found), lower)
            topics = self.looks.on(topics, lower, found, sentence.substance, linked) | self.parties.own(sentence.text)  # own look
            goes_on = "\n" not in text[end:sentence.start]
            if all(cue in self.passing for cue in found):  # no cue, or weak ones: the one before's (a price: its money topics on
                topics |= before if goes_on else self.money.carried(text, end, sentence, before) or asked  # a wrapped line), or the asked
            said, cell = self.pointers.part(self.reader.read, text, sentence)  # what a row says past its pointers
            sentence, lower = said, (lower if said is sentence else said.text.lower())
            why = ((self.vague(sentence, last if goes_on else "") if cell >= 0 else _TOPIC_ONLY)
                   or (_ELSEWHERE if sentence.start in elsewhere else ""))
            # a chat's short question ("Karin (buyer): data?"): its topics for the cue-less lines after it (`follow_up`)
            asked = topics if why == ASKING and len(runs(lower)) <= self.rules.follow_up else asked if not found else set()
            part = self._answering_part(sentence, last if goes_on else "") if why else None
            if part is not None:
                sentence, lower, why = part, part.text.lower(), ""
            out.append((received_from(as_received(sentence, received), received, cell), lower, why, topics))
            # a vague sentence's topics hand nothing on: the cue-less sentence after it ("... such as targets, data and
            # service, will be tailored to your needs. We are happy to organise a workshop in January.") answers no question
            before, end, last = (set() if why else topics), sentence.end, sentence.text
            linked = (lambda s=sentence, w=lower: not self.unlinked(s, w)) if self.links.topic in topics else None  # "it"
        return out

    def _not_acted_on(self, topics: set[str], found: list[str]) -> set[str]:
        """A sentence's topics without those it is on only by what another of them acts on ("approves every
        traveller-change prediction": on the review, not on what it predicts)."""
        dropped = {other for topic in (topics & self.acts_on.keys()) - self.weighs_acted for other in topics - {topic}
                   if all(cue in self.acts_on[topic] for cue in found if other in self.cue_topics[cue])} if len(topics) > 1 else frozenset()
        return topics - dropped  # on one topic or none (most sentences): none to drop, none looked for

    def as_drafted(self, text: str, topics: set[str] = frozenset()) -> str:
        """A reply sentence (on `topics`) as the drafter reads it: numbers in words as digits, an arrow as "to", a
        deadline as "by", a bound as "within", a measure's values after the words for them (reply_measure.py)."""
        text = self.spelled.digits(text)
        said = self.measures.stated(ARROW.sub(" to ", text) if ARROW_IN.search(text) else text, topics)  # "4.1% (2025) -> 1.5% by June 2027": from one value to the other
        lower = said.lower() if said.isascii() else None  # both gates' one look at the line (None: not ASCII, each tried)
        text = self.deadline.sub("by", said) if self.deadline and self.by_in.lowered(lower) else said
        return self.bound.sub("within", text) if self.bound and (self.within_in.lowered(lower) if text is said else self.within_in(text)) else text

    def roles(self, sentence: Sentence) -> list[str]:
        """The roles a sentence names, the reader's and the rules' own ("your SAP key user"), in order."""
        lower = sentence.text.lower()
        found = [(lower.find(s.term.lower()), s.term) for s in sentence.substance if s.kind == "role"]
        spans = [(at, at + len(term)) for at, term in found]
        for m in self.more_roles.finditer(lower) if self.more_roles else []:
            if not any(a < m.end() and m.start() < b for a, b in spans):  # not part of a role already found
                found.append((m.start(), sentence.text[m.start():m.end()]))
        found += [(at, role) for at, role in bracketed_roles(self.bracketed, sentence.text) if role not in {t for _, t in found}]
        return [term for _, term in sorted(found)]

    def said_on(self, sentences: list[tuple[Sentence, str, str, set[str]]], people=None, asked=None,
                quoting: Quoting = Quoting()) -> dict[str, SaidOn]:
        """Topic id -> what the reply says on it, each sentence read on its topics not yet `settled` (quoted: `asked`)."""
        said = {t.id: SaidOn() for t in self.rules.topics}
        open_ = set(said)
        for sentence, lower, vague, topics in sentences:
            ons, vague = topics & open_, vague or self.general.grades.why(sentence.text)  # a grade alone, no plant named
            for on in (ons - self.unlinked(sentence, lower) if self.links.topic in ons else ons):  # only links' may go
                if vague:
                    said[on].vague.append((sentence.text, vague))
                    continue
                kinds = self.kinds_read(on, sentence, lower, people)
                parts = {i for i, part in enumerate(self.needs[on]) if not kinds.isdisjoint(part)}
                if parts:
                    said[on].specific.append(sentence.text)
                    said[on].parts.update(parts)
                    quoted = quoting if asked is None or on in asked else None
                    open_ -= {on} if settled(said[on], self.needs[on], on, quoted) else set()
                else:
                    said[on].bare.append(sentence.text)
        return said

    def unlinked(self, sentence: Sentence, lower: str) -> frozenset[str]:
        """The topic on links between systems, where the sentence is on it only by words that speak of any link, flow
        or owner and names no such link ("sends them once the link is back"): it says nothing there (reply_systems.py)."""
        return self._unlinked.get((sentence.text, lower), lambda: frozenset(
            {self.links.topic} if self.links.off([c for c in self.cues_in(lower) if self.links.topic in self.cue_topics[c]],
                                                 self.weak, lower, sentence.substance) else ()))

    def kinds(self, topic: Topic, sentence: Sentence, lower: str, people: re.Pattern | None = None) -> set[str]:
        """The kinds of substance a sentence names, on this topic (its `also` words count here), and those it names
        by how it is built (reply_built.py). A short system or protocol name in lower case is a word, no name."""
        return set(self.kinds_read(topic.id, sentence, lower, people))

    def kinds_read(self, topic_id: str, sentence: Sentence, lower: str, people: re.Pattern | None = None) -> frozenset[str]:
        """`kinds` as kept, for a caller that only reads them (no copy)."""
        # keyed by who the reply speaks of as its pattern's text: a compiled pattern hashes its whole program each time
        return self._kinds_read.get((topic_id, sentence.text, lower, people and people.pattern),
                                    lambda: self._kinds_of(topic_id, sentence, lower, people))

    def _kinds_of(self, topic_id: str, sentence: Sentence, lower: str, people: re.Pattern | None) -> frozenset[str]:
        named, each, lower, figures, sources = self.named_in(sentence.text, lower, tuple(sentence.substance))
        also = self.also[topic_id]
        anything = self.any_also.get(topic_id)
        if anything and (anything.search(lower) or (each and anything.search(each))):
            named = named | {k for k, words in also.items() if words.search(lower) or (each and words.search(each))}
        named = frozenset(self.links.kinds(named, lower, sentence.substance)) if topic_id == self.links.topic else named
        if topic_id == self.measured.topic:  # a measure compared with a period: its length is no value
            named, figures = self.measured.kinds(named, figures, sentence.substance)
        named = named | self.built(figures, named, sources, also.get("system"), people)
        named = named | {"role"} if self.parties.does(topic_id, lower, sentence.text) or bracketed_roles(self.bracketed, sentence.text) else named
        named = named | {TASK} if topic_id in self.tasked and tasked(lower, self.roles(sentence)) else named  # "... doses, ..."
        named = named | {self.resend.kind} if topic_id == self.resend.topic and self.resend.said(lower) else named
        return self.accuracy.kinds(named, lower) if topic_id == self.accuracy.topic else named  # "will detect >95%"

    def _named_in(self, text: str, lower: str, substance: tuple) -> tuple:
        """What a sentence names on any topic, read once for all it is on: its words' kinds, its verbs with their subject,
        its text with currencies as codes, no leading question number, shares in words as figures, its systems."""
        kinds = {s.kind for s in substance if counts(s)}  # a role its words name: none looked for by the rules' words
        named = frozenset(kinds | {"role"} if "role" in kinds or self.role_in(lower) or self.role_built(text) else kinds)
        each, lower, nums = each_verb(lower), with_codes(lower), with_codes(unnamed(text, lower))  # "£450"; "Edge 400"
        sources = tuple(s.term.lower() for s in substance if s.kind == "system")
        return named, each, lower, unnumbered(self.spelled.amounts(self.spelled.shares(nums)), self.spelled.units), sources

    def read(self, questions: list[RoundQuestion], text: str) -> ReplyRead:
        sentences, at = self.placed(text, questions)
        asked, quoted = {q.topic for q in questions}, self.quoted(text, questions)
        people = persons([lower for _, lower, vague, _ in sentences if not vague])
        said = refusing(self.said_on(sentences, people, asked, quoted), quoted, self.needs)  # "we cannot guarantee"
        marked = [mark(q, said.get(q.topic, SaidOn()), self.rules.topic(q.topic), quoted) for q in questions]
        put_off = held_topics(sentences, put_off_parts(sentences, text, self.deferring), marked)  # beside "to be confirmed"
        marked = [held_mark(q, put_off[q.topic]) if q.topic in put_off else q for q in marked]
        unasked = unasked_of(self, sentences, at, asked, people, quoted)  # said where no asked question's answer is
        silent = {q.topic for q in marked if q.topic in put_off and q.status == "not_answered"}  # nothing drafted answers
        spoke = frozenset(t for t, on in said.items() if on.specific or on.bare) - silent
        later, unsaid = left_parts(said, self.rules.topics, questions)
        return ReplyRead(marked, unasked, spoke, later, {**unsaid, **{t: unsaid.get(t, "the rest") for t in put_off}}, frozenset(put_off))


_ELSEWHERE = "it describes another customer's plant (a reference), not what this plant gets"
_TOPIC_ONLY = "it names the question's topic, no answer"  # a table row whose answer cell is blank
