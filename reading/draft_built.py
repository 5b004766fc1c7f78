"""A technology the project built, installed or runs, told so (drafting.yaml `built_told`).

In a case study or on a product page an option of the nine-technology checklist is weighed by how often such
labels proved right (drafting.yaml `reliability`): a vendor names "IoT" or "analytics" of itself in passing. A
sentence that tells the technology built, installed, deployed or implemented ("IoT sensors were installed on the
molds", "we developed and deployed a scheduling tool that integrates with their ERP") names what this project put
in, not a label: the option it drafts is as sure as its cues, where the verb stands within `reach` words of the
technology's own cue (what was built is the verb's object or subject, not a word at the far end of a long list:
"implemented a status board, which displays ..., defects, and a pareto chart"). So is an option another answer
implies through such a sentence ("we deployed an AI vision system that detects cracks": detection, so data
analytics). Never where the sentence speaks of an aim, a possibility or what the plant had long before ("will be
installed", "could integrate", "previously installed").
"""
from __future__ import annotations

from dataclasses import dataclass

from .draft_evidence import Evidence
from .phrases import PhraseSet


@dataclass(frozen=True)
class BuiltReader:
    questions: frozenset[str]  # the questions whose options a built sentence makes as sure as their cues
    verbs: PhraseSet  # verbs of building or running: "installed", "deployed", "implementation of"
    not_with: PhraseSet  # an aim, a possibility, the plant's own past: "will", "could", "previously installed"
    reach: int  # words at most between the verb and the option's cue
    backed_by: dict[str, frozenset[str]]  # implied option -> the backing options whose built cue tells it built
    done: PhraseSet  # verbs of a deed done, past only: a technology's name told put in ("has leveraged IoT")

    @classmethod
    def from_data(cls, data: dict) -> BuiltReader:
        return cls(frozenset(data.get("questions", [])), PhraseSet.of(data.get("verbs", []), "built"),
                   PhraseSet.of(data.get("not_with", []), "not"), int(data.get("reach", 0)),
                   {o: frozenset(by) for o, by in data.get("backed_by", {}).items()},
                   PhraseSet.of(data.get("done", []), "done"))

    def told(self, words: list[str], cues: list[tuple[int, int]]) -> bool:
        """The sentence tells one of its `cues` (word spans) built or run, and no aim, possibility or the plant's
        own past."""
        verbs = self.verbs.find(words)
        near = any(max(v0 - c1, c0 - v1) <= self.reach for v0, v1, _ in verbs for c0, c1 in cues)
        return near and not self.not_with.find(words)

    def done_with(self, words: list[str], names: list[tuple[int, int]]) -> bool:
        """The sentence tells one of `names` (word spans) done in the past, within `reach` words of a verb of `done`,
        and no aim, possibility or the plant's own past."""
        verbs = self.done.find(words) if names else []
        near = any(max(v0 - c1, c0 - v1) <= self.reach for v0, v1, _ in verbs for c0, c1 in names)
        return near and not self.not_with.find(words)

    def mark(self, found: dict[str, Evidence], read, scan: PhraseSet, implies: dict) -> None:
        """Marks each option (of `questions`) one of whose sentences tells it built (Evidence.built): by its own
        cue, or, for an option only another answer backs (implied: "We deployed an AI vision system ..." implies
        data analytics through the detection it drafts), by that answer's cue. `read`: a sentence's words; `scan`:
        the drafter's cues, to find where each option is named; `implies`: drafting.yaml implies."""
        scanned: dict[str, tuple[list[str], list]] = {}  # a sentence behind several options is read and scanned once
        for qid in self.questions & set(found):
            ev = found[qid]
            # an option its own words name is also told built through an answer that implies it ("we developed
            # an AI vision system for defect detection": data analytics, whatever else names analytics)
            named = {o: ({(qid, o)} if o not in ev.implied else set())
                     | self._backers(implies.get(qid, {}).get(o, {}), found, self.backed_by.get(o, frozenset()))
                     for o in ev.said}
            ev.built = {o for o, said in ev.said.items() if any(self._built(scanned, read, scan, text, named[o])
                                                                for text in set(said))}

    def _built(self, scanned: dict, read, scan: PhraseSet, text: str, named: set[tuple[str, str]]) -> bool:
        """Whether the sentence tells one of the `named` options' cues built; its words and finds kept in `scanned`
        (they are its text's alone). No cue of them, nothing told built: `told` is not asked."""
        if text not in scanned:
            words = read(text)
            scanned[text] = words, scan.find(words)
        words, finds = scanned[text]
        cues = [(a, b) for a, b, key in finds if not named.isdisjoint(scan.targets.get(key, ()))]
        return bool(cues) and self.told(words, cues)

    @staticmethod
    def _backers(conditions: dict, found: dict[str, Evidence], told: frozenset[str]) -> set[tuple[str, str]]:
        """The (question, option) pairs that imply an option ("any": each option drafted there), of those whose
        cue, told built, tells the implied option built (`told`)."""
        return {(source, o) for source, wanted in conditions.items() if source in found
                for o in found[source].options if (wanted == "any" or o in wanted) and o in told}
