"""Measure a learnt per-option confidence on the tuning sets, leaving one set out at a time.

    .venv/bin/python bench/train_options.py --measure [--either] [--utility] [--promote] [--real]
        [--kinds page,story,brochure] [--bar B] [--c C] [--drop q,o] [--rows /tmp/optrows.pkl]

Every option the drafter drafts or offers (bench/option_rows.py; cached in --rows, delete it after a rule changes) is
labelled right where the buyer ticked it (a case study's or proposal's options; --either: either of two buyers) or
where the page claims it (a marketing text's claims); a logistic regression (scikit-learn, a development dependency
only) learns P(right) from reading/option_model.py's features. Leaving each tuning set out, the model trained on the
others drafts the options at or above a bar chosen on those others (best F1, or --utility: most 2 x right - wrong
ticks), and the left-out set's ticks are counted against today's drafts. Measured and not kept (MEASURED.md, "A
learnt per-option confidence"), so nothing is written. Held-out sets are never read.
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

import option_rows  # noqa: E402

C = 0.3
BARS = [0.0] + [round(0.05 * i, 2) for i in range(4, 15)]


UTILITY = False  # choose the bar by 2 x right ticks - wrong ticks (a tick is worth drafting at P(right) > 1/3)
EITHER = False  # train on either buyer's ticks where a second buyer answered
REAL_ONLY = False  # train on the real sets only
KINDS = ("page", "story", "brochure", "offer")  # the kinds of text the model decides in


def labelled(text) -> list[tuple[dict, bool, tuple, bool]]:
    """(features, right, item, drafted today) for each candidate the buyer's answers can judge."""
    if REAL_ONLY and not text.split.startswith("real"):
        return []
    truth = text.expected if text.kind == "substance" else text.claims
    if EITHER and text.either is not None:
        truth = text.either
    if truth is None:
        return []
    return [(f, (q, o) in truth, (q, o), d) for q, o, d, _, f in text.candidates]


def keep(f: dict, drop: set[str]) -> dict:
    return {k: v for k, v in f.items() if k.split(":")[0] not in drop}


def fit(rows, c: float = C, drop: frozenset = frozenset()):
    vec = DictVectorizer()
    x = vec.fit_transform([keep(f, drop) for f, *_ in rows])
    lr = LogisticRegression(C=c, max_iter=5000, class_weight=None).fit(x, [r for _, r, *_ in rows])
    return lambda feats: lr.predict_proba(vec.transform([keep(f, drop) for f in feats]))[:, 1]


def decide(texts, prob, bar: float, promote: bool) -> dict:
    """The left-out texts' counts with the model deciding each candidate: substance options against the first
    buyer and either buyer, marketing claims, and right/wrong ticks removed and added against today."""
    out = dict.fromkeys(("right", "drafted", "expected", "either_right", "either_drafted", "claim_right",
                         "claims", "rr", "wr", "ra", "wa", "specific", "marketing", "t_right", "t_drafted",
                         "t_claim_right", "t_claims", "t_either_right", "t_either_drafted"), 0)
    for t in texts:
        if not t.candidates:
            p = []
        else:
            p = prob([f for *_, f in t.candidates])
        new = set(t.drafted)
        for (q, o, d, _, f), pr in zip(t.candidates, p):
            if not any(f.get(f"kind:{k}") for k in KINDS):
                continue
            if d and pr < bar:
                new.discard((q, o))
            elif not d and promote and pr >= bar:
                new.add((q, o))
        truth = t.expected if t.kind == "substance" else t.claims
        if t.kind == "marketing":
            out["marketing"] += 1
            answered = {q for q, o in new for (cq, co, _, e, f) in t.candidates if (cq, co) == (q, o)
                        and e == "specific" and not (f.get("kind:page") or f.get("kind:brochure"))}
            out["specific"] += t.specific_fixed + len(answered)
        if truth is None:
            continue
        removed, added = t.drafted - new, new - t.drafted
        out["rr"] += len(removed & truth)
        out["wr"] += len(removed - truth)
        out["ra"] += len(added & truth)
        out["wa"] += len(added - truth)
        if t.kind == "substance":
            out["right"] += len(new & t.expected)
            out["drafted"] += len(new)
            out["expected"] += len(t.expected)
            out["t_right"] += len(t.drafted & t.expected)
            out["t_drafted"] += len(t.drafted)
            if t.either is not None:
                out["either_right"] += len(new & t.either)
                out["either_drafted"] += len(new)
                out["t_either_right"] += len(t.drafted & t.either)
                out["t_either_drafted"] += len(t.drafted)
        else:
            out["claim_right"] += len(new & t.claims)
            out["claims"] += len(new)
            out["t_claim_right"] += len(t.drafted & t.claims)
            out["t_claims"] += len(t.drafted)
    return out


def f1(right: int, drafted: int, expected: int) -> float:
    return 2 * right / (drafted + expected) if drafted + expected else 1.0


def choose_bar(data, train: list[str], c: float, drop, promote: bool) -> float:
    """The bar with the best pooled F1 (options and claims together) over the training sets, each left out in turn."""
    probs = {}
    for s in train:
        model = fit([r for o in train if o != s for t in data[o] for r in labelled(t)], c, drop)
        for t in data[s]:
            if t.candidates:
                probs[(s, t.name)] = model([f for *_, f in t.candidates])

    def score(bar):
        right = drafted = expected = value = 0
        for s in train:
            for t in data[s]:
                p = probs.get((s, t.name))
                got = decide([t], (lambda feats, p=p: p), bar, promote)
                right += got["right"] + got["claim_right"]
                drafted += got["drafted"] + got["claims"]
                expected += got["expected"]
                value += 2 * (got["ra"] - got["rr"]) - (got["wa"] - got["wr"])
        return (value, -bar) if UTILITY else (f1(right, drafted, expected), -bar)
    return max(BARS, key=score)


def measure(data, c: float = C, drop=frozenset(), promote: bool = False, fixed: float | None = None) -> None:
    splits = list(data)
    total = {}
    print(f"C {c}, dropped {sorted(drop) or 'none'}, promote {promote}, bar {fixed or 'chosen'}")
    print(f"{'set':14} bar  today P/R/F1            model P/R/F1            claims today->model  "
          f"rr wr ra wa  either")
    for s in splits:
        train = [o for o in splits if o != s]
        bar = fixed if fixed is not None else choose_bar(data, train, c, drop, promote)
        model = fit([r for o in train for t in data[o] for r in labelled(t)], c, drop)
        got = decide(data[s], model, bar, promote)
        for k, v in got.items():
            total[k] = total.get(k, 0) + v
        _line(s, bar, got)
    _line("pooled", 0.0, total)


def _line(s, bar, g) -> None:
    tp, tr = g["t_right"] / max(g["t_drafted"], 1), g["t_right"] / max(g["expected"], 1)
    mp, mr = g["right"] / max(g["drafted"], 1), g["right"] / max(g["expected"], 1)
    print(f"{s:14} {bar:.2f} {tp:.3f}/{tr:.3f}/{f1(g['t_right'], g['t_drafted'], g['expected']):.3f} "
          f"({g['t_right']}/{g['t_drafted']}) {mp:.3f}/{mr:.3f}/{f1(g['right'], g['drafted'], g['expected']):.3f} "
          f"({g['right']}/{g['drafted']})  {g['t_claim_right']}/{g['t_claims']} -> {g['claim_right']}/{g['claims']}  "
          f"{g['rr']:2} {g['wr']:2} {g['ra']:2} {g['wa']:2}  "
          f"{g['t_either_right']}/{g['t_either_drafted']}->{g['either_right']}/{g['either_drafted']}  spec {g['specific']}/{g['marketing']}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--rows", default="/tmp/optrows.pkl")
    ap.add_argument("--c", type=float, default=C)
    ap.add_argument("--drop", default="")
    ap.add_argument("--promote", action="store_true")
    ap.add_argument("--bar", type=float)
    ap.add_argument("--either", action="store_true")
    ap.add_argument("--utility", action="store_true")
    ap.add_argument("--real", action="store_true")
    ap.add_argument("--kinds", default=",".join(KINDS))
    a = ap.parse_args()
    UTILITY = a.utility
    EITHER, REAL_ONLY, KINDS = a.either, a.real, tuple(a.kinds.split(","))
    rows = Path(a.rows)
    data = pickle.loads(rows.read_bytes()) if rows.exists() else option_rows.collect(rows)
    measure(data, a.c, frozenset(x for x in a.drop.split(",") if x), a.promote, a.bar)
