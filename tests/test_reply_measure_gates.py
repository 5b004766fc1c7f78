"""A measure's line read as the drafter reads it (reading/reply_measure.py `Measures.stated`, reply.py `as_drafted`):
each pattern looked for only where what it needs is (a verb of movement's word, " to ", a comma) reads every line
as trying every pattern does."""
import random
import re

import pytest

from questions.loader import load_round_rules
from reading import reply_measure
from reading.reply_measure import Measures
from reading.signal_patterns import may_hold

RULES = load_round_rules().measure
PIECES = ["scrap", " ", " ", "  ", "\t", "\n", ",", ";", ":", "(", ")", "4.1%", "2.5 %", "61", "20", "2025", "2027",
          "from", "to", "To", "TO", "in", "by", "June", "target", "baseline", "zero", "at most", "below", "CIPs", "l/t",
          "stops", "FY2026", "<", "\u2264", "\u212a", "é", *RULES.moves[:8], *RULES.then, *RULES.helpers[:5]]


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 22))) for _ in range(count)]


def _ungated(monkeypatch) -> Measures:
    """The same rules with every pattern tried on every line."""
    measures = Measures(RULES)
    measures.moves_in = lambda text: True
    return measures


def test_a_measure_line_reads_the_same_whether_its_patterns_are_looked_for_first_or_always_tried(monkeypatch):
    gated = Measures(RULES)
    lines = _lines(16, 3000) + ["Scrap 4.1% in 2025 down to 2.5% in 2027", "61 CIPs in 2025, at most 20 in 2027",
                                "scrap from 4.1% (2025)\tto 2.5% by June 2027", "target zero stops", "7.4 l/t falls to 6.5 l/t"]
    wanted = {line: (gated.stated(line, {RULES.topic}), gated.stated(line, set())) for line in lines}
    monkeypatch.setattr(reply_measure, "_TO", re.compile(""))  # matches every line: from_to always tried
    always = _ungated(monkeypatch)
    changed = 0
    for line in lines:
        got = (always.stated(line, {RULES.topic}), always.stated(line, set()))
        assert wanted[line] == got, line
        changed += got[0] != line
    assert changed > 50  # the lines exercise the rewriting, not only lines left as they were


@pytest.mark.parametrize("phrases", [["in under", "Until"], ["within", "inside of"], []])
def test_a_gate_asked_of_a_lowered_line_answers_as_asked_of_the_line(phrases):
    check = may_hold(phrases)
    for line in _lines(7, 500) + ["ready IN UNDER two weeks", "bis zum Mai\u212a", "Within 4 h"]:
        assert check.lowered(line.lower() if line.isascii() else None) == check(line), line
