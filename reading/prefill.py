"""Suggest, for each question, the proposal sentences that answer it, quoted.

Nothing is filled in here: the app shows the suggestions and the buyer accepts, edits or
rejects each one. Which sentences fit which question is data (questions/prefill.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from questions.loader import load_prefill as prefill_rules
from questions.models import QuestionBank

from .text import Reading



@dataclass(slots=True)
class Suggestion:
    question: str
    quote: str
    evidence: str  # vendor_claim, or specific when the sentence carries substance
    why: str
    choices: list[str] = field(default_factory=list)  # options the sentence names


class Prefiller:
    def __init__(self, bank: QuestionBank, rules: dict | None = None):
        rules = rules or prefill_rules()
        questions = bank.questions()
        unknown = set(rules) - set(questions)
        if unknown:
            raise ValueError(f"prefill.yaml names unknown question(s): {', '.join(sorted(unknown))}")
        self.kind_names = {k: v.name for k, v in bank.words.substance.items()} | {"number": "number with unit"}
        self.rules = []
        for qid, rule in rules.items():
            cues = rule.get("cues", [])
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(cues, key=len, reverse=True))) + r")(?!\w)", re.I) if cues else None
            options = [(c.id, re.compile(r"(?<!\w)(?:" + re.escape(c.name.split(" (")[0]) + "|" + re.escape(c.id.replace("_", " ")) + r")(?!\w)", re.I))
                       for c in questions[qid].choices if c.id not in ("other", "none", "unclear")]
            self.rules.append((qid, set(rule.get("kinds", [])), pattern, options))

    def suggest(self, reading: Reading, limit: int = 5) -> dict[str, list[Suggestion]]:
        """question id -> up to `limit` suggested quotes, substance sentences first."""
        out: dict[str, list[Suggestion]] = {}
        seen: set[tuple[str, str]] = set()  # (question, sentence): a repeated sentence is suggested once
        for sentence in reading.sentences:
            same = " ".join(sentence.text.split()).casefold()
            kinds = {s.kind for s in sentence.substance}
            for qid, wanted, pattern, options in self.rules:
                hits = sorted(wanted & kinds)
                cue = pattern.search(sentence.text) if pattern else None
                if (not hits and not cue) or (qid, same) in seen:
                    continue
                seen.add((qid, same))
                why = "names a " + " and a ".join(self.kind_names.get(h, h) for h in hits) if hits else f"mentions '{cue.group()}'"
                evidence = "specific" if sentence.kind == "substance" else "vendor_claim"
                chosen = [cid for cid, rx in options if rx.search(sentence.text)]
                out.setdefault(qid, []).append(Suggestion(qid, sentence.text, evidence, why, chosen))
        for qid, items in out.items():
            items.sort(key=lambda s: s.evidence != "specific")  # stable: substance first, then text order
            del items[limit:]
        return out
