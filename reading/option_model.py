"""What the drafter knows about each option it drafts or offers, beyond the option's own phrase: the features a
learnt per-option confidence would read (bench/train_options.py). Built only while bench/option_rows.py records
(RECORD set): measured leaving each tuning set out, the model was not kept (tests/data/drafting/MEASURED.md), so
drafting itself never computes them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .role_model import model, pass_features
from .roles import BEFORE
from .told import rule_told

if TYPE_CHECKING:
    from .draft_evidence import Evidence
    from .draft_pass import Pass
    from .text import Reading

RECORD: list | None = None  # bench/option_rows.py collects (question, option, drafted, evidence, features) here


@dataclass
class OptionContext:
    """One draft's view of the whole text, built once, read for each option."""
    seen: Pass
    reading: Reading
    found: dict
    page: bool
    story: bool
    brochure: bool
    at: dict[str, int] = field(default_factory=dict)  # sentence text -> its first index
    backs: dict[str, int] = field(default_factory=dict)  # sentence text -> options (any question) it backs
    _chances: list | None = None

    def __post_init__(self) -> None:
        for i, s in enumerate(self.reading.sentences):
            self.at.setdefault(s.text, i)
        for ev in self.found.values():
            for said in ev.said.values():
                for s in set(said):
                    self.backs[s] = self.backs.get(s, 0) + 1

    @property
    def kind(self) -> str:
        return "page" if self.page else "story" if self.story else "brochure" if self.brochure else "offer"

    def chances(self, i: int) -> dict[str, float]:
        """The role model's chances for sentence i (computed for the whole text once, when first asked)."""
        if self._chances is None:
            kinds = [t.role for t in rule_told(self.seen, self.reading)]
            read = model()
            self._chances = [read.chances(f) for f in pass_features(self.seen, self.reading, kinds)]
        return self._chances[i]


def _bucket(n: float, tops: tuple) -> int:
    return next((i for i, top in enumerate(tops) if n <= top), len(tops))


def option_features(ctx: OptionContext, qid: str, option: str, ev: Evidence, sure: float) -> dict[str, float]:
    """The option's features: its question, its text's kind, how many sentences back it and what they are."""
    said = list(dict.fromkeys(ev.said.get(option, [])))
    idx = [ctx.at[s] for s in said if s in ctx.at]
    kind = ctx.kind
    cue = "implied" if option in ev.implied else "problem" if sure < 0.63 else "sure" if sure >= 0.74 else "claim"
    f = {f"q:{qid}": 1.0, f"o:{qid}:{option}": 1.0, f"kind:{kind}": 1.0, f"cue:{cue}": 1.0, f"cuek:{cue}:{kind}": 1.0,
         f"ev:{ev.evidence}": 1.0, f"n:{_bucket(len(said), (1, 2, 3))}": 1.0, f"nk:{_bucket(len(said), (1, 2))}:{kind}": 1.0,
         f"others:{_bucket(len(ev.options) - 1, (0, 1, 3))}": 1.0, f"len:{_bucket(ctx.seen.long, (8, 20, 40))}": 1.0,
         "sure": sure}
    long = max(ctx.seen.long, 1)
    for name, n in (("speaks", ctx.seen.speaking), ("past", ctx.seen.past), ("ties", ctx.seen.project),
                    ("generic", ctx.seen.generic)):
        f[f"{name}:{_bucket(n / long, (0.0, 0.1, 0.25, 0.5))}"] = 1.0
    f[f"qk:{qid}:{kind}"] = 1.0
    if not idx:
        f["unplaced"] = 1.0
        return f
    shared = sum(any(s in ev.said[o] for o in ev.options if o != option) for s in said)
    f["shared"] = shared / len(said)
    f["crowded"] = min(ctx.backs.get(s, 0) for s in said) / 5
    roles = [ctx.seen.roles[i] for i in idx]
    f["heading"] = sum(r.heading for r in roles) / len(roles)
    f["before"] = sum(r.kind == BEFORE or bool(r.turn) for r in roles) / len(roles)
    f["general"] = sum(bool(ctx.seen.general[i]) for i in idx) / len(idx)
    f["first"] = min(idx) / max(len(ctx.reading.sentences), 1)
    chances = [ctx.chances(i) for i in idx]
    for role in ("offer", "before", "general", "selling", "possible", "furniture"):
        ps = [c.get(role, 0.0) for c in chances]
        f[f"p_{role}"] = max(ps)
    return f
