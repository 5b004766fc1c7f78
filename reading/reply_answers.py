"""A reply's answer to a question we asked, read from the sentences tied to it where drafting read
nothing in them. The vendor answers the question asked, often in words no drafting list holds ("It
detects base load outside production hours ... within fifteen minutes of the pattern starting"):
tied to the question and naming what it asked for (a number, a role ...), such a sentence answers it
as its topic's `reads` say (questions/rounds.yaml). A sentence that names none of it answers nothing,
however it is worded; a vague one is never read here at all.
"""
from __future__ import annotations

import re
from functools import lru_cache

from questions.bank_models import Topic, TopicRead
from questions.models import Answer, Evaluation

from .phrases import normalise, tokens
from .reply_lengths import read_lengths

MAX_QUOTES = 3


class Tied:
    """A reply sentence that answers an asked question: the kinds it names there, how many things. `read()` gives the
    two where they are not given: most tied sentences are never asked for them (`specific_where_tied` asks only of a
    drafted claim's quotes, `read_asked` only on a topic a read may still answer), so they are read when first asked;
    `least()` gives what it surely names and counts without reading them (its signals and new names), enough for most
    questions asked of it ("does it name two things?")."""
    __slots__ = ("text", "section", "_read", "_kinds", "_signals", "_least")

    def __init__(self, text: str, kinds: set[str] | None = None, signals: int = 0, section: int = -1, read=None,
                 least=None):
        self.text, self.section, self._read = text, section, read  # section: the answer it is part of, where the
        self._kinds, self._signals, self._least = kinds, signals, least  # reply places it under the question (-1: none)

    @property
    def kinds(self) -> set[str]:
        if self._kinds is None:
            self._kinds, self._signals = self._read()
        return self._kinds

    @property
    def signals(self) -> int:
        return self._signals if self._kinds is not None else (self.kinds, self._signals)[1]

    def least(self) -> tuple[set[str], int]:
        """Kinds it names and things it counts at the least (a part of `kinds`, at most `signals`): both, once read;
        read once, though asked by each answer and each check of its question (~570 asks of ~140 a read)."""
        if self._kinds is not None or self._least is None:
            return self.kinds, self.signals
        if callable(self._least):
            self._least = self._least()
        return self._least

    def some(self) -> bool:
        return bool(self.least()[1]) or bool(self.signals)

    def names_any(self, kinds) -> bool:
        return not self.least()[0].isdisjoint(kinds) or bool(self.kinds.intersection(kinds))


# Two of these make a sentence specific: "the seal temperature from the Mettler scales", not "your
# operators will love the screens" (a role alone) or "within seconds".
NAMING = frozenset({"data", "system", "protocol", "number", "frequency", "result", "role", "name"})


def read_asked(drafted: Evaluation, tied: dict[str, list[Tied]], topics: list[Topic], lengths: dict, digits,
               sells, words_of=None, again: bool = True) -> Evaluation:
    """`drafted` with an answer for each asked topic's `reads` that drafting left empty (or, for one that
    `adds`, its option added to a specific answer that lacks it), where the reply's answer to it names two
    things at least (one thing alone, "your maintenance team stays in control", is no specific answer).
    `tied`: topic -> its reply sentences that answer it; `lengths`: question -> drafting's length rule;
    `digits`: numbers in words as digits; `sells`: whether a sentence sells more than it says, as drafting
    reads it ("customers typically see 25% less"); `words_of`: a sentence's words (drafting's, where it read the line)."""
    given, words_of = words_of, _once(words_of or _words)  # a sentence is asked by every read of its topics: its words made once
    answers = {a.question: a for a in drafted.answers}
    stray: dict[str, Answer] = {}
    replied = {s.text for said in tied.values() for s in said}  # the reply's answers to any question asked
    for topic in topics:
        mine = {s.text for s in tied.get(topic.id, [])}
        for read in (r for r in topic.reads if _stray(answers.get(r.question), mine, r.own and _acted(tied.get(topic.id, []), r))):
            stray[read.question] = answers.pop(read.question)  # kept if the reply's own answer reads nothing
        open_ = [r for r in topic.reads if _open(answers.get(r.question), r)]
        said = [s for s in tied.get(topic.id, []) if s.some()] if open_ else []
        said = [s for s in said if not sells(s.text)] if _two_things(said, open_, words_of) else []
        for read in [r for r in open_ if _two_things(said, [r], words_of)]:
            told = [s for s in said if _says(words_of(s.text), read.says, read.unless)]  # and who acts on it, if asked
            quotes = [q for s in told if s.names_any(read.names) or _acted(told, read) and s.names_any(read.acts)
                      for q in _with_kinds(s, said, read.with_kinds)]
            current = answers.get(read.question)
            if current is not None and current.has_content and read.over:
                answers[read.question] = _longer(read, quotes, current, lengths.get(read.question), digits, replied)
                continue
            if current is not None and current.has_content and read.own and read.length:
                # how fast, by the shortest time its answers say, over a rhythm drafting read specifically beside it ("we
                # calculate it every week ... monthly report", then "the shift supervisor sees it in maximum 20 seconds");
                # a claim ("a shift report") is left to `_stray`
                if current.evidence != "specific":
                    continue
                own = _answer(read, quotes, lengths.get(read.question), digits) if quotes else None
                if own is not None and _shorter(own, current, lengths.get(read.question)):
                    answers[read.question] = own
                continue
            if quotes and current is not None and current.has_content:  # an option it `adds`
                # nothing to add: a read of no option (its text), or two reads of one ("the manufacturer's support team")
                if not read.option or read.option in current.choices:
                    continue
                answers[read.question] = current.model_copy(update={
                    "choices": [*current.choices, read.option], "quotes": list(dict.fromkeys([*quotes, *current.quotes]))[:MAX_QUOTES]})
                continue
            answer = _answer(read, quotes, lengths.get(read.question), digits) if quotes else None
            if answer is not None:
                answers[read.question] = answer
    order = [a.question for a in drafted.answers]
    added = [q for q in answers if q not in order]
    answers = stray | {q: a for q, a in answers.items() if q not in stray or _shorter(a, stray[q], lengths.get(q))}
    read = drafted.model_copy(update={"answers": [answers[q] for q in [*order, *added]]})
    told = _told_otherwise(answers, lengths) if again else set()
    if not told:
        return read
    # read again without them: the reply's own answer to that question may now be read ("learns from 14 months ...")
    kept = drafted.model_copy(update={"answers": [a for a in drafted.answers if a.question not in told]})
    return read_asked(kept, tied, topics, lengths, digits, sells, given, again=False)


def _with_kinds(sentence: Tied, said: list[Tied], kinds) -> list[str]:
    """The sentence's text where it names one of `kinds` (or none is asked); else with the sentence right before it
    that names one, a case told over two ("Bei der Druckguss Hohenlohe GmbH sank die Ausschussquote von 5,6 % auf
    3,7 % ..." then "Ansprechpartner ist Herr Thomas Rieger ...; er steht Ihnen für ein Referenzgespräch zur
    Verfügung", walk72); none where neither does."""
    if not kinds or sentence.names_any(kinds):
        return [sentence.text]
    at = next((i for i, s in enumerate(said) if s is sentence), 0)
    return [said[at - 1].text, sentence.text] if at and said[at - 1].names_any(kinds) else []


def _told_otherwise(answers: dict[str, Answer], lengths: dict) -> set[str]:
    """The lengths drafted only from sentences the reply's answer reads as their length rule's `not_with` option:
    "the edge box keeps 30 days of data" read as what happens offline tells no history, as in drafting."""
    def other(question: str) -> Answer | None:
        spec = lengths.get(question)
        told = answers.get(spec.not_with[0]) if spec is not None and len(spec.not_with) == 2 else None
        return told if told is not None and told.drafted and spec.not_with[1] in told.choices else None
    return {q for q, a in answers.items()
            if a.drafted and a.quotes and (told := other(q)) is not None and set(a.quotes) <= set(told.quotes)}


def _once(words_of):
    """`words_of`, each text's words made once for one reading (a sentence read again by the next read asks again), as
    `_says` reads them: joined with a space before and after each, and as a set."""
    made: dict[str, tuple[str, set[str]]] = {}
    def once(text: str) -> tuple[str, set[str]]:
        found = made.get(text)
        if found is None:
            words = words_of(text)
            found = made[text] = f" {' '.join(words)} ", set(words)
        return found
    return once


def _stray(answer: Answer | None, mine: set[str], own: bool = False) -> bool:
    """Whether a drafted answer is only a claim read in sentences that answer another question ("check the
    master data (bin sizes, weights)" under the history): it leaves the reply's own answer to this one to be read.
    For a read of the reply's `own` length or text, any answer read also there ("a weekly report" under who uses it, beside
    "under 10 s; we measure it every week" under the alarm time): the own answer's length replaces it only if shorter."""
    if answer is None or not mine:
        return False
    return not set(answer.quotes) <= mine if own else answer.evidence == "vendor_claim" and not mine.intersection(answer.quotes)


def _acted(said: list[Tied], read) -> bool:
    """Whether the reply's answer names what a read asks and who acts on it, where it asks (`acts`): "warns 10 to 21
    days ahead of a seal failure" and "your maintenance planner plans the repair"."""
    return not read.acts or any(s.names_any(read.names) for s in said) and any(s.names_any(read.acts) for s in said)


def _shorter(own: Answer, stray: Answer, spec) -> bool:
    """Whether the reply's own answer replaces one read in another question's sentences: any does for a claim; for
    a length (`own` reads), only a shorter one ("in max. 30 sec" under the alarm time, not "30 days of readings"
    said there of an outage, beside "within 5 seconds" said elsewhere)."""
    if stray.evidence == "vendor_claim" or spec is None:
        return True
    least = {option: days for days, option in spec.at_least}
    return max((least.get(o, -1) for o in own.choices), default=-1) < min((least.get(o, 1e9) for o in stray.choices),
                                                                          default=1e9)


def _two_things(said: list[Tied], reads: list[TopicRead], words_of) -> bool:
    """Whether the sentences name two things at least: their signals, and one of a read's `things` ("puts a bladder
    change order in the queue, and the shift leader schedules it"). Counted first by what each surely counts
    (`Tied.least`): most answers reach two before a sentence's kinds are read."""
    words = [w for r in reads for w in r.things]
    said_so = sum(bool(words) and _says(words_of(s.text), words) for s in said)
    return said_so + sum(s.least()[1] for s in said) >= 2 or said_so + sum(s.signals for s in said) >= 2


def _open(answer: Answer | None, read: TopicRead) -> bool:
    """Whether a read may answer: its question has no answer yet, or (one that `adds`) a specific answer
    that lacks its option ("the line engineer opens a corrective action" beside the stop reasons it logs),
    or (one that reads `over` it) an answer the reply's own answer may lengthen (`_longer`), or (one of how fast, `own`
    `length`) a specific answer the reply's own answer may shorten."""
    if answer is None or not answer.has_content:
        return True
    if read.over or (read.own and read.length and answer.evidence == "specific"):  # how fast: a shorter time may replace it
        return True
    return read.adds and bool(read.option) and answer.evidence == "specific" and read.option not in answer.choices


def _longer(read: TopicRead, quotes: list[str], drafted: Answer, spec, digits, replied: set[str]) -> Answer:
    """The answer by the length the reply's answer to the question says ("It needs three months of cycles
    ...; the PLC keeps only 14 days") where it is longer than drafting's (or drafting's is none at all), read from the reply's answers
    alone (to this question, or to another: "the edge PC keeps 14 days of data" answers what happens
    offline, not how much history the model needs); else `drafted`."""
    longer = _answer(read, quotes, spec, digits) if quotes else None
    # "none" kept is a length of zero: "It needs 4 months of coils; your PLCs keep no history" says how much it needs
    least = {read.nothing: 0.0} | ({option: days for days, option in spec.at_least} if spec is not None else {})
    old = max((least.get(o, -1) for o in drafted.choices), default=-1)
    alone = bool(drafted.quotes) and set(drafted.quotes) <= replied
    return longer if longer is not None and alone and min(least.get(o, -1) for o in longer.choices) > old >= 0 else drafted


def specific_where_tied(drafted: Evaluation, tied: dict[str, list[Tied]], topic_of: dict[str, str],
                        topics: list[Topic]) -> Evaluation:
    """Answers drafted from a sentence that answers their own asked question and names what the
    question asks for (every part of its topic's `needs`: "the condition-monitoring technician looks at
    every alert and decides" names who reviews) or two things (a data type, a system, a number, a
    role, a name the offer did not give ...) are described specifically, though the sentence names
    them in words the reader's lists do not hold ("stroke count and die ID come from the Pilz
    controller"). A vague sentence is never among them."""
    needs, bare = {t.id: t.needs for t in topics}, {t.id: frozenset(t.bare) for t in topics if t.bare}
    def names(kinds: set[str], topic: str) -> bool:
        return len(kinds & NAMING) >= 2 or _names_all(kinds, needs.get(topic, []))
    sections: dict[tuple[str, int], bool] = {}
    def section(topic: str, at: int) -> bool:  # whether the answer a sentence is part of names it, read once
        if (topic, at) not in sections:
            part = [s for s in tied[topic] if s.section == at]
            part = [] if len(part) == 1 and _bare(part[0].text, bare.get(topic)) else part  # it alone: who, no more
            sections[topic, at] = names({k for s in part for k in s.least()[0]}, topic) or \
                names({k for s in part for k in s.kinds}, topic)
        return sections[topic, at]
    def named(s: Tied, topic: str) -> bool:  # what it surely names first: its kinds read only where that falls short
        return (names(s.least()[0], topic) or names(s.kinds, topic)) and not _bare(s.text, bare.get(topic))
    def naming(topic: str, quotes, placed: bool = False) -> bool:  # a sentence, or the answer it is part of ("The melt
        return any(s.text in quotes and (not placed or s.section >= 0)  # shop foreman. He decides ...")
                   and (named(s, topic) or (s.section >= 0 and section(topic, s.section))) for s in tied.get(topic, []))
    def raised(answer: Answer) -> Answer:
        if answer.evidence != "vendor_claim" or not (answer.has_content or answer.suggested):
            return answer
        if not naming(topic_of.get(answer.question, ""), set(answer.quotes), placed=not answer.has_content):
            return answer
        # options only suggested because other lines of the reply sell (read as a brochure's): drafted where a sentence
        # the reply's layout places at its question answers it (a heading, a number, a quoted question over it)
        more = {} if answer.has_content else {"choices": answer.suggested, "suggested": []}
        return answer.model_copy(update={"evidence": "specific", **more})
    return drafted.model_copy(update={"answers": [raised(a) for a in drafted.answers]})


def _bare(text: str, verbs: frozenset[str] | None) -> bool:
    """Whether a sentence says, after its label, only who and a verb of `verbs` acting on nothing ("- Review: the setter
    decides.")."""
    if not verbs:
        return False
    said = _words(text.rpartition(":")[2])
    return 0 < len(said) <= _BARE_WORDS and said[-1] in verbs


_BARE_WORDS = 4  # "the crane operator decides"; "the operator decides on each correction" names what


def _names_all(kinds: set[str], needs: list[list[str]]) -> bool:
    return bool(needs) and all(kinds.intersection(part) for part in needs)


def _words(text: str) -> list[str]:
    return tokens(normalise(text))


def _says(said: tuple[str, set[str]], words: list[str], unless: list[str] = ()) -> bool:
    """Whether the sentence's words (`_once`'s: joined and as a set) hold one of `words` and none of `unless`: a word, or
    a phrase of words in order, its parts a few words apart where it says " ... " (`_gapped`)."""
    if not words and not unless:
        return True
    joined, each = said
    holds = lambda phrase: (f" {phrase} " in joined if " ... " not in phrase else _gapped(phrase).search(joined) is not None) \
        if " " in phrase else phrase in each
    return (not words or any(map(holds, words))) and not any(map(holds, unless))


GAP = 3  # words at most where a phrase of `says` has " ... " ("nothing ... inbound": "nothing connects inbound")


@lru_cache(maxsize=None)
def _gapped(phrase: str) -> re.Pattern:
    """A phrase whose parts stand in order with a few words between each ("no connection ... from outside": "no
    connection is opened from outside"), in `_once`'s joined words."""
    return re.compile(" " + rf" (?:\S+ ){{0,{GAP}}}".join(map(re.escape, phrase.split(" ... "))) + " ")


def _answer(read: TopicRead, quotes: list[str], length, digits) -> Answer | None:
    if read.length:  # by the longest length said ("8 weeks of data, plus 12 months of invoices"), or any; how fast
        # (`own`) by the shortest: "reaches the tablet in under 10 seconds" beside "solved when under 3 % for three months"
        options = [(days, option, quote) for quote in quotes for days, option in read_lengths(read, digits(quote), length)]
        if not options:
            return None
        _said, option, quote = (min if read.own else max)(options)
        return _drafted(read.question, quotes, choices=[option], first=quote)
    if read.option:
        return _drafted(read.question, quotes, choices=[read.option])
    return _drafted(read.question, quotes, text=" ".join(quotes[:MAX_QUOTES]))


def _drafted(question: str, quotes: list[str], choices: list[str] = (), text: str = "", first: str = "") -> Answer:
    ordered = list(dict.fromkeys([first, *quotes] if first else quotes))[:MAX_QUOTES]
    return Answer(question=question, evidence="specific", choices=list(choices), text=text, quotes=ordered, drafted=True)
