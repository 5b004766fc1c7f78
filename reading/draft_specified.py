"""What a text that gives only the vendor's claim (a brochure, a product page, a text written for no one plant) still
says specifically: its specification lines, under a heading that names them (drafting.yaml spec_headings: "Technical
specifications"), each a short label and what it rates with a figure in its unit ("• Reject output: 24 V digital output
to the existing reject gate, latency under 40 ms"). An answer one of whose quotes is such a line keeps "described
specifically", as the buyer reads a datasheet, and so does a price sheet's row of a fee with its amount or of a line
item with its price and a quantity above 0 (fees.py); the rest of such a text is the vendor's claim."""
from __future__ import annotations

from collections.abc import Iterable

from questions.models import Answer

from .draft_rules import draft_data
from .fees import is_fee, is_line_item
from .phrases import normalise
from .sentence import Sentence

_LABEL_WORDS = 3  # "Camera:", "Reject output:", "Model training:"
_HEADING_WORDS = 6
_BULLETS = "•-–*·▪ \t"


def _spec_line(sentence: Sentence) -> bool:
    """A line set as "label: value" whose value holds a figure with its unit (words.yaml units)."""
    label, colon, rest = sentence.text.lstrip(_BULLETS).partition(":")
    return bool(colon) and 0 < len(label.split()) <= _LABEL_WORDS and bool(rest.strip()) \
        and sentence.kind == "substance" and any(s.kind == "number" for s in sentence.substance)


def _heading(text: str) -> bool:
    """A short line of its own with no label's colon and no stop: a heading that ends the lines under the one before."""
    text = text.strip()
    return 0 < len(text.split()) <= _HEADING_WORDS and ":" not in text and text[-1:] not in ".!?"


def spec_lines(sentences: list[Sentence], headings: frozenset[str]) -> set[str]:
    """The specification lines: label-value lines with a figure under one of `headings`, up to the next heading."""
    found, under, heads = set(), False, {}
    for sentence in sentences:
        if sentence.text not in heads:  # whether a line is a heading is its text's alone: a line said again, once
            heads[sentence.text] = _heading(sentence.text)
        if heads[sentence.text]:
            under = normalise(sentence.text.strip()) in headings
        elif under and _spec_line(sentence):
            found.add(sentence.text)
    return found


def _datasheet_line(sentence: Sentence) -> bool:
    """A datasheet's record: "label: value" naming specific substance of any kind, a figure or not ("Radio: LoRaWAN,
    915 MHz", "Parameter: Radio; Value: LoRaWAN"): the document's kind says what its lines are, as a heading would."""
    label, colon, rest = sentence.text.lstrip(_BULLETS).partition(":")
    return bool(colon) and 0 < len(label.split()) <= _LABEL_WORDS and bool(rest.strip()) and sentence.kind == "substance"


def datasheet_lines(sentences: list[Sentence], datasheets: Iterable[str]) -> set[str]:
    """The records of the offer's documents of kind datasheet (`datasheets`: their texts), wherever they stand, and
    their sentences that name specific substance: a manual's or a guide's "The gateway buffers up to 30 days of data"
    states what the product does as checkably as a record does."""
    texts = tuple(datasheets)
    return {s.text for s in sentences if texts and (_datasheet_line(s) or s.kind == "substance")
            and any(s.text in t for t in texts)}


def claims_but_specs(drafted: list[Answer], sentences: list[Sentence], datasheets: Iterable[str] = ()) -> list[Answer]:
    """Every answer the vendor's claim, but one already described specifically that quotes a specification line: one
    under a heading that names it, any record of a datasheet (a specification stated in a datasheet is the vendor
    describing its product specifically, whatever the covering letter beside it sells), or a price sheet's fee row."""
    specs = spec_lines(sentences, frozenset(normalise(str(h)) for h in draft_data().get("spec_headings", [])))
    specs |= datasheet_lines(sentences, datasheets)
    # a fee's row quotes its amount, and a bid's line item its price and quantity, whatever sells beside it
    specs |= {s.text for s in sentences if is_fee(s.text) or is_line_item(s.text)}
    return [a if a.evidence == "specific" and not specs.isdisjoint(a.quotes)
            else a.model_copy(update={"evidence": "vendor_claim"}) for a in drafted]
