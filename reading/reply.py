"""A vendor's reply read against the questions of a clarification round (drafting from it: reply_drafting.py).

Each question stands for a topic (questions/rounds.yaml). A reply sentence is on a topic when it
holds one of the topic's cue words; it answers when it also names the substance the question asks
for (the reader's signals: a role, a system, a protocol, a number ...). A vague sentence ("we will
of course support you at every step") answers nothing, whatever else it names, and the status says
so. Reading never scores: the caller gives the questions and the evaluation, and scores afterwards.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from questions.models import RoundQuestion, RoundRules, Topic

from .reply_answers import Tied
from .reply_built import built, held, new_names, persons, team
from .reply_general import General
from .reply_marks import SaidOn, later_only, mark, unsaid_parts
from .reply_paragraphs import Paragraphs
from .reply_structure import closing_line, layout, signed_at, unmarked
from .reply_wrapped import as_read, one_line, titles
from .spelled import Spelled
from .text import STRONG, Reader, Sentence

LABEL_WORDS = 4  # a label read by its cue words is this short ("When it is down", "Upkeep and cost")
HOW = frozenset({"number", "protocol", "frequency", "result", "role"})  # more than a system named: a claim may answer


def _phrases(words: list[str], plural: bool = False, not_before: list[str] = ()) -> re.Pattern:
    """Whole words or phrases, case-insensitive, longest first; with `plural`, a phrase found as
    its plural too ("warning" in "warnings come seven days ahead"); not where one of `not_before` follows."""
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    suffix = "(?:e?s)?" if plural else ""
    after = rf"(?!\s+(?:{'|'.join(map(re.escape, not_before))})\b)" if not_before else ""
    return re.compile(rf"(?<![\w-])({alternatives}){suffix}(?![\w-]){after}")


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


class ReplyReader:
    """Compiled once per rules and reader: `read(questions, text)`."""

    def __init__(self, rules: RoundRules, reader: Reader, units: list[str] = ()):
        self.rules, self.reader, self.spelled = rules, reader, Spelled(list(units))
        self.cue_topics = _by_word(rules.topics, lambda topic: topic.cues)
        self.cues = _phrases(list(self.cue_topics), plural=True)  # one pass per sentence finds every topic it is on
        self.head_topics = _by_word(rules.topics, lambda topic: topic.heads)
        self.heads = _phrases(list(self.head_topics)) if self.head_topics else None
        self.vague_words = _phrases([*rules.vague, *rules.deferrals])
        self.deferring = _phrases(rules.deferrals) if rules.deferrals else None
        self.claims = _phrases(rules.claims) if rules.claims else None
        self.general = General(rules.general)
        self.more_roles = _phrases(rules.roles, not_before=rules.role_things) if rules.roles else None  # a role on every topic
        self.also = {t.id: {kind: _phrases(words) for kind, words in t.also.items()} for t in rules.topics}
        self.role_in = lru_cache(maxsize=1024)(lambda lower: bool(self.more_roles and self.more_roles.search(lower)))
        # a team named by whose it is, or a function by its holder in brackets (reply_built.py), once per sentence
        self.role_built = lru_cache(maxsize=1024)(lambda text: team(one_line(text)) or held(one_line(text)))
        self.plain, self.weak = frozenset(rules.plain), frozenset(w.lower() for w in rules.weak)
        self.passing = self.weak | {w.lower() for w in rules.spans}  # cues that leave a sentence on the topic before
        self.closing = closing_line(rules.closings)
        self.titled = titles(rules.titles)
        self.letter_lines = re.compile(
            rf"[>(*_\s\u2022-]*(?:{'|'.join(map(re.escape, rules.paragraphs.letter))})\b", re.I) if rules.paragraphs.letter else None
        self.bound = re.compile(_phrases(rules.within).pattern, re.I) if rules.within else None
        self.deadline = re.compile(_phrases(rules.by).pattern + _DATE_AFTER, re.I) if rules.by else None
        self.paragraphs = Paragraphs(rules.paragraphs)
        self.sentences = lru_cache(maxsize=8)(self._sentences)
        self._placed = lru_cache(maxsize=8)(self._place)  # read for marking, for drafting and for topics  # a reply is read for marking and for drafting

    def _sentences(self, text: str) -> list[tuple[Sentence, str, str, set[str]]]:
        """Each sentence with its lower-case text, why it is vague ('' when it is not) and its topics,
        up to the reply's closing. A sentence on no topic, or only on weak cues' (a length of time), that goes
        on in the same paragraph ("After the pilot our service team monitors the gateways. The fee is 4,000 EUR
        a year.") is on the topics of the one before as well."""
        out, before, end, last = [], set(), 0, ""
        received, text = text, as_read(text, self.titled)  # a wrapped table row as one line; quoted as received
        reply = text[:self.paragraphs.older_at(text)]  # an older message under it is not the reply
        sentences = [s for s in self.reader.read(text).sentences if s.start < len(reply)]
        for sentence in sentences[:signed_at(reply, [s.start for s in sentences], self.closing)]:
            lower = sentence.text.lower()
            found = self.cues.findall(unmarked(lower))
            topics = {t for cue in found for t in self.cue_topics[cue]}
            goes_on = "\n" not in text[end:sentence.start]
            if goes_on and all(cue in self.passing for cue in found):  # no cue, or only weak ones: still the one before's
                topics |= before
            why = self.vague(sentence, last if goes_on else "")
            part = self._answering_part(sentence, last if goes_on else "") if why else None
            if part is not None:
                sentence, lower, why = part, part.text.lower(), ""
            out.append((_as_received(sentence, received), lower, why, topics))
            before, end, last = topics, sentence.end, sentence.text
        return out

    def _answering_part(self, sentence: Sentence, before: str) -> Sentence | None:
        """The clauses of a sentence read as general or vague that still answer for this plant, as a sentence
        of its own (its offsets the whole sentence's): "an edge PC per press connects only outbound
        over HTTPS; our cloud is ISO 27001 certified" answers with its first clause. None when they
        name nothing strong (a number, a protocol, a system ...) or are vague themselves."""
        if self.deferring and self.deferring.search(sentence.text.lower()):
            return None  # the vendor says the answer is not complete yet: no clause of it answers
        span = self.general.answering_part(sentence.text, before, self._clause_why)
        read = self.reader.read(sentence.text[span[0]:span[1]]).sentences if span else []
        if len(read) != 1:
            return None
        one = read[0]
        part = Sentence(one.text, sentence.start, sentence.end, one.kind, one.reason, one.labels, one.substance,
                        one.buzzwords)
        strong = any(s.kind in STRONG for s in part.substance)
        return part if strong and not self.vague(part, before) else None

    def as_drafted(self, text: str) -> str:
        """A reply sentence as the drafter reads it: numbers in words as digits, an arrow as "to", a deadline as "by",
        a bound as "within"."""
        text = _ARROW.sub(" to ", self.spelled.digits(text))  # "4.1% (2025) -> 1.5% by June 2027": from one value to the other
        text = self.deadline.sub("by", text) if self.deadline else text
        return self.bound.sub("within", text) if self.bound else text

    def _clause_why(self, clause: str, before: str) -> str:
        """Why a clause of its own answers nothing: a vague phrase ("the wireless sensors shown in the
        brochure; ... we would mount four wired accelerometers ...": the other clause still answers), or general."""
        found = self.vague_words.search(clause.lower())
        return f"\u201c{found.group()}\u201d is vague" if found else self.general.why(clause, before)

    def roles(self, sentence: Sentence) -> list[str]:
        """The roles a sentence names, the reader's and the rules' own ("your SAP key user"), in order."""
        lower = sentence.text.lower()
        found = [(lower.find(s.term.lower()), s.term) for s in sentence.substance if s.kind == "role"]
        spans = [(at, at + len(term)) for at, term in found]
        for m in self.more_roles.finditer(lower) if self.more_roles else []:
            if not any(a < m.end() and m.start() < b for a, b in spans):  # not part of a role already found
                found.append((m.start(), sentence.text[m.start():m.end()]))
        return [term for _, term in sorted(found)]

    def vague(self, sentence: Sentence, before: str = "") -> str:
        """Why a sentence answers nothing however it reads ('' when it may): a question of its own, a vague phrase,
        buzzwords with nothing strong behind them, a claim without how, or words on the product or
        the market, not on this plant (`before`: the sentence before it in its paragraph)."""
        if _ASKS.search(sentence.text):
            return "it asks the buyer rather than answers"
        found = self.vague_words.search(sentence.text.lower())
        if found:
            return f"\u201c{found.group()}\u201d is vague"
        strong = any(s.kind in STRONG for s in sentence.substance)
        if sentence.buzzwords and not strong:
            return f"it sells (\u201c{sentence.buzzwords[0]}\u201d) rather than says"
        claim = self.claims and self.claims.search(sentence.text.lower())
        if claim and not {s.kind for s in sentence.substance} & HOW:
            return f"it claims (\u201c{claim.group()}\u201d) rather than says how"
        return self.general.why(sentence.text, before)

    def said_on(self, topic: Topic, sentences: list[tuple[Sentence, str, str, set[str]]], people=None) -> SaidOn:
        said = SaidOn()
        for sentence, lower, vague, topics in sentences:
            if topic.id not in topics:
                continue
            if vague:
                said.vague.append((sentence.text, vague))
                continue
            kinds = self.kinds(topic, sentence, lower, people)
            parts = {i for i, part in enumerate(topic.needs) if kinds.intersection(part)}
            if parts:
                said.specific.append(sentence.text)
                said.parts.update(parts)
            else:
                said.bare.append(sentence.text)
        return said

    def kinds(self, topic: Topic, sentence: Sentence, lower: str, people: re.Pattern | None = None) -> set[str]:
        """The kinds of substance a sentence names, on this topic (its `also` words count here), and
        those it names by how it is built (reply_built.py). A short system or protocol name written
        in lower case is a word ("the rest", "a mes"), no name."""
        named = {s.kind for s in sentence.substance if _counts(s)} | \
            ({"role"} if self.role_in(lower) or self.role_built(sentence.text) else set())
        also = self.also[topic.id]
        named |= {k for k, words in also.items() if words.search(lower)}
        sources = [s.term.lower() for s in sentence.substance if s.kind == "system"]
        return named | built(self._unnumbered(lower), named, sources, also.get("system"), people)

    def _unnumbered(self, lower: str) -> str:
        """A sentence without the number that heads its line as the letter's question number ("1.13 our
        service team in gdynia"): no figure with what it counts, unless a unit follows it ("1.5 kg per coil")."""
        found = _NUMBERED.match(lower)
        return lower[found.end():] if found and found.group(1) not in self.spelled.units else lower

    def placed(self, text: str, questions: list[RoundQuestion]) -> tuple[list, dict[int, str]]:
        """The reply's sentences as `sentences` gives them, each also on the topic its place in the
        reply answers (reply_structure.py), without the questions it quotes back; and that place,
        sentence start -> topic."""
        return self._placed(text, tuple((q.topic, q.text) for q in questions))[:2]

    def headed(self, text: str, questions: list[RoundQuestion]) -> dict[int, frozenset[str]]:
        """Sentence start -> the asked topics of the heading line above it (reply_structure.py)."""
        return self._placed(text, tuple((q.topic, q.text) for q in questions))[2]

    def _place(self, text: str, asked: tuple[tuple[str, str], ...]) -> tuple[list, dict[int, str], dict]:
        said = self.sentences(text)
        text = as_read(text, self.titled)  # the layout of a table's rows, each on one line
        starts = [s.start for s, *_ in said]
        anchors = [set() if self._only_weak(lower) else on for _, lower, _, on in said]
        found = layout(text, starts, [on for *_, on in said], list(asked), self.plain, self.labelled, anchors,
                       self.letter_lines, self._label_of_line)
        at = found.topic_at | self.paragraphs.referred(text, starts, list(asked), self.plain)
        said = [(s, lower, vague, on | found.under.get(s.start, set())) for s, lower, vague, on in said]
        aside = self.paragraphs.volunteered(text, starts)
        topics = {t for t, _q in asked}
        for start in aside.intersection(at):
            del at[start]
        return [(s, lower, vague, (on - topics or {VOLUNTEERED}) if s.start in aside else
                 self._owned(on, at[s.start], lower, topics) if s.start in at else
                 self._owned_under(on, found.under.get(s.start, frozenset()), lower, topics))
                for s, lower, vague, on in said if s.start not in found.quoted and _WORDY.search(s.text)], at, found.under

    def _owned(self, on: set[str], placed: str, lower: str, asked: set[str]) -> set[str]:
        """A sentence's topics where the reply's layout places it under `placed`: that one too, and not another
        asked question it touches only by a length or a direction (its cues all `passing`)."""
        found = self.cues.findall(unmarked(lower))
        passing = {t for t in on & asked if t != placed and _only(t, found, self.cue_topics, self.passing)}
        return (on - passing) | {placed}

    def _owned_under(self, on: set[str], under: frozenset[str], lower: str, asked: set[str]) -> set[str]:
        """A sentence's topics under a heading or a joint number ("On 4 and 5: ... 40 minutes before the exit"): not
        another asked question it touches only by a length or a direction."""
        if not under:
            return on
        found = self.cues.findall(unmarked(lower))
        return on - {t for t in on & asked if t not in under and _only(t, found, self.cue_topics, self.passing)}

    def _only_weak(self, lower: str) -> bool:
        """Whether a sentence's only cues say which way ("answers in your order", "thanks to your team")."""
        found = self.cues.findall(unmarked(lower))
        return bool(found) and all(cue in self.weak for cue in found)

    def labelled(self, label: str) -> set[str]:
        """The topics a line's label says its text answers: its words as a label ("Network", "Who looks
        after it"), else, in a label of a few words, its cue words ("Review"), not one that only says which way
        ("Answers to your letter"). A longer phrase before a colon is the answer's own subject ("Re-anneal rate
        on line 2: 6.2% in 2025 ..."), no label."""
        heads = self.heads.findall(label) if self.heads else []
        if heads or len(label.split()) > LABEL_WORDS:
            return {t for head in heads for t in self.head_topics[head]}
        return {t for cue in self.cues.findall(label) if cue not in self.weak for t in self.cue_topics[cue]}

    def _label_of_line(self, label: str, rest: str) -> set[str]:
        """The topics a line's label says it answers (`labelled`); but a label that is the first word of another
        topic's heading ("Data" of "data ownership") on a line whose own words are on that topic alone answers it
        ("Data: the mill owns all recordings and can export them as CSV")."""
        topics = self.labelled(label)
        if len(topics) != 1:
            return topics
        rest_on = {t for cue in self.cues.findall(rest.lower()) if cue not in self.weak for t in self.cue_topics[cue]}
        shared = {t for t in rest_on - topics
                  if any(head.lower().startswith(label.strip() + " ") for head in self.rules.topic(t).heads)}
        return shared if len(shared) == 1 and not rest_on & topics else topics

    def tied(self, sentences: list[tuple[Sentence, str, str, set[str]]], asked: set[str],
             known: frozenset[str] = frozenset(), placed: dict[int, str] | None = None,
             headed: dict[int, frozenset[str]] | None = None) -> dict[str, list]:
        """Asked topic -> the sentences that answer it, each with the kinds it names there ("name":
        a name the offer did not use, `known` lower-case): not vague, and on no other topic more
        than on this one ("Learning: the model needs your order history, ideally eighteen months"
        answers how much history, not what the model predicts), unless its place in the reply says
        which question it answers, or a heading, questions quoted back together or a joint number ("Q3 + Q4")
        above it name some of its topics: it answers each of those."""
        out: dict[str, list] = {t: [] for t in asked}
        people = persons([lower for _, lower, vague, _ in sentences if not vague])
        section, before = -1, None  # a run of sentences the reply places under one question is one answer
        for sentence, lower, vague, on in sentences:
            where = (placed or {}).get(sentence.start)
            section += where is not None and where != before
            before = where
            mine = on & asked
            if vague or not mine:
                continue
            under = mine & (headed or {}).get(sentence.start, frozenset())
            if where in mine:
                mine = {where}
            elif under:
                mine = under
            elif len(on) > 1:  # most sentences are on one topic: no need to count
                mine = self._most_on(lower, mine)
            names = new_names(sentence.text, known | {s.term.lower() for s in sentence.substance})  # "Excel" once
            signals = len([s for s in sentence.substance if _counts(s)]) + len(set(names))
            named = {s.kind for s in sentence.substance if _counts(s)}
            for topic in (t for t in self.rules.topics if t.id in mine):
                kinds = self.kinds(topic, sentence, lower, people) | ({"name"} if names else set())
                also = kinds - named - {"name"}  # "from new meters": a source here, beyond what the reader names
                out[topic.id].append(Tied(sentence.text, kinds, signals + len(also), section if where == topic.id else -1))
        return out

    def _most_on(self, lower: str, topics: set[str]) -> set[str]:
        """Those of `topics` the sentence holds most cues of; a weak cue counts only alone ("is not
        connected to your OT network" is on the network, not on a link)."""
        found = list(dict.fromkeys(self.cues.findall(lower)))  # a word said twice ("each warning ... a warning") counts once
        strong = [cue for cue in found if cue not in self.weak] or found
        hits = Counter(t for cue in strong for t in self.cue_topics[cue])
        return {t for t in topics if hits[t] == max(hits.values(), default=0)}

    def read(self, questions: list[RoundQuestion], text: str) -> ReplyRead:
        sentences, _ = self.placed(text, questions)
        asked = {q.topic for q in questions}
        people = persons([lower for _, lower, vague, _ in sentences if not vague])
        said = {t.id: self.said_on(t, sentences, people) for t in self.rules.topics}
        marked = [mark(q, said.get(q.topic, SaidOn()), self.rules.topic(q.topic)) for q in questions]
        unasked = [t.id for t in self.rules.topics
                   if t.id not in asked and len(said[t.id].parts) == len(t.needs)]
        spoke = frozenset(t for t, on in said.items() if on.specific or on.bare)
        later = frozenset(t.id for t in self.rules.topics if said[t.id].specific and later_only(said[t.id], t.needs))
        unsaid = {t.id: left for t in self.rules.topics if (left := unsaid_parts(said[t.id], t.needs))}
        return ReplyRead(marked, unasked, spoke, later, unsaid)


def _as_received(sentence: Sentence, received: str) -> Sentence:
    """The sentence with its text as the reply wrote it (a wrapped table row's line breaks and bars kept), so
    a quote of it is found in the reply; what it names is read from the row as one line."""
    text = received[sentence.start:sentence.end]
    if text == sentence.text or len(text) != len(sentence.text):  # an answering part keeps its own text
        return sentence
    return Sentence(text, sentence.start, sentence.end, sentence.kind, sentence.reason, sentence.labels,
                    sentence.substance, sentence.buzzwords)


def _only(topic: str, found: list[str], cue_topics: dict[str, set[str]], passing: frozenset[str]) -> bool:
    """Whether every cue found that puts a sentence on `topic` is a passing one (and one is found)."""
    mine = [cue for cue in found if topic in cue_topics[cue]]
    return bool(mine) and all(cue in passing for cue in mine)


def _by_word(topics: list[Topic], words_of) -> dict[str, set[str]]:
    """Word (lower-case) -> the topics it is one of `words_of` (a topic's cues, its labels)."""
    out: dict[str, set[str]] = {}
    for topic in topics:
        for word in words_of(topic):
            out.setdefault(word.lower(), set()).add(topic.id)
    return out


def _counts(signal) -> bool:
    return not (signal.kind in _ACRONYMS and len(signal.term) <= 4 and signal.term.islower())


_NUMBERED = re.compile(r"[ \t>*|(-]*\d{1,2}(?:\.\d{1,2})?[.):]?\s+([^\W\d_]+)")  # "1.13 our", "3) the"
VOLUNTEERED = "volunteered"  # no topic's id: a sentence on it answers no asked question (reply_paragraphs.py)
_ASKS = re.compile(r"\?[\s\"'\u201d)]*$")  # the vendor's own question ("Could we find a date?") answers none of ours
_DATE_AFTER = (r"(?=\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d|q[1-4]\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
               r"|spring|summer|autumn|fall|winter))")  # "until 30.06.2027", "until end of Q2", "until June"
_ARROW = re.compile(r"\s*(?:->|-->|=>|\u2192|\u27f6)\s*")
_WORDY = re.compile(r"[A-Za-z]{2}")  # a bare number that heads an answer ("1.") is no sentence of it
_ACRONYMS = frozenset({"system", "protocol"})
