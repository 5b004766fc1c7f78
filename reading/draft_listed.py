"""drafting.yaml product_page `listed`: a sentence that lists several things of a text question's kind answers it.

"Connect anything: 300+ protocol drivers including OPC UA, MQTT, Modbus, Siemens S7 and Fanuc FOCAS" boasts of its
count, yet the protocols it names are the ones the product speaks: the buyer's walk read no protocol drafted and a false
gap ("IIoT: no industrial protocol or interface named"). A sentence naming at least `least` different things of the
question's kind (words.yaml) answers it as the vendor's claim, however it sells, and on a product page a list is no
mention in passing: it needs no repeat."""
from __future__ import annotations

from .draft_rules import draft_data
from .text import Sentence

_RULE = draft_data()["product_page"].get("listed", {})
KINDS: dict[str, str] = dict(_RULE.get("kinds", {}))  # question -> the kind of substance its list names
LEAST = int(_RULE.get("least", 3))


def lists(sentence: Sentence, kind: str) -> bool:
    """Whether the sentence names at least LEAST different things of `kind`."""
    # fewer signals than LEAST cannot hold LEAST different things: most sentences, no set built
    return len(sentence.substance) >= LEAST and len({s.key for s in sentence.substance if s.kind == kind}) >= LEAST


def listing(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """Each listed question's sentences that list things of its kind (most texts: none)."""
    return {qid: found for qid, kind in KINDS.items() if (found := [s for s in sentences if lists(s, kind)])}
