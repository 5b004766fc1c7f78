"""reply_alone.with_own_quotes asks whether a tied sentence sells only where the answer can count: of a claim's own
quotes first, and of every sentence tied to the topic only where a claim quotes none of them. Its answers are those of
judging every tied sentence on every topic (the code before), on random claims, quotes and tied sentences. And a
first read of the speed aim's reply (tuning/ to tuning3/ only) judges each sentence's text once."""
import random
from collections import Counter
from types import SimpleNamespace

from questions import load_bank
from questions.models import Answer, Evaluation
from reading.reply_alone import with_own_quotes
from reading import reply_drafting
from reading.reply_answers import MAX_QUOTES
from rounds_corpus import speed_round
from scoring.rounds import read_reply, reply_reader

TEXTS = [f"Sentence {i} of the reply." for i in range(14)]
TOPICS = {"t1": ["q1", "q2"], "t2": ["q3"], "t3": ["q4", "q5"]}
TOPIC_OF = {q: t for t, qs in TOPICS.items() for q in qs}
OPTIONS = ["a", "b", "c"]


def _judging_every_sentence(answered, tied, topic_of, read, sells, cued):
    received = {line: said for _, kept, _ in read for line, said in kept.items()}
    answers = {a.question: a for a in answered.answers if a.choices and a.evidence == "vendor_claim"}
    changed = {}
    for topic, said in tied.items():
        own = {s.text for s in said if not sells(s.text)}
        short = [q for q, t in topic_of.items() if t == topic and q in answers and not own.intersection(answers[q].quotes)]
        lines = [line for line, text in received.items() if text in own] if short else []
        for question in short:
            held = {(question, option) for option in answers[question].choices}
            quotes = [received[line] for line in lines if held & cued(line)]
            if quotes:
                was = answers[question]
                changed[question] = was.model_copy(update={"quotes": list(dict.fromkeys([*quotes, *was.quotes]))[:MAX_QUOTES]})
    if not changed:
        return answered
    return answered.model_copy(update={"answers": [changed.get(a.question, a) for a in answered.answers]})


def _case(rng: random.Random):
    selling = {t for t in TEXTS if rng.random() < 0.3}
    tied = {t: [SimpleNamespace(text=x) for x in rng.sample(TEXTS, rng.randint(0, 5))] for t in TOPICS if rng.random() < 0.8}
    answers = [Answer(question=q, evidence=rng.choice(["vendor_claim", "specific"]),
                      choices=rng.sample(OPTIONS, rng.randint(0, 2)), quotes=rng.sample(TEXTS, rng.randint(0, 3)))
               for q in TOPIC_OF if rng.random() < 0.8]
    lines = {f"line {i}": x for i, x in enumerate(TEXTS)}
    cues = {line: {(q, o) for q in TOPIC_OF for o in OPTIONS if rng.random() < 0.2} for line in lines}
    return Evaluation(bank_version="1", proposal="P", answers=answers), tied, [(None, lines, None)], selling, cues


def test_own_quotes_are_those_of_judging_every_tied_sentence():
    rng = random.Random(19)
    changed = 0
    for _ in range(3_000):
        answered, tied, read, selling, cues = _case(rng)
        got = with_own_quotes(answered, tied, TOPIC_OF, read, selling.__contains__, cues.__getitem__)
        assert got == _judging_every_sentence(answered, tied, TOPIC_OF, read, selling.__contains__, cues.__getitem__)
        changed += got is not answered
    assert changed > 100  # claims quoted first from their own answer were made


def test_a_claim_quoting_its_own_answer_has_no_other_tied_sentence_judged():
    asked = []
    sells = lambda text: asked.append(text) or False
    tied = {"t2": [SimpleNamespace(text=x) for x in TEXTS[:6]]}
    answered = Evaluation(bank_version="1", proposal="P", answers=[
        Answer(question="q3", evidence="vendor_claim", choices=["a"], quotes=[TEXTS[9], TEXTS[2]])])
    lines = {f"line {i}": x for i, x in enumerate(TEXTS)}
    assert with_own_quotes(answered, tied, TOPIC_OF, [(None, lines, None)], sells, lambda line: {("q3", "a")}) is answered
    assert asked == [TEXTS[2]]  # the claim's own quote, which does not sell: nothing else asked


def test_a_first_read_judges_each_sentence_once(monkeypatch):
    judged, judge = Counter(), reply_drafting._judged
    monkeypatch.setattr(reply_drafting, "_judged", lambda sentence, *rest: judged.update([sentence.text]) or judge(sentence, *rest))
    _offer, sent, reply = speed_round()
    reply_reader(load_bank()).forget()
    reply_drafting.forget()
    read_reply(sent, reply)
    assert judged and max(judged.values()) == 1
