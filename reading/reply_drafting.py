"""Answers drafted from a vendor's reply as from a proposal: its vague sentences left out, quotes cited
as the reply wrote them, every link given its owner in the reply's own words, and a change to an
answer the buyer typed or reviewed only proposed, side by side (reading/reply.py reads the reply
against the questions asked)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.answer_edits import merge_draft
from questions.models import Answer, Document, Evaluation, QuestionBank, RoundQuestion

from .memo import Bounded
from .draft_pass import Pass
from .draft import drafter_for
from .phrases import normalise, tokens
from .reply import ReplyReader
from .reply_built import known_names
from .reply_answers import read_asked, specific_where_tied
from .reply_links import forget as links_forget, with_links
from .reply_owners import areas_reader, each_agent, verb_named, with_owners
from .reply_owners import forget as areas_forget
from .reply_cadence import told_whole
from .reply_cells import as_read_row
from .reply_combine import Proposed, by_round, combine, proposed
from .reply_scoped import scoped_change, scoped_in, without_scoped
from .reply_named import beside_a_system, forget as named_forget, system_names, system_read, without_areas
from .reply_alone import with_own_answers, with_own_quotes
from .reply_held import held_claims, own_told, put_off_parts
from .reply_kpi import kpi_lines, reference_told, with_own_measure
from .reply_on_topic import on_topic
from .reply_denied import Denials, without_denied
from .reply_letterhead import Letterhead
from .reply_measure_rows import measure_rows, stated
from .reply_rows import header_rows, in_rows, row_line, row_of
from .reply_words import unlettered
from .reply_wrapped import as_read, one_line
from .text import Reading
from .text_reuse import alone, read_reusing

def for_drafting(document: Document, reader: ReplyReader, questions: list[RoundQuestion] = (), tables=None
                 ) -> tuple[Document, dict[str, str], dict[str, str]]:
    """A reply as the drafter reads it: its vague sentences left out (a vague sentence never drafts
    an answer, let alone a specific one), one sentence a line, numbers in words as digits (the
    drafter reads "under 15 hours", not "under fifteen hours"), a bound as "within" (`ReplyReader.as_drafted`);
    and each sentence as read -> as received, so every quote drafted is cited in the document as received; and
    a sentence -> its line where that is `as_drafted` of its text on no topic (no table row, not on the measure's).
    A row of a table `tables` (drafting's TableRules) reads is one line under its headers, as a proposal's
    (reply_rows.py), its header no line."""
    lines, kept, plain = _kept(reader, document.text, tuple((q.topic, q.text) for q in questions), tables)
    return document.model_copy(update={"text": lines}), dict(kept), dict(plain)


@lru_cache(maxsize=8)  # a reply read again (warm) is not turned into lines again
def _kept(reader: ReplyReader, text: str, asked: tuple[tuple[str, str], ...], tables=None) -> tuple[str, tuple, tuple]:
    read = as_read(text, reader.titled, reader.chat)  # a wrapped cell as one line: the row as the reader read it
    head = _letterhead(tuple(reader.rules.paragraphs.contact))  # "Ph: +91 ... | sales@... | CIN: ...": no evidence
    said = [(s, on) for s, _, vague, on in reader.placed_asked(text, asked) if not vague and not head.holds(s.text)]
    measures = _measure_rows(reader, said)  # a table of measures' rows: the KPI as drafting reads one
    rows, done = header_rows(read, text, tables), set()
    cells = []
    for s, on in said:
        row = row_of(rows, read, s.start) or row_line(tables, s)
        if row is None:
            cells.append((s.text, measures.get(s.text)
                          or told_whole(reader.unmeasured, s, _cells(as_read_row(reader.pointers, s, text, read))), on))
        elif row[1] and row[0] not in done:  # a row's first sentence: the whole row, read as is; its header: none
            done.add(row[0])
            cells.append((s.text, row[1], _ROW))
    # a line's answer letter ("A: ", "a) ") left off: drafting would read it as the article
    lines = [(said, row if on is _ROW else unlettered(reader.as_drafted(row, on)), on, row == said)
             for said, row, on in cells]
    kept = {line: said for said, line, *_ in lines}
    # as drafted on no topic where neither a table row nor the measure's topic changes it: selling asks for that line
    plain = {said: line for said, line, on, no_row in lines if reader.measures.topic not in on and no_row}
    return "\n".join(kept), tuple(kept.items()), tuple(plain.items())


@lru_cache(maxsize=4)
def _letterhead(labels: tuple[str, ...]) -> Letterhead:
    return Letterhead(list(labels))


def _measure_rows(reader: ReplyReader, said: list) -> dict[str, str]:
    """Each row of a table of measures on the KPI's topic -> the sentence drafting reads its KPI in (reply_measure_rows.py)."""
    rules = reader.measures
    found = measure_rows([s.text for s, _ in said]) if any("|" in s.text for s, _ in said) else {}
    return {s.text: stated(found[s.text], rules.baseline, rules.target_word)
            for s, on in said if s.text in found and rules.topic in on}


def _cells(text: str) -> str:
    """A plain-text table's row as a labelled sentence: "KPI      | Yield 9.7 kg | monthly" is read as
    "KPI: Yield 9.7 kg; monthly", the first column a label as in "KPI: ..." (a bar mid-sentence reads nothing)."""
    text = one_line(text)  # a row wrapped onto lines of its own (reply_wrapped.py) is one row
    if "|" not in text:
        return text  # no bar (most sentences): one cell, the text itself
    cells = [c.strip() for c in _BAR.split(text.strip().strip("|")) if c.strip()]
    if len(cells) == 1 and text.lstrip().startswith("|"):
        return cells[0]  # a row's cell after one split off as a sentence of its own ("Which KPI? | 31 h in 2025 ...")
    return text if len(cells) < 2 else f"{cells[0]}: {'; '.join(cells[1:])}"


_BAR = re.compile(r"\s*\|\s*")
_ROW = frozenset({"~row"})  # a table row's topics for `_kept`: read as written, no topic's reading


def _as_received(drafted: Evaluation, received: dict[str, str]) -> Evaluation:
    """Quotes (and a text answer that is one, or made of several) put back as the reply wrote them."""
    def back(answer: Answer) -> Answer:
        quotes = list(dict.fromkeys(received.get(q, q) for q in answer.quotes))  # two readings of one sentence: one quote
        several = len(answer.quotes) > 1 and answer.text == " ".join(answer.quotes)  # a table's rows as written too
        return answer.model_copy(update={"quotes": quotes, "text": " ".join(quotes) if several else
                                         received.get(answer.text, answer.text)})
    return drafted.model_copy(update={"answers": [back(a) for a in drafted.answers]})


def draft_with_reply(evaluation: Evaluation, bank: QuestionBank, reader: ReplyReader
                     ) -> tuple[Evaluation, list[Proposed], Reading]:
    """The evaluation (whose documents include the reply) drafted again from every document, merged
    so what the buyer typed or reviewed stays as it is; what the replies add to those is `proposed`
    (reply_combine.py). The labels stay the buyer's: a reply answers
    questions, it does not re-sell. And the offer's text as drafting read it (its documents but the replies,
    a blank line apart), for scoring to read no more."""
    drafted, offer, theirs, offered = _drafted_apart(evaluation, bank, reader)
    merged = merge_draft(evaluation, drafted, bank)
    merged = merged.model_copy(update={"documents": evaluation.documents, "labels": evaluation.labels})
    asked = {q.topic for q in evaluation.rounds[-1].questions} if evaluation.rounds else set()
    on_asked = {qid for qid, topic in reader.rules.topic_of.items() if topic in asked}
    drafter = drafter_for(bank)
    names, linking = system_names(drafter), bank.key_questions.integrations
    changes = proposed(merged, theirs, bank, on_asked | own_told(reader, theirs), names, offered)
    return merged, scoped_change(merged, changes, linking, scoped_in(evaluation.documents, reader, drafter), names), offer


def draft_documents(evaluation: Evaluation, bank: QuestionBank, reader: ReplyReader) -> tuple[Evaluation, Reading]:
    """Answers drafted from the offer and, apart, from the replies (as `for_drafting` reads them), then
    combined; and the offer's reading. Apart, because the drafter reads a text that mostly sells as a brochure
    whose every answer is only a claim: a specific reply must not be diluted by the brochure it answers."""
    drafted, reading, _, _ = _drafted_apart(evaluation, bank, reader)
    return drafted, reading


def replies_answers(evaluation: Evaluation, bank: QuestionBank, reader: ReplyReader) -> dict[str, Answer]:
    """The replies' own answers by question, before the offer's are laid on them (a draft rejected after a reply
    leaves the reply's own answer: scoring/round_rejects.py)."""
    return _drafted_apart(evaluation, bank, reader)[2]


def _drafted_apart(evaluation: Evaluation, bank: QuestionBank, reader: ReplyReader
                   ) -> tuple[Evaluation, Reading, dict[str, Answer], dict[str, Answer]]:
    """`draft_documents`, the replies' own answers by question (none without a reply), and the offer's own."""
    drafter = drafter_for(bank)
    offer = [d for d in evaluation.documents if d.kind != "reply"]
    drafted, seen = drafter.drafted_pass(offer, evaluation.proposal, evaluation.vendor)
    kinds = {q.id: q.kind for q in bank.questions().values()}
    names = system_names(drafter)  # a system named again in a reply is the link the offer drafted ("Maximo")
    theirs: dict[str, Answer] = {}
    for replies, questions in by_round(evaluation):  # each reply read against the round it answered, a later one leading
        read = [for_drafting(d, reader, questions, drafter.rules.tables) for d in replies]
        alone = evaluation.model_copy(update={"documents": [*offer, *replies]})
        for a in _from_replies(alone, read, questions, offer, reader, drafter).answers:
            theirs[a.question] = combine(theirs.get(a.question), a, kinds[a.question], names)
    mine = {a.question: a for a in drafted.answers}
    if not theirs and not any(d.kind == "reply" for d in evaluation.documents):
        return drafted, seen.reading, {}, mine
    combined = {q: combine(mine.get(q), theirs.get(q), kinds[q], names) for q in kinds if q in mine or q in theirs}
    # a link the reply takes out of the offer ("SAP S/4HANA is not part of phase 1") is none the offer drafted
    scoped, linking = scoped_in(evaluation.documents, reader, drafter), bank.key_questions.integrations
    drafted = without_scoped(drafted.model_copy(update={"answers": list(combined.values())}), linking, scoped, names)
    return drafted, seen.reading, theirs, mine


def _from_replies(evaluation: Evaluation, read: list, questions: list, offer: list, reader: ReplyReader,
                  drafter) -> Evaluation:
    """The answers the replies give: drafted from them as received, kept to the topics their sentences
    are on, made specific where tied to a question, read as asked, and their links given owners."""
    lines = [d for d, *_ in read]
    answered, seen = drafter.drafted_pass(lines, evaluation.proposal, evaluation.vendor,
                                          _lines_read(reader, drafter, evaluation.documents, lines))
    asking = tuple((q.topic, q.text) for q in questions)  # the KPI as drafting reads its own lines (reply_kpi.py)
    replies = [d for d in evaluation.documents if d.kind == "reply"]
    answered = with_own_measure(answered, drafter, kpi_lines(reader, replies, read, asking), evaluation.proposal,
                                evaluation.vendor, lambda text: reference_told(reader, reader.measures.topic, text.lower()))
    # each line's words, finds and hits as drafting read them: selling and links ask again
    answered = _as_received(answered, {k: v for _, received, _ in read for k, v in received.items()})
    lines = {k: v for *_, plain in read for k, v in plain.items()}
    asked = {q.topic for q in questions}
    said, placed, headed, barred, dodged, parts = [], {}, {}, {}, set(), {}
    for document in replies:
        sentences, at = reader.placed(document.text, questions)
        said += sentences
        parts.update(put_off_parts(sentences, document.text, reader.deferring))  # facts beside "to be confirmed"
        placed.update(at)
        dodged |= reader.dodged(document.text, questions)
        headed.update(reader.headed(document.text, questions))
        barred.update(reader.pointers.barred(as_read(document.text, reader.titled, reader.chat), sentences, at))  # a table's rows
    drafted = {a.question for a in answered.answers}
    texts = {q.id for q in drafter.bank.questions().values() if q.kind == "text"}
    put_off = _put_off(reader, said, placed) & asked
    # a put-off topic is answered only in its own place or by a sentence placed nowhere most on it: the KPI's "rate" is
    # no protocol
    most = {s.text: reader._most_on(lower, on) & put_off if on & put_off else set() for s, lower, _, on in said}
    answered = on_topic(answered, said, reader.rules.topic_of, asked, placed, barred, texts, dodged, put_off, most)
    dropped = drafted - {a.question for a in answered.answers}  # answers that rested on other questions' sentences
    dropped -= {q for q, topic in reader.rules.topic_of.items() if topic in dodged | put_off}  # none drafted again there
    # one reply: the quotes read what each answers
    each = reader.quoted(replies[0].text, questions).answered if len(replies) == 1 else None
    tied = reader.tied(said, asked, known_names([d.text for d in offer]), placed, headed, each)
    by_text = {sentence.text: sentence for sentence, *_ in said}
    # "customers typically see 25% less"; a sentence is asked of for several topics and links: judged once
    judged: dict[str, bool] = {}  # by text within this read: a text is one sentence here, its memo key hashed once
    sells = lambda text: judged[text] if text in judged else judged.setdefault(
        text, _judged(by_text[text], reader, drafter, seen, lines))
    answered = with_own_answers(answered, dropped, drafter, said, asked, reader.rules.topic_of, read,
                                evaluation.proposal, evaluation.vendor, sells)
    answered = with_own_quotes(answered, tied, reader.rules.topic_of, read, sells,
                               lambda line: drafter.options_cued(*seen.scanned.get(line, (_words(line, seen), None))))
    answered = held_claims(specific_where_tied(answered, tied, reader.rules.topic_of, reader.rules.topics), parts)
    answered = read_asked(answered, tied, reader.rules.topics, {spec.question: spec for spec in drafter.rules.lengths},
                          reader.spelled.digits, sells, lambda text: _words(text, seen))
    linking = drafter.bank.key_questions.integrations
    # a link table's rows drafted their links cell by cell: their words are no prose of a link or its owner
    tabled = in_rows([(as_read(d.text, reader.titled, reader.chat), d.text) for d in replies], drafter.rules.tables, said)
    said = [one for one in said if one[0].text not in tabled]
    # ... nor a link only said possible and put off ("potrà essere valutato ... in una fase successiva": walk74)
    later = {s.text for s, lower, vague, _ in said if vague and reader.deferring and reader.deferring.search(lower)}
    links = [s for s in tied.get(reader.rules.topic_of.get(linking, ""), [])
             if not sells(s.text) and s.text not in tabled and s.text not in later]
    formats = reader.also.get(reader.rules.topic_of.get(linking, ""), {}).get("protocol")
    unteamed = reader.links.unteamed  # "SAP" in "Herr Vogel from the SAP team" links nothing
    # the plant's own systems by what they are for ("your stock system (Timbersoft)") or the name the reply gave them
    named = reader.links.own_names([sentence.text for sentence, *_ in said], drafter.rules.tables.area_of,
                                   frozenset(s.term.lower() for sentence, *_ in said for s in sentence.substance
                                             if s.kind == "system"), " ".join(d.text for d in offer))
    own = lambda text: reader.links.own_areas(text, drafter.rules.tables.area_of, named)
    answered = with_links(answered, linking, links, areas_reader(drafter, linking, seen, unteamed), drafter,
                         formats, own, tuple(reader.rules.links.history))
    answered = without_areas(answered, linking, beside_a_system([s.text for s, _, vague, _ in said if not vague],
                                                                system_read(drafter), drafter.rules.tables.suites,
                                                                reader.rules.links.moves))
    # the roles a sentence names, and the teams it makes owners of links, each clause's own ("The XML link is owned by
    # your MES team; the CSV link belongs to your IT department")
    roles = _each_once(reader.roles)  # asked by each owner's look below, and the look again for a sentence
    roles_of = _each_once(lambda sentence: list(dict.fromkeys([*roles(sentence), *reader.links.owners_named(
        sentence.text, sentence.text.lower(), sentence.substance)])))
    answered = without_denied(answered, [s.text for s, *_ in said], Denials(reader.rules.denials),  # "No ... pressure sensors are included"
                              lambda text: drafter.options_cued(tokens(normalise(text))))
    return with_owners(answered, linking, said, reader.rules.topic_of, drafter, roles_of, seen,
                       lambda sentence, lower: reader.links.owns_other(lower, sentence.substance),
                       lambda sentence: reader.links.owner_named(sentence.text, sentence.text.lower(), sentence.substance),
                       lambda sentence, lower, named: verb_named(reader.links, sentence, lower, named, roles(sentence)),
                       lambda sentence, lower: each_agent(reader.links, sentence, lower, roles(sentence)), unteamed,
                       own, evaluation.answer(linking))


def _put_off(reader: ReplyReader, said: list, placed: dict[int, str]) -> set[str]:
    """The topics deferring sentences name by their own words ("PS: Protocols, alarm times ..., we can discuss in the
    meeting"), but the one a sentence's place gives (a deferral in its question's own place is dodged there)."""
    return {t for sentence, lower, vague, _ in said if vague and reader.deferring and reader.deferring.search(lower)
            for cue in reader.cues_in(lower) for t in reader.cue_topics[cue] if t != placed.get(sentence.start)}


def _each_once(read):
    """`read(sentence)` once per sentence of a reply, a new list each time (kept with it: no other takes its id)."""
    kept: dict[int, tuple] = {}
    def once(sentence) -> list:
        got = kept.get(id(sentence))
        if got is None or got[0] is not sentence:
            got = kept[id(sentence)] = (sentence, read(sentence))
        return list(got[1])
    return once


def _lines_read(reader: ReplyReader, drafter, documents: list[Document], lines: list[Document]) -> Reading | None:
    """The reading of a reply's lines (`for_drafting`), each line that is a sentence of the reply read as it was there
    (text_reuse.py): the same reading, most of it not made twice. None but for one reply."""
    replies = [d for d in documents if d.kind == "reply"]
    if len(lines) != 1 or len(replies) != 1 or not lines[0].text.strip() or reader.reader is not drafter.reader:
        return None
    text = as_read(replies[0].text, reader.titled, reader.chat)  # the text the reply's sentences were read in (ReplyReader._sentences)
    return read_reusing(drafter.reader, lines[0].text, alone(drafter.reader, text, reader.read_as(text)))


def _as_key(sentence) -> tuple:  # all of a sentence `_sells` reads: said again, judged once, in any reply
    return sentence.text, sentence.kind, tuple(sentence.buzzwords), tuple(sentence.labels), tuple(sentence.substance)


_sold: Bounded[bool] = Bounded(4096)  # sentences judged remembered at most: one memo serves every session


def _judged(sentence, reader: ReplyReader, drafter, seen: Pass, lines: dict[str, str]) -> bool:
    return _sold.get((reader, drafter, *_as_key(sentence)), lambda: _sells(sentence, reader, drafter, seen, lines))


def forget() -> None:
    """Empty the memos of what texts drafted (with ReplyReader.forget: a reply pasted the first time)."""
    _kept.cache_clear()
    header_rows.cache_clear()
    _sold.clear()
    areas_forget()
    links_forget()
    named_forget()


def _sells(sentence, reader: ReplyReader, drafter, seen: Pass | None = None, lines: dict[str, str] | None = None) -> bool:
    """Whether a reply sentence sells more than it says, as drafting reads it ("customers typically see 25% less"):
    clause by clause where it joins statements ("the edge box stores 30 days of readings, and the controller keeps
    running - our optimisation just stops"), so a clause that sells does not take the facts of the others with it.
    A sentence sells when each of its clauses that names something concrete sells, or speaks on of what the clause
    before sells ("... hybrid modelling, and it connects to all major control systems ..."). `lines`: a sentence's
    text -> `as_drafted` of it, where drafting's lines hold that (for_drafting)."""
    lines = lines or {}
    marketing = lambda s: _marketing(s, lines[s.text] if s.text in lines else reader.as_drafted(s.text), drafter, seen)
    if not marketing(sentence):
        return False
    clauses = [c for c in _CLAUSES.split(sentence.text) if c.strip()]
    read = [reader.reader.read(c).sentences for c in clauses] if len(clauses) > 1 else []
    if not read or any(len(one) != 1 for one in read):
        return True
    sold = [marketing(one[0]) for one in read]
    said = [i for i, one in enumerate(read) if one[0].substance]
    return not said or all(sold[i] or (i and sold[i - 1] and _POINTS_BACK.match(clauses[i])) for i in said)


def _words(text: str, seen: Pass) -> list[str]:  # a sentence's words: drafting's, where it read the same line
    found = seen.scanned.get(text)
    return found[0] if found is not None else tokens(normalise(text))


def _marketing(sentence, text: str, drafter, seen: Pass | None) -> bool:
    """Whether a sentence, read as `text`, sells, as drafting reads it: with its hits or finds where drafting read
    the same line (`seen`), else found again."""
    if seen is not None and text in seen.hits:
        return drafter.is_marketing(sentence, [], hits=seen.hits[text])
    words, found = seen.scanned.get(text) if seen is not None and text in seen.scanned else (tokens(normalise(text)), None)
    return drafter.is_marketing(sentence, words, found)


_CLAUSES = re.compile(r",\s+and\s+|;\s+|\s+[-\u2013\u2014]\s+")  # ", and ", "; ", " - ": statements joined
_POINTS_BACK = re.compile(r"\W*(?:it|they|this|these|that|those|which)\b", re.I)  # the clause before's subject
