"""bench/realign_roles.py: buyers' roles moved onto the sentences of a changed splitter, by character spans."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from realign_roles import realign, rewrite, spans  # noqa: E402

TEXT = "Dr. Osei runs it. The press logs strokes."


def test_a_merged_sentence_takes_the_role_of_its_longest_piece_and_any_existing():
    old = [{"role": "furniture", "text": "Dr."}, {"role": "offer", "text": "Osei runs it.", "existing": True},
           {"role": "offer", "text": "The press logs strokes."}]
    rows, merged, split = realign(old, spans(TEXT, [r["text"] for r in old]),
                                  [(0, 17, "Dr. Osei runs it."), (18, 41, "The press logs strokes.")])
    assert rows == [{"role": "offer", "text": "Dr. Osei runs it.", "existing": True},
                    {"role": "offer", "text": "The press logs strokes."}]
    assert (merged, split) == (1, 0)


def test_a_split_sentence_keeps_its_role_in_each_piece():
    old = [{"role": "before", "text": TEXT}]
    rows, merged, split = realign(old, [(0, len(TEXT))], [(0, 17, "Dr. Osei runs it."), (18, 41, "The press logs strokes.")])
    assert [r["role"] for r in rows] == ["before", "before"] and (merged, split) == (0, 1)


def test_only_the_sentence_lines_are_rewritten_and_unchanged_lines_stay_as_written():
    raw = ('kind: substance\ntext: "x"\nsentences:\n  - {role: furniture, text: "Dr."}\n'
           '  - {role: offer,   text: "Osei runs it."}\n  - {role: offer, text: "Same."}\nanswers: []\n')
    old = [{"role": "furniture", "text": "Dr."}, {"role": "offer", "text": "Osei runs it."}, {"role": "offer", "text": "Same."}]
    out = rewrite(raw, old, [{"role": "offer", "text": "Dr. Osei runs it."}, {"role": "offer", "text": "Same."}])
    assert out == ('kind: substance\ntext: "x"\nsentences:\n  - {role: offer, text: "Dr. Osei runs it."}\n'
                   '  - {role: offer, text: "Same."}\nanswers: []\n')
