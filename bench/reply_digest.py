"""Every rounds tuning set read as tests/rounds_corpus.py reads it: per set, per reply, each question's status and
why, the unasked topics, and every drafted answer (evidence, choices, text, quotes, integrations). Run it on two
commits and diff the output: a change to how reading a reply shares its work must print the same digest.

    python bench/reply_digest.py [--warm] > digest.txt

--warm reads each reply twice and prints the second reading (what the reader's memos give a reply read again).

Tuning sets only (held-out sets are the coordinator's to measure)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from rounds_corpus import SENT, SETS, cases, drafted  # noqa: E402
from reading.documents import pasted  # noqa: E402
from scoring import score  # noqa: E402
from scoring.rounds import freeze, read_reply  # noqa: E402


def _answer(a) -> str:
    return f"  {a.model_dump(mode='json')}"


def main(warm: bool = False) -> None:
    for half in (s for s in SETS if s.startswith("tuning")):
        for name, case in cases(half):
            evaluation = drafted(case, name)
            sent = freeze(evaluation, score(evaluation), "Buyer", SENT)
            for reply_name, reply in case["replies"].items():
                document = pasted(reply["text"], "reply", f"Reply {reply_name}")
                done = read_reply(sent, document)
                done = read_reply(sent, document) if warm else done
                print(f"{half}/{name}/{reply_name} score {done.card.overall} unasked {done.round.unasked}")
                for q in done.round.questions:
                    print(f"  {q.id} {q.topic} {q.status} {q.closed} {q.why!r} {q.quotes}")
                for a in done.evaluation.answers:
                    print(_answer(a))
                for p in done.proposed:
                    print(f"  proposed {p.question}: {_answer(p.proposed)}")


if __name__ == "__main__":
    main("--warm" in sys.argv)
