"""Every option the drafter drafts or offers on the tuning sets, with its features and the buyers' labels
(bench/train_options.py reads them). Held-out sets are never read."""
from __future__ import annotations

import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402

from drafting_corpus import CORPUS, _items, drafted_items, load  # noqa: E402
from questions import load_bank  # noqa: E402
from reading import option_model  # noqa: E402
from reading.draft import draft  # noqa: E402

TUNING = ("tuning", "tuning2", "tuning3", "real_tuning", "real_tuning2", "real_tuning3", "real_tuning4", "real_tuning5",
          "real_tuning6", "real_tuning7", "real_tuning8", "real_tuning9", "real_tuning10", "real_tuning11",
          "real_tuning12", "real_tuning13", "real_tuning14")
SECOND = CORPUS.parent / "second_reader"


@dataclass
class Text:
    split: str
    name: str
    kind: str  # substance or marketing
    drafted: set  # today's drafted (question, option) items
    expected: set  # the first buyer's
    either: set | None  # either buyer's, where a second buyer answered
    claims: set | None  # a marketing text's claims
    specific_fixed: int  # answers "described specifically" that no candidate decides
    candidates: list  # (qid, option, drafted today, evidence of its answer, features)


def second(split: str, name: str) -> set | None:
    path = SECOND / split / f"{name}.yaml"
    if not path.exists():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return _items(data.get("answers"), data.get("integrations"))


def texts(split: str, bank) -> list[Text]:
    out = []
    for case in load(split):
        option_model.RECORD = []
        ev = draft(case.text, bank, proposal=case.name)
        rows, option_model.RECORD = option_model.RECORD, None
        specific = sum(a.evidence == "specific" for a in ev.answers)
        chosen = {q for q, _, d, _, _ in rows if d}
        decided = sum(a.evidence == "specific" for a in ev.answers if a.question in {q for q, *_ in rows})
        other = second(split, case.name)
        out.append(Text(split, case.name, case.kind, drafted_items(ev, bank), case.expected,
                        case.expected | other if other is not None else None, case.claims,
                        specific - decided if chosen is not None else specific, rows))
    return out


def collect(path: Path | None = None) -> dict[str, list[Text]]:
    bank = load_bank()
    data = {split: texts(split, bank) for split in TUNING}
    if path:
        path.write_bytes(pickle.dumps(data))
    return data


if __name__ == "__main__":
    import option_rows  # pickled as option_rows.Text, not __main__.Text
    data = option_rows.collect(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(sum(len(c.candidates) for t in data.values() for c in t), "candidates")
