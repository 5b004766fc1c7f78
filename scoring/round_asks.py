"""The next round's questions as the letter asks them (scoring/rounds.py makes the round): what each asks, without a
part the offer states or, asked again after a reply that answered it, only what is still missing; and the offer's sentences
quoted under it, each from a question its open sources read and under the question whose topic it is on."""
from __future__ import annotations

from proposals.tables import row_cells
from questions.loader import load_round_rules
from questions.models import Evaluation
from reading.documents import Citations

from .round_quotes import answering, bears, offer_sentences

MAX_PROPOSAL_QUOTES = 2
MIN_QUOTE_WORDS = 5
TERM = "term:"  # a contract term's flag (scoring/contract_terms.py): asked in its own words alone
INCOMPLETE = "incomplete:"  # a source of links named without their method or owner (scoring/round_links.py)  # a shorter line without an end mark is a heading or a label, no statement to answer


def proposal_quotes(evaluation: Evaluation, questions: list[str], links: str) -> list[str]:
    """What the vendor's offer already said on the topic, quoted back so the vendor can be specific (all of it: the
    letter keeps MAX_PROPOSAL_QUOTES once each sentence stands under its own question, `quoted_once`)."""
    offer = [d for d in evaluation.documents if d.kind not in ("reply", "sales_email")]  # the e-mail is no offer
    cite = Citations(offer).cite if offer else None
    quotes = [q for qid in questions for q in (evaluation.answer(qid).quotes if evaluation.answer(qid) else [])]
    return [q for q in dict.fromkeys(quotes) if cite and cite(q) and _says_something(q, links in questions)]


def _says_something(quote: str, asks_links: bool) -> bool:
    """A quote the vendor can answer to: a statement, not a heading ("Wartung und Support"), and a row of a table of
    links ("System: MES; Interface: OPC UA; Owner: ...") only under the question on links, not on upkeep or data."""
    if len(quote.split()) < MIN_QUOTE_WORDS and quote.rstrip()[-1:] not in ".!?":
        return False
    return asks_links or not (row_cells(quote) or quote.count(" | ") >= 2)  # a row in cells or between bars


def read_by(sources: list, topic) -> list[str]:
    """The topic's questions its open sources read (a gap's rule, a flag's condition, an unanswered one), in the
    topic's order: a sentence quoted from another (an edge PC's CPU under "what happens when the network is down",
    drafted as industrial hardware) is on no part the letter asks."""
    read = {q for source in sources for q in source.reads}
    return [q for q in topic.questions if q in read] or topic.questions


def quoted_once(quotes: dict[str, list[str]], evaluation: Evaluation, reader, topics=()) -> dict[str, list[str]]:
    """Topic -> its quotes, a sentence quoted under several topics kept only under those the reply reader puts it on
    ("Digital twin of your inspection process" under the twin's question, not the data's); under all where it puts it
    on none of them. A topic the letter does not ask whose drafted answers quote the sentence counts among them
    (`topics`: every topic): "Shift managers see a line-by-line view; the engineering manager sees trends" is who
    uses it, quoted under the analysis' question only because the users' one is answered."""
    quotes = bearing(quotes, evaluation, reader, topics)
    under = {}
    for topic, said in quotes.items():
        for quote in said:
            under.setdefault(quote, []).append(topic)
    for topic in topics:
        for quote in _quoted_by(evaluation, topic) & under.keys():
            under[quote] += [] if topic.id in under[quote] else [topic.id]
    shared = {q for q, topics in under.items() if len(topics) > 1}
    if not shared:
        return quotes
    placed = {s.text: on for d in evaluation.documents if d.kind != "reply" for s, _, _, on in reader.sentences(d.text)}
    off = {q: {t for t in under[q] if t not in placed.get(q, ())} for q in shared
           if any(t in placed.get(q, ()) for t in under[q])}
    return {topic: [q for q in said if topic not in off.get(q, ())] for topic, said in quotes.items()}


def bearing(quotes: dict[str, list[str]], evaluation: Evaluation, reader, topics=()) -> dict[str, list[str]]:
    """Topic -> its quotes that bear on it (scoring/round_quotes.py), after the offer's own sentences that answer it
    where the offer answers its question (`stated`): "The Edge Gateway reads the press PLC over OPC UA every second:
    stroke counter, press running/stopped state ..." under a question asked only for the condition data a label needs."""
    by_id = {t.id: t for t in topics or load_round_rules().topics}
    offer = offer_sentences(evaluation, reader)
    kept = {}
    for topic_id, said in quotes.items():
        topic = by_id.get(topic_id)
        if topic is None:
            kept[topic_id] = said
            continue
        first = answering(reader, topic, offer) if stated(evaluation, topic) else []
        kept[topic_id] = list(dict.fromkeys([*first, *(q for q in said if bears(topic, offer.get(q)))]))
    return kept


def stated(evaluation: Evaluation, topic) -> bool:
    """Whether the offer answers the topic's question specifically: each of its essential questions (each question,
    where it has none, but those its `ask` does not name: `own_words`) described specifically. A label's gap may still
    hold it open for a kind the answer lacks."""
    answers = [evaluation.answer(q) for q in topic.essential or [q for q in topic.questions if q not in topic.own_words]]
    return all(a is not None and a.evidence == "specific" and a.has_content for a in answers)


def _quoted_by(evaluation: Evaluation, topic) -> set[str]:
    return {q for qid in topic.questions if (answer := evaluation.answer(qid)) for q in answer.quotes}


def read_options(evaluation: Evaluation, topic, given: list[str]) -> dict[str, str]:
    """Kind -> the offer's sentence, for each kind of `topic.given` with `options` the drafted answer to a question of
    the topic suggests from the offer ("retraining performed by VisionaryAI engineers": who keeps it running) or from
    an earlier reply (walk69: "solo abre conexiones salientes" in reply 1, round 2 asked "inbound or outbound" again)."""
    offer = [d for d in evaluation.documents if d.kind not in ("reply", "sales_email")]  # the e-mail is no offer
    cite = Citations(evaluation.documents).cite if offer else None
    read = {}
    for kind, part in topic.given.items():
        answers = [a for qid in topic.questions if (a := evaluation.answer(qid)) and a.drafted]
        quotes = [q for a in answers if set(part.options) & {*a.suggested, *a.choices} for q in a.quotes
                  if cite and cite(q)]
        if part.options and kind not in given and quotes:
            read[kind] = quotes[0]
    return read


def spoke_to(evaluation: Evaluation) -> set[str]:
    """The topics the last reply answered, wholly or partly, and those whose question the offer answers specifically
    (`stated`): asked again, or asked at all, they ask only what is still missing ("Which condition data ...?", not
    "Which machine data will the system capture" of an offer that lists it)."""
    last = next((r for r in reversed(evaluation.rounds) if r.replied), None)
    replied = {q.topic for q in last.questions if q.status in ("answered", "partly")} if last else set()
    return replied | {t.id for t in load_round_rules().topics if stated(evaluation, t)}


def question_text(topic, sources: list, given: list[str] = (), again: bool = False) -> str:
    """The topic's question, without a part the offer states (`given`), saying how many a label's gap counts where
    that is more than one ("Name at least 2."): a reply naming one system answers "which systems" but leaves a label
    that needs two open. A part stated only with others (`with_kinds`) asks without them all, asked again or not. Asked
    `again` after a reply that answered it, or of an offer that answers it (`spoke_to`), the question of the gap or flag
    still open, what it lacks ("Which condition data ...?"), not the whole question the vendor answered. A question the buyer added that the topic's does not name is asked after
    it in its own words ("Which reference customer or pilot shows a measured result?"), and alone once the reply
    answered the topic's."""
    count = max((s.count for s in sources), default=0)
    own = list(dict.fromkeys(s.own for s in sources if s.own))  # the questions the buyer added, in their own words
    if again and all(s.own for s in sources) or all(s.id.startswith(TERM) for s in sources):
        return " ".join(own)  # the reply answered the topic's question, or only a contract term is open: only those
    both = [topic.given[kind].and_given[other] for kind in given for other in given
            if other in topic.given[kind].and_given]
    if again and all(s.id.startswith(INCOMPLETE) and s.follow_up for s in sources):
        ask = " ".join(s.follow_up for s in sources)  # only what each link lacks, which asks nothing the offer states
    elif given:  # what the offer states is never asked, whatever else is; of two stated, the ask without both
        ask = both[0] if both else topic.given[max(given, key=lambda k: len(topic.given[k].with_kinds))].ask
    elif again and all(s.follow_up for s in sources):  # the first: a label's gap, before a flag that asks the same;
        # and each question the buyer added ("How will the result be measured?" where the offer gives baseline and
        # target), and each link still incomplete ("For the connection to Production / MES, who owns it ...?")
        ask = " ".join(dict.fromkeys([sources[0].follow_up, *(s.follow_up for s in sources[1:] if s.id.startswith(
            INCOMPLETE) or s.id.startswith("question:") and not s.own)]))
    else:
        ask = topic.ask
    ask = f"{ask} {topic.counted.format(count=count)}" if count > 1 and topic.counted else ask
    return " ".join(dict.fromkeys([ask, *own]))


def still_asked(sources: list, evaluation: Evaluation) -> list:
    """`sources` without the links the last reply itself described on a topic it answered and closed (a CSV export named
    with its way, whose owner the reply's words do not give as a link's): a question closed in a round is not asked
    again for what its own answer left out; a source that was open before the reply (an answer the buyer rejected)
    still is."""
    last = next((r for r in reversed(evaluation.rounds) if r.replied), None)
    if last is None:
        return sources
    closed = {q.topic for q in last.questions if q.closed}
    before = {s for q in last.questions for s in q.sources}
    return [s for s in sources if not (s.topic in closed and s.id.startswith("incomplete:") and s.id not in before)]
