"""A technology the text both names and shows (drafting.yaml `shown`).

A vendor's label alone ("our IIoT platform") is no technology the buyer gets, and in a case study or on a page an
option of the nine-technology checklist is weighed down for it (drafting.yaml `reliability`). A text that names the
technology's label and also tells the substance behind it, as another drafted answer ("sensors fitted on the fans"
drafts new sensors; "the model detects cracks" drafts detection), has shown what the label stands for: the option is
drafted as an implied one is, and, like one told built (draft_built.py), not weighed as a label. Only where the
backing answer is drafted from its own cues, sure enough to be drafted (an answer itself implied, or only offered,
shows nothing), and the label is said in a sentence of the text's own (not one about manufacturers in general).
A product page keeps the checklist as labels all the same (drafting.yaml product_page labels_only): there a page's
label and its backing answer were right about as often as wrong (real development pages).
"""
from __future__ import annotations

from dataclasses import dataclass

from .draft_evidence import Evidence
from .phrases import PhraseSet


@dataclass(frozen=True)
class Shown:
    question: str  # the question of the option drafted ("workflow.technologies")
    option: str  # the option ("iiot")
    backed_by: dict[str, frozenset[str]]  # question -> options whose drafted answer shows the substance
    named: PhraseSet  # the label's own words, one of which the text must say ("iot", "machine learning")


@dataclass(frozen=True)
class ShownReader:
    rules: tuple[Shown, ...]

    @classmethod
    def from_data(cls, data: dict) -> ShownReader:
        return cls(tuple(Shown(qid, option, {q: frozenset(opts) for q, opts in rule["backed_by"].items()},
                               PhraseSet.of(rule["named"], "named"))
                         for qid, options in data.items() for option, rule in options.items()))

    def mark(self, found: dict[str, Evidence], words: list[list[str]], general: list, aim, sure: float,
             bar: float) -> None:
        """Drafts each rule's option where the text names its label (`words`: each sentence's words; `general`: per
        sentence, whether it speaks of no plant of its own) and a backing answer is drafted from its own cues at `bar`
        or above; at `sure` confidence, quoting the backing answer's sentence, and marked as no label (Evidence.built).
        A label named only in a sentence that tells an aim or a possibility (`aim`: its finds in a sentence's words;
        "a deep learning crack detector will be trained") names nothing the text has."""
        for rule in self.rules:
            backing = [(found[q], o) for q, opts in rule.backed_by.items() if q in found for o in found[q].options
                       if o in opts and o not in found[q].implied and found[q].confidence[o] >= bar]
            if backing and any(rule.named.find(w) and not aim(w) for w, g in zip(words, general) if not g):
                source, option = backing[0]
                found[rule.question].add(rule.option, source.said[option][0], source.evidence, sure)
                found[rule.question].built.add(rule.option)
