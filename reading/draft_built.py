"""A technology the project built, installed or runs, told so (drafting.yaml `built_told`).

In a case study or on a product page an option of the nine-technology checklist is weighed by how often such
labels proved right (drafting.yaml `reliability`): a vendor names "IoT" or "analytics" of itself in passing. A
sentence that tells the technology built, installed, deployed or integrated ("IoT sensors were installed on the
molds", "we developed and deployed a scheduling tool that integrates with their ERP") names what this project put
in, not a label: the option it drafts is as sure as its cues, where the verb stands within `reach` words of the
technology's own cue (what was built is the verb's object or subject, not a word at the far end of a long list:
"implemented a status board, which displays ..., defects, and a pareto chart"). Never where the sentence speaks of an aim, a
possibility or what the plant had long before ("will be installed", "could integrate", "previously installed").
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

    @classmethod
    def from_data(cls, data: dict) -> BuiltReader:
        return cls(frozenset(data.get("questions", [])), PhraseSet.of(data.get("verbs", []), "built"),
                   PhraseSet.of(data.get("not_with", []), "not"), int(data.get("reach", 0)))

    def told(self, words: list[str], cues: list[tuple[int, int]]) -> bool:
        """The sentence tells one of its `cues` (word spans) built or run, and no aim, possibility or plant's own past."""
        verbs = self.verbs.find(words)
        near = any(max(v0 - c1, c0 - v1) <= self.reach for v0, v1, _ in verbs for c0, c1 in cues)
        return near and not self.not_with.find(words)

    def mark(self, found: dict[str, Evidence], read, scan: PhraseSet) -> None:
        """Marks each option (of `questions`) one of whose own sentences tells it built (Evidence.built);
        an option only another answer backs (implied) stays as that answer makes it. `read`: a sentence's words;
        `scan`: the drafter's cues, to find where each option is named."""
        for qid in self.questions & set(found):
            ev = found[qid]
            ev.built = {o for o, said in ev.said.items() if o not in ev.implied
                        and any(self.told(words, self._cues(scan, words, qid, o)) for words in map(read, set(said)))}

    @staticmethod
    def _cues(scan: PhraseSet, words: list[str], qid: str, option: str) -> list[tuple[int, int]]:
        return [(a, b) for a, b, key in scan.find(words) if (qid, option) in scan.targets.get(key, ())]
