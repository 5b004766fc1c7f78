"""A reply's answer to a question we asked, read from the sentences tied to it where drafting read
nothing in them. The vendor answers the question asked, often in words no drafting list holds ("It
detects base load outside production hours ... within fifteen minutes of the pattern starting"):
tied to the question and naming what it asked for (a number, a role ...), such a sentence answers it
as its topic's `reads` say (questions/rounds.yaml). A sentence that names none of it answers nothing,
however it is worded; a vague one is never read here at all.
"""
from __future__ import annotations

from questions.bank_models import Topic, TopicRead
from questions.models import Answer, Evaluation

from .phrases import normalise, tokens
from .quantities import convert

MAX_QUOTES = 3
NAMING = frozenset({"system", "protocol", "number", "frequency", "result", "role", "name"})  # a data type alone names no source


def read_asked(drafted: Evaluation, tied: dict[str, list[tuple[str, set[str]]]], topics: list[Topic],
               lengths: dict, digits) -> Evaluation:
    """`drafted` with an answer for each asked topic's `reads` that drafting left empty. `tied`:
    topic -> its reply sentences that are not vague, each with the kinds of substance it names;
    `lengths`: question -> drafting's length rule; `digits`: numbers in words as digits."""
    answers = {a.question: a for a in drafted.answers}
    for topic in topics:
        for read in topic.reads if tied.get(topic.id) else []:
            if answers.get(read.question) is not None and answers[read.question].has_content:
                continue
            quotes = [text for text, kinds in tied[topic.id] if kinds.intersection(read.names)]
            answer = _answer(read, quotes, lengths.get(read.question), digits) if quotes else None
            if answer is not None:
                answers[read.question] = answer
    order = [a.question for a in drafted.answers]
    added = [q for q in answers if q not in order]
    return drafted.model_copy(update={"answers": [answers[q] for q in [*order, *added]]})


def specific_where_tied(drafted: Evaluation, tied: dict[str, list[tuple[str, set[str]]]],
                        topic_of: dict[str, str]) -> Evaluation:
    """Answers drafted from a sentence that answers their own asked question and names something
    (a system, a number, a role, a name the offer did not give ...) are described specifically,
    though the sentence names it in words the reader's lists do not hold ("stroke count and die ID
    come from the Pilz controller"). A vague sentence is never among them."""
    naming = {topic: {text for text, kinds in said if kinds & NAMING} for topic, said in tied.items()}
    def raised(answer: Answer) -> Answer:
        mine = naming.get(topic_of.get(answer.question, ""), set())
        if answer.evidence != "vendor_claim" or not answer.has_content or not mine.intersection(answer.quotes):
            return answer
        return answer.model_copy(update={"evidence": "specific"})
    return drafted.model_copy(update={"answers": [raised(a) for a in drafted.answers]})


def _answer(read: TopicRead, quotes: list[str], length, digits) -> Answer | None:
    if read.length:
        options = [(days, option, quote) for quote in quotes for days, option in _lengths(digits(quote), length)]
        if not options:
            return None
        _days, option, quote = max(options)  # the longest length said: "8 weeks of data, plus 12 months of invoices"
        return _drafted(read.question, quotes, choices=[option], first=quote)
    if read.option:
        return _drafted(read.question, quotes, choices=[read.option])
    return _drafted(read.question, quotes, text=" ".join(quotes[:MAX_QUOTES]))


def _drafted(question: str, quotes: list[str], choices: list[str] = (), text: str = "", first: str = "") -> Answer:
    ordered = list(dict.fromkeys([first, *quotes] if first else quotes))[:MAX_QUOTES]
    return Answer(question=question, evidence="specific", choices=list(choices), text=text, quotes=ordered, drafted=True)


def _lengths(text: str, spec) -> list[tuple[float, str]]:
    """(days, option) for each "<number> <unit of time>" the sentence says, by drafting's length rule."""
    if spec is None:
        return []
    words = tokens(normalise(text))
    found = []
    for at in range(len(words) - 1):
        option = spec.option(words, at, 1)
        if option:
            found.append((_days(words[at], words[at + 1]), option))
    return found


def _days(number: str, unit: str) -> float:
    try:
        return convert(float(number.replace(",", "")), unit, "day") or 0.0
    except ValueError:
        return 0.0
