"""Sentence roles as buyers read them, against what drafting reads (reading.told).

A drafting corpus file may carry `sentences`: every sentence of its text, in the order Winnow
reads them, each with the role a buyer who never saw the rules gave it (reading.told.TOLD) and
`existing: true` where it names kit the plant already had. real_tuning4/ to real_tuning9/ are tuned
on; real_heldout3/ to real_heldout6/ are only measured (each labelled by a reader who never saw the
rules).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import yaml

from drafting_corpus import CORPUS
from reading.documents import pasted
from reading.told import OFFER, TOLD


@dataclass
class Labelled:
    name: str
    text: str
    roles: list[str]
    existing: list[bool]
    sentences: list[str]


def load(split: str) -> list[Labelled]:
    out = []
    for path in sorted((CORPUS / split).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "sentences" in data:
            rows = data["sentences"]
            out.append(Labelled(path.stem, data["text"], [r["role"] for r in rows],
                                [bool(r.get("existing")) for r in rows], [r["text"] for r in rows]))
    return out


def read(drafter, text: str):
    """The reading drafting makes of a pasted text, and what each sentence tells."""
    reading = drafter.reader.read(pasted(text).text)
    return reading, drafter.told(reading)


@dataclass
class RoleFigures:
    pairs: Counter = field(default_factory=Counter)  # (buyer's role, drafting's role) -> sentences
    existing: Counter = field(default_factory=Counter)  # (buyer says existing, drafting does) -> sentences
    misaligned: list = field(default_factory=list)  # texts whose sentences no longer match the labels
    quoted: Counter = field(default_factory=Counter)  # buyer's role -> sentences quoted behind a drafted option

    @property
    def sentences(self) -> int:
        return sum(self.pairs.values())

    @property
    def accuracy(self) -> float:
        return sum(n for (a, b), n in self.pairs.items() if a == b) / max(self.sentences, 1)

    def offer(self) -> tuple[float, float]:
        """(precision, recall) of drafting's "offer": the only sentences that draft solution answers."""
        both = self.pairs[(OFFER, OFFER)]
        read_as = sum(n for (_, b), n in self.pairs.items() if b == OFFER)
        said = sum(n for (a, _), n in self.pairs.items() if a == OFFER)
        return both / max(read_as, 1), both / max(said, 1)

    def lines(self, split: str) -> list[str]:
        precision, recall = self.offer()
        out = [f"sentence roles, {split} ({self.sentences} sentences): {self.accuracy:.1%} read as the buyer read them; "
               f"offer precision {precision:.3f}, recall {recall:.3f}"]
        for role in TOLD:
            row = {b: n for (a, b), n in self.pairs.items() if a == role}
            if row:
                got = ", ".join(f"{b} {n}" for b, n in sorted(row.items(), key=lambda kv: -kv[1]))
                out.append(f"  buyer {role:9s} ({sum(row.values()):3d}): read as {got}")
        quoted = sum(self.quoted.values())
        out.append(f"  sentences quoted behind drafted options (the problem's aside): {quoted}, of which the buyer reads "
                   f"{self.quoted[OFFER]} as offers ({self.quoted[OFFER] / max(quoted, 1):.1%}); "
                   + ", ".join(f"{role} {n}" for role, n in self.quoted.most_common() if role != OFFER))
        ex = self.existing
        out.append(f"  existing kit: {ex[(True, True)]} of {ex[(True, True)] + ex[(True, False)]} read, "
                   f"{ex[(False, True)]} read where the buyer saw none")
        if self.misaligned:
            out.append(f"  sentences no longer as labelled in: {', '.join(self.misaligned)}")
        return out


def figures(split: str, drafter) -> RoleFigures:
    result = RoleFigures()
    for case in load(split):
        reading, roles = read(drafter, case.text)
        if [s.text for s in reading.sentences] != case.sentences:
            result.misaligned.append(case.name)
            continue
        for buyer, existing, ours in zip(case.roles, case.existing, roles):
            result.pairs[(buyer, ours.role)] += 1
            result.existing[(existing, ours.existing)] += 1
        quotes = {q for a in drafter.draft(case.text).answers  # what the offer gives, not the problem it meets
                  if (a.choices or a.integrations) and not a.question.startswith("problem.") for q in a.quotes}
        result.quoted.update(buyer for buyer, text in zip(case.roles, case.sentences) if text in quotes)
    return result
