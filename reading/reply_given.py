"""What the offer already states of a round's question (questions/rounds.yaml topics' `given`): a yearly fee in the
quote ("annual licence and support EUR 14,000", "EUR 16,800 per year", "jährlich 9,500 EUR") answers "at what cost per
year"; the data a model learns from, named on the topic ("trained on 2,000 images of your own parts"), answers "what
data does the model learn from". The letter asks the rest (scoring/rounds.py), and a reply need not name again what the
offer gave (reading/reply_marks.py). Read by the reply reader's own rules: what would answer the part in a reply states
it in the offer."""
from __future__ import annotations

from functools import lru_cache

from questions.models import Topic

from .buyer_names import buyer_names, to_buyer
from .reply_phrases import Phrases, phrases


def given_parts(reader, topic: Topic, texts: list[str]) -> tuple[list[str], list[str]]:
    """(the kinds of `topic.given` the offer's texts state, in the topic's order; the sentences that state them)."""
    kinds, quotes, buyers = [], [], None
    for kind, part in topic.given.items():
        if part.links or part.options:  # the drafted links or answers state it, not one sentence (scoring/rounds.py)
            continue
        if part.with_kinds and not set(part.with_kinds) <= set(kinds):
            continue  # how much, said only where what is named: "500 good and 50 defective samples per SKU"
        stating = [quotes[kinds.index(k)] for k in part.with_kinds]
        cues, not_with = _words(tuple(part.cues)), _words(tuple(part.not_with))
        with_words, off_cues = _words(tuple(part.with_words)), _words(tuple(part.off_cues))
        if part.to_buyer and buyers is None:
            buyers = buyer_names(texts)  # the letterhead's buyer, read only where a part may name it
        for_buyer = to_buyer(part.to_buyer, part.buyer_articles, buyers or frozenset())
        on_part = (lambda lower, on: bool(cues.search(lower)) or bool(for_buyer and for_buyer.search(lower))) if cues \
            else (lambda lower, on: topic.id in on)
        for text in texts:
            said = next((s.text for s, lower, vague, on in reader.sentences(text) if not vague
                         and (not stating or s.text in stating)
                         and (not with_words or with_words.search(lower))
                         and (on_part(lower, on) or bool(off_cues and off_cues.search(lower)))
                         and not (not_with and not_with.search(lower))
                         and kind in reader.kinds(topic, s, lower)), "")
            if said:
                kinds.append(kind)
                quotes.append(said)
                break
    return kinds, list(dict.fromkeys(quotes))


@lru_cache(maxsize=64)
def _words(words: tuple[str, ...]) -> Phrases | None:
    return phrases(list(words)) if words else None
