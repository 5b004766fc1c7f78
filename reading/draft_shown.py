"""A technology the text both names and shows (drafting.yaml `shown`).

A vendor's label alone ("our IIoT platform") is no technology the buyer gets, and in a case study or on a page an
option of the nine-technology checklist is weighed down for it (drafting.yaml `reliability`). A text that names the
technology's label and also tells the substance behind it, as another drafted answer ("sensors fitted on the fans"
drafts new sensors; "the model detects cracks" drafts detection), has shown what the label stands for: the option is
drafted as an implied one is, and, like one told built (draft_built.py), not weighed as a label. Only where the
backing answer is drafted from its own cues, sure enough to be drafted (an answer itself implied, or only offered,
shows nothing), and the label is said in a sentence of the text's own (not one about manufacturers in general).
So is a technology whose name a sentence of the text's own tells done in the past ("Piramal Glass has leveraged IoT
to get real-time visibility", "the customer adopted deep learning to replace the rule-based inspection"): the label
told put in by the project (drafting.yaml built_told `done`), as a cue told built is (draft_built.py), though a bare
name is no cue of its own; not a name told in the present or as a gerund ("implementing the IIoT elements is
critical", "by leveraging IoT"), which is advice or a possibility, nor the plant's state before or a selling line.
A product page keeps the checklist as labels all the same (drafting.yaml product_page labels_only): there a page's
label and its backing answer were right about as often as wrong (real development pages).
"""
from __future__ import annotations

from dataclasses import dataclass

from .draft_built import BuiltReader
from .draft_evidence import Evidence
from .phrases import PhraseSet
from .roles import BEFORE


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

    def mark(self, found: dict[str, Evidence], seen, built: BuiltReader, confidence: dict) -> None:
        """Drafts each rule's option where the text names its label and a backing answer is drafted from its own cues at
        the bar, or a sentence tells the label done; at the confidence of an implied option, marked as no label
        (Evidence.built). `seen`: the pass (each sentence's words, generality, role and selling); `built`: the verbs of
        a deed and of an aim (built_told)."""
        own = [(sentence, words, role) for sentence, words, general, role in
               zip(seen.reading.sentences, seen.words, seen.general, seen.roles) if not general]
        for rule in self.rules:
            # (an option already told built by its own cue keeps that cue's confidence: its name told adds nothing)
            put_in = found[rule.question].built if rule.question in found else set()
            quote = _backed(rule, found, own, built.not_with.find, confidence["bar"]) \
                or (None if rule.option in put_in else _done(rule, own, seen.selling, built))
            if quote:
                found[rule.question].add(rule.option, *quote, confidence["implied"])
                found[rule.question].built.add(rule.option)


def _backed(rule: Shown, found: dict[str, Evidence], own: list, aim, bar: float) -> tuple[str, str] | None:
    """The backing answer's first quote and its evidence, where a backing answer is drafted from its own cues at `bar`
    (an answer itself implied, or only offered, shows nothing) and a sentence of the text's own names the label, not
    only as an aim or a possibility (`aim`: "a deep learning crack detector will be trained")."""
    backing = [(found[q], o) for q, opts in rule.backed_by.items() if q in found for o in found[q].options
               if o in opts and o not in found[q].implied and found[q].confidence[o] >= bar]
    if backing and any(rule.named.find(words) and not aim(words) for _, words, _ in own):
        source, option = backing[0]
        return source.said[option][0], source.evidence
    return None


def _done(rule: Shown, own: list, selling: dict[int, bool], built: BuiltReader) -> tuple[str, str] | None:
    """The first sentence of the text's own that tells the label done in the past (BuiltReader.done_with), neither the
    plant's state before ("In 2019 the mill had installed IoT sensors" is what it had) nor a selling line."""
    for sentence, words, role in own:
        if role.kind != BEFORE and not selling.get(sentence.start) \
                and built.done_with(words, [(a, b) for a, b, _ in rule.named.find(words)]):
            return sentence.text, "vendor_claim"  # a name told, no site's units or figures: the vendor's telling
    return None
