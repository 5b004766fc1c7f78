"""Whether a vendor's numbering follows the letter's (reply_structure._agrees) reads an item's words only for an item on
no topic (its cue words name none): the same verdict as reading every item's words first."""
import random

from reading.reply_structure import _agrees

TOPICS = ["problem", "data", "kpi", "review", "links"]
WORDS = ["scrap", "press", "model", "review", "owner", "sensor", "order", "shift"]


def _agrees_read_first(numbered, cue_topics, stems, asked, named) -> bool:
    items: dict[int, set[str]] = {}
    for i, n in numbered.items():
        items.setdefault(n, set()).update(cue_topics[i])
    agree = {n for n, topics in items.items()
             if asked[n - 1][0] in topics or (not topics and (stems[n] & asked[n - 1][1] or n in named))}
    judged = {n for n, topics in items.items() if topics} | agree
    return 2 * len(agree) > len(judged)


def test_a_numbering_agrees_as_when_every_items_words_were_read():
    rng, read, verdicts = random.Random(8), 0, set()
    for _ in range(3_000):
        asked = [(rng.choice(TOPICS), set(rng.sample(WORDS, 3))) for _ in range(rng.randint(1, 8))]
        sentences = rng.randint(1, 12)
        cue_topics = [set(rng.sample(TOPICS, rng.choice([0, 0, 1, 2]))) for _ in range(sentences)]
        numbered = {i: rng.randint(1, len(asked)) for i in range(sentences) if rng.random() < 0.7}
        stems = {n: set(rng.sample(WORDS, 2)) for n in numbered.values()}
        named = {n for n in stems if rng.random() < 0.2}
        calls = []
        found = _agrees(numbered, cue_topics, lambda: calls.append(1) or stems, asked, named)
        assert found == _agrees_read_first(numbered, cue_topics, stems, asked, named)
        on_none = any(not set().union(*(cue_topics[i] for i, m in numbered.items() if m == n)) for n in stems)
        assert bool(calls) == on_none  # the words read only where an item is on no topic
        read += bool(calls)
        verdicts.add(found)
    assert read > 100 and verdicts == {True, False}
