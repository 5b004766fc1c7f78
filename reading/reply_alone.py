"""An asked question the reply answers in sentences of their own, read by drafting on those sentences alone where
drafting the whole reply answered it only from another question's sentences. Drafting reads a reply's lines as one
text and may take another answer's sentence for a question ("Today about 1.9 % of your loaves are rejected at the checkweigher and the colour
camera ..." for how the data is sent); that answer rests on a sentence on another question and is dropped
(reply_drafting._on_topic), and the reply's own answer ("The PLC is read via OPC UA every 2 sec, ...") is never read for
it. Read alone, as drafting would read a text of only those sentences, it is."""
from __future__ import annotations

from questions.models import Document, Evaluation

from .reply_answers import MAX_QUOTES


def with_own_answers(answered: Evaluation, dropped: set[str], drafter, said: list, asked: set[str],
                     topic_of: dict[str, str], read: list, proposal: str, vendor: str, sells) -> Evaluation:
    """`answered` with each asked question whose drafted answer was `dropped` (it rested only on sentences on other
    asked questions: reply_drafting._on_topic) drafted from the lines (`read`: for_drafting's) of the
    reply's sentences on its topic (`said`: the reader's (sentence, lower, vague, topics)) alone, none vague and none
    that sells more than it says as drafting reads it (`sells`: "- 99.9% uptime and automatic failover"), quoted as the
    reply wrote them."""
    if not dropped:
        return answered  # most replies: no answer rested only on another question's sentences
    have = {a.question for a in answered.answers}
    received = {line: said for _, kept, _ in read for line, said in kept.items()}
    added = []
    for topic in sorted(asked):
        missing = [q for q, t in topic_of.items() if t == topic and q in dropped and q not in have]
        texts = {s.text for s, _, vague, on in said if not vague and topic in on and not sells(s.text)} if missing else set()
        lines = [line for line, said in received.items() if said in texts]
        if not missing or not lines:
            continue
        alone, _ = drafter.drafted_pass([Document(name=topic, kind="reply", text="\n".join(lines))], proposal, vendor,
                                        wanted=frozenset(missing))  # only the answers taken below are made
        for answer in (a for a in alone.answers if a.question in missing):
            quotes = list(dict.fromkeys(received.get(q, q) for q in answer.quotes))
            added.append(answer.model_copy(update={"quotes": quotes, "text": received.get(answer.text, answer.text)}))
            have.add(answer.question)
    return answered.model_copy(update={"answers": [*answered.answers, *added]}) if added else answered


def with_own_quotes(answered: Evaluation, tied: dict[str, list], topic_of: dict[str, str], read: list, sells,
                    cued) -> Evaluation:
    """`answered` with each claim of options to an asked question quoted first from the reply's own answer to it, where
    drafting the whole reply quoted only sentences on other questions (its quotes are the first few it met: "the
    quality inspector releases the hold" under the workflow before "The strander operator sees the warnings ..." under
    who uses it), so what the reply answers there is read as its answer (reply_answers.specific_where_tied). The own
    answer's sentences (`tied` to the question's topic: reader.tied), none that sells, quoted where their own cues give
    one of the answer's options (`cued(line)`: (question, option) pairs, as drafting filters a sentence's hits); the
    options stay the answer's. Only a claim: a specific answer stands on what it quotes (reply_answers._stray alike)."""
    received = {line: said for _, kept, _ in read for line, said in kept.items()}
    answers = {a.question: a for a in answered.answers if a.choices and a.evidence == "vendor_claim"}
    changed = {}
    for topic, said in tied.items():
        texts = {s.text for s in said}  # whether a sentence sells is asked only where its answer can count:
        claims = [q for q, t in topic_of.items() if t == topic and q in answers] if texts else []  # a claim's own quotes first
        short = [q for q in claims if not any(quote in texts and not sells(quote) for quote in answers[q].quotes)]
        own = {text for text in texts if not sells(text)} if short else set()
        lines = [line for line, text in received.items() if text in own] if short else []
        for question in short:
            held = {(question, option) for option in answers[question].choices}
            quotes = [received[line] for line in lines if held & cued(line)]
            if quotes:
                was = answers[question]
                changed[question] = was.model_copy(update={
                    "quotes": list(dict.fromkeys([*quotes, *was.quotes]))[:MAX_QUOTES]})
    if not changed:
        return answered
    return answered.model_copy(update={"answers": [changed.get(a.question, a) for a in answered.answers]})
