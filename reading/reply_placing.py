"""Where each sentence of a reply belongs: the question its place in the reply answers (a number, a heading,
a question quoted back: reply_structure.py), the topics it is on, and the sentences tied to each asked topic.
Mixed into reading.reply.ReplyReader: needs self.rules, self.cues, self.cue_topics, self.weak, self.passing,
self.cues_in, self.heads, self.head_topics, self.acts_on, self.weighs_acted, self.plain, self.paragraphs, self.letter_lines,
self.titled, self.pointers, self.sentences,
self.kinds, self.unlinked, self.priced, self._placed and self.read_as."""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, partial

from questions.models import RoundQuestion

from .reply_answers import Tied
from .reply_breaks import dodged_in_place, dodged_places
from .reply_built import new_names, persons
from .reply_languages import Numbered
from .reply_measure_rows import measure_line
from .reply_prices import priced
from .reply_quotes import Quoting, quoting
from .reply_run_in import heading_phrase, run_in
from .reply_tasks import tasked
from .reply_structure import layout, unmarked, worded
from .reply_wrapped import as_read
from .text import Reading, Sentence
from .word_regex import alternation

LABEL_WORDS = 4  # a label read by its cue words is this short ("When it is down", "Upkeep and cost")
VOLUNTEERED = "volunteered"  # no topic's id: a sentence on it answers no asked question (reply_paragraphs.py)
_ARTICLE = re.compile(r"^(?:the|our|your)\s+")  # "the prediction." heads as "prediction." does
_ACRONYMS = frozenset({"system", "protocol"})


class Placing:
    def placed(self, text: str, questions: list[RoundQuestion]) -> tuple[list, dict[int, str]]:
        """The reply's sentences as `sentences` gives them, each also on the topic its place in the
        reply answers (reply_structure.py), without the questions it quotes back; and that place,
        sentence start -> topic."""
        return self._placed(text, tuple((q.topic, q.text) for q in questions))[:2]

    def placed_asked(self, text: str, asked: tuple[tuple[str, str], ...]) -> list:
        """`placed`'s sentences, the questions given as (topic, text) pairs."""
        return self._placed(text, asked)[0]

    def headed(self, text: str, questions: list[RoundQuestion]) -> dict[int, frozenset[str]]:
        """Sentence start -> the asked topics of the heading line above it (reply_structure.py)."""
        return self._placed(text, tuple((q.topic, q.text) for q in questions))[2]

    def dodged(self, text: str, questions: list[RoundQuestion]) -> frozenset[str]:
        """The asked topics the reply's layout gives a place of their own that says nothing they ask (reply_breaks.dodged_in_place)."""
        return self._placed(text, tuple((q.topic, q.text) for q in questions))[4]

    def _answers_any(self, topic: str, sentence: Sentence, lower: str) -> bool | None:
        """Whether a sentence names some part of what a topic asks (its kinds on it: `needs`); None where it is longer than
        a dodge (`dodge_words`) or its own words are on other topics only ("9) Security" under the review's number: a
        heading of another answer, no dodge). One made only of grades names nothing, however long (reply_grades.Grades.why)."""
        if self.general.grades.why(sentence.text):
            return False
        if len(lower.split()) > self.rules.dodge_words:
            return None  # a long answer may name what it asks in words the reading does not list
        on = {t for cue in self.cues_in(lower) for t in self.cue_topics[cue]} | self.labelled(lower)
        if on and topic not in on:
            return None
        kinds = self.kinds_read(topic, sentence, lower)
        return any(not kinds.isdisjoint(part) for part in self.needs[topic])

    def quoted(self, text: str, questions: list[RoundQuestion]) -> Quoting:
        """What each sentence answers itself, to choose the quotes beside each question (reply_quotes.py)."""
        return self._placed(text, tuple((q.topic, q.text) for q in questions))[3]

    def reading_of(self, text: str) -> Reading | None:
        """The reader's reading of a reply's text as received, where reading it as read (reply_wrapped.py) changed
        nothing (most replies): its sentences' reading, kept; else None."""
        return self.read_as(text) if as_read(text, self.titled, self.chat) == text else None

    def _place(self, text: str, asked: tuple[tuple[str, str], ...]) -> tuple[list, dict[int, str], dict, Quoting]:
        said = self.sentences(text)
        text = as_read(text, self.titled, self.chat)  # the layout of a table's rows, each on one line
        said = [(s, lower, vague, self._measure_row_on(text, s, self._output_only(on, lower))) for s, lower, vague, on in said]
        starts = [s.start for s, *_ in said]
        # an answer put off by a verb of settling anchors no place: its object may touch an earlier question ("We will
        # agree the support model with you ...": the model's question)
        anchors = [set() if self._only_weak(lower) or vague and self.deferring.settled(lower) else on
                   for _, lower, vague, on in said]
        numbered = self.numbered.as_q(text)  # "Frage 3" as "Q     3": a question's number in the writer's language
        found = layout(numbered, starts, [on for *_, on in said], list(asked), self.plain, self.labelled, anchors,
                       self.letter_lines, self._label_of_line, self._stopped)
        at = found.topic_at | self.paragraphs.referred(text, starts, list(asked), self.plain)
        said = [(s, lower, vague, on | found.under.get(s.start, set())) for s, lower, vague, on in said]
        aside = self.paragraphs.volunteered(text, starts)
        topics = {t for t, _q in asked}
        for start in aside.intersection(at):
            del at[start]
        self._postscripts_apart(text, starts, at)
        # a question the reply dodges in paragraphs of its own (all said there vague: "We will agree the support model
        # with you during the kick-off" as the upkeep's answer) is not answered by words in another answer's place
        placed = dodged_places(text, said, at)
        said = [(s, lower, vague, (on - topics or {VOLUNTEERED}) if s.start in aside else
                 self._owned(on, at[s.start], lower, topics, s.start in found.by_number) - (placed - {at[s.start]})
                 if s.start in at else
                 self._owned_under(on, found.under.get(s.start, frozenset()), lower, topics))
                for s, lower, vague, on in said if s.start not in found.quoted and worded(numbered, s.start, s.end)
                and not run_in(text, s, self.plain)]  # "ERP connection. We will ...": the heading, not the answer
        said = self.pointers.own_rows(text, said, at)  # a question with a table row of its own is answered there
        # a sentence whose only figures are prices answers only where money does, by its words or its place
        said = [(s, lower, vague or priced(self.money, self.claims, s, on), on) for s, lower, vague, on in said]
        # each answer's place marked by the layout; where the places are guessed, only those its labels mark
        marked = {k: t for k, t in found.labels.items() if at.get(k) == t} if found.guessed else at
        said, dodged = dodged_in_place(said, marked, self._answers_any)
        return said, at, found.under, quoting(self, said, at, found.under), dodged  # quoting: what each answers

    def _output_only(self, on: set[str], lower: str) -> set[str]:
        """A sentence's topics without one whose verbs it turns on something other than the system's output (its
        `not_output`: "software updates are pushed quarterly, after you approve them") and on none of that output."""
        off = {t for t in on if t in self._not_output and self._not_output[t].search(lower)
               and not any(re.search(rf"\b{re.escape(w)}\b", lower) for w in self.acts_on.get(t, ()))}
        return on - off if off else on

    @cached_property
    def _not_output(self) -> dict[str, re.Pattern]:
        return {t.id: re.compile(rf"\b(?:{alternation(t.not_output)})\b") for t in self.rules.topics if t.not_output}

    def _measure_row_on(self, text: str, sentence, on: set[str]) -> set[str]:
        """A row of a table of measures is on the KPI's topic alone, whatever its cells' words touch ("| Alert
        acknowledgement | n/a | 95 % < 10 min | tablet log |" names a measure of alerts, no prediction nor its accuracy):
        its first cell names the measure, its header says what the figures are (reply_measure_rows.measure_line)."""
        line_start, end = text.rfind("\n", 0, sentence.start) + 1, text.find("\n", sentence.start)
        end = len(text) if end < 0 else end
        if "|" not in text[line_start:end]:
            return on  # no table row (most sentences)
        return {self.measures.topic} if measure_line(text, line_start, end) else on

    def _postscripts_apart(self, text: str, starts: list[int], at: dict[int, str]) -> None:
        """A postscript continues no answer ("A: Of course the people always stay in control." then "PS. After the
        pilot our service team maintains it ..."): its paragraph, placed under the answer before it only by following
        it, is read by its own words."""
        for i, start in enumerate(starts):
            if not i or start not in at or at.get(starts[i - 1]) != at[start] or \
                    not self.paragraphs.opens_postscript(text, start):
                continue
            last, j = at[start], i
            while j < len(starts) and at.get(starts[j]) == last and (j == i or "\n\n" not in text[starts[j - 1]:starts[j]]):
                del at[starts[j]]
                j += 1

    @cached_property
    def _naming(self) -> frozenset[str]:
        """Labels whose line names the question the lines under it answer ("Re: history", "Subject: data")."""
        return frozenset(w.lower() for w in self.rules.paragraphs.named)

    @cached_property
    def heads_lower(self) -> dict[str, tuple[str, ...]]:
        """Topic id -> its heading words, lower-case (asked of each labelled line: `_label_of_line`)."""
        return {t.id: tuple(head.lower() for head in t.heads) for t in self.rules.topics}

    @cached_property
    def numbered(self) -> Numbered:
        """A question's number headed in the writer's language ("Frage 3", "Vraag 3"), read as "Q3" (reply_languages.py)."""
        return Numbered(self.rules.numbered, self.rules.numbered_joins)

    def _stopped(self, label: str, run_in: bool = False) -> set[str]:
        """The topics a label ended by a full stop names, a heading's words whole, after its article if any ("The
        prediction. Diameter drift 20 shafts ahead ..."); a `run_in` heading's phrase: those its cue words name."""
        heads = set(self.head_topics.get(_ARTICLE.sub("", label.strip()), ()))
        return heads or (self.labelled(label) if run_in and heading_phrase(label + ".", self.plain) else set())

    def _owned(self, on: set[str], placed: str, lower: str, asked: set[str], by_number: bool = False) -> set[str]:
        """A sentence's topics where the reply's layout places it under `placed`: that one too, and not another
        asked question it touches only by a length or a direction (its cues all `passing`); where the letter's number
        places it against its words, no other asked question at all: the number wins over words ("9. Yes: the REST API
        is included ..." answers the export, not which systems receive the data)."""
        if by_number:
            return (on - asked) | {placed}
        found = self.cues_in(lower)
        passing = {t for t in on & asked if t != placed and _only(t, found, self.cue_topics, self.passing)}
        return (on - passing) | {placed}

    def _owned_under(self, on: set[str], under: frozenset[str], lower: str, asked: set[str]) -> set[str]:
        """A sentence's topics under a heading or a joint number ("On 4 and 5: ... 40 minutes before the exit"): not
        another asked question it touches only by a length or a direction."""
        if not under:
            return on
        found = self.cues_in(lower)
        return on - {t for t in on & asked if t not in under and _only(t, found, self.cue_topics, self.passing)}

    def _on_by_words(self, topic: str, found: list[str]) -> bool:
        """Whether a sentence is on a topic by a cue of its own, not only by a length ("kept for 24 months")."""
        return any(topic in self.cue_topics[cue] and cue not in self.passing for cue in found)

    def _only_weak(self, lower: str) -> bool:
        """Whether a sentence's only cues say which way ("answers in your order", "thanks to your team")."""
        found = self.cues_in(lower)
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
        if label.strip().lower() in self._naming and "\n" not in rest.strip():  # "Re: history": the rest names it
            return self.labelled(rest.strip().rstrip("."))
        topics = self.looks.trained.heading(self.labelled(label), label, rest, self.looks.roles)  # "Training: ..."
        if len(topics) != 1:
            return topics
        said = label.strip().lower()  # the label's own word said again in the rest ("Data | All data is yours") no cue
        rest_on = {t for cue in self.cues.findall(rest.lower()) if cue not in self.weak and cue != said
                   for t in self.cue_topics[cue]}
        if rest_on & topics or not rest_on:  # the rest on the label's own topic too, or on none: the label's
            return topics
        first = label.strip() + " "
        shared = {t for t in rest_on if any(head.startswith(first) for head in self.heads_lower[t])}
        return shared if len(shared) == 1 else topics

    def tied(self, sentences: list[tuple[Sentence, str, str, set[str]]], asked: set[str],
             known: frozenset[str] = frozenset(), placed: dict[int, str] | None = None,
             headed: dict[int, frozenset[str]] | None = None, answered: dict[int, frozenset[str]] | None = None
             ) -> dict[str, list]:
        """Asked topic -> the sentences that answer it, each with the kinds it names there ("name":
        a name the offer did not use, `known` lower-case): not vague, and on no other topic more
        than on this one ("Learning: the model needs your order history, ideally eighteen months"
        answers how much history, not what the model predicts), unless its place in the reply says
        which question it answers, or a heading, questions quoted back together or a joint number ("Q3 + Q4")
        above it name some of its topics: it answers each of those. `answered`: sentence start -> what the quotes read it
        answers of every topic (Quoting.answered, placed and headed alike), the same here where the topics it is on
        that are asked are all it is on of every topic (`answering` reads no more of `asked`)."""
        out: dict[str, list] = {t: [] for t in asked}
        every = frozenset(t.id for t in self.rules.topics)
        people = persons([lower for _, lower, vague, _ in sentences if not vague])
        section, before = -1, None  # a run of sentences the reply places under one question is one answer,
        for sentence, lower, vague, on in sentences:  # or under a heading line of one ("Review" over two sentences)
            where = (placed or {}).get(sentence.start)
            heads = (headed or {}).get(sentence.start, frozenset())
            group = where if where is not None else next(iter(heads)) if len(heads) == 1 else None
            section += group is not None and group != before
            before = group
            read = answered.get(sentence.start) if answered is not None and asked & on == every & on else None
            # a sentence made only of grades answers nothing either ("Stampwise 500 addresses a wide range of problems")
            vague = vague or self.general.grades.why(sentence.text)
            mine = set() if vague else read if read is not None else self.answering(sentence, lower, on, asked, where, heads)
            if not mine:
                continue
            said = _once(partial(_names_of, sentence, known))  # read once for all its topics, when first asked
            for topic in (t for t in self.rules.topics if t.id in mine):
                out[topic.id].append(Tied(sentence.text, section=section if group == topic.id else -1,
                                          read=partial(self._tied_kinds, topic, sentence, lower, people, said),
                                          least=partial(self._tied_least, topic.id, said)))
        return out

    def answering(self, sentence: Sentence, lower: str, on: set[str], asked: set[str], where: str | None = None,
                  heads: frozenset[str] = frozenset()) -> set[str]:
        """Those of `asked` a sentence on `on` answers: the one its place in the reply answers, else a heading's above it
        and the one its own words are most on, else the one its words are most on (`tied`)."""
        mine = (on & asked) - self.unlinked(sentence, lower) if self.links.topic in on else on & asked
        under = mine & heads
        # roles each named with what it does answer who uses it daily, wherever the reply places them and whatever else
        # their acts are on ("the shift leader, who confirms holds": on the holds too)
        acting = self.tasked & mine if len(mine) > 1 and self.tasked & mine and tasked(lower, self.roles(sentence)) else set()
        if where in mine:  # data held through an outage answers the outage too, under any question ("Network: ...
            # If the network is down, the edge PC keeps 30 days of data")
            # ... and the vendor's team doing the upkeep answers who keeps it running, wherever it stands ("Our
            # support in Tampere monitors remotely ..." after the history's answer)
            # (each look asked only where its topic is one the sentence answers: most are neither)
            return ({where} | ({self.resend.topic} if self.resend.topic in mine and self.resend.said(lower) else set())
                    | ({self.parties.topic} if self.parties.topic in mine
                       and self.parties.does(self.parties.topic, lower, sentence.text) else set()) | acting)
        if under:  # the heading's topics, and one the sentence's own words are most on ("Data and where it
            return under | self._most_on(lower, mine) | acting  # comes from" over "We read the meters over Modbus TCP")
        return self._most_on(lower, mine) | acting | (mine & self.parties.own(sentence.text)) if len(on) > 1 and mine else mine

    def _tied_kinds(self, topic, sentence: Sentence, lower: str, people, said) -> tuple[set[str], int]:
        """A tied sentence's kinds on `topic` ("name": a name the offer did not use) and how many things it names there:
        its signals, its new names, and what it names here beyond what the reader names ("from new meters": a source)."""
        names, named, signals = said()
        kinds = self.kinds(topic, sentence, lower, people) | ({"name"} if names else set())
        return kinds, signals + len(kinds - named - {"name"})

    def _tied_least(self, topic: str, said) -> tuple[set[str], int]:
        """What a tied sentence surely names on `topic` and how many things at least, its kinds unread: its signals' kinds
        and its new names (a part of its kinds but on the three topics whose reading may take a kind away: links,
        the measure compared with a period, accuracy), and its signals and names counted."""
        names, named, signals = said()
        sure = topic not in (self.links.topic, self.measured.topic, self.accuracy.topic)
        return (named | {"name"} if names else named) if sure else set(), signals

    def _most_on(self, lower: str, topics: set[str]) -> set[str]:
        """Those of `topics` the sentence holds most cues of; a weak cue counts only alone ("is not
        connected to your OT network" is on the network, not on a link)."""
        # a word said twice ("each warning ... a warning") counts once; the cues found in placing where no question's
        # number opens the sentence (`unmarked` gives the text itself)
        found = list(dict.fromkeys(self.cues_in(lower) if unmarked(lower) is lower else self.cues.findall(lower)))
        if all(cue in self.passing for cue in found):  # only a length or a way ("... in the last two years"): the
            carried = {t for t in topics if not any(t in self.cue_topics[cue] for cue in found)}  # topic it goes on with
            if carried:
                return carried
        strong = [cue for cue in found if cue not in self.weak] or found
        acting = [t for t in topics & self.weighs_acted if self._on_by_words(t, found)]  # "trained on ... records":
        strong = [cue for cue in strong if not any(cue in self.acts_on[t] for t in acting)] or strong  # what it acts on
        hits = Counter(t for cue in strong for t in self.cue_topics[cue])
        if self.resend.topic in topics and self.resend.said(lower):  # data held and sent later: the two verbs it joins
            hits[self.resend.topic] += 2  # ("keeps 14 days of data and sends them after" is on the outage, not a link)
        return {t for t in topics if hits[t] == max(hits.values(), default=0)}


def _once(read):
    """`read`, called once when first asked (functools.cache builds a wrapper worth more than most reads here)."""
    got = []
    return lambda: got[0] if got else got.append(read()) or got[0]


def _names_of(sentence: Sentence, known: frozenset[str]) -> tuple[list[str], set[str], int]:
    """A tied sentence's names the offer did not use ("Excel" once), the kinds its signals name, and how many things
    those two count."""
    names = new_names(sentence.text, known, {s.term.lower() for s in sentence.substance})
    named = {s.kind for s in sentence.substance if counts(s)}
    return names, named, len([s for s in sentence.substance if counts(s)]) + len(set(names))


def _only(topic: str, found: list[str], cue_topics: dict[str, set[str]], passing: frozenset[str]) -> bool:
    """Whether every cue found that puts a sentence on `topic` is a passing one (and one is found)."""
    mine = [cue for cue in found if topic in cue_topics[cue]]
    return bool(mine) and all(cue in passing for cue in mine)


def counts(signal) -> bool:
    """Whether a signal counts as named: not a short lower-case word read as a system or protocol ("api")."""
    return not (signal.kind in _ACRONYMS and len(signal.term) <= 4 and signal.term.islower())
