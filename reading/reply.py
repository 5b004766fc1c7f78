"""A vendor's reply read against the questions of a clarification round, and drafted like a proposal.

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

from questions.answer_edits import merge_draft
from questions.models import Answer, Document, Evaluation, QuestionBank, RoundQuestion, RoundRules, Topic

from .documents import Citations
from .draft import drafter_for
from .phrases import normalise, tokens
from .reply_answers import Tied, read_asked, specific_where_tied
from .reply_structure import layout
from .spelled import Spelled
from .text import STRONG, Reader, Sentence

MAX_QUOTES = 3
HOW = frozenset({"number", "protocol", "frequency", "result", "role"})  # more than a system named: a claim may answer
PART_NAMES = {"number": "a number with its unit", "result": "a measured result", "data": "the data",
              "protocol": "a protocol or interface", "system": "a named system", "role": "a role",
              "frequency": "a frequency or timing"}


def _phrases(words: list[str], plural: bool = False) -> re.Pattern:
    """Whole words or phrases, case-insensitive, longest first; with `plural`, a phrase found as
    its plural too ("warning" in "warnings come seven days ahead")."""
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    suffix = "(?:e?s)?" if plural else ""
    return re.compile(rf"(?<![\w-])({alternatives}){suffix}(?![\w-])")


@dataclass(frozen=True)
class SaidOn:
    """What the reply says on one topic: its specific sentences, the parts they name, its vague ones."""
    specific: list[str] = field(default_factory=list)
    parts: set[int] = field(default_factory=set)
    vague: list[tuple[str, str]] = field(default_factory=list)  # (sentence, why it is vague)
    bare: list[str] = field(default_factory=list)  # on the topic, but naming nothing it asks for


@dataclass(frozen=True)
class ReplyRead:
    questions: list[RoundQuestion]  # each with its status, quotes and why
    unasked: list[str]  # topics the reply answers specifically that no question asked
    spoke: frozenset[str] = frozenset()  # topics the reply says something on that is not vague


class ReplyReader:
    """Compiled once per rules and reader: `read(questions, text)`."""

    def __init__(self, rules: RoundRules, reader: Reader, units: list[str] = ()):
        self.rules, self.reader, self.spelled = rules, reader, Spelled(list(units))
        self.cue_topics: dict[str, set[str]] = {}
        for topic in rules.topics:
            for cue in topic.cues:
                self.cue_topics.setdefault(cue.lower(), set()).add(topic.id)
        self.cues = _phrases(list(self.cue_topics), plural=True)  # one pass per sentence finds every topic it is on
        self.vague_words = _phrases(rules.vague)
        self.claims = _phrases(rules.claims) if rules.claims else None
        self.also = {t.id: [(kind, _phrases(words)) for kind, words in t.also.items()] for t in rules.topics}
        self.plain = frozenset(rules.plain)
        self.sentences = lru_cache(maxsize=8)(self._sentences)
        self._placed = lru_cache(maxsize=8)(self._place)  # read for marking, for drafting and for topics  # a reply is read for marking and for drafting

    def _sentences(self, text: str) -> list[tuple[Sentence, str, str, set[str]]]:
        """Each sentence with its lower-case text, why it is vague ('' when it is not) and its topics.
        A sentence on no topic that goes on in the same paragraph ("After the pilot our service team
        monitors the gateways. The fee is 4,000 EUR a year.") is on the topics of the one before."""
        out, before, end = [], set(), 0
        for sentence in self.reader.read(text).sentences:
            lower = sentence.text.lower()
            topics = {t for cue in self.cues.findall(lower) for t in self.cue_topics[cue]}
            if not topics and "\n" not in text[end:sentence.start]:
                topics = set(before)
            out.append((sentence, lower, self.vague(sentence), topics))
            before, end = topics, sentence.end
        return out

    def vague(self, sentence: Sentence) -> str:
        """Why a sentence answers nothing however it reads ('' when it may): a vague phrase, or
        buzzwords with nothing strong behind them."""
        found = self.vague_words.search(sentence.text.lower())
        if found:
            return f"\u201c{found.group()}\u201d is vague"
        strong = any(s.kind in STRONG for s in sentence.substance)
        if sentence.buzzwords and not strong:
            return f"it sells (\u201c{sentence.buzzwords[0]}\u201d) rather than says"
        claim = self.claims and self.claims.search(sentence.text.lower())
        if claim and not {s.kind for s in sentence.substance} & HOW:
            return f"it claims (\u201c{claim.group()}\u201d) rather than says how"
        return ""

    def said_on(self, topic: Topic, sentences: list[tuple[Sentence, str, str, set[str]]]) -> SaidOn:
        said = SaidOn()
        for sentence, lower, vague, topics in sentences:
            if topic.id not in topics:
                continue
            if vague:
                said.vague.append((sentence.text, vague))
                continue
            kinds = self.kinds(topic, sentence, lower)
            parts = {i for i, part in enumerate(topic.needs) if kinds.intersection(part)}
            if parts:
                said.specific.append(sentence.text)
                said.parts.update(parts)
            else:
                said.bare.append(sentence.text)
        return said

    def kinds(self, topic: Topic, sentence: Sentence, lower: str) -> set[str]:
        """The kinds of substance a sentence names, on this topic (its `also` words count here). A
        short system or protocol name written in lower case is a word ("the rest", "a mes"), no name."""
        named = {s.kind for s in sentence.substance if _counts(s)}
        return named | {k for k, words in self.also[topic.id] if words.search(lower)}

    def placed(self, text: str, questions: list[RoundQuestion]) -> tuple[list, dict[int, str]]:
        """The reply's sentences as `sentences` gives them, each also on the topic its place in the
        reply answers (reply_structure.py), without the questions it quotes back; and that place,
        sentence start -> topic."""
        return self._placed(text, tuple((q.topic, q.text) for q in questions))

    def _place(self, text: str, asked: tuple[tuple[str, str], ...]) -> tuple[list, dict[int, str]]:
        said = self.sentences(text)
        topics_of = lambda words: {t for cue in self.cues.findall(words) for t in self.cue_topics[cue]}
        found = layout(text, [s.start for s, *_ in said], [on for *_, on in said], list(asked), self.plain, topics_of)
        at = found.topic_at
        return [(s, lower, vague, on | {at[s.start]} if s.start in at else on)
                for s, lower, vague, on in said if s.start not in found.quoted and _WORDY.search(s.text)], at

    def tied(self, sentences: list[tuple[Sentence, str, str, set[str]]], asked: set[str],
             known: frozenset[str] = frozenset(), placed: dict[int, str] | None = None) -> dict[str, list]:
        """Asked topic -> the sentences that answer it, each with the kinds it names there ("name":
        a name the offer did not use, `known` lower-case): not vague, and on no other topic more
        than on this one ("Learning: the model needs your order history, ideally eighteen months"
        answers how much history, not what the model predicts), unless its place in the reply says
        which question it answers."""
        out: dict[str, list] = {t: [] for t in asked}
        section, before = -1, None  # a run of sentences the reply places under one question is one answer
        for sentence, lower, vague, on in sentences:
            where = (placed or {}).get(sentence.start)
            section += where is not None and where != before
            before = where
            mine = on & asked
            if vague or not mine:
                continue
            if where in mine:
                mine = {where}
            elif len(on) > 1:  # most sentences are on one topic: no need to count
                hits = Counter(t for cue in self.cues.findall(lower) for t in self.cue_topics[cue])
                mine = {t for t in mine if hits[t] == max(hits.values(), default=0)}
            names = new_names(sentence.text, known | {s.term.lower() for s in sentence.substance})  # "Excel" once
            signals = len([s for s in sentence.substance if _counts(s)]) + len(set(names))
            for topic in (t for t in self.rules.topics if t.id in mine):
                kinds = self.kinds(topic, sentence, lower) | ({"name"} if names else set())
                out[topic.id].append(Tied(sentence.text, kinds, signals, section if where == topic.id else -1))
        return out

    def read(self, questions: list[RoundQuestion], text: str) -> ReplyRead:
        sentences, _ = self.placed(text, questions)
        asked = {q.topic for q in questions}
        said = {t.id: self.said_on(t, sentences) for t in self.rules.topics}
        marked = [self._mark(q, said.get(q.topic, SaidOn())) for q in questions]
        unasked = [t.id for t in self.rules.topics
                   if t.id not in asked and len(said[t.id].parts) == len(t.needs)]
        spoke = frozenset(t for t, on in said.items() if on.specific or on.bare)
        return ReplyRead(marked, unasked, spoke)

    def _mark(self, question: RoundQuestion, said: SaidOn) -> RoundQuestion:
        topic = self.rules.topic(question.topic)
        needs = topic.needs if topic else []
        missing = [_part_name(p) for i, p in enumerate(needs) if i not in said.parts]
        if said.specific and not missing:
            status, why = "answered", "The reply names " + _and([_part_name(p) for p in needs]) + "."
            quotes = said.specific
        elif said.specific and 0 in said.parts:
            status, quotes = "partly", said.specific
            why = f"The reply names {_and([_part_name(p) for i, p in enumerate(needs) if i in said.parts])} " \
                  f"but not {_and(missing)}."
        elif said.vague:
            status, quotes = "not_answered", [s for s, _ in said.vague]
            why = (f"The reply only answers vaguely ({said.vague[0][1]}); a vague sentence answers nothing. "
                   f"It does not name {_and(missing) or 'anything specific'}.")
        elif said.bare or said.specific:
            status, quotes = "not_answered", said.specific + said.bare
            why = f"The reply mentions it but does not name {_and(missing)}."
        else:
            status, quotes, why = "not_answered", [], "The reply does not address it."
        return question.model_copy(update={"status": status, "quotes": quotes[:MAX_QUOTES], "why": why})


def _counts(signal) -> bool:
    return not (signal.kind in _ACRONYMS and len(signal.term) <= 4 and signal.term.islower())


_WORDY = re.compile(r"[A-Za-z]{2}")  # a bare number that heads an answer ("1.") is no sentence of it
_ACRONYMS = frozenset({"system", "protocol"})
_NAME = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*(?:[-.][A-Z]?[a-z]+)*(?![\w-])")  # Graz, Mettler, McKinsey; not KPIs
_FIRST = re.compile(r"^\W*\w+|[:;]\s*\w+")  # a word that starts the sentence or a clause is capitalised anyway


def new_names(text: str, known: frozenset[str]) -> list[str]:
    """The names a sentence gives that `known` (the offer's, lower-case) does not hold: a person, a
    place, a product ("the Mettler scales", "our desk in Graz", "Ms. Roth"); a capitalised word
    that starts the sentence or a clause is none."""
    starts = {m.end() for m in _FIRST.finditer(text)}
    return [m.group() for m in _NAME.finditer(text) if m.end() not in starts and m.group().lower() not in known]


def known_names(texts: list[str]) -> frozenset[str]:
    return frozenset(m.group().lower() for text in texts for m in _NAME.finditer(text))


def _part_name(part: list[str]) -> str:
    return " or ".join(PART_NAMES.get(kind, kind) for kind in part)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


# --- drafting from the reply ---------------------------------------------------------------

@dataclass(frozen=True)
class Proposed:
    """A change the reply suggests to an answer the buyer typed or reviewed: shown side by side,
    applied only when the buyer accepts it."""
    question: str
    current: Answer
    proposed: Answer


def for_drafting(document: Document, reader: ReplyReader, questions: list[RoundQuestion] = ()) -> tuple[Document, dict[str, str]]:
    """A reply as the drafter reads it: its vague sentences left out (a vague sentence never drafts
    an answer, let alone a specific one), one sentence a line, numbers in words as digits (the
    drafter reads "under 15 hours", not "under fifteen hours"); and each sentence as read -> as
    received, so every quote drafted is cited in the document as received."""
    said, _ = reader.placed(document.text, list(questions))
    kept = {reader.spelled.digits(s.text): s.text for s, _, vague, _ in said if not vague}
    return document.model_copy(update={"text": "\n".join(kept)}), kept


def _as_received(drafted: Evaluation, received: dict[str, str]) -> Evaluation:
    """Quotes (and a text answer that is one) put back as the reply wrote them."""
    def back(answer: Answer) -> Answer:
        quotes = [received.get(q, q) for q in answer.quotes]
        return answer.model_copy(update={"quotes": quotes, "text": received.get(answer.text, answer.text)})
    return drafted.model_copy(update={"answers": [back(a) for a in drafted.answers]})


def draft_with_reply(evaluation: Evaluation, bank: QuestionBank, reader: ReplyReader) -> tuple[Evaluation, list[Proposed]]:
    """The evaluation (whose documents include the reply) drafted again from every document, merged
    so what the buyer typed or reviewed stays as it is; the reply's different answers to those are
    `proposed`. The labels stay the buyer's: a reply answers questions, it does not re-sell."""
    drafted = draft_documents(evaluation, bank, reader)
    merged = merge_draft(evaluation, drafted, bank)
    merged = merged.model_copy(update={"documents": evaluation.documents, "labels": evaluation.labels})
    return merged, _proposed(evaluation, merged, drafted)


def draft_documents(evaluation: Evaluation, bank: QuestionBank, reader: ReplyReader) -> Evaluation:
    """Answers drafted from the offer and, apart, from the replies (as `for_drafting` reads them), then
    combined. Apart, because the drafter reads a text that mostly sells as a brochure whose every
    answer is only a claim: a specific reply must not be diluted by the brochure it answers."""
    drafter = drafter_for(bank)
    offer = [d for d in evaluation.documents if d.kind != "reply"]
    questions = evaluation.rounds[-1].questions if evaluation.rounds else []
    read = [for_drafting(d, reader, questions) for d in evaluation.documents if d.kind == "reply"]
    drafted = drafter.draft_documents(offer, evaluation.proposal, evaluation.vendor)
    if not read:
        return drafted
    answered = _from_replies(evaluation, read, questions, offer, reader, drafter)
    kinds = {q.id: q.kind for q in bank.questions().values()}
    mine = {a.question: a for a in drafted.answers}
    theirs = {a.question: a for a in answered.answers}
    combined = {q: _combine(mine.get(q), theirs.get(q), kinds[q]) for q in kinds if q in mine or q in theirs}
    return drafted.model_copy(update={"answers": list(combined.values())})


def _from_replies(evaluation: Evaluation, read: list, questions: list, offer: list, reader: ReplyReader,
                  drafter) -> Evaluation:
    """The answers the replies give: drafted from them as received, kept to the topics their sentences
    are on, made specific where tied to a question, read as asked, and their links given owners."""
    answered = drafter.draft_documents([d for d, _ in read], evaluation.proposal, evaluation.vendor)
    answered = _as_received(answered, {k: v for _, received in read for k, v in received.items()})
    asked = {q.topic for q in questions}
    said, placed = [], {}
    for document in (d for d in evaluation.documents if d.kind == "reply"):
        sentences, at = reader.placed(document.text, questions)
        said += sentences
        placed.update(at)
    answered = _on_topic(answered, said, reader.rules.topic_of, asked)
    tied = reader.tied(said, asked, known_names([d.text for d in offer]), placed)
    answered = specific_where_tied(answered, tied, reader.rules.topic_of, reader.rules.topics)
    by_text = {sentence.text: sentence for sentence, *_ in said}
    sells = lambda text: drafter.is_marketing(by_text[text], tokens(normalise(text)))  # "customers typically see 25% less"
    answered = read_asked(answered, tied, reader.rules.topics, {spec.question: spec for spec in drafter.rules.lengths},
                          reader.spelled.digits, sells)
    return _with_owners(answered, drafter.bank.key_questions.integrations, said, reader, drafter)


def _on_topic(drafted: Evaluation, said: list, topic_of: dict[str, str], asked: set[str]) -> Evaluation:
    """Without the answers that rest only on sentences about what no question asked: a reply that
    volunteers how fast a stop is seen ("your maintenance lead asked ...: the shift lead's phone gets
    a push within thirty seconds") answers that, not who maintains the system or which data it
    captures. A sentence on an asked topic, on the question's own or on none may draft any answer."""
    topics = {sentence.text: on for sentence, _, _, on in said}
    def counts(quote: str, topic: str) -> bool:
        on = topics.get(quote, set())
        return not on or topic in on or bool(on & asked)
    kept = [a for a in drafted.answers
            if a.question not in topic_of or not asked or any(counts(q, topic_of[a.question]) for q in a.quotes)]
    return drafted.model_copy(update={"answers": kept})


def _with_owners(drafted: Evaluation, question: str, said: list, reader: ReplyReader, drafter) -> Evaluation:
    """Integration rows owned as the reply says: a sentence that links a system and names a role
    ("sent to SAP PM ..., and your maintenance planner owns that interface") gives its rows that owner;
    "that interface" also means every link the sentence before named.
    Drafting leaves every owner blank, and a connection with no owner is no complete link."""
    answer = drafted.answer(question)
    if answer is None or all(row.owner for row in answer.integrations):
        return drafted
    owners = _owners(said, reader.rules.topic_of.get(question, ""), [row.system for row in answer.integrations],
                     lambda text: _areas(drafter.cues(text), question))
    rows = [row if row.owner or row.system not in owners else row.model_copy(update={"owner": owners[row.system]})
            for row in answer.integrations]
    answers = [a.model_copy(update={"integrations": rows}) if a is answer else a for a in drafted.answers]
    return drafted.model_copy(update={"answers": answers})


def _owners(said: list, linking: str, systems: list[str], areas_of) -> dict[str, str]:
    """Each linked system's owner: the last role the first sentence on linking that owns it names."""
    owners: dict[str, str] = {}
    last: list[str] = []  # the areas the sentence before named: "... through an IDoc. Your planner owns that interface."
    before = False  # whether the sentence before was on linking: "... through an IDoc. Owner: your SAP PP key user."
    for sentence, lower, vague, topics in said:
        owner_line = _OWNER_IS.search(sentence.text)
        on, before = linking in topics or (before and owner_line is not None), linking in topics
        if vague or not on:
            continue
        roles, areas = _owned_by(sentence, lower, owner_line, last, systems, areas_of)
        for area in areas if roles else []:
            owners.setdefault(area, roles[-1])
        last = areas or last
    return owners


def _owned_by(sentence, lower: str, owner_line, last: list[str], systems: list[str], areas_of
              ) -> tuple[list[str], list[str]]:
    """(the roles one sentence names as owners, the areas they own): those it links, every link when it
    says so, the links of the sentence before when it points back or links none."""
    roles = _owner_named(sentence.text) if owner_line else \
        [signal.term for signal in sentence.substance if signal.kind == "role"] or _owner_named(sentence.text)
    linked = sentence.text[:owner_line.start()] if owner_line else sentence.text  # "SAP PP" in the owner's name links nothing
    areas = areas_of(linked) if linked.strip() else []
    if roles and _EVERY_LINK.search(lower):  # "Your SAP team owns both links": every link, whatever it names
        areas = list(systems)
    elif roles and (_THAT_LINK.search(lower) or not areas):  # "Owner: your ERP administrator.": the one before
        areas = list(dict.fromkeys([*areas, *last]))
    return roles, areas


def _owner_named(sentence: str) -> list[str]:
    """Who the sentence says owns a link, in words of its own ("owned by your ERP admin", "your SAP
    basis team owns both", "Owner: your SAP PP key user"): the words after the owner's article."""
    found = _OWNER_IS.search(sentence) or _OWNED_BY.search(sentence) or _OWNS.search(sentence)
    return [found.group("who").rstrip(".")] if found else []


_OWNING = r"(?:owns?|is responsible for|are responsible for|looks? after)"
_OWNER_IS = re.compile(r"\bowners?(?::| is| are) (?:the |your |our )?(?P<who>[\w/&.-]+(?: [\w/&.-]+){0,3}?)(?=[,;.)]|$| and | who )", re.I)
_OWNED_BY = re.compile(r"\bowned by (?:the |your |our )?(?P<who>[\w/&.-]+(?: [\w/&.-]+){0,3}?)(?=[,;.)]|$| and | under | who )", re.I)
_OWNS = re.compile(rf"\b(?:your|our) (?P<who>[\w/&.-]+(?: [\w/&.-]+){{0,3}}?),? {_OWNING} "
                   r"(?:both|all|each|every|them|the|that|this|these|those)\b", re.I)
_LINK = r"(?:interfaces?|connections?|integrations?|links?)"
_EVERY_LINK = re.compile(rf"\b(?:(?:both|all|each|every|all the|all of the|all our|all your|both of the) {_LINK}"
                         rf"|{_OWNING} (?:both|all|them)(?! {_LINK})|(?:both|all) (?:are |were )?owned by)\b")
_THAT_LINK = re.compile(rf"\b(?:that|this|the same|the latter|this second|that second) {_LINK}\b")


def _areas(cues: list[tuple[str, str, str]], question: str) -> list[str]:
    """The integration areas a sentence names, as drafting reads them: a phrase inside a longer one
    found ("SAP" in "SAP PM") does not count."""
    phrases = [(option, phrase) for q, option, phrase in cues if q == question]
    return list(dict.fromkeys(option for option, phrase in phrases
                              if not any(f" {phrase} " in f" {other} " and other != phrase for _, other in phrases)))


RANK = {"not_answered": 0, "vendor_claim": 1, "specific": 2, "demonstrated": 3, "proven": 4}


def _combine(offer: Answer | None, reply: Answer | None, kind: str) -> Answer:
    """One drafted answer from the offer's and the reply's. An answer's evidence covers all it holds,
    so a claim never rides on a specific reply: the better-evidenced answer leads and the other's
    options are only suggested; at equal evidence both are kept. The reply's quotes come first."""
    if offer is None or reply is None:
        return offer or reply
    lead, other = (reply, offer) if RANK[reply.evidence] >= RANK[offer.evidence] else (offer, reply)
    equal = RANK[reply.evidence] == RANK[offer.evidence]
    if kind == "choice" or not equal:
        choices = lead.choices or (other.choices if equal else [])
    else:
        choices = list(dict.fromkeys([*offer.choices, *reply.choices]))
    rows = {i.system: i for i in (offer.integrations if equal else [])} | {i.system: i for i in lead.integrations}
    if equal:
        rows |= {i.system: i for i in reply.integrations}
    quotes = list(dict.fromkeys([*reply.quotes, *offer.quotes] if equal else lead.quotes))[:MAX_QUOTES]
    suggested = [o for o in dict.fromkeys([*lead.suggested, *other.choices, *other.suggested]) if o not in choices]
    return lead.model_copy(update={
        "choices": choices, "integrations": list(rows.values()), "quotes": quotes, "suggested": suggested,
        "text": lead.text or other.text, "measure": lead.measure or other.measure})


def _proposed(before: Evaluation, merged: Evaluation, drafted: Evaluation) -> list[Proposed]:
    replies = [d for d in before.documents if d.kind == "reply"]
    from_reply = Citations(replies).cite if replies else (lambda quote: "")
    out = []
    for answer in drafted.answers:
        kept = merged.answer(answer.question)
        if kept is None or kept is answer or kept.unreviewed:
            continue  # a new or replaced draft: nothing of the buyer's is changed
        if _content(kept) != _content(answer) and any(from_reply(q) for q in answer.quotes):
            out.append(Proposed(answer.question, kept, answer))
    return out


def _content(answer: Answer) -> tuple:
    measure = answer.measure.model_dump() if answer.measure else None
    return (answer.evidence, sorted(answer.choices), answer.text.strip(), measure,
            sorted((i.system, i.direction) for i in answer.integrations))
