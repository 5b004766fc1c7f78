"""Evidence that is more than a word: 'demonstrated' and 'proven' count only with a dated record.

One rule, used by the full scorecard and by the headline tally alike: an answer at a level that
`needs_record` (questions/bank.yaml) counts at the highest level below that needs none, unless a
record of one of the listed kinds backs its question. What the buyer chose stays as chosen; only
the points follow the record.
"""
from __future__ import annotations

from plaintext.chars import sentence
from questions.models import QuestionBank


class RecordRule:
    def __init__(self, bank: QuestionBank):
        levels = bank.evidence_levels
        self.needs = {lvl.id: frozenset(lvl.needs_record) for lvl in levels if lvl.needs_record}
        below, self.fallback = levels[0].id, {}
        for lvl in levels:
            if lvl.needs_record:
                self.fallback[lvl.id] = below
            else:
                below = lvl.id
        self.names = {lvl.id: lvl.name for lvl in levels}
        self.kinds = {kind.id: kind.name for kind in bank.evidence_records}

    def counted(self, evaluation) -> dict[str, str]:
        """Question id -> the evidence level its points count at, for answers whose chosen level
        no record backs (every other answer counts as chosen)."""
        if not self.needs:
            return {}
        out = {}
        for answer in evaluation.answers:
            kinds = self.needs.get(answer.evidence)
            if kinds is not None and self.backing(evaluation, answer.question, kinds) is None:
                out[answer.question] = self.fallback[answer.evidence]
        return out

    @staticmethod
    def backing(evaluation, question: str, kinds: frozenset[str]):
        """The latest record of one of `kinds` tied to `question`, or None."""
        found = [r for r in evaluation.evidence_records if question in r.questions and r.kind in kinds]
        return max(found, key=lambda r: r.on) if found else None

    def reason(self, evaluation, answer) -> str | None:
        """Why an answer at a level that needs a record counts as it does, naming the record."""
        kinds = self.needs.get(answer.evidence)
        if kinds is None:
            return None
        record = self.backing(evaluation, answer.question, kinds)
        level = self.names[answer.evidence]
        if record is None:
            wanted = " or ".join(self.kinds.get(k, k).lower() for k in sorted(kinds))
            return (f"Marked {level.lower()}, but no dated record of a {wanted} backs it: counted as "
                    f"{self.names[self.fallback[answer.evidence]].lower()} until one is recorded.")
        where = f" at {record.where}" if record.where else ""
        who = f", seen by {record.seen_by}" if record.seen_by else ""
        what = f": {record.what}" if record.what else ""
        return sentence(f"{level} on {record.on.day} {record.on:%B %Y}{where}{who} "
                        f"({self.kinds.get(record.kind, record.kind).lower()}){what}")
