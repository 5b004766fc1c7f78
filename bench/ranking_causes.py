"""Why a substance proposal does not score above a marketing text: each misranked pair's cause, per real tuning set.

    .venv/bin/python bench/ranking_causes.py          # half A's real sets: one line per set and the totals
    .venv/bin/python bench/ranking_causes.py --texts  # ... and each text: how the drafter read its kind
    .venv/bin/python bench/ranking_causes.py --half B # half B's real sets: the totals alone (never its texts)

Half A is the real tuning sets numbered even, half B those numbered odd (as the figures split them); the blind sets
are in neither.

A pair (substance, marketing) the drafted scores misrank counts under `sub_as_page` when the case study is read as
a product page or brochure (all it drafts is the vendor's claim), under `page_tied` when the page is read as tied to
one plant (it may draft "described specifically"); a pair may count under both. Otherwise both kinds are read right
and the pair counts under `sub_few` (the case study drafts fewer answers) or `page_many`. Apart from those, what scoring
sees: `sub_unspecific` when the case study drafts no answer described specifically (its claims weigh against the
page's), `sub_empty` when it drafts no answer at all (no weight or rule can rank it above anything), `page_specific`
when the page drafts an answer described specifically. Held-out sets are never read.
"""
from __future__ import annotations

import sys
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = {"real_tuning83", "real_tuning84"}  # measured blind: in neither half
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from drafting_corpus import CORPUS, load  # noqa: E402
from questions import load_bank  # noqa: E402
from reading.documents import pasted  # noqa: E402
from reading.draft import drafter_for  # noqa: E402
from scoring import score  # noqa: E402


def read_kinds(split: str, bank) -> dict[str, dict]:
    """Each text of a set: its kind, score, how the drafter read it and the pass's counts."""
    drafter, out = drafter_for(bank), {}
    for case in load(split):
        evaluation, seen = drafter.drafted_pass([pasted(case.text)], case.name)
        brochure = seen.brochure(drafter.rules.marketing_document_below) and not seen.story
        page = drafter.product_page(seen, brochure)
        read = "page" if page else "brochure" if brochure else "story" if seen.story else "tied"
        out[case.name] = dict(kind=case.kind, score=score(evaluation, bank).overall, read=read, long=seen.long,
                              project=seen.project, told=seen.told, speaking=seen.speaking, past=seen.past,
                              generic=seen.generic, answers=len(evaluation.answers),
                              specific=sum(a.evidence == "specific" for a in evaluation.answers))
    return out


def causes(texts: dict[str, dict]) -> Counter:
    lost = Counter()
    rich = [t for t in texts.values() if t["kind"] == "substance"]
    fluff = [t for t in texts.values() if t["kind"] == "marketing"]
    for r in rich:
        for f in fluff:
            if r["score"] > f["score"]:
                continue
            lost["lost"] += 1
            as_page, tied = r["read"] in ("page", "brochure"), f["read"] not in ("page", "brochure")
            lost["sub_as_page"] += as_page
            lost["page_tied"] += tied
            if not (as_page or tied):
                lost["sub_few" if r["answers"] < f["answers"] else "page_many"] += 1
            lost["sub_empty" if not r["answers"] else "sub_unspecific" if not r["specific"] else "sub_specific"] += 1
            lost["page_specific"] += f["specific"] > 0
    lost["pairs"] = len(rich) * len(fluff)
    return lost


def half(name: str) -> str:
    """A real tuning set's half: A numbered even, B odd ("real_tuning" alone is set 1)."""
    return "AB"[int(re.sub(r"\D", "", name) or 1) % 2]


def main() -> None:
    bank, total = load_bank(), Counter()
    wanted = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else "A"
    for split in sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and p.name.startswith("real_tuning")
                        and p.name not in BLIND and half(p.name) == wanted):
        texts = read_kinds(split, bank)
        lost = causes(texts)
        total.update(lost)
        if wanted != "A":  # half B: pooled only
            continue
        print(split, dict(lost))
        if "--texts" in sys.argv:
            for name, t in sorted(texts.items(), key=lambda kv: (kv[1]["kind"], -kv[1]["score"])):
                print(f"  {t['kind'][:4]} {t['score']:6.2f} {t['read']:8s} long {t['long']:3d} project {t['project']:2d} "
                      f"told {t['told']:2d} speaking {t['speaking']:2d} past {t['past']:2d} generic {t['generic']:2d} "
                      f"answers {t['answers']:2d} specific {t['specific']:2d}  {name}")
    print("total", dict(total))


if __name__ == "__main__":
    main()
