"""Two looks asked only where their answer can still count: a line's label read against the heading of another topic
only where the rest of the line is on other topics alone (Placing._label_of_line), and a sentence's roles looked for
by the rules' words only where its own words name none (ReplyReader._named_in). The same answers as asking each always,
on the speed aim's reply (tuning/ to tuning3/ only) and on labels made of the topics' heading and cue words."""
import random

from questions import load_bank
from reading.reply_placing import counts
from rounds_corpus import speed_round
from scoring.rounds import reply_reader

READER = reply_reader(load_bank())
_OFFER, SENT, REPLY = speed_round()


def _label_asked_always(label: str, rest: str) -> set[str]:
    topics = READER.labelled(label)
    if len(topics) != 1:
        return topics
    rest_on = {t for cue in READER.cues.findall(rest.lower()) if cue not in READER.weak for t in READER.cue_topics[cue]}
    first = label.strip() + " "
    shared = {t for t in rest_on - topics if any(head.startswith(first) for head in READER.heads_lower[t])}
    return shared if len(shared) == 1 and not rest_on & topics else topics


def test_a_lines_label_names_the_topics_it_named_when_the_heading_was_read_for_every_line():
    rng = random.Random(5)
    heads = [h for t in READER.rules.topics for h in t.heads]
    words = [w for t in READER.rules.topics for w in t.cues[:6]] + ["the", "mill", "owns", "all", "recordings", "CSV"]
    moved = 0
    for _ in range(6_000):
        head = rng.choice(heads).split()
        label = " ".join(head[:rng.randint(1, len(head))])
        rest = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        found = READER._label_of_line(label, rest)
        assert found == _label_asked_always(label, rest), (label, rest)
        moved += found != READER.labelled(label)
    assert moved > 20  # labels whose line answers another topic's heading were read


def test_a_sentences_kinds_name_a_role_as_when_the_rules_words_were_asked_of_every_sentence():
    roles = 0
    for sentence, lower, _vague, _on in READER.sentences(REPLY.text):
        named = READER._named_in(sentence.text, lower, tuple(sentence.substance))[0]
        always = {s.kind for s in sentence.substance if counts(s)} | (
            {"role"} if READER.role_in(lower) or READER.role_built(sentence.text) else set())
        assert named == always, sentence.text
        roles += "role" in named
    assert roles > 30


def test_a_sentence_on_one_topic_keeps_it_as_when_what_its_topics_act_on_was_read_for_each():
    acted = 0
    for sentence, lower, _vague, _on in READER.sentences(REPLY.text):
        found = READER.cues_in(lower)
        topics = {t for cue in found for t in READER.cue_topics[cue]}
        for some in (topics, set(sorted(topics)[:1]), set()):
            dropped = {other for topic in (some & READER.acts_on.keys()) - READER.weighs_acted for other in some - {topic}
                       if all(cue in READER.acts_on[topic] for cue in found if other in READER.cue_topics[cue])}
            assert READER._not_acted_on(set(some), found) == some - dropped, sentence.text
            acted += bool(dropped)
    assert acted > 0  # a sentence on a topic only by what another acts on was read
