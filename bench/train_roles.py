"""Train the sentence-role model on buyers' roles of real tuning texts, or measure it against the rules.

    .venv/bin/python bench/train_roles.py            # writes questions/role_model.json
    .venv/bin/python bench/train_roles.py --measure  # leave-one-set-out table over real_tuning4..10

Each sentence of real_tuning4..10 (tests/roles_corpus.py) is read by the rules (reading.told) and
described by reading.role_model's features; a multinomial logistic regression (scikit-learn, a
development dependency only) learns the buyer's role from them. A text whose sentences no longer split
as they were labelled is left out (its labels would describe other sentences). The JSON keeps the strongest
features' weights, one per role, and the intercepts: reading/role_model.py reads it in plain Python.
Held-out sets are never read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from questions import load_bank  # noqa: E402
from reading.draft import drafter_for  # noqa: E402
from reading.draft_pass import Pass  # noqa: E402
from reading import role_model  # noqa: E402
from reading.role_model import RoleModel, pass_features  # noqa: E402
from roles_corpus import load, read  # noqa: E402

TUNING = ("real_tuning4", "real_tuning5", "real_tuning6", "real_tuning7", "real_tuning8", "real_tuning9", "real_tuning10")
TRAIN = TUNING
C = 1.0  # inverse regularisation, chosen by leave-one-set-out inside the training sets (--measure prints each choice)
GRID = (0.1, 0.3, 1.0, 3.0)
KEEP = 3000  # features kept in the JSON, the strongest first
MIN_SEEN = 3  # sentences a feature must be in to be learnt
OUT = ROOT / "questions" / "role_model.json"


def rows(split: str, drafter) -> list[tuple[list[str], str, str]]:
    """(features, buyer's role, rules' role) for every labelled sentence of the set."""
    out = []
    for case in load(split):
        reading, told = read(drafter, case.text)
        if [s.text for s in reading.sentences] != case.sentences:
            continue
        rules = [t.role for t in told]
        for feats, buyer, rule in zip(pass_features(Pass(drafter, reading), reading, rules), case.roles, rules):
            out.append((feats, buyer, rule))
    return out


def fit(data, c: float = C):
    seen = Counter(f for feats, _, _ in data for f in set(feats))
    vec = DictVectorizer()  # a feature of one sentence alone teaches nothing that carries to another text
    x = vec.fit_transform([dict.fromkeys((f for f in feats if seen[f] >= MIN_SEEN), 1) for feats, _, _ in data])
    lr = LogisticRegression(C=c, max_iter=5000).fit(x, [b for _, b, _ in data])
    return vec, lr


def exported(vec, lr) -> dict:
    names = vec.get_feature_names_out()
    strength = abs(lr.coef_).max(axis=0)
    top = sorted(range(len(names)), key=lambda k: (-strength[k], names[k]))[:KEEP]
    return {"roles": list(lr.classes_), "intercepts": [round(float(v), 4) for v in lr.intercept_],
            "weights": {names[k]: [round(float(v), 4) for v in lr.coef_[:, k]] for k in sorted(top, key=lambda k: names[k])}}


def scores(pairs) -> str:
    """accuracy, offer precision/recall, offer-vs-not accuracy of (buyer, read) pairs."""
    n = len(pairs)
    hit = sum(b == r for b, r in pairs) / n
    both = sum(b == r == "offer" for b, r in pairs)
    read_as, said = sum(r == "offer" for _, r in pairs), sum(b == "offer" for b, _ in pairs)
    binary = sum((b == "offer") == (r == "offer") for b, r in pairs) / n
    return f"{hit:.3f}  P {both / max(read_as, 1):.3f} R {both / max(said, 1):.3f}  on/off {binary:.3f}"


def measure(data: dict[str, list], cuts: list[float]) -> None:
    """Per set: the rules, and the model trained on the other sets (its C chosen by leave-one-set-out among
    them), alone and as an overruling of the rules' offers where its P(offer) < cut."""
    print("set           n   C    rules: acc, offer P/R, offer-vs-not | model")
    vetoes, pooled = [], {"rules": [], "model": []}
    for held in TUNING:
        others = {s: data[s] for s in TUNING if s != held}
        c = inner_c(others)
        model = RoleModel.from_data(exported(*fit([r for rows_ in others.values() for r in rows_], c=c)))
        test = data[held]
        chances = [model.chances(f) for f, _, _ in test]
        rules, read = [(b, r) for _, b, r in test], [(b, max(c_, key=c_.get)) for (_, b, _), c_ in zip(test, chances)]
        pooled["rules"] += rules
        pooled["model"] += read
        print(f"{held:13s} {len(test):3d} {c:<4} {scores(rules)} | {scores(read)}", flush=True)
        vetoes.append(f"{held:13s} " + " | ".join(
            scores([(b, max(c_, key=c_.get) if r == "offer" and c_["offer"] < cut else r) for (_, b, r), c_ in zip(test, chances)])
            for cut in cuts))
    print(f"{'all':13s} {len(pooled['rules']):3d}      {scores(pooled['rules'])} | {scores(pooled['model'])}")
    print(f"rules' offer read as the model's role where its P(offer) < {', '.join(map(str, cuts))}:")
    print("\n".join(vetoes))


def inner_c(data: dict[str, list]) -> float:
    """The C of GRID whose models, each trained on all sets but one, read offers best on the set left out."""
    def right(c: float) -> int:
        hits = 0
        for held, test in data.items():
            model = RoleModel.from_data(exported(*fit([r for s, rows_ in data.items() if s != held for r in rows_], c=c)))
            hits += sum((b == "offer") == (max(ch, key=ch.get) == "offer") for (f, b, _) in test
                        for ch in [model.chances(f)])
        return hits
    return max(GRID, key=right)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--measure", action="store_true")
    parser.add_argument("--cuts", default="0.2,0.3,0.4,0.5")
    parser.add_argument("--sets", default=",".join(TRAIN))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    drafter = drafter_for(load_bank())
    role_model.READS = False  # learn from, and measure against, the rules' own reading
    if args.measure:
        measure({s: rows(s, drafter) for s in TUNING}, [float(c) for c in args.cuts.split(",")])
        return
    data = [r for s in args.sets.split(",") for r in rows(s, drafter)]
    args.out.write_text(dumped(exported(*fit(data))), encoding="utf-8")
    print(f"{args.out}: {len(data)} sentences")


def dumped(data: dict) -> str:
    """The JSON, one feature a line: a diff shows which words' weights moved."""
    head = {k: v for k, v in data.items() if k != "weights"}
    lines = [f"{json.dumps(f)}: {json.dumps(w)}" for f, w in sorted(data["weights"].items())]
    return json.dumps(head)[:-1] + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n"


if __name__ == "__main__":
    main()
