"""What a comparison's ranking can tell, said before who is ahead: every offer scoring too low to be told apart
(rules.yaml compare_low_score), and a lead that the drafted answers nobody has reviewed decide (without them another
offer ranks first). Walk 64's verdict read "ranks first, 2.6 points ahead" on scores of 6, 3 and 0 of 100."""
from __future__ import annotations

from questions.models import Evaluation
from questions.wording import many


_ALL = {2: "Both", 3: "All three", 4: "All four"}


def all_low(overall: dict[str, float], low: float) -> str:
    """"All three score below 20 of 100: ..." where every offer does; "" otherwise."""
    if not overall or max(overall.values()) >= low:
        return ""
    every = _ALL.get(len(overall), f"All {len(overall)}")
    return (f"{every} score below {low:g} of 100: none describes its offer specifically yet, so the ranking "
            "decides nothing.")


def reviewed_only(evaluation: Evaluation) -> Evaluation:
    """The evaluation without the drafted answers nobody has reviewed: what its buyer has checked."""
    return evaluation.model_copy(update={"answers": [a for a in evaluation.answers if not a.unreviewed]})


def lead_on_drafts(names: list[str], checked: dict[str, float], winner: str, unreviewed: dict[str, int]) -> str:
    """Where another offer ranks first on `checked` (each offer's overall on its reviewed answers alone), the lead is
    the drafts': said with how many there are; "" where the order of the first holds or nothing is unreviewed."""
    waiting = sum(unreviewed.values())
    if not waiting:
        return ""
    first = max(names, key=lambda n: (checked[n], n == winner))
    if first == winner:
        return ""
    return (f"The lead rests on drafted answers: {many(waiting, 'drafted answer')} "
            f"{'is' if waiting == 1 else 'are'} not reviewed, and on the reviewed answers alone {first} ranks first.")
